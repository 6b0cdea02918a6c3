internal import OSSpecDiagnostics
internal import OSSpecModel

/// A task is routed once; a second route for it is dead or a mistake.
struct DuplicateRouteRule: Rule {
    let descriptor = RuleDescriptor(
        id: "duplicate-route", category: .cpu, defaultSeverity: .error,
        summary: "A task appears in more than one route; only the first would ever be used.")

    func check(_ context: RuleContext) -> [Diagnostic] {
        var first: [String: Located<String>] = [:]
        var findings: [Diagnostic] = []
        for route in context.cpu?.routing ?? [] {
            for task in route.tasks {
                if let earlier = first[task.value] {
                    findings.append(
                        descriptor.diagnostic(
                            "Task '\(task.value)' is routed twice; only the first route is used.",
                            at: task.range, hint: "Remove '\(task.value)' from one of the two routes.",
                            related: [RelatedLocation(range: earlier.range, message: "'\(task.value)' is first routed here")]))
                } else {
                    first[task.value] = task
                }
            }
        }
        return findings
    }
}
