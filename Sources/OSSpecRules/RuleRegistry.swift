public import OSSpecDiagnostics
internal import OSSpecModel
internal import OSSpecYAML

/// Every architecture rule, in one list. Adding a rule is adding its line here.
public enum RuleRegistry {
    public static let rules: [any Rule] = []

    /// The catalogue: every finding osspec can report, from the loader, the decoder and the
    /// architecture rules, in that order (the order of the stages that raise them).
    public static let catalogue: [RuleDescriptor] = YAMLRules.all + SpecDecoder.rules + rules.map(\.descriptor)

    /// The descriptor with this id, if any.
    public static func descriptor(id: String) -> RuleDescriptor? {
        catalogue.first { $0.id == id }
    }
}
