internal import OSSpecDiagnostics
internal import OSSpecModel

/// A store that no tool touches and no paging writes to.
struct UnusedStoreRule: Rule {
    let descriptor = RuleDescriptor(
        id: "unused-store", category: .reference, defaultSeverity: .info,
        summary: "A store that no tool's resource and no ram.paging.to names.")

    func check(_ context: RuleContext) -> [Diagnostic] {
        guard let filesystem = context.filesystem else { return [] }
        var used = Set<String>()
        if let to = context.ram?.paging?.to { used.insert(to.value) }
        for tool in context.ipc?.tools ?? [] {
            if let resource = tool.resource { used.insert(resource.value) }
        }
        return filesystem.stores.compactMap { store in
            guard !used.contains(store.id.value) else { return nil }
            return descriptor.diagnostic(
                "Store '\(store.id.value)' is used by no tool and no paging.",
                at: store.id.range,
                hint: "Give a tool `resource: \(store.id.value)` or page context to it, or remove it.")
        }
    }
}
