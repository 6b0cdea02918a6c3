internal import OSSpecDiagnostics
internal import OSSpecModel

/// A checkpoint per session is taken too late for a run that pauses mid-session for approval.
struct SessionCheckpointsWithApprovalRule: Rule {
    let descriptor = RuleDescriptor(
        id: "session-checkpoints-with-approval", category: .filesystem, defaultSeverity: .warning,
        summary: "Checkpoints every session while tools need approval: a paused run resumes from the session's start.")

    func check(_ context: RuleContext) -> [Diagnostic] {
        guard let every = context.filesystem?.checkpoints?.every, every.value == .session,
            let gated = (context.ipc?.tools ?? []).first(where: \.needsApproval)
        else { return [] }
        return [
            descriptor.diagnostic(
                "Checkpoints are taken every session, but tool '\(gated.id.value)' pauses runs mid-session for approval; "
                    + "a resumed run would start over.",
                at: every.range, hint: "Use `every: node` (or `turn`).")
        ]
    }
}
