internal import OSSpecDiagnostics
internal import OSSpecModel

/// A fallback takes over when the route's model fails; if its window cannot hold the budgets
/// routed to it, the fallback fails too, exactly when it is needed.
struct FallbackWindowTooSmallRule: Rule {
    let descriptor = RuleDescriptor(
        id: "fallback-window-too-small", category: .cpu, defaultSeverity: .warning,
        summary: "A route's fallback model cannot hold the context budgets of the processes routed to it.")

    func check(_ context: RuleContext) -> [Diagnostic] {
        var findings: [Diagnostic] = []
        for route in context.cpu?.routing ?? [] {
            guard let fallback = route.fallback, let model = context.models[fallback.value],
                let usable = context.usableWindow(of: model)
            else { continue }
            let routed = Set(route.tasks.map(\.value))
            var largest: (process: Process, budget: Int)?
            for process in context.processes where process.model == nil {
                guard let task = process.task?.value, routed.contains(task),
                    context.routeForTask[task]?.tasks.first?.range == route.tasks.first?.range,
                    let budget = context.budget(for: process)?.tokens.value, budget > usable,
                    budget > largest?.budget ?? 0
                else { continue }
                largest = (process, budget)
            }
            guard let largest else { continue }
            findings.append(
                descriptor.diagnostic(
                    "Fallback '\(model.id.value)' leaves \(usable) tokens for context, less than the \(largest.budget)-token budget "
                        + "of process '\(largest.process.id.value)' routed to it; the fallback would fail when it is needed.",
                    at: fallback.range,
                    hint: "Choose a fallback with a larger window, or lower the budgets of the processes on this route.",
                    related: [RelatedLocation(range: largest.process.id.range, message: "'\(largest.process.id.value)' is routed here")]))
        }
        return findings
    }
}
