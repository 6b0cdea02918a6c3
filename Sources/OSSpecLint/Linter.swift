internal import OSSpecConfig
public import OSSpecDiagnostics
internal import OSSpecModel
public import OSSpecPlatform
internal import OSSpecRules
public import OSSpecYAML

/// A path given on the command line that could not be linted (exit 2).
public typealias LintInputError = FileError

/// Runs the whole chain on one file: bytes -> YAML nodes -> typed spec -> rules -> sorted findings.
public struct Linter: Sendable {
    public var limits: LoaderLimits
    /// How far one large file's decoding and rules may be split across threads. The findings
    /// are the same whatever it says.
    public var parallelism: Parallelism

    public init(limits: LoaderLimits = .default, parallelism: Parallelism = .sequential) {
        self.limits = limits
        self.parallelism = parallelism
    }

    /// All findings for `bytes`, reported under `path`, less those that the file's own
    /// `# osspec:disable` comments silence (plus the findings about those comments).
    ///
    /// `adjust` is applied before the findings are capped at `limits.maxFindingsPerFile`: the
    /// configuration's severities and rules turned off (`ConfiguredLinter`) decide what counts.
    public func lint(
        bytes: [UInt8], path: String, adjusting adjust: ([Diagnostic]) -> [Diagnostic] = { $0 }
    ) -> FileReport {
        runChain(bytes: bytes, path: path, adjusting: adjust).report
    }

    /// `lint(bytes:path:adjusting:)`, keeping what generation and review need besides the
    /// report: the typed spec, and the findings before anything silenced or adjusted them. One
    /// pass of the chain gives both.
    public func lintKeepingSpec(
        bytes: [UInt8], path: String, adjusting adjust: ([Diagnostic]) -> [Diagnostic] = { $0 }
    ) -> LintedSpec {
        let run = runChain(bytes: bytes, path: path, adjusting: adjust)
        return LintedSpec(report: run.report, spec: run.spec, defaultFindings: run.findings.inReportOrder(), uncollected: run.uncollected)
    }

    /// The chain, with the report and what went into it: the spec and the findings as found.
    private func runChain(
        bytes: [UInt8], path: String, adjusting adjust: ([Diagnostic]) -> [Diagnostic]
    ) -> (report: FileReport, spec: Spec?, findings: [Diagnostic], uncollected: UncollectedFindings) {
        var collector = FindingCollector(bound: limits.collectionBound)
        let (spec, suppressions, threads) = decode(bytes, into: &collector)
        if let spec {
            RuleRegistry.check(spec, into: &collector, threads: threads)
        }
        let findings = adjust(suppressions.apply(to: collector.findings)).inReportOrder()
        let report = FileReport(path: path, diagnostics: capped(findings, uncollected: collector.uncounted), source: bytes)
        return (report, spec, collector.findings, collector.uncounted)
    }

    /// At most `limits.maxFindingsPerFile` findings, in report order; the rest become one
    /// `too-many-findings` finding at the top of the file, as severe as the worst of them.
    /// `uncollected` are the findings past `limits.collectionBound`, only counted (before the
    /// configuration and suppression comments, which need the findings themselves).
    func capped(_ findings: [Diagnostic], uncollected: UncollectedFindings = UncollectedFindings()) -> [Diagnostic] {
        let limit = max(1, limits.maxFindingsPerFile)
        guard findings.count > limit || uncollected.total > 0 else { return findings }
        let left = findings.dropFirst(limit)
        // The findings not listed, counted as the uncollected ones are.
        var counts = uncollected
        for finding in left { counts.add(finding.severity) }
        let leftCount = counts.total
        let worst: Severity = counts.errors > 0 ? .error : counts.warnings > 0 ? .warning : .info
        let breakdown = [(counts.errors, "error"), (counts.warnings, "warning"), (counts.infos, "info")]
            .filter { count, _ in count > 0 }
            .map { count, noun in "\(count) \(noun)\(count == 1 ? "" : "s")" }
            .joined(separator: ", ")
        var summary = YAMLRules.tooManyFindings.diagnostic(
            "\(leftCount) more finding\(leftCount == 1 ? "" : "s") (\(breakdown)) after the first \(min(limit, findings.count)) are not listed."
                + (uncollected.total > 0
                    ? " Past \(limits.collectionBound) findings they were only counted, before the configuration and suppression comments."
                    : ""),
            at: .fileStart,
            hint: "Fix the findings listed, or raise the limit with --max-findings to see them all.")
        summary.severity = worst
        return [summary] + findings.prefix(limit)
    }

    /// Bytes -> typed spec. Its own function so that the YAML document is freed before the
    /// rules run: the nodes are the largest structure of a lint, and the rules never see them.
    /// The suppression comments are found here too, since finding them needs the nodes. Also
    /// returns how many threads the rest of this file's lint may use, from the document's size.
    private func decode(
        _ bytes: [UInt8], into collector: inout FindingCollector
    ) -> (spec: Spec?, suppressions: InlineSuppressions, threads: Int) {
        let loaded = YAMLLoader(limits: limits, parallelism: parallelism).load(bytes)
        collector.append(contentsOf: loaded.diagnostics)
        collector.absorb(loaded.uncollected)
        guard let document = loaded.document else { return (nil, .none, 1) }
        let suppressions = InlineSuppressions.find(in: bytes, document: document)
        let spec = SpecDecoder.decode(document, into: &collector, parallelism: parallelism)
        return (spec, suppressions, parallelism.threads(forNodes: document.nodes.count))
    }

    /// Reads and lints a file. A file over the size limit is a finding, not an I/O error, and
    /// is not read.
    public func lint(
        filePath: String, displayPath: String? = nil, adjusting adjust: ([Diagnostic]) -> [Diagnostic] = { $0 }
    ) throws(LintInputError) -> FileReport {
        let contents = try FileSystem.read(path: filePath, maxBytes: limits.maxFileBytes)
        return report(contents, path: displayPath ?? filePath, adjusting: adjust)
    }

    /// Lints what was read from a file or standard input. A file over the size limit is one
    /// finding, reported without its bytes.
    public func report(
        _ contents: FileContents, path: String, adjusting adjust: ([Diagnostic]) -> [Diagnostic] = { $0 }
    ) -> FileReport {
        switch contents {
        case .bytes(let bytes):
            return lint(bytes: bytes, path: path, adjusting: adjust)
        case .tooLarge(let size, let isExact):
            let diagnostic = YAMLRules.fileTooLarge.diagnostic(
                "File is \(size) bytes\(isExact ? "" : " or more"), larger than the limit of \(limits.maxFileBytes) bytes.",
                at: .fileStart,
                hint: "Split the spec, or raise the limit with --max-file-size if the file really is a spec.")
            return FileReport(path: path, diagnostics: adjust([diagnostic]), source: nil)
        }
    }
}
