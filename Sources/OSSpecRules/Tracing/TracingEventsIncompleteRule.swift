internal import OSSpecDiagnostics
internal import OSSpecModel

/// Every kind of event the spec makes possible is traced, so a replay misses no step.
struct TracingEventsIncompleteRule: Rule {
    let descriptor = RuleDescriptor(
        id: "tracing-events-incomplete", category: .tracing, defaultSeverity: .error,
        summary: "tracing.events leaves out a kind of event the spec makes possible (model_call, tool_call, handoff, checkpoint, approval).")

    func check(_ context: RuleContext) -> [Diagnostic] {
        guard let tracing = context.kernel?.tracing, let events = tracing.events else { return [] }
        let listed = Set(events.value.map(\.value))
        var needed: [(TraceEvent, String)] = [(.modelCall, "every process calls a model")]
        let tools = context.ipc?.tools ?? []
        if !tools.isEmpty { needed.append((.toolCall, "tools are declared")) }
        if context.processes.contains(where: { !$0.handoffs.isEmpty }) { needed.append((.handoff, "processes hand off")) }
        if context.filesystem?.checkpoints != nil { needed.append((.checkpoint, "checkpoints are configured")) }
        if tools.contains(where: \.needsApproval) { needed.append((.approval, "a tool needs approval")) }
        let missing = needed.filter { !listed.contains($0.0) }
        guard !missing.isEmpty else { return [] }
        let names = missing.map(\.0.rawValue)
        return [
            descriptor.diagnostic(
                "tracing.events leaves out \(names.joined(separator: ", ")) (\(missing.map(\.1).joined(separator: "; "))).",
                at: events.range,
                hint: "Add \(names.joined(separator: ", ")) to tracing.events.")
        ]
    }
}
