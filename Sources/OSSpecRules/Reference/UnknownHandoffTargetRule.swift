internal import OSSpecDiagnostics
internal import OSSpecModel

/// Every handoff names a declared process.
struct UnknownHandoffTargetRule: Rule {
    let descriptor = RuleDescriptor(
        id: "unknown-handoff-target", category: .reference, defaultSeverity: .error,
        summary: "A process hands off to a process that is not declared.")

    func check(_ context: RuleContext) -> [Diagnostic] {
        // The candidates for "did you mean" are listed once, and only when there is a finding.
        var declared: [String]?
        var findings: [Diagnostic] = []
        // The graph resolved every handoff once; only the unresolved ones are left to report.
        for undeclared in context.graph.undeclaredTargets {
            let process = context.processes[undeclared.source]
            if declared == nil { declared = context.processes.map(\.id.value) }
            findings.append(
                descriptor.unknownReference(
                    undeclared.handoff, kind: "process", usedIn: "the handoffs of process '\(process.id.value)'",
                    candidates: declared ?? [], declaredAt: context.spec.processes.keyRange,
                    suggest: findings.count < RuleDescriptor.suggestionLimit))
        }
        return findings
    }
}
