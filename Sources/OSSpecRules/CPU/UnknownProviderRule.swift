internal import OSSpecDiagnostics
internal import OSSpecModel

/// Providers the format knows; another one may be a typo, or a provider generators cannot target.
struct UnknownProviderRule: Rule {
    let descriptor = RuleDescriptor(
        id: "unknown-provider", category: .cpu, defaultSeverity: .warning,
        summary: "A model's provider is not one the format knows (anthropic, openai, google, ..., stub).")

    func check(_ context: RuleContext) -> [Diagnostic] {
        (context.cpu?.models ?? []).compactMap { model in
            guard let provider = model.provider, !Model.knownProviders.contains(provider.value) else { return nil }
            let suggestion = Suggestion.closest(to: provider.value, in: Model.knownProviders)
            return descriptor.diagnostic(
                "Unknown provider '\(MessageExcerpt.of(provider.value))' for model '\(model.id.value)'." + (suggestion.map { " Did you mean '\($0)'?" } ?? ""),
                at: provider.range,
                hint: suggestion.map { "Change it to '\($0)'." }
                    ?? "Use one of \(Model.knownProviders.joined(separator: ", ")); a self-hosted API is usually openai-compatible.")
        }
    }
}
