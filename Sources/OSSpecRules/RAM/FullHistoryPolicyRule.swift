internal import OSSpecDiagnostics
internal import OSSpecModel

/// `full-history` keeps everything in context: unlimited RAM until the window overflows.
struct FullHistoryPolicyRule: Rule {
    let descriptor = RuleDescriptor(
        id: "full-history-policy", category: .ram, defaultSeverity: .warning,
        summary: "ram.policy is full-history: context grows without bound until the window overflows.")

    func check(_ context: RuleContext) -> [Diagnostic] {
        guard let policy = context.ram?.policy, policy.value == .fullHistory else { return [] }
        return [
            descriptor.diagnostic(
                "ram.policy full-history keeps every turn in context: unlimited RAM, until the window overflows mid-session.",
                at: policy.range,
                hint: "Use relevant-only, sliding-window or summarize, with paging to a store for what is evicted.")
        ]
    }
}
