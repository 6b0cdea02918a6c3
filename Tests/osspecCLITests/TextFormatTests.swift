import Foundation
import Testing

/// The text format: `path:line:col: severity: message [rule-id]`, the source line with a marker
/// under the span, the hint, related notes, and a closing summary; colour only when asked.
@Suite("Text format")
struct TextFormatTests {
    static let expected = """
        findings.osspec.yaml:5:1: error: Unknown key 'nmae' in the spec. Did you mean 'name'? [unknown-key]
        5 | nmae: typo
          | ^~~~
          hint: Rename it to 'name'.
        findings.osspec.yaml:17:11: warning: 'off' is the string "off" here (YAML 1.2), but YAML 1.1 tools read it as the boolean false. [yaml11-boolean]
        17 |     task: off
           |           ^~~
          hint: Write false for a boolean, or quote it ("off") for a string.
        findings.osspec.yaml:27:5: error: Duplicate key 'exporter'; it is already defined at line 26, column 5. [duplicate-key]
        27 |     exporter: stdout
           |     ^~~~~~~~
          hint: Remove one of the two; YAML tools disagree on which value wins.
          findings.osspec.yaml:26:5: note: 'exporter' is first defined here

        2 errors, 1 warning in 1 file.

        """

    static func lintFindings(_ options: [String], environment: [String: String] = [:]) throws -> RunResult {
        try OSSpec.run(["lint"] + options + ["findings.osspec.yaml"], environment: environment, directory: TestFiles.fixtures)
    }

    @Test("The whole report, byte for byte")
    func golden() throws {
        let result = try Self.lintFindings(["--color", "never"])
        #expect(result.exitCode == 1, "\(result)")
        #expect(result.stdout == Self.expected)
        #expect(result.stderr.isEmpty)
    }

    @Test("Each finding's first line is path:line:col: severity: message [rule-id]")
    func headerLines() throws {
        let result = try Self.lintFindings([])
        let headers = result.stdout.split(separator: "\n").filter { $0.hasPrefix("findings.osspec.yaml:") }
        let pattern = /^findings\.osspec\.yaml:(\d+):(\d+): (error|warning|info): (.+) \[([a-z0-9]+(?:-[a-z0-9]+)*)\]$/
        #expect(headers.count == 3)
        let parsed = headers.compactMap { line in
            (try? pattern.wholeMatch(in: String(line))).map { "\($0.1):\($0.2) \($0.3) \($0.5)" }
        }
        #expect(parsed == ["5:1 error unknown-key", "17:11 warning yaml11-boolean", "27:5 error duplicate-key"])
    }

    @Test("The marker sits under the span, counting characters, not bytes")
    func markerUnderWideText() throws {
        let directory = try TemporaryDirectory()
        // 'é' is two bytes, the emoji four (and two cells wide): the marker must still line up.
        let file = try directory.write("osspec: 1\n\"é😀\": 1\nnmae: x\n", to: "wide.osspec.yaml")
        let result = try OSSpec.run(["lint", "--color", "never", file.lastPathComponent], directory: directory.url)
        #expect(result.exitCode == 1, "\(result)")
        #expect(result.stdout.contains("wide.osspec.yaml:2:1: error: Unknown key 'é😀' in the spec."), "\(result)")
        #expect(result.stdout.contains("2 | \"é😀\": 1\n  | ^~~~~\n"), "\(result)")
        #expect(result.stdout.contains("3 | nmae: x\n  | ^~~~\n"), "\(result)")
    }

    @Test("Control characters in messages do not reach the terminal raw")
    func sanitized() throws {
        let directory = try TemporaryDirectory()
        let file = try directory.write("osspec: 1\n\"a\\tb\\e[31m\": 1\n", to: "ctl.osspec.yaml")
        let result = try OSSpec.run(["lint", "--color", "never", file.lastPathComponent], directory: directory.url)
        #expect(result.exitCode == 1, "\(result)")
        #expect(!result.stdout.contains("\u{1B}"), "\(result)")
        #expect(result.stdout.contains("Unknown key 'a\\tb\u{FFFD}[31m'"), "\(result)")
    }

    @Test("--color always colours; removing the escapes gives the plain report")
    func colorAlways() throws {
        let result = try Self.lintFindings(["--color", "always"])
        #expect(result.exitCode == 1)
        #expect(result.stdout.contains("\u{1B}["), "\(result)")
        #expect(result.stdout.contains("\u{1B}[1;31merror:\u{1B}[0m"))
        #expect(result.stdout.contains("\u{1B}[1;33mwarning:\u{1B}[0m"))
        #expect(withoutEscapes(result.stdout) == Self.expected)
    }

    @Test("--color never, and auto on a pipe, do not colour")
    func noColor() throws {
        for options in [["--color", "never"], ["--color", "auto"], []] {
            let result = try Self.lintFindings(options)
            #expect(result.exitCode == 1)
            #expect(!result.stdout.contains("\u{1B}"), "\(options): \(result)")
            #expect(result.stdout == Self.expected, "\(options)")
        }
    }

    @Test("NO_COLOR turns auto off, but not an explicit --color always")
    func noColorEnvironment() throws {
        let auto = try Self.lintFindings(["--color", "auto"], environment: ["NO_COLOR": "1"])
        #expect(!auto.stdout.contains("\u{1B}"), "\(auto)")
        #expect(auto.stdout == Self.expected)
        let always = try Self.lintFindings(["--color", "always"], environment: ["NO_COLOR": "1"])
        #expect(always.stdout.contains("\u{1B}["), "\(always)")
    }

    @Test("A clean run prints only the summary; colour makes it green")
    func cleanSummary() throws {
        let plain = try OSSpec.run(["lint", "specs/minimal.osspec.yaml"], directory: TestFiles.packageRoot)
        #expect(plain.stdout == "No problems in 1 file.\n")
        let coloured = try OSSpec.run(
            ["lint", "--color", "always", "specs/minimal.osspec.yaml"], directory: TestFiles.packageRoot)
        #expect(coloured.stdout == "\u{1B}[1;32mNo problems in 1 file.\u{1B}[0m\n")
    }

    @Test("Findings of several files are grouped by file with a blank line after each")
    func severalFiles() throws {
        let result = try OSSpec.run(
            ["lint", "findings.osspec.yaml", "warnings.osspec.yaml"], directory: TestFiles.fixtures)
        #expect(result.exitCode == 1)
        #expect(result.stdout.hasPrefix(Self.expected.replacingOccurrences(of: "2 errors, 1 warning in 1 file.\n", with: "")))
        #expect(result.stdout.hasSuffix(
            """
            warnings.osspec.yaml:15:11: warning: 'no' is the string "no" here (YAML 1.2), but YAML 1.1 tools read it as the boolean false. [yaml11-boolean]
            15 |     task: no
               |           ^~
              hint: Write false for a boolean, or quote it ("no") for a string.

            2 errors, 2 warnings in 2 files.

            """))
    }
}
