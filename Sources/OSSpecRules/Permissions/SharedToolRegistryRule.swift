internal import OSSpecDiagnostics
internal import OSSpecModel

/// Every process holding the same full set of tools is one shared registry: nothing is scoped.
struct SharedToolRegistryRule: Rule {
    let descriptor = RuleDescriptor(
        id: "shared-tool-registry", category: .permissions, defaultSeverity: .warning,
        summary: "Two or more processes all hold the same full tool set: the tools are one shared registry, not scoped.")

    func check(_ context: RuleContext) -> [Diagnostic] {
        guard let ipc = context.ipc, ipc.tools.count >= 2, context.processes.count >= 2 else { return [] }
        // A process with fewer items than there are tools cannot hold them all: most specs
        // stop here, before any set is built.
        let distinctTools = context.tools.count
        guard context.processes.allSatisfy({ ($0.tools?.count ?? 0) >= distinctTools }) else { return [] }
        let all = Set(ipc.tools.map(\.id.value))
        var keys: [SourceRange] = []
        for process in context.processes {
            guard let tools = process.tools, Set(tools.map(\.value)) == all, let key = process.toolsKey else { return [] }
            keys.append(key)
        }
        let first = context.processes[0]
        return [
            descriptor.diagnostic(
                "All \(context.processes.count) processes hold the same \(all.count) tools; nothing is scoped to what each one does.",
                at: keys[0],
                hint: "Give each process only the tools its job needs; start with '\(first.id.value)'.",
                related: zip(context.processes.dropFirst(), keys.dropFirst()).prefix(8).map { process, key in
                    RelatedLocation(range: key, message: "'\(process.id.value)' holds the same tools")
                })
        ]
    }
}
