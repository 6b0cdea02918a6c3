internal import OSSpecDiagnostics
internal import OSSpecModel

/// A store that no tool touches and no paging writes to.
struct UnusedStoreRule: Rule {
    let descriptor = RuleDescriptor(
        id: "unused-store", category: .reference, defaultSeverity: .info,
        summary: "A store that no tool's resource and no ram.paging.to names.")

    func check(_ context: RuleContext) -> [Diagnostic] {
        guard let filesystem = context.filesystem else { return [] }
        // Marked by position: the context resolved each tool's resource once.
        let stores = context.stores
        var used = [Bool](repeating: false, count: stores.elements.count)
        if let to = context.ram?.paging?.to, let position = stores.position(of: to.value) { used[position] = true }
        for position in context.tools.elements.indices {
            if case .declared(let store) = context.store(ofToolAt: position) { used[store] = true }
        }
        return filesystem.stores.indices.compactMap { position in
            // A repeated declaration counts as the first one.
            guard !used[stores.firstPosition(ofElementAt: position)] else { return nil }
            let store = filesystem.stores[position]
            return descriptor.diagnostic(
                "Store '\(store.id.value)' is used by no tool and no paging.",
                at: store.id.range,
                hint: "Give a tool `resource: \(store.id.value)` or page context to it, or remove it.")
        }
    }
}
