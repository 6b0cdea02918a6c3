internal import OSSpecDiagnostics
internal import OSSpecModel

/// A declared tool that no process may call is dead weight, or a grant someone forgot.
struct UnusedToolRule: Rule {
    let descriptor = RuleDescriptor(
        id: "unused-tool", category: .reference, defaultSeverity: .warning,
        summary: "A tool declared in ipc.tools that no process's allowlist grants.")

    func check(_ context: RuleContext) -> [Diagnostic] {
        guard let ipc = context.ipc else { return [] }
        // Marked by position in ipc.tools: one lookup per grant, no set of names.
        let tools = context.tools
        var granted = [Bool](repeating: false, count: tools.elements.count)
        var hasWildcard = false
        for index in context.processes.indices {
            for (tool, position) in zip(context.processes[index].tools ?? [], context.grants.positions(ofProcess: index)) {
                if let position {
                    granted[position] = true
                } else if context.isWildcardGrant(tool.value) {
                    hasWildcard = true
                }
            }
        }
        // A wildcard grants everything; wildcard-tool-grant reports it instead.
        guard !hasWildcard else { return [] }
        return ipc.tools.indices.compactMap { position in
            // A repeated declaration counts as the first one.
            guard !granted[tools.firstPosition(ofElementAt: position)] else { return nil }
            let tool = ipc.tools[position]
            return descriptor.diagnostic(
                "Tool '\(tool.id.value)' is granted to no process.",
                at: tool.id.range,
                hint: "Add it to the tools of the process that needs it, or remove it from ipc.tools.")
        }
    }
}
