internal import OSSpecDiagnostics
internal import OSSpecModel

/// Without checkpoints a failed session cannot be replayed from its last good step.
struct MissingCheckpointsRule: Rule {
    let descriptor = RuleDescriptor(
        id: "missing-checkpoints", category: .filesystem, defaultSeverity: .warning,
        summary: "filesystem has no checkpoints: a failed session cannot be resumed or replayed.")

    func check(_ context: RuleContext) -> [Diagnostic] {
        // With tools that need approval, approval-without-checkpoints reports the same gap as an error.
        guard let filesystem = context.filesystem, filesystem.checkpoints == nil,
            !(context.ipc?.tools ?? []).contains(where: \.needsApproval)
        else { return [] }
        return [
            descriptor.diagnostic(
                "No checkpoints: a failed session cannot be resumed or replayed from its last good step.",
                at: context.anchor(of: .filesystem),
                hint: "Add `checkpoints: {backend: postgres, every: node, retention_days: 14}` under filesystem, and trace checkpoint events.")
        ]
    }
}
