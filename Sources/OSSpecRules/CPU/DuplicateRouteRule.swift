internal import OSSpecDiagnostics
internal import OSSpecModel

/// A task is routed once; a second route for it is dead or a mistake.
struct DuplicateRouteRule: Rule {
    let descriptor = RuleDescriptor(
        id: "duplicate-route", category: .cpu, defaultSeverity: .error,
        summary: "A task appears in more than one route; only the first would ever be used.")

    func check(_ context: RuleContext) -> [Diagnostic] {
        var first: [String: (task: Located<String>, route: Int)] = [:]
        var findings: [Diagnostic] = []
        for (routeIndex, route) in (context.cpu?.routing ?? []).enumerated() {
            for task in route.tasks {
                guard let earlier = first[task.value] else {
                    first[task.value] = (task, routeIndex)
                    continue
                }
                let sameRoute = earlier.route == routeIndex
                findings.append(
                    descriptor.diagnostic(
                        sameRoute
                            ? "Task '\(MessageExcerpt.of(task.value))' is listed twice in the same route."
                            : "Task '\(MessageExcerpt.of(task.value))' is routed twice; only the first route is used.",
                        at: task.range,
                        hint: sameRoute ? "Remove the second '\(MessageExcerpt.of(task.value))'." : "Remove '\(MessageExcerpt.of(task.value))' from one of the two routes.",
                        related: [RelatedLocation(range: earlier.task.range, message: "'\(MessageExcerpt.of(task.value))' is first routed here")]))
            }
        }
        return findings
    }
}
