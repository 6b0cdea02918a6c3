internal import OSSpecDiagnostics
internal import OSSpecModel

/// Handoffs that can go round in a cycle need a bound on hops.
struct UnboundedHandoffCycleRule: Rule {
    let descriptor = RuleDescriptor(
        id: "unbounded-handoff-cycle", category: .kernel, defaultSeverity: .error,
        summary: "Handoffs form a cycle and ipc.handoffs.max_hops is not set.")

    func check(_ context: RuleContext) -> [Diagnostic] {
        guard context.ipc?.maxHops == nil else { return [] }
        let graph = context.graph
        return graph.cycles().map { component in
            let start = component[0]
            let cycle = graph.cycle(through: start, within: component)
            // Point at the handoff that closes the cycle: from its last process back to the first.
            let last = cycle[cycle.count - 1]
            let edge = graph.successors[last].firstIndex(of: start)!
            let closing = graph.edgeItems[last][edge]
            return descriptor.diagnostic(
                "Handoffs form a cycle (\(context.describePath(cycle + [start]))) and ipc.handoffs.max_hops is not set.",
                at: closing.range,
                hint: context.spec.ipc.isNotApplicable
                    ? "Handoffs are IPC: replace the n/a ipc with `ipc: {tools: {}, handoffs: {max_hops: 10}}` to bound them."
                    : "Add `handoffs: {max_hops: 10}` (or the bound you need) under ipc to limit how often agents pass the session around.",
                related: cycle.dropLast().enumerated().prefix(8).map { offset, node in
                    let next = cycle[offset + 1]
                    return RelatedLocation(
                        range: graph.edgeItems[node][graph.successors[node].firstIndex(of: next)!].range,
                        message: "'\(context.processes[node].id.value)' hands off to '\(context.processes[next].id.value)'")
                })
        }
    }
}
