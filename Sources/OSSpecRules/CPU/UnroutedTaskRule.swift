internal import OSSpecDiagnostics
internal import OSSpecModel

/// Every process runs on some model: a pinned one, a route for its task, or the default.
struct UnroutedTaskRule: Rule {
    let descriptor = RuleDescriptor(
        id: "unrouted-task", category: .cpu, defaultSeverity: .error,
        summary: "A process's task matches no route and there is no cpu.default: it has no model to run on.")

    func check(_ context: RuleContext) -> [Diagnostic] {
        guard let cpu = context.cpu, cpu.default == nil else { return [] }
        let routedTasks = cpu.routing.flatMap { $0.tasks.map(\.value) }
        var suggestionsLeft = RuleDescriptor.suggestionLimit
        return context.processes.compactMap { process in
            guard process.model == nil, let task = process.task, context.routeForTask[task.value] == nil else { return nil }
            suggestionsLeft -= 1
            let suggestion = suggestionsLeft >= 0 ? Suggestion.closest(to: task.value, in: routedTasks) : nil
            return descriptor.diagnostic(
                "No route matches task '\(MessageExcerpt.of(task.value))' of process '\(process.id.value)', and there is no cpu.default."
                    + (suggestion.map { " Did you mean '\($0)'?" } ?? ""),
                at: task.range,
                hint: suggestion.map { "Change the task to '\($0)'." }
                    ?? "Add a route `{when: {task: [\(MessageExcerpt.of(task.value))]}, use: <model>}`, a cpu.default, or pin a model.")
        }
    }
}
