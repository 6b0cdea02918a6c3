internal import OSSpecDiagnostics
internal import OSSpecModel

/// A vector store is only as good as the embedding that fills and queries it.
struct VectorStoreWithoutEmbeddingRule: Rule {
    let descriptor = RuleDescriptor(
        id: "vector-store-without-embedding", category: .filesystem, defaultSeverity: .error,
        summary: "A store of kind vector does not name its embedding model.")

    func check(_ context: RuleContext) -> [Diagnostic] {
        (context.filesystem?.stores ?? []).compactMap { store in
            guard let kind = store.kind, kind.value == .vector, store.embedding == nil else { return nil }
            return descriptor.diagnostic(
                "Vector store '\(store.id.value)' does not name its embedding.", at: store.id.range,
                hint: "Add `embedding:` with the embedding model, e.g. text-embedding-3-small.")
        }
    }
}
