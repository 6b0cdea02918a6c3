import Foundation
import Testing

/// `--format github`: one workflow command per finding, escaped as the Actions runner expects,
/// so a path or message cannot end a command early or start another.
@Suite("GitHub annotations format")
struct GitHubFormatTests {
    @Test("The fixture's findings, line by line, then the summary")
    func fixture() throws {
        let result = try OSSpec.run(
            ["lint", "--format", "github", "Tests/osspecCLITests/Fixtures/findings.osspec.yaml", "specs/minimal.osspec.yaml"],
            directory: TestFiles.packageRoot)
        #expect(result.exitCode == 1, "\(result)")
        let path = "Tests/osspecCLITests/Fixtures/findings.osspec.yaml"
        let expected = [
            "::error file=\(path),line=5,col=1,endLine=5,endColumn=4,title=unknown-key::"
                + "Unknown key 'nmae' in the spec. Did you mean 'name'?%0AHint: Rename it to 'name'.",
            "::warning file=\(path),line=17,col=11,endLine=17,endColumn=13,title=yaml11-boolean::"
                + "'off' is the string \"off\" here (YAML 1.2), but YAML 1.1 tools read it as the boolean false."
                + "%0AHint: Write false for a boolean, or quote it (\"off\") for a string.",
            "::error file=\(path),line=27,col=5,endLine=27,endColumn=12,title=duplicate-key::"
                + "Duplicate key 'exporter'; it is already defined at line 26, column 5."
                + "%0AHint: Remove one of the two; YAML tools disagree on which value wins.",
            "2 errors, 1 warning in 2 files.",
        ]
        #expect(result.stdout == expected.joined(separator: "\n") + "\n", "\(result)")
    }

    @Test("Infos are notices; an absolute path under the working directory is made relative")
    func noticeAndRelativePath() throws {
        let directory = try TemporaryDirectory()
        // No redact list: the info finding tracing-no-redaction.
        var spec = try String(contentsOf: TestFiles.specs.appendingPathComponent("minimal.osspec.yaml"), encoding: .utf8)
        spec = spec.replacingOccurrences(of: "    redact: [secrets]\n", with: "")
        let file = try directory.write(spec, to: "desk.osspec.yaml")
        let json = try LintJSON(try OSSpec.run(["lint", "--format", "json", file.path]))
        try #require(json.allDiagnostics.contains { $0.severity == "info" }, "the edit should give an info finding: \(json.allDiagnostics.map(\.rule))")

        let result = try OSSpec.run(["lint", "--format", "github", TestFiles.canonicalPath(file)], directory: directory.url)
        let notices = result.stdout.split(separator: "\n").filter { $0.hasPrefix("::notice file=desk.osspec.yaml,line=") }
        #expect(notices.count == json.allDiagnostics.filter { $0.severity == "info" }.count, "\(result)")
    }

    @Test("Tricky paths and messages: commas, colons, percent signs and line breaks are escaped")
    func escaping() throws {
        let directory = try TemporaryDirectory()
        var spec = try String(contentsOf: TestFiles.specs.appendingPathComponent("minimal.osspec.yaml"), encoding: .utf8)
        // Two unknown keys whose names hold the characters GitHub's format gives meaning to.
        spec += "\"50%, a:b\": 1\n\"cmd::warning file=x,line=1::y\": 2\n"
        try directory.write(spec, to: "a,b:c%d.osspec.yaml")
        let result = try OSSpec.run(["lint", "--format", "github", "a,b:c%d.osspec.yaml"], directory: directory.url)
        #expect(result.exitCode == 1, "\(result)")
        let lines = result.stdout.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        #expect(lines.count == 4, "one line per finding, a summary and the final newline: \(result)")
        let commands = lines.filter { $0.hasPrefix("::") }
        #expect(commands.count == 2, "\(result)")
        for command in commands {
            #expect(command.hasPrefix("::error file=a%2Cb%3Ac%25d.osspec.yaml,line="), "\(command)")
            // Properties end at the first '::'; the rest is the message.
            let properties = command.dropFirst(2).prefix { $0 != ":" }
            #expect(properties.split(separator: ",").count == 6, "\(command)")
        }
        #expect(commands[0].contains("::Unknown key '50%25, a:b' in the spec."), "\(commands[0])")
        // In the message, '::' and ',' need no escaping: the runner splits at the first '::' only.
        #expect(commands[1].contains(",title=unknown-key::Unknown key 'cmd::warning file=x,line=1::y' in the spec.%0AHint: "), "\(commands[1])")
        // Line breaks in messages (here the one before the hint) are escaped.
        #expect(commands.allSatisfy { $0.contains("%0AHint: ") && !$0.contains("\r") })
    }
}
