public import OSSpecDiagnostics

/// The problems of a configuration file. They stop the run (exit 2) instead of being findings
/// of a spec, so they are not in the rule catalogue and cannot themselves be configured; YAML
/// problems of the file keep the loader's ids (`yaml-syntax`, `duplicate-key`, ...).
public enum ConfigRules {
    public static let unknownKey = RuleDescriptor(
        id: "config-unknown-key", category: .schema, defaultSeverity: .error,
        summary: "A key that .osspec.yml does not define.")
    public static let wrongType = RuleDescriptor(
        id: "config-wrong-type", category: .schema, defaultSeverity: .error,
        summary: "A value of the wrong type, e.g. a string where a list of globs belongs.")
    public static let missingKey = RuleDescriptor(
        id: "config-missing-key", category: .completeness, defaultSeverity: .error,
        summary: "An override without `files` or `rules`.")
    public static let unknownRule = RuleDescriptor(
        id: "config-unknown-rule", category: .reference, defaultSeverity: .error,
        summary: "A rule id that osspec does not have.")
    public static let invalidValue = RuleDescriptor(
        id: "config-invalid-value", category: .schema, defaultSeverity: .error,
        summary: "A severity other than off, info, warning or error; a bad glob; a rule that cannot be lowered.")

    public static let all: [RuleDescriptor] = [unknownKey, wrongType, missingKey, unknownRule, invalidValue]
}
