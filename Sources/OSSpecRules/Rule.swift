public import OSSpecDiagnostics
public import OSSpecModel

/// An architecture rule: a `Sendable` value with a pure check over the typed spec. One file per
/// rule, registered with one line in `RuleRegistry`.
public protocol Rule: Sendable {
    var descriptor: RuleDescriptor { get }
    /// Every finding of this rule in `spec`, with the rule's default severity.
    func check(_ spec: Spec, _ context: RuleContext) -> [Diagnostic]
}

/// Lookups shared by the rules, computed once per spec so that each rule stays one linear pass.
public struct RuleContext: Sendable {
    public let spec: Spec

    public init(spec: Spec) {
        self.spec = spec
    }
}
