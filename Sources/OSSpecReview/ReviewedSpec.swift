public import OSSpecDiagnostics
internal import OSSpecLint
public import OSSpecModel
public import OSSpecRules
public import OSSpecYAML

/// A spec read for review: what decoded of it, the shared lookups of the rules, and every lint
/// finding. The views render what decodes even when the spec has errors; `hasErrors` lets a
/// view say so (or a command refuse).
public struct ReviewedSpec: Sendable {
    /// The typed spec; nil when the bytes are not a YAML mapping at all.
    public let spec: Spec?
    /// Declarations by id, the handoff graph and model choices, as the rules see them.
    public let context: RuleContext?
    /// What `osspec lint` reports for the file: every finding of the chain (syntax, schema,
    /// completeness, rules), less what its suppression comments silence, with the project's
    /// configuration applied, in report order.
    public let report: FileReport
    /// Errors that leave the architecture unknown (see `readingErrors`), whatever the
    /// configuration and the suppression comments say.
    public let readingErrors: [Diagnostic]

    /// Lints the file as `osspec lint` does, `adjust` being the project's configuration
    /// (`EffectiveConfiguration.apply(to:)`), and keeps the typed spec.
    public init(
        bytes: [UInt8], path: String, limits: LoaderLimits = .default, adjusting adjust: ([Diagnostic]) -> [Diagnostic] = { $0 }
    ) {
        let linted = Linter(limits: limits).lintKeepingSpec(bytes: bytes, path: path, adjusting: adjust)
        spec = linted.spec
        context = linted.spec.map { RuleContext(spec: $0) }
        report = linted.report
        readingErrors = linted.defaultErrors.filter { Self.readingCategories.contains($0.category) }
    }

    public var errorCount: Int { report.count(of: .error) }
    public var hasErrors: Bool { errorCount > 0 }

    // `readingErrors`: the file does not read (syntax), does not follow the format (schema),
    // leaves something out (completeness), or names what is not declared (reference). The
    // views that compute from the architecture (a diff, a cost estimate) need it known, so
    // neither a configuration nor a suppression comment waives these for them. Errors of the
    // architecture rules (a wildcard grant, tracing off) are not among them: they are what a
    // diff and a cost estimate are about. Errors past the 100,000 findings osspec keeps are
    // only counted, so their kind is unknown: they block too (`LintedSpec.defaultErrors`).

    static let readingCategories: Set<OSSpecDiagnostics.Category> = [.syntax, .schema, .completeness, .reference]

    /// The spec's name, or a stand-in when it has none.
    public var name: String { spec?.name?.value ?? "(unnamed spec)" }

    /// "N errors, M warnings" or "clean", for headers and notes.
    public var lintStatus: String {
        let errors = report.count(of: .error)
        let warnings = report.count(of: .warning)
        let infos = report.count(of: .info)
        if errors == 0 && warnings == 0 && infos == 0 { return "lints clean" }
        var parts: [String] = []
        if errors > 0 { parts.append(Plural.count(errors, "error")) }
        if warnings > 0 { parts.append(Plural.count(warnings, "warning")) }
        if infos > 0 { parts.append(Plural.count(infos, "info")) }
        return parts.joined(separator: ", ")
    }
}

/// "1 error", "2 errors".
enum Plural {
    static func count(_ number: Int, _ noun: String, plural: String? = nil) -> String {
        "\(number) \(number == 1 ? noun : plural ?? noun + "s")"
    }
}
