internal import OSSpecDiagnostics
internal import OSSpecModel

/// A run paused for a person's approval must survive until the person answers.
struct ApprovalWithoutCheckpointsRule: Rule {
    let descriptor = RuleDescriptor(
        id: "approval-without-checkpoints", category: .filesystem, defaultSeverity: .error,
        summary: "A tool needs human approval but there are no checkpoints: a paused run cannot be resumed.")

    func check(_ context: RuleContext) -> [Diagnostic] {
        // A missing or unreadable filesystem row is reported by the decoder already.
        guard context.filesystem?.checkpoints == nil, context.filesystem != nil || context.spec.filesystem.isNotApplicable
        else { return [] }
        let gated = (context.ipc?.tools ?? []).filter(\.needsApproval)
        guard let first = gated.first else { return [] }
        return [
            descriptor.diagnostic(
                "Tool '\(first.id.value)' needs human approval, but there are no checkpoints to resume the paused run from.",
                at: context.anchor(of: .filesystem),
                hint: context.spec.filesystem.isNotApplicable
                    ? "Replace the n/a filesystem with `filesystem: {stores: {}, checkpoints: {backend: postgres, every: node}}`, and trace checkpoint events."
                    : "Add `checkpoints: {backend: postgres, every: node}` under filesystem, and trace checkpoint events.",
                related: gated.prefix(8).compactMap { tool in
                    tool.approval.map { RelatedLocation(range: $0.range, message: "'\(tool.id.value)' needs approval") }
                })
        ]
    }
}
