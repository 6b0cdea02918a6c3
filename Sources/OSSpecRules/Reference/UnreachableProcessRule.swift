internal import OSSpecDiagnostics
internal import OSSpecModel

/// Every process can be reached from kernel.entry by handoffs; one that cannot never runs.
struct UnreachableProcessRule: Rule {
    let descriptor = RuleDescriptor(
        id: "unreachable-process", category: .reference, defaultSeverity: .warning,
        summary: "A process that no chain of handoffs from kernel.entry reaches: it never runs.")

    func check(_ context: RuleContext) -> [Diagnostic] {
        guard let entry = context.kernel?.entry, let start = context.processIndex[entry.value] else { return [] }
        let reached = context.graph.reachable(from: start)
        return context.processes.enumerated().compactMap { index, process in
            guard !reached[index] else { return nil }
            return descriptor.diagnostic(
                "Process '\(process.id.value)' is not reachable from the entry '\(MessageExcerpt.of(entry.value))' through handoffs; it never runs.",
                at: process.id.range,
                hint: "Add '\(process.id.value)' to the handoffs of a process that runs, or remove it.",
                related: [RelatedLocation(range: entry.range, message: "sessions start at '\(MessageExcerpt.of(entry.value))'")])
        }
    }
}
