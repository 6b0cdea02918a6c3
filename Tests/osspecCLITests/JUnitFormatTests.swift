import Foundation
import Testing

/// `--format junit`: well-formed JUnit XML (checked with Python's XML parser), a suite per file,
/// a test case per finding, failures for what fails the run.
@Suite("JUnit format")
struct JUnitFormatTests {
    static let findings = "Tests/osspecCLITests/Fixtures/findings.osspec.yaml"
    static let warnings = "Tests/osspecCLITests/Fixtures/warnings.osspec.yaml"

    /// Parses standard input and prints, per suite, `name tests failures errors` and then per
    /// test case `classname|name|failure type or -|failure message or system-out`.
    static let summarizer = """
        import sys, xml.etree.ElementTree as ET
        sys.stdout.reconfigure(encoding="utf-8")
        root = ET.fromstring(sys.stdin.buffer.read())
        assert root.tag == "testsuites", root.tag
        print("testsuites", root.get("tests"), root.get("failures"), root.get("errors"))
        for suite in root:
            assert suite.tag == "testsuite", suite.tag
            print("suite", suite.get("name"), suite.get("tests"), suite.get("failures"), suite.get("errors"))
            for case in suite:
                failure = case.find("failure")
                out = case.find("system-out")
                detail = failure.get("message") if failure is not None else (out.text if out is not None else "")
                kind = failure.get("type") if failure is not None else "-"
                print("case", repr(case.get("classname")), repr(case.get("name")), kind, repr(detail))
        """

    static var canParse: Bool { PythonTool.shouldRun(PythonTool.python) }

    static func parsed(_ result: RunResult) throws -> [String] {
        let python = try #require(PythonTool.python, "\(PythonTool.Missing(what: "python3"))")
        let check = try PythonTool.run(python, ["-c", Self.summarizer], stdin: result.stdoutData)
        #expect(check.status == 0, "not well-formed JUnit XML:\n\(check.output)\n\(result)")
        return check.output.split(separator: "\n").map(String.init)
    }

    @Test("Suites per file, a case per finding, failures for errors, a passing case for a clean file",
        .enabled(if: canParse, "needs python3"))
    func shape() throws {
        let result = try OSSpec.run(
            ["lint", "--format", "junit", Self.findings, "specs/minimal.osspec.yaml"], directory: TestFiles.packageRoot)
        #expect(result.exitCode == 1, "\(result)")
        #expect(result.stdout.hasPrefix("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<testsuites name=\"osspec\" "))
        let lines = try Self.parsed(result)
        #expect(
            lines == [
                "testsuites 4 2 0",
                "suite \(Self.findings) 3 2 0",
                "case 'unknown-key' '\(Self.findings):5:1' error \"Unknown key 'nmae' in the spec. Did you mean 'name'?\"",
                "case 'yaml11-boolean' '\(Self.findings):17:11' - '\(Self.findings):17:11: warning: \\'off\\' is the string \"off\" here (YAML 1.2), but YAML 1.1 tools read it as the boolean false. [yaml11-boolean]\\nhint: Write false for a boolean, or quote it (\"off\") for a string.'",
                "case 'duplicate-key' '\(Self.findings):27:5' error \"Duplicate key 'exporter'; it is already defined at line 26, column 5.\"",
                "suite specs/minimal.osspec.yaml 1 0 0",
                "case 'osspec' 'specs/minimal.osspec.yaml' - ''",
            ], "\(lines)")
    }

    @Test("--strict and --max-warnings make warnings failures, as they fail the run", .enabled(if: canParse, "needs python3"))
    func strictWarnings() throws {
        let plain = try Self.parsed(try OSSpec.run(["lint", "--format", "junit", Self.warnings], directory: TestFiles.packageRoot))
        #expect(plain.first == "testsuites 1 0 0", "\(plain)")
        for gate in [["--strict"], ["--max-warnings", "0"]] {
            let result = try OSSpec.run(["lint", "--format", "junit"] + gate + [Self.warnings], directory: TestFiles.packageRoot)
            #expect(result.exitCode == 1, "\(gate): \(result)")
            let lines = try Self.parsed(result)
            #expect(lines.first == "testsuites 1 1 0", "\(gate): \(lines)")
            #expect(lines.last?.hasPrefix("case 'yaml11-boolean' '\(Self.warnings):15:11' warning ") == true, "\(gate): \(lines)")
        }
    }

    @Test("Markup, quotes and control characters in paths and messages stay well-formed", .enabled(if: canParse, "needs python3"))
    func escaping() throws {
        let directory = try TemporaryDirectory()
        var spec = try String(contentsOf: TestFiles.specs.appendingPathComponent("minimal.osspec.yaml"), encoding: .utf8)
        spec += "\"<a href='x'>&amp;\\\" ]]>\": 1\n\"bell\\a esc\\e nul\\0 end\": 2\n"
        try directory.write(spec, to: "<&'\">.osspec.yaml")
        let result = try OSSpec.run(["lint", "--format", "junit", "<&'\">.osspec.yaml"], directory: directory.url)
        #expect(result.exitCode == 1, "\(result)")
        let lines = try Self.parsed(result)
        #expect(lines.count == 4, "\(lines)")
        #expect(lines.contains("suite <&'\">.osspec.yaml 2 2 0"), "\(lines)")
        #expect(lines.contains { $0.contains(#"Unknown key \'<a href=\'x\'>&amp;" ]]>\' in the spec."#) }, "\(lines)")
        // XML 1.0 cannot hold these control characters at all: they become U+FFFD.
        #expect(lines.contains { $0.contains("\"Unknown key 'bell\u{FFFD} esc\u{FFFD} nul\u{FFFD} end' in the spec.\"") }, "\(lines)")
    }

    @Test("An input error is a suite with an error", .enabled(if: canParse, "needs python3"))
    func inputError() throws {
        let empty = try TemporaryDirectory()
        let result = try OSSpec.run(["lint", "--format", "junit", empty.url.path, "specs/minimal.osspec.yaml"], directory: TestFiles.packageRoot)
        #expect(result.exitCode == 2, "\(result)")
        let lines = try Self.parsed(result)
        #expect(lines.first == "testsuites 2 0 1", "\(lines)")
        #expect(lines.contains("suite \(empty.url.path) 1 0 1"), "\(lines)")
        #expect(result.stdout.contains("<error type=\"input\" message=\"No spec files under "), "\(result)")
    }
}
