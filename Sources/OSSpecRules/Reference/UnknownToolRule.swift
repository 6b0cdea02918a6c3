internal import OSSpecDiagnostics
internal import OSSpecModel

/// Every tool in a process's allowlist is declared under ipc.tools.
struct UnknownToolRule: Rule {
    let descriptor = RuleDescriptor(
        id: "unknown-tool", category: .reference, defaultSeverity: .error,
        summary: "A process's tools list names a tool that ipc.tools does not declare.")

    func check(_ context: RuleContext) -> [Diagnostic] {
        // The candidates for "did you mean" are listed once, and only when there is a finding.
        var declared: [String]?
        var findings: [Diagnostic] = []
        for index in context.processes.indices {
            for (tool, position) in zip(context.processes[index].tools ?? [], context.grants.positions(ofProcess: index))
            where position == nil && !context.isWildcardGrant(tool.value) {
                if declared == nil { declared = context.ipc?.tools.map(\.id.value) ?? [] }
                findings.append(
                    descriptor.unknownReference(
                        tool, kind: "tool", usedIn: "the tools of process '\(context.processes[index].id.value)'", candidates: declared ?? [],
                        declaredAt: context.ipc?.toolsKey ?? context.spec.ipc.keyRange,
                        suggest: findings.count < RuleDescriptor.suggestionLimit))
            }
        }
        return findings
    }
}
