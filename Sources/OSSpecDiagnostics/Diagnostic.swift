/// Another place that explains a finding: the first definition of a duplicated key, the
/// declaration a reference should match, one step of a handoff path.
public struct RelatedLocation: Sendable, Hashable {
    public var range: SourceRange
    public var message: String

    public init(range: SourceRange, message: String) {
        self.range = range
        self.message = message
    }
}

/// One finding in one file. The file itself is named by whoever holds the list of findings
/// (a `FileReport`), since every finding of a run over a file shares it.
public struct Diagnostic: Sendable, Hashable {
    public var rule: String
    public var severity: Severity
    public var category: Category
    /// Points at the key or value the user must change.
    public var range: SourceRange
    public var message: String
    /// How to fix it, in one sentence.
    public var hint: String?
    public var related: [RelatedLocation]

    public init(
        rule: String,
        severity: Severity,
        category: Category,
        range: SourceRange,
        message: String,
        hint: String? = nil,
        related: [RelatedLocation] = []
    ) {
        self.rule = rule
        self.severity = severity
        self.category = category
        self.range = range
        self.message = message
        self.hint = hint
        self.related = related
    }
}

extension Diagnostic {
    /// The order of record for output: by position, then rule id, then message, so output is
    /// deterministic whatever the order in which stages found things.
    public static func inReportOrder(_ lhs: Diagnostic, _ rhs: Diagnostic) -> Bool {
        if lhs.range.start != rhs.range.start { return lhs.range.start < rhs.range.start }
        if lhs.rule != rhs.rule { return lhs.rule < rhs.rule }
        if lhs.message != rhs.message { return lhs.message < rhs.message }
        return lhs.range.end < rhs.range.end
    }
}

extension Array where Element == Diagnostic {
    /// Sorted in report order, with exact repeats removed (two stages may notice one problem).
    public func inReportOrder() -> [Diagnostic] {
        var seen = Set<Diagnostic>()
        return sorted(by: Diagnostic.inReportOrder).filter { seen.insert($0).inserted }
    }
}
