/// What a rule is: its stable id and metadata. Every stage that reports findings (the loader,
/// the decoder, the architecture rules) declares one descriptor per distinct problem, so each
/// finding has an id that configuration, suppressions and docs can name.
public struct RuleDescriptor: Sendable, Hashable, Identifiable {
    /// Stable kebab-case id, e.g. `duplicate-key`. Never renamed once released.
    public let id: String
    public let category: Category
    public let defaultSeverity: Severity
    /// One line, for `osspec rules` and SARIF's shortDescription.
    public let summary: String

    public init(id: String, category: Category, defaultSeverity: Severity, summary: String) {
        self.id = id
        self.category = category
        self.defaultSeverity = defaultSeverity
        self.summary = summary
    }

    /// A finding of this rule at `range`, with the rule's default severity.
    public func diagnostic(
        _ message: String,
        at range: SourceRange,
        hint: String? = nil,
        related: [RelatedLocation] = []
    ) -> Diagnostic {
        Diagnostic(
            rule: id,
            severity: defaultSeverity,
            category: category,
            range: range,
            message: message,
            hint: hint,
            related: related
        )
    }
}
