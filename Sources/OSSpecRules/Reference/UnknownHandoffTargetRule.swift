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
        for process in context.processes {
            for target in process.handoffs where context.processIndex[target.value] == nil {
                if declared == nil { declared = context.processes.map(\.id.value) }
                findings.append(
                    descriptor.unknownReference(
                        target, kind: "process", usedIn: "the handoffs of process '\(process.id.value)'", candidates: declared ?? [],
                        declaredAt: context.spec.processes.keyRange,
                        suggest: findings.count < RuleDescriptor.suggestionLimit))
            }
        }
        return findings
    }
}
