public import OSSpecDiagnostics

/// Findings of the typed stage about the shape of the spec.
public enum SchemaRules {
    public static let unknownKey = RuleDescriptor(
        id: "unknown-key", category: .schema, defaultSeverity: .error,
        summary: "A key the format does not define (use an `x-` prefix for extensions).")
    public static let wrongType = RuleDescriptor(
        id: "wrong-type", category: .schema, defaultSeverity: .error,
        summary: "A value of the wrong type: a string where a mapping belongs, a list where a number belongs.")
    public static let invalidEnumValue = RuleDescriptor(
        id: "invalid-enum-value", category: .schema, defaultSeverity: .error,
        summary: "A value outside the allowed set, e.g. an unknown tool scope or RAM policy.")
    public static let invalidIdentifier = RuleDescriptor(
        id: "invalid-identifier", category: .schema, defaultSeverity: .error,
        summary: "An id that is not [A-Za-z][A-Za-z0-9_-]* of at most 64 characters.")
    public static let invalidValue = RuleDescriptor(
        id: "invalid-value", category: .schema, defaultSeverity: .error,
        summary: "A value of the right type but out of range, e.g. a token budget of 0.")
    public static let unsupportedVersion = RuleDescriptor(
        id: "unsupported-version", category: .schema, defaultSeverity: .error,
        summary: "`osspec:` is not 1, the only format version this osspec reads.")

    public static let all: [RuleDescriptor] = [
        unknownKey, wrongType, invalidEnumValue, invalidIdentifier, invalidValue, unsupportedVersion,
    ]
}

/// Findings of the typed stage about rows and values that are not filled in.
public enum CompletenessRules {
    public static let missingRow = RuleDescriptor(
        id: "missing-row", category: .completeness, defaultSeverity: .error,
        summary: "One of the seven rows (cpu, ram, filesystem, processes, ipc, kernel, user_space) is absent.")
    public static let emptyRow = RuleDescriptor(
        id: "empty-row", category: .completeness, defaultSeverity: .error,
        summary: "A row is present but empty.")
    public static let invalidNotApplicable = RuleDescriptor(
        id: "invalid-not-applicable", category: .completeness, defaultSeverity: .error,
        summary: "`n/a` without a reason of at least 3 words, or on cpu, processes or kernel.")
    public static let missingKey = RuleDescriptor(
        id: "missing-key", category: .completeness, defaultSeverity: .error,
        summary: "A required key is absent.")
    public static let emptyValue = RuleDescriptor(
        id: "empty-value", category: .completeness, defaultSeverity: .error,
        summary: "A key is written with no value (null or an empty string or list).")
    public static let placeholderValue = RuleDescriptor(
        id: "placeholder-value", category: .completeness, defaultSeverity: .error,
        summary: "A value is a placeholder (TODO, TBD, FIXME, XXX, ???, ..., <...>, changeme, fill me in).")

    public static let all: [RuleDescriptor] = [
        missingRow, emptyRow, invalidNotApplicable, missingKey, emptyValue, placeholderValue,
    ]
}
