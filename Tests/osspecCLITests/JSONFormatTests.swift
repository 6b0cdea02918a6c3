import Foundation
import Testing

/// `--format json`: the exact shape of issue 2, and the findings of a fixture at known positions.
@Suite("JSON format")
struct JSONFormatTests {
    static let findings = "Tests/osspecCLITests/Fixtures/findings.osspec.yaml"
    static let warnings = "Tests/osspecCLITests/Fixtures/warnings.osspec.yaml"

    @Test("Two files: exact shape, rule ids, positions, and a summary that adds up")
    func twoFiles() throws {
        let result = try OSSpec.run(
            ["lint", "--format", "json", Self.findings, Self.warnings], directory: TestFiles.packageRoot)
        #expect(result.exitCode == 1, "\(result)")
        #expect(result.stderr.isEmpty, "\(result)")
        let report = try LintJSON(result)

        let version = try OSSpec.run(["--version"])
        #expect(report.version + "\n" == version.stdout)

        // Files in the order given on the command line.
        try #require(report.files.map(\.path) == [Self.findings, Self.warnings])

        let first = report.files[0].diagnostics
        #expect(first.map(\.rule) == ["unknown-key", "yaml11-boolean", "duplicate-key"])
        #expect(first.map(\.severity) == ["error", "warning", "error"])
        #expect(first.map(\.category) == ["schema", "schema", "schema"])
        #expect(first.map(\.span) == [[5, 1, 5, 5], [17, 11, 17, 14], [27, 5, 27, 13]])
        #expect(first[0].message == "Unknown key 'nmae' in the spec. Did you mean 'name'?")
        #expect(first[0].hint == "Rename it to 'name'.")
        #expect(first[1].message.contains("'off'"))
        #expect(first[1].hint?.contains("quote it (\"off\")") == true)
        #expect(first[0].related.isEmpty && first[1].related.isEmpty)
        let related = try #require(first[2].related.first)
        #expect(first[2].related.count == 1)
        #expect(related.span == [26, 5, 26, 13])
        #expect(related.message == "'exporter' is first defined here")

        let second = report.files[1].diagnostics
        #expect(second.map(\.rule) == ["yaml11-boolean"])
        #expect(second.map(\.span) == [[15, 11, 15, 13]])
        #expect(second.first?.severity == "warning")

        // The summary counts what the files list.
        let all = report.allDiagnostics
        #expect(report.summary["files"] == report.files.count)
        #expect(report.summary["errors"] == all.filter { $0.severity == "error" }.count)
        #expect(report.summary["warnings"] == all.filter { $0.severity == "warning" }.count)
        #expect(report.summary["infos"] == all.filter { $0.severity == "info" }.count)
        #expect(report.summary == ["files": 2, "errors": 2, "warnings": 2, "infos": 0])
    }

    @Test("Output is deterministic: the same run twice gives the same bytes")
    func deterministic() throws {
        let arguments = ["lint", "--format", "json", Self.findings, Self.warnings, "specs"]
        let first = try OSSpec.run(arguments, directory: TestFiles.packageRoot)
        let second = try OSSpec.run(arguments, directory: TestFiles.packageRoot)
        #expect(first.stdoutData == second.stdoutData)
        #expect(try LintJSON(first).files.count == 5)
    }

    @Test("JSON is never coloured, whatever --color says")
    func neverColoured() throws {
        let result = try OSSpec.run(
            ["lint", "--format", "json", "--color", "always", Self.findings], directory: TestFiles.packageRoot)
        #expect(result.exitCode == 1)
        #expect(!result.stdout.contains("\u{1B}"), "\(result)")
        _ = try LintJSON(result)
    }

    @Test("Control characters and quotes in messages are escaped JSON")
    func escaping() throws {
        let directory = try TemporaryDirectory()
        // An unknown key with a quote, a backslash and a tab escape in it.
        let file = try directory.write("osspec: 1\n\"we\\\"ird\\\\\\tkey\": 1\n", to: "odd.osspec.yaml")
        let result = try OSSpec.run(["lint", "--format", "json", file.path])
        #expect(result.exitCode == 1, "\(result)")
        let report = try LintJSON(result)
        let unknown = try #require(report.allDiagnostics.first { $0.rule == "unknown-key" })
        #expect(unknown.message.contains("we\"ird\\\tkey"), "\(unknown.message)")
    }
}
