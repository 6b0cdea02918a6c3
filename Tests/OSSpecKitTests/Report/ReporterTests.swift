import Foundation
import OSSpecKit
import Testing

/// One fixed set of findings sent through every reporter and compared with canned output
/// (SwiftLint's ReporterTests). Set OSSPEC_UPDATE_GOLDENS=1 to rewrite the goldens after an
/// intended change; CI never sets it.
@Suite("Reporters")
struct ReporterTests {
    static let source = """
        osspec: 1
        name: "café 🎉"
        processes:
          triage: {modle: large, tools: ["*"]}
        \tbad: 1

        """

    static var run: LintRun {
        let error = RuleDescriptor(id: "unknown-key", category: .schema, defaultSeverity: .error, summary: "s")
        let warning = RuleDescriptor(id: "yaml11-boolean", category: .schema, defaultSeverity: .warning, summary: "s")
        let info = RuleDescriptor(id: "unused-store", category: .reference, defaultSeverity: .info, summary: "s")
        let range = { (line: Int, column: Int, endColumn: Int) in
            SourceRange(start: SourcePosition(line: line, column: column), end: SourcePosition(line: line, column: endColumn))
        }
        let diagnostics = [
            warning.diagnostic("Name 'café 🎉' has \"quotes\", a back\\slash and a\nnewline.", at: range(2, 7, 15)),
            error.diagnostic(
                "Unknown key 'modle' in process 'triage'. Did you mean 'model'?", at: range(4, 12, 17), hint: "Rename it to 'model'.",
                related: [RelatedLocation(range: range(3, 1, 10), message: "the processes are declared here")]),
            info.diagnostic("Nothing uses this.", at: range(5, 1, 2)),
        ]
        let tooLarge = RuleDescriptor(id: "file-too-large", category: .syntax, defaultSeverity: .error, summary: "s")
        return LintRun(
            files: [
                FileReport(path: "specs/a.osspec.yaml", diagnostics: diagnostics, source: Array(source.utf8)),
                FileReport(path: "<stdin>", diagnostics: [], source: []),
                FileReport(
                    path: "big.osspec.yaml", diagnostics: [tooLarge.diagnostic("Too large.", at: .fileStart)], source: nil),
            ],
            toolVersion: "9.9.9")
    }

    private func compare(_ output: String, golden name: String) throws {
        let url = TestPaths.fixture("Report/Goldens/\(name)")
        if ProcessInfo.processInfo.environment["OSSPEC_UPDATE_GOLDENS"] == "1" {
            try output.write(to: url, atomically: true, encoding: .utf8)
        }
        let expected = try String(contentsOf: url, encoding: .utf8)
        #expect(output == expected, "differs from \(name); run with OSSPEC_UPDATE_GOLDENS=1 after an intended change")
    }

    @Test("text matches its golden")
    func text() throws {
        try compare(TextReporter().render(Self.run), golden: "text.txt")
    }

    @Test("coloured text differs from plain text only by escape codes")
    func colour() {
        let coloured = TextReporter(style: ANSIStyle(enabled: true)).render(Self.run)
        #expect(coloured.contains("\u{1B}[1;31merror:\u{1B}[0m"))
        let stripped = coloured.replacingOccurrences(of: "\u{1B}\\[[0-9;]*m", with: "", options: .regularExpression)
        #expect(stripped == TextReporter().render(Self.run))
    }

    @Test("cells: a combining mark takes none, Latin letters one, a fullwidth letter two")
    func displayWidths() {
        var renderer = SnippetRenderer()
        // k : space " c a f e U+0301 U+FF21 " space x: `x` is the 13th scalar, 12 cells in.
        let source = SourceLines(Array("k: \"cafe\u{301}\u{FF21}\" x\n".utf8))
        let range = SourceRange(start: SourcePosition(line: 1, column: 13), end: SourcePosition(line: 1, column: 14))
        let lines = renderer.render(range, in: source, style: .plain, marker: { $0 })
        #expect(lines.count == 2)
        #expect(lines.last == "  | " + String(repeating: " ", count: 12) + "^")
    }

    @Test("the caret lines up under wide characters and tabs")
    func caretAlignment() throws {
        let text = TextReporter().render(Self.run)
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let sourceLine = try #require(lines.firstIndex { $0.hasPrefix("2 | ") })
        // `name: "café 🎉"` with the span over `"café 🎉"` (8 characters): 6 cells of padding,
        // then 9 cells, since the emoji takes two.
        #expect(lines[sourceLine + 1] == "  |       ^~~~~~~~~")
        let tabLine = try #require(lines.firstIndex { $0.hasPrefix("5 | ") })
        #expect(lines[tabLine] == "5 | \tbad: 1")
    }

    @Test("messages cannot inject control characters into the terminal")
    func sanitized() {
        let text = TextReporter().render(Self.run)
        #expect(text.contains("a back\\slash and a\\nnewline."))
    }

    @Test("JSON matches its golden and parses with the documented shape")
    func json() throws {
        let output = JSONReporter().render(Self.run)
        try compare(output, golden: "json.json")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(output.utf8)) as? [String: Any])
        #expect(object["version"] as? String == "9.9.9")
        let files = try #require(object["files"] as? [[String: Any]])
        #expect(files.map { $0["path"] as? String } == ["specs/a.osspec.yaml", "<stdin>", "big.osspec.yaml"])
        let first = try #require((files[0]["diagnostics"] as? [[String: Any]])?.first)
        #expect(Set(first.keys) == ["rule", "severity", "category", "line", "column", "end_line", "end_column", "message", "hint", "related"])
        #expect(first["message"] as? String == "Name 'café 🎉' has \"quotes\", a back\\slash and a\nnewline.")
        let summary = try #require(object["summary"] as? [String: Int])
        #expect(summary == ["files": 3, "errors": 2, "warnings": 1, "infos": 1])
    }

    @Test("the summary sentence counts and pluralizes")
    func summarySentence() {
        #expect(Self.run.summary.sentence == "2 errors, 1 warning, 1 info in 3 files.")
        #expect(Summary(files: 1).sentence == "No problems in 1 file.")
    }
}
