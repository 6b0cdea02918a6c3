public import OSSpecDiagnostics

/// The YAML 1.1 pitfalls: plain scalars that osspec (YAML 1.2 core schema) reads one way and
/// YAML 1.1 tools read another. Raised by the typed stage where such a scalar is read.
public enum YAML11Rules {
    public static let boolean = RuleDescriptor(
        id: "yaml11-boolean", category: .schema, defaultSeverity: .warning,
        summary: "A plain yes/no/on/off/y/n: a string in YAML 1.2 but a boolean in YAML 1.1 tools.")
    public static let octal = RuleDescriptor(
        id: "yaml11-octal", category: .schema, defaultSeverity: .warning,
        summary: "A number with a leading zero (0755): decimal in YAML 1.2 but octal in YAML 1.1 tools.")
    public static let sexagesimal = RuleDescriptor(
        id: "yaml11-sexagesimal", category: .schema, defaultSeverity: .warning,
        summary: "A value like 1:20: a string in YAML 1.2 but a base-60 number in YAML 1.1 tools.")

    public static let all: [RuleDescriptor] = [boolean, octal, sexagesimal]

    /// The warning for a pitfall found in `text` at `range`.
    public static func diagnostic(for pitfall: YAML11Pitfall, text: String, at range: SourceRange) -> Diagnostic {
        switch pitfall {
        case .boolean(let value):
            return boolean.diagnostic(
                "'\(text)' is the string \"\(text)\" here (YAML 1.2), but YAML 1.1 tools read it as the boolean \(value).",
                at: range,
                hint: "Write \(value) for a boolean, or quote it (\"\(text)\") for a string.")
        case .octal(let decimal, let octal):
            let otherReading = octal.map { "YAML 1.1 tools read it as octal (\($0))" } ?? "YAML 1.1 tools read it as the string \"\(text)\""
            return YAML11Rules.octal.diagnostic(
                "'\(text)' is the number \(decimal) here (YAML 1.2), but \(otherReading).",
                at: range,
                hint: "Drop the leading zero for a number (\(decimal)), or quote it (\"\(text)\") for a string.")
        case .sexagesimal(let value):
            return sexagesimal.diagnostic(
                "'\(text)' is the string \"\(text)\" here (YAML 1.2), but YAML 1.1 tools read it as the base-60 number \(value).",
                at: range,
                hint: "Quote it (\"\(text)\").")
        }
    }
}
