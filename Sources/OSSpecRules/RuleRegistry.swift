public import OSSpecDiagnostics
public import OSSpecModel
internal import OSSpecPlatform
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
    ///
    /// With `threads` above 1 the rules run in groups side by side, each group collecting into
    /// a collector of its own bounded by the room left, and the groups are added in rule
    /// order: the findings kept and counted are the same as on one thread.
    public static func check(_ spec: Spec, into collector: inout FindingCollector, threads: Int = 1) {
        let context = RuleContext(spec: spec)
        guard threads > 1 else {
            for rule in rules {
                collector.append(contentsOf: rule.check(context))
            }
            return
        }
        let room = collector.bound - collector.findings.count
        // Twice as many groups as threads: rules differ in cost, and a thread that finishes
        // its group early takes the next one.
        let groups = contiguousGroups(count: rules.count, into: threads * 2)
        let found = ParallelWork.map(count: groups.count, threads: threads) { index in
            var partial = FindingCollector(bound: room)
            for rule in rules[groups[index]] {
                partial.append(contentsOf: rule.check(context))
            }
            return partial
        }
        for partial in found {
            collector.append(contentsOf: partial)
        }
    }

    /// `0..<count` cut into at most `parts` ranges of nearly equal length, in order.
    static func contiguousGroups(count: Int, into parts: Int) -> [Range<Int>] {
        let parts = max(1, min(parts, count))
        return (0..<parts).map { part in (count * part / parts)..<(count * (part + 1) / parts) }
    }
}
