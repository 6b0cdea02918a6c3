/// Findings as one stage of a lint collects them, up to a bound; past it they are only counted,
/// by severity. A file with millions of problems (a mapping of a million repeated keys, half a
/// million processes each missing a field) would otherwise hold every finding's text in memory
/// before the report is cut to its first `--max-findings`: gigabytes, from a few megabytes of
/// input. The bound is far above what any report shows, so it changes no ordinary output.
public struct FindingCollector: Sendable {
    /// The bound when nothing else is said: 100 times the default report limit.
    public static let defaultBound = 100_000

    public let bound: Int
    public private(set) var findings: [Diagnostic] = []
    /// Findings past the bound, counted by severity.
    public private(set) var uncounted = UncollectedFindings()

    public init(bound: Int = FindingCollector.defaultBound) {
        self.bound = max(1, bound)
    }

    public mutating func append(_ finding: Diagnostic) {
        if findings.count < bound {
            findings.append(finding)
        } else {
            uncounted.add(finding.severity)
        }
    }

    public mutating func append(contentsOf more: [Diagnostic]) {
        let room = max(0, bound - findings.count)
        findings += more.prefix(room)
        for finding in more.dropFirst(room) { uncounted.add(finding.severity) }
    }

    public mutating func absorb(_ other: UncollectedFindings) {
        uncounted.add(other)
    }

    /// Adds what another collector gathered, as if its findings had been appended here: each
    /// keeps the first findings of its own stream, so the first `bound` of the two streams one
    /// after the other are all still there, and everything else is counted.
    public mutating func append(contentsOf other: FindingCollector) {
        append(contentsOf: other.findings)
        absorb(other.uncounted)
    }
}

/// How many findings were not collected, by severity (see `FindingCollector`).
public struct UncollectedFindings: Sendable, Hashable {
    public private(set) var errors = 0
    public private(set) var warnings = 0
    public private(set) var infos = 0

    public init() {}

    public var total: Int { errors + warnings + infos }

    public mutating func add(_ severity: Severity) {
        switch severity {
        case .error: errors += 1
        case .warning: warnings += 1
        case .info: infos += 1
        }
    }

    public mutating func add(_ other: UncollectedFindings) {
        errors += other.errors
        warnings += other.warnings
        infos += other.infos
    }
}
