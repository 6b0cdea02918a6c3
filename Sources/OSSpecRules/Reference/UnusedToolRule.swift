internal import OSSpecDiagnostics
internal import OSSpecModel

/// A declared tool that no process may call is dead weight, or a grant someone forgot.
struct UnusedToolRule: Rule {
    let descriptor = RuleDescriptor(
        id: "unused-tool", category: .reference, defaultSeverity: .warning,
        summary: "A tool declared in ipc.tools that no process's allowlist grants.")

    func check(_ context: RuleContext) -> [Diagnostic] {
        guard let ipc = context.ipc else { return [] }
        var granted = Set<String>()
        var hasWildcard = false
        for process in context.processes {
            for tool in process.tools ?? [] {
                granted.insert(tool.value)
                hasWildcard = hasWildcard || context.isWildcardGrant(tool.value)
            }
        }
        // A wildcard grants everything; wildcard-tool-grant reports it instead.
        guard !hasWildcard else { return [] }
        return ipc.tools.compactMap { tool in
            guard !granted.contains(tool.id.value) else { return nil }
            return descriptor.diagnostic(
                "Tool '\(tool.id.value)' is granted to no process.",
                at: tool.id.range,
                hint: "Add it to the tools of the process that needs it, or remove it from ipc.tools.")
        }
    }
}
