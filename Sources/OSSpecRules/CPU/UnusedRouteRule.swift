internal import OSSpecDiagnostics
internal import OSSpecModel

/// A route for a task that no process has never runs.
struct UnusedRouteRule: Rule {
    let descriptor = RuleDescriptor(
        id: "unused-route", category: .cpu, defaultSeverity: .info,
        summary: "A route lists a task that no process has.")

    func check(_ context: RuleContext) -> [Diagnostic] {
        let tasks = Set(context.processes.compactMap { $0.task?.value })
        // Without a default, a process task that no route serves is reported by unrouted-task,
        // which suggests this route's task: suggesting it back here would point both ways.
        let hasDefault = context.cpu?.default != nil
        // The candidates for "did you mean", listed only once there is a finding.
        var candidates: [String]?
        func taskList() -> [String] {
            if let candidates { return candidates }
            var seenTasks = Set<String>()
            let listed = context.processes.compactMap { $0.task?.value }
                .filter { (hasDefault || context.routeForTask[$0] != nil) && seenTasks.insert($0).inserted }
            candidates = listed
            return listed
        }
        var findings: [Diagnostic] = []
        for route in context.cpu?.routing ?? [] {
            for task in route.tasks where !tasks.contains(task.value) {
                let suggestion =
                    findings.count < RuleDescriptor.suggestionLimit ? Suggestion.closest(to: task.value, in: taskList()) : nil
                findings.append(
                    descriptor.diagnostic(
                        "No process has task '\(MessageExcerpt.of(task.value))'; this route entry is never used."
                            + (suggestion.map { " Did you mean '\($0)'?" } ?? ""),
                        at: task.range,
                        hint: suggestion.map { "Change it to '\($0)'." } ?? "Remove it, or give a process `task: \(MessageExcerpt.of(task.value))`."))
            }
        }
        return findings
    }
}
