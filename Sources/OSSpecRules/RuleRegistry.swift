public import OSSpecDiagnostics
public import OSSpecModel
internal import OSSpecYAML

/// Every architecture rule, in one list. Adding a rule is adding its line here.
public enum RuleRegistry {
    public static let rules: [any Rule] = [
        // reference
        UnknownModelRule(), UnknownStoreRule(), UnknownToolRule(), UnknownHandoffTargetRule(), UnknownEntryRule(),
        UnreachableProcessRule(), UnusedToolRule(), UnusedStoreRule(),
        // permissions
        WildcardToolGrantRule(), AdminWithoutJustificationRule(), AdminWithoutApprovalRule(), SharedToolRegistryRule(),
        HandoffEscalationRule(), LethalTrifectaRule(),
        // tracing
        TracingMissingRule(), TracingDisabledRule(), TracingEventsIncompleteRule(), SampleRateOutOfRangeRule(),
        PartialSamplingRule(), NoRedactionRule(),
        // ram
        BudgetExceedsWindowRule(), MissingBudgetRule(), FullHistoryPolicyRule(), MissingPagingRule(),
        // cpu
        UnroutedTaskRule(), DuplicateRouteRule(), UnusedRouteRule(), FallbackWindowTooSmallRule(), UnknownProviderRule(),
        // kernel
        MissingLimitsRule(), UnboundedHandoffCycleRule(), MaxHopsExceedsStepsRule(),
        // filesystem
        MissingCheckpointsRule(), ApprovalWithoutCheckpointsRule(), VectorStoreWithoutEmbeddingRule(),
        SessionCheckpointsWithApprovalRule(),
        // user_space
        SharedIsolationRule(),
    ]

    /// The catalogue: every finding osspec can report, from the loader, the decoder, the
    /// architecture rules and the suppression comments, in that order (the order of the stages
    /// that raise them).
    public static let catalogue: [RuleDescriptor] =
        YAMLRules.all + SpecDecoder.rules + rules.map(\.descriptor) + SuppressionRules.all

    /// The descriptor with this id, if any.
    public static func descriptor(id: String) -> RuleDescriptor? {
        catalogue.first { $0.id == id }
    }

    /// Every finding of every architecture rule for a decoded spec.
    public static func check(_ spec: Spec) -> [Diagnostic] {
        var collector = FindingCollector(bound: Int.max)
        check(spec, into: &collector)
        return collector.findings
    }

    /// Runs every rule, adding its findings to `collector` one rule at a time, so at most one
    /// rule's findings are held beyond the collector's bound.
    public static func check(_ spec: Spec, into collector: inout FindingCollector) {
        let context = RuleContext(spec: spec)
        for rule in rules {
            collector.append(contentsOf: rule.check(context))
        }
    }
}
