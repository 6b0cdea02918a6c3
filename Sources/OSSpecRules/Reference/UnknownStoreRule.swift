internal import OSSpecDiagnostics
internal import OSSpecModel

/// A tool's resource (unless `external:`) and `ram.paging.to` name declared stores.
struct UnknownStoreRule: Rule {
    let descriptor = RuleDescriptor(
        id: "unknown-store", category: .reference, defaultSeverity: .error,
        summary: "A tool's resource or ram.paging.to names no declared store (outside systems are external:<name>).")

    func check(_ context: RuleContext) -> [Diagnostic] {
        // Only unknown references are collected, so the text naming each place is built for
        // findings only, not for every tool of a large spec.
        let isUnknown = { (reference: Located<String>) in context.stores[reference.value] == nil }
        var references: [(Located<String>, String)] = []
        // external: is not a store either
        if let to = context.ram?.paging?.to, isUnknown(to) { references.append((to, "ram.paging.to")) }
        let tools = context.tools.elements
        for position in tools.indices where context.store(ofToolAt: position) == .undeclared {
            if let resource = tools[position].resource {
                references.append((resource, "the resource of tool '\(tools[position].id.value)'"))
            }
        }
        guard !references.isEmpty else { return [] }
        let declared = context.filesystem?.stores.map(\.id.value) ?? []
        let declaredAt = context.spec.filesystem.keyRange
        var findings: [Diagnostic] = []
        for (reference, place) in references {
            var finding = descriptor.unknownReference(
                reference, kind: "store", usedIn: place, candidates: declared, declaredAt: declaredAt,
                suggest: findings.count < RuleDescriptor.suggestionLimit)
            if !finding.message.contains("Did you mean") {
                // paging.to must be a store of the spec; a tool's resource may be outside it.
                finding.hint =
                    place == "ram.paging.to"
                    ? "Declare '\(MessageExcerpt.of(reference.value))' under filesystem.stores; evicted context is paged to a store of the system."
                    : "Declare '\(MessageExcerpt.of(reference.value))' under filesystem.stores, or write `external:\(MessageExcerpt.of(reference.value))` for an outside system."
            }
            findings.append(finding)
        }
        return findings
    }
}
