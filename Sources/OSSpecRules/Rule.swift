public import OSSpecDiagnostics
internal import OSSpecModel

/// An architecture rule: a `Sendable` value with a pure check over the typed spec. One file per
/// rule, registered with one line in `RuleRegistry`.
public protocol Rule: Sendable {
    var descriptor: RuleDescriptor { get }
    /// Every finding of this rule in the spec, with the rule's default severity.
    func check(_ context: RuleContext) -> [Diagnostic]
}
