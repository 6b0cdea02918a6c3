import Foundation
import OSSpecKit
import OSSpecPlatform
import Testing

#if canImport(FoundationXML)
import FoundationXML
#endif

/// Inputs the fuzzer (bench/fuzz) found or that stand for what it explores, kept as
/// regressions: each file in YAML/Fixtures/fuzz-regressions goes through the whole chain, as
/// the fuzz target runs it (default limits with every reporter, then tight limits), and must
/// end in a report with the findings listed for it in `expected`.
@Suite("Fuzz regressions")
struct FuzzRegressionTests {
    static let folder = TestPaths.fixture("YAML/Fixtures/fuzz-regressions")

    /// Rule ids each fixture's report must contain under the default limits (a subset: the
    /// report may hold more). Every fixture needs an entry, so each says what it is for.
    static let expected: [String: Set<String>] = [
        // A billion laughs inside a row: refused by the expansion budget, not expanded.
        "alias-bomb-in-processes.yaml": ["alias-expansion-limit"],
        // ESC, BEL, C1 CSI and a bidi override in keys, which messages quote.
        "control-characters-in-messages.yaml": ["unknown-key", "missing-row"],
        // 150 levels of `[{a: ` on one line (300 levels of nesting).
        "deep-nesting-mixed.yaml": ["nesting-too-deep"],
        // Found by the fuzzer: a spec cut inside a flow mapping, without a final line break;
        // libyaml puts the error on the line after the last.
        "flow-mapping-open-at-eof.yaml": ["yaml-syntax"],
        // Found by the fuzzer: a root mapping indented by four, then `ipc:` at column 0. Cut
        // before `ipc:`, each part loads as a mapping; whole, the file is a syntax error.
        "indented-root-before-a-row.yaml": ["yaml-syntax"],
        // A lone 0xC3, 0xFF 0xFE and an encoded surrogate.
        "invalid-utf8-in-value.yaml": ["invalid-encoding"],
        // BOM, CR LF, lone CR, NEL, LS and a tab: lines counted as libyaml counts them.
        "line-breaks-mixed.yaml": ["yaml-syntax"],
        // Found by the fuzzer (a timeout): 588 suppression comments on long lines; text and
        // SARIF output decoded and hashed the whole line once per finding.
        "many-findings-on-long-lines.yaml": ["invalid-suppression", "missing-row"],
    ]

    /// The fuzz target's second set of limits (bench/fuzz/FuzzTarget.swift).
    static let tightLimits = LoaderLimits(
        maxFileBytes: 4096, maxDepth: 6, maxNodes: 150, aliasExpansionFloor: 40, aliasExpansionFactor: 2)

    static var fixtureNames: [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return names.filter { $0.hasSuffix(".yaml") }.sorted()
    }

    @Test("every fixture has its expected findings listed, and every listed fixture exists")
    func fixturesAndExpectationsMatch() {
        #expect(Set(Self.fixtureNames) == Set(Self.expected.keys))
    }

    @Test("the fixture lints to a report that every reporter renders", arguments: fixtureNames)
    func lintsAndRenders(_ name: String) throws {
        let bytes = try TestPaths.bytes(Self.folder.appendingPathComponent(name))
        let path = "fuzz-regressions/\(name)"

        let report = Linter().lint(bytes: bytes, path: path)
        let rules = Set(report.diagnostics.map(\.rule))
        let missing = (Self.expected[name] ?? []).subtracting(rules)
        #expect(missing.isEmpty, "\(name): no \(missing.sorted()) among \(rules.sorted())")
        checkPositions(report, bytes: bytes)

        let run = LintRun(files: [report], toolVersion: "test")
        let plain = TextReporter().render(run)
        #expect(plain.hasSuffix(" file.\n"), "the text report ends with the summary line")
        #expect(!plain.unicodeScalars.contains { isControl($0) }, "plain text holds a control character")
        let coloured = TextReporter(style: ANSIStyle(enabled: true)).render(run)
        let stripped = coloured.replacingOccurrences(of: "\u{1B}\\[[0-9;]*m", with: "", options: .regularExpression)
        #expect(stripped == plain, "coloured text differs from plain text by more than escape codes")

        let json = JSONReporter().render(run)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        let files = try #require(object["files"] as? [[String: Any]])
        #expect((files.first?["diagnostics"] as? [Any])?.count == report.diagnostics.count)

        let sarif = SARIFReporter(rules: RuleRegistry.catalogue.map { RuleHelp(descriptor: $0) }, workingDirectory: "/fuzz").render(run)
        let log = try #require(try JSONSerialization.jsonObject(with: Data(sarif.utf8)) as? [String: Any])
        let results = (log["runs"] as? [[String: Any]])?.first?["results"] as? [Any]
        #expect(results?.count == report.diagnostics.count)

        let github = GitHubReporter(workingDirectory: "/fuzz").render(run)
        let lines = github.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines.count == report.diagnostics.count + 2, "one line per finding, the summary, the final newline")
        #expect(lines.dropLast(2).allSatisfy { $0.hasPrefix("::") } && !github.contains("\r"))

        let junit = JUnitReporter(warningsFail: true).render(run)
        let parser = XMLParser(data: Data(junit.utf8))
        #expect(parser.parse(), "JUnit output is not well-formed: \(String(describing: parser.parserError))")
        let testCases = junit.components(separatedBy: "<testcase ").count - 1
        #expect(testCases == max(report.diagnostics.count, 1))

        // As the fuzz target: tight limits, with the document split across threads, which must
        // find what one thread finds.
        let limited = Linter(limits: Self.tightLimits, parallelism: Parallelism(threads: 3, minimumNodes: 0)).lint(bytes: bytes, path: path)
        checkPositions(limited, bytes: bytes)
        #expect(!TextReporter().render(LintRun(files: [limited], toolVersion: "test")).isEmpty)
        #expect(limited.diagnostics == Linter(limits: Self.tightLimits).lint(bytes: bytes, path: path).diagnostics)
    }

    /// Positions start at 1:1 and fall on a line of the file or the one after its end (where
    /// libyaml puts the end of a stream without a final line break).
    private func checkPositions(_ report: FileReport, bytes: [UInt8]) {
        let lineCount = SourceLines(bytes).lineCount
        for diagnostic in report.diagnostics {
            for range in [diagnostic.range] + diagnostic.related.map(\.range) {
                for position in [range.start, range.end] {
                    #expect(position.line >= 1 && position.column >= 1, "[\(diagnostic.rule)] at \(position)")
                    #expect(position.line <= lineCount + 1, "[\(diagnostic.rule)] at \(position), past line \(lineCount)")
                }
            }
        }
    }

    private func isControl(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        return (value < 0x20 && value != 0x0A && value != 0x09) || value == 0x7F || (0x80...0x9F).contains(value)
    }
}
