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
        // The largest budget routed through each route (a route is identified by its place in
        // the spec): one pass over the processes.
        var largest: [SourceRange: (process: Process, budget: Int)] = [:]
        for process in context.processes where process.model == nil {
            guard let task = process.task?.value, let route = context.routeForTask[task], case let key = route.range,
                let budget = context.budget(for: process)?.tokens.value, budget > largest[key]?.budget ?? 0
            else { continue }
            largest[key] = (process, budget)
        }
        var findings: [Diagnostic] = []
        for route in routing {
            guard let fallback = route.fallback, let model = context.models[fallback.value],
                let usable = context.usableWindow(of: model), let heaviest = largest[route.range], heaviest.budget > usable
            else { continue }
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
