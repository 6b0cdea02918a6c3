public import OSSpecDiagnostics
public import OSSpecModel
internal import OSSpecYAML

/// A file's lint with the typed spec kept, for the commands that go on to use the spec
/// (`generate`, the review commands).
public struct LintedSpec: Sendable {
    /// What `osspec lint` reports: suppression comments and the configuration applied, capped.
    public var report: FileReport
    /// The typed spec; nil when the bytes are not a YAML mapping at all.
    public var spec: Spec?
    /// The findings as the chain produced them, in report order: each rule at its default
    /// severity, nothing silenced by a comment or the configuration. What lint allows is not
    /// always what generation or a diff can live with. Past `LoaderLimits.collectionBound`
    /// findings the rest are only counted (`uncollected`).
    public var defaultFindings: [Diagnostic]
    /// Findings past the collection bound, only counted.
    public var uncollected: UncollectedFindings

    /// The errors among `defaultFindings`; when errors were only counted, one
    /// `too-many-findings` error at the top stands for them, since what they are is unknown.
    public var defaultErrors: [Diagnostic] {
        var errors = defaultFindings.filter { $0.severity == .error }
        if uncollected.errors > 0 {
            var summary = YAMLRules.tooManyFindings.diagnostic(
                "\(uncollected.errors) more error\(uncollected.errors == 1 ? " was" : "s were") only counted, past the first \(defaultFindings.count) findings.",
                at: .fileStart,
                hint: "Fix the findings listed first; the spec cannot be used while errors of unknown kind remain.")
            summary.severity = .error
            errors.insert(summary, at: 0)
        }
        return errors
    }
}
