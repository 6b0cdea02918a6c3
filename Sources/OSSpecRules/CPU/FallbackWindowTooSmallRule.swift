internal import OSSpecDiagnostics
internal import OSSpecModel

/// A fallback takes over when the route's model fails; if its window cannot hold the budgets
/// routed to it, the fallback fails too, exactly when it is needed.
struct FallbackWindowTooSmallRule: Rule {
    let descriptor = RuleDescriptor(
        id: "fallback-window-too-small", category: .cpu, defaultSeverity: .warning,
        summary: "A route's fallback model cannot hold the context budgets of the processes routed to it.")

    func check(_ context: RuleContext) -> [Diagnostic] {
        guard let routing = context.cpu?.routing, routing.contains(where: { $0.fallback != nil }) else { return [] }
        // The largest budget routed through each route (by its index): one pass over the processes.
        var largest = [(process: Int, budget: Int)?](repeating: nil, count: routing.count)
        for index in context.processes.indices {
            guard let route = context.routeIndex(ofProcess: index), let budget = context.budget(for: context.processes[index])?.tokens.value,
                budget > largest[route]?.budget ?? 0
            else { continue }
            largest[route] = (index, budget)
        }
        var findings: [Diagnostic] = []
        for (routeIndex, route) in routing.enumerated() {
            guard let fallback = route.fallback, let model = context.models[fallback.value],
                let usable = context.usableWindow(of: model), let (heaviestIndex, budget) = largest[routeIndex], budget > usable
            else { continue }
            let heaviest = (process: context.processes[heaviestIndex], budget: budget)
            findings.append(
                descriptor.diagnostic(
                    "Fallback '\(model.id.value)' leaves \(usable) tokens for context, less than the \(heaviest.budget)-token budget "
                        + "of process '\(heaviest.process.id.value)' routed to it; the fallback would fail when it is needed.",
                    at: fallback.range,
                    hint: "Choose a fallback with a larger window, or lower the budgets of the processes on this route.",
                    related: [RelatedLocation(range: heaviest.process.id.range, message: "'\(heaviest.process.id.value)' (budget \(heaviest.budget)) runs on this route")]))
        }
        return findings
    }
}
