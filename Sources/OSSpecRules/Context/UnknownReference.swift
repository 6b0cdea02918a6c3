public import OSSpecDiagnostics
public import OSSpecModel

extension RuleDescriptor {
    /// "Unknown model 'larg' in cpu.default. Did you mean 'large'?", at the reference, with the
    /// declarations as related location when they exist.
    /// Each suggestion is a pass over the candidates, so a rule asks for one only for its first
    /// `suggestionLimit` findings: a spec with thousands of broken references stays linear.
    public static let suggestionLimit = 32

    public func unknownReference(
        _ reference: Located<String>, kind: String, usedIn place: String, candidates: [String], declaredAt: SourceRange?,
        suggest: Bool = true
    ) -> Diagnostic {
        let suggestion = suggest ? Suggestion.closest(to: reference.value, in: candidates) : nil
        let declared = candidates.isEmpty ? "none is declared" : "declared: \(Self.list(candidates))"
        return diagnostic(
            "Unknown \(kind) '\(MessageExcerpt.of(reference.value))' in \(place)."
                + (suggestion.map { " Did you mean '\($0)'?" } ?? " (\(declared))"),
            at: reference.range,
            hint: suggestion.map { "Change it to '\($0)'." } ?? "Declare the \(kind) '\(MessageExcerpt.of(reference.value))', or name one that exists.",
            related: declaredAt.map { [RelatedLocation(range: $0, message: "\(Self.plural(kind)) are declared here")] } ?? [])
    }

    static func plural(_ noun: String) -> String { noun.hasSuffix("s") ? noun + "es" : noun + "s" }

    /// A short list for messages: at most 8 names, then "and N more".
    static func list(_ names: [String]) -> String {
        let shown = names.prefix(8).map { "'\($0)'" }.joined(separator: ", ")
        return names.count > 8 ? shown + " and \(names.count - 8) more" : shown
    }
}
