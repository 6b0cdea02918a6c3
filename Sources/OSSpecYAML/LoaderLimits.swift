internal import OSSpecDiagnostics

/// Bounds that keep the loader's time and memory proportional to what a reasonable spec needs,
/// whatever the input. Each limit that is hit becomes a `syntax` diagnostic, never a crash.
public struct LoaderLimits: Sendable, Hashable {
    /// Largest file accepted, in bytes (default 32 MiB).
    public var maxFileBytes: Int
    /// Deepest nesting of mappings and sequences (default 256).
    public var maxDepth: Int
    /// Most nodes a document may hold as written (default 4,000,000; 24 bytes each, about 92 MiB).
    public var maxNodes: Int
    /// Aliases may expand a document to at most `max(aliasExpansionFloor, aliasExpansionFactor x
    /// nodes written)` nodes, so a billion-laughs file is refused without being expanded.
    public var aliasExpansionFloor: Int
    public var aliasExpansionFactor: Int
    /// Most findings reported for one file (default 1,000); the rest are counted in one
    /// `too-many-findings` finding, so a pathological file cannot flood a terminal or a CI log.
    public var maxFindingsPerFile: Int

    public init(
        maxFileBytes: Int = 32 * 1024 * 1024,
        maxDepth: Int = 256,
        maxNodes: Int = 4_000_000,
        aliasExpansionFloor: Int = 100_000,
        aliasExpansionFactor: Int = 10,
        maxFindingsPerFile: Int = 1000
    ) {
        self.maxFindingsPerFile = maxFindingsPerFile
        self.maxFileBytes = maxFileBytes
        self.maxDepth = maxDepth
        self.maxNodes = maxNodes
        self.aliasExpansionFloor = aliasExpansionFloor
        self.aliasExpansionFactor = aliasExpansionFactor
    }

    public static let `default` = LoaderLimits()

    /// Most findings one lint keeps in memory (`FindingCollector`): at least 100,000, and ten
    /// times the report's limit when that is raised.
    public var collectionBound: Int {
        let (scaled, overflow) = max(1, maxFindingsPerFile).multipliedReportingOverflow(by: 10)
        return overflow ? Int.max : max(FindingCollector.defaultBound, scaled)
    }

    /// The most nodes that aliases may expand a document of `writtenNodes` nodes to.
    public func aliasExpansionBudget(writtenNodes: Int) -> Int {
        let (scaled, overflow) = writtenNodes.multipliedReportingOverflow(by: aliasExpansionFactor)
        return overflow ? Int.max : max(aliasExpansionFloor, scaled)
    }
}
