internal import OSSpecDiagnostics
internal import OSSpecModel

/// Policies that evict context must say where it goes.
struct MissingPagingRule: Rule {
    let descriptor = RuleDescriptor(
        id: "missing-paging", category: .ram, defaultSeverity: .error,
        summary: "ram.policy summarize or relevant-only without ram.paging saying where evicted context goes.")

    func check(_ context: RuleContext) -> [Diagnostic] {
        guard let ram = context.ram, let policy = ram.policy, ram.paging == nil,
            policy.value == .summarize || policy.value == .relevantOnly
        else { return [] }
        return [
            descriptor.diagnostic(
                "ram.policy \(policy.value.rawValue) evicts context, but there is no 'paging' saying where it goes.",
                at: policy.range,
                hint: "Add `paging: {evict: summarize, to: <store id>}` under ram.")
        ]
    }
}
