internal import OSSpecDiagnostics
internal import OSSpecModel

/// Every tool in a process's allowlist is declared under ipc.tools.
struct UnknownToolRule: Rule {
    let descriptor = RuleDescriptor(
        id: "unknown-tool", category: .reference, defaultSeverity: .error,
        summary: "A process's tools list names a tool that ipc.tools does not declare.")

    func check(_ context: RuleContext) -> [Diagnostic] {
        let declared = context.ipc?.tools.map(\.id.value) ?? []
        var findings: [Diagnostic] = []
        for process in context.processes {
            for tool in process.tools ?? [] where context.tools[tool.value] == nil && !context.isWildcardGrant(tool.value) {
                findings.append(
                    descriptor.unknownReference(
                        tool, kind: "tool", usedIn: "the tools of process '\(process.id.value)'", candidates: declared,
                        declaredAt: context.spec.ipc.keyRange,
                        suggest: findings.count < RuleDescriptor.suggestionLimit))
            }
        }
        return findings
    }
}
