internal import OSSpecDiagnostics
internal import OSSpecModel

/// A tool's resource (unless `external:`) and `ram.paging.to` name declared stores.
struct UnknownStoreRule: Rule {
    let descriptor = RuleDescriptor(
        id: "unknown-store", category: .reference, defaultSeverity: .error,
        summary: "A tool's resource or ram.paging.to names no declared store (outside systems are external:<name>).")

    func check(_ context: RuleContext) -> [Diagnostic] {
        let declared = context.filesystem?.stores.map(\.id.value) ?? []
        let declaredAt = context.spec.filesystem.keyRange
        var references: [(Located<String>, String)] = []
        if let to = context.ram?.paging?.to { references.append((to, "ram.paging.to")) }
        for tool in context.ipc?.tools ?? [] {
            if let resource = tool.resource, !tool.touchesExternalResource {
                references.append((resource, "the resource of tool '\(tool.id.value)'"))
            }
        }
        return references.compactMap { reference, place in
            guard context.stores[reference.value] == nil else { return nil }
            var finding = descriptor.unknownReference(
                reference, kind: "store", usedIn: place, candidates: declared, declaredAt: declaredAt)
            if Suggestion.closest(to: reference.value, in: declared) == nil {
                finding.hint = "Declare '\(reference.value)' under filesystem.stores, or write `external:\(reference.value)` for an outside system."
            }
            return finding
        }
    }
}
