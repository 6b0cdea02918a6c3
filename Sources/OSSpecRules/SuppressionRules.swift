public import OSSpecDiagnostics

/// The findings about `# osspec:disable` comments themselves. They are raised where the
/// comments are applied (OSSpecConfig), after every other stage; they are declared here so that
/// the catalogue, which that stage checks directive ids against, lists them.
public enum SuppressionRules {
    public static let withoutReason = RuleDescriptor(
        id: "suppression-without-reason", category: .completeness, defaultSeverity: .warning,
        summary: "An `# osspec:disable` comment gives no reason after ` -- `.")
    public static let unused = RuleDescriptor(
        id: "unused-suppression", category: .reference, defaultSeverity: .warning,
        summary: "An `# osspec:disable` comment names a rule that has no finding in its scope.")
    public static let invalid = RuleDescriptor(
        id: "invalid-suppression", category: .reference, defaultSeverity: .warning,
        summary: "An `# osspec:` comment with an unknown directive or rule id, or a rule that cannot be suppressed.")

    public static let all: [RuleDescriptor] = [withoutReason, unused, invalid]
}
