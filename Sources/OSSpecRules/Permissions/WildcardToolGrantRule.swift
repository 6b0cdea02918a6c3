internal import OSSpecDiagnostics
internal import OSSpecModel

/// No process gets root: `"*"` or `all` in a tools list grants every tool, today's and tomorrow's.
struct WildcardToolGrantRule: Rule {
    let descriptor = RuleDescriptor(
        id: "wildcard-tool-grant", category: .permissions, defaultSeverity: .error,
        summary: "A process's tools list grants everything with \"*\" or all; a process must name its tools.")

    func check(_ context: RuleContext) -> [Diagnostic] {
        var findings: [Diagnostic] = []
        for index in context.processes.indices {
            let process = context.processes[index].id.value
            // A wildcard is never a declared tool (a tool named `all` is not a wildcard).
            for (tool, position) in zip(context.processes[index].tools ?? [], context.grants.positions(ofProcess: index))
            where position == nil && context.isWildcardGrant(tool.value) {
                findings.append(
                    descriptor.diagnostic(
                        "Process '\(process)' is granted every tool with '\(MessageExcerpt.of(tool.value))'; a process must name its tools.",
                        at: tool.range,
                        hint: "List the tools '\(process)' needs, e.g. [\(context.ipc?.tools.prefix(2).map(\.id.value).joined(separator: ", ") ?? "")]."))
            }
        }
        return findings
    }
}
