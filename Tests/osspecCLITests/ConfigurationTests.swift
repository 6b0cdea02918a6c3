import Foundation
import Testing

/// `.osspec.yml`, `--config`, `--print-config` and `# osspec:disable` comments, through the
/// built binary.
@Suite("Configuration files and suppression comments")
struct ConfigurationTests {
    /// A temporary repository (it has `.git`, so the lookup stops there) holding copies of the
    /// CLI fixtures: `warnings.osspec.yaml` (one yaml11-boolean warning, 15:11) and
    /// `findings.osspec.yaml` (unknown-key and duplicate-key errors, a yaml11-boolean warning).
    final class Repository {
        let directory: TemporaryDirectory
        var root: URL { directory.url.appendingPathComponent("repo") }

        init() throws {
            directory = try TemporaryDirectory()
            try FileManager.default.createDirectory(
                at: directory.url.appendingPathComponent("repo/.git"), withIntermediateDirectories: true)
        }

        /// Writes text at a path relative to the repository (or `../x` above it).
        func write(_ text: String, to path: String) throws {
            let url = root.appendingPathComponent(path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: url)
        }

        func copy(_ fixture: String, to path: String) throws {
            try write(String(decoding: try TestFiles.bytes(TestFiles.fixture(fixture)), as: UTF8.self), to: path)
        }

        func lint(_ arguments: [String], in subdirectory: String = "", stdin: Data? = nil) throws -> RunResult {
            try OSSpec.run(["lint"] + arguments, stdin: stdin, directory: root.appendingPathComponent(subdirectory))
        }
    }

    /// `path:line:column rule severity` for every finding of a JSON run.
    static func findings(_ result: RunResult) throws -> [String] {
        try LintJSON(result).files.flatMap { file in
            file.diagnostics.map { "\(file.path):\($0.line):\($0.column) \($0.rule) \($0.severity)" }
        }
    }

    @Test("the .osspec.yml found by walking up from the spec applies, from any working directory")
    func walkUp() throws {
        let repo = try Repository()
        try repo.copy("warnings.osspec.yaml", to: "specs/team/a.osspec.yaml")
        let before = try repo.lint(["--format", "json", "specs"])
        #expect(try Self.findings(before) == ["specs/team/a.osspec.yaml:15:11 yaml11-boolean warning"], "\(before)")
        try repo.write("rules:\n  yaml11-boolean: error\n", to: ".osspec.yml")
        let fromRoot = try repo.lint(["--format", "json", "specs"])
        #expect(fromRoot.exitCode == 1, "\(fromRoot)")
        #expect(try Self.findings(fromRoot) == ["specs/team/a.osspec.yaml:15:11 yaml11-boolean error"])
        let fromInside = try repo.lint(["--format", "json", "a.osspec.yaml"], in: "specs/team")
        #expect(try Self.findings(fromInside) == ["a.osspec.yaml:15:11 yaml11-boolean error"], "\(fromInside)")
    }

    @Test("a nearer .osspec.yaml overrides the outer file; files above the repository's .git are not read")
    func cascadeAndStop() throws {
        let repo = try Repository()
        try repo.copy("warnings.osspec.yaml", to: "specs/a.osspec.yaml")
        try repo.write("rules: {yaml11-boolean: off}\n", to: "../.osspec.yml")
        let outside = try repo.lint(["--format", "json", "specs"])
        #expect(try Self.findings(outside) == ["specs/a.osspec.yaml:15:11 yaml11-boolean warning"], "\(outside)")
        try repo.write("rules: {yaml11-boolean: error}\n", to: ".osspec.yml")
        try repo.write("rules: {yaml11-boolean: info}\n", to: "specs/.osspec.yaml")
        let nested = try repo.lint(["--format", "json", "--strict", "specs"])
        #expect(nested.exitCode == 0, "info never fails, even with --strict: \(nested)")
        #expect(try Self.findings(nested) == ["specs/a.osspec.yaml:15:11 yaml11-boolean info"])
    }

    @Test("severities change before the gates: off hides, warning passes, --strict and error fail")
    func gates() throws {
        let repo = try Repository()
        try repo.copy("findings.osspec.yaml", to: "f.osspec.yaml")
        try repo.write("rules:\n  unknown-key: warning\n  duplicate-key: off\n", to: ".osspec.yml")
        let relaxed = try repo.lint(["--format", "json", "f.osspec.yaml"])
        #expect(relaxed.exitCode == 0, "\(relaxed)")
        #expect(try Self.findings(relaxed) == ["f.osspec.yaml:5:1 unknown-key warning", "f.osspec.yaml:17:11 yaml11-boolean warning"])
        #expect(try LintJSON(relaxed).summary == ["files": 1, "errors": 0, "warnings": 2, "infos": 0])
        #expect(try repo.lint(["--strict", "f.osspec.yaml"]).exitCode == 1)
        let quiet = try repo.lint(["--quiet", "f.osspec.yaml"])
        #expect(quiet.exitCode == 0)
        #expect(!quiet.stdout.contains("unknown-key"), "\(quiet)")
    }

    @Test("--config applies one file to every spec, instead of the lookup; its globs are relative to it")
    func explicitConfig() throws {
        let repo = try Repository()
        try repo.copy("warnings.osspec.yaml", to: "specs/a.osspec.yaml")
        try repo.copy("warnings.osspec.yaml", to: "specs/old/b.osspec.yaml")
        try repo.write("rules: {yaml11-boolean: off}\n", to: ".osspec.yml")
        try repo.write("rules: {yaml11-boolean: error}\nignore: ['specs/old/']\n", to: "strict.yml")
        let result = try repo.lint(["--format", "json", "--config", "strict.yml", "specs"])
        #expect(result.exitCode == 1, "\(result)")
        #expect(try Self.findings(result) == ["specs/a.osspec.yaml:15:11 yaml11-boolean error"])
        let missing = try repo.lint(["--config", "nope.yml", "specs"])
        #expect(missing.exitCode == 2)
        #expect(missing.stderr == "Error: Cannot read 'nope.yml': no such file or directory.\n", "\(missing)")
        #expect(missing.stdout.isEmpty)
    }

    @Test("ignore: skipped when found in a folder and when named; nothing else changes")
    func ignore() throws {
        let repo = try Repository()
        try repo.copy("warnings.osspec.yaml", to: "specs/a.osspec.yaml")
        try repo.copy("findings.osspec.yaml", to: "specs/generated/x.osspec.yaml")
        try repo.copy("findings.osspec.yaml", to: "specs/b.draft.osspec.yaml")
        try repo.write("ignore:\n  - generated/\n  - '*.draft.osspec.yaml'\n", to: "specs/.osspec.yml")
        let folder = try repo.lint(["--format", "json", "specs"])
        #expect(folder.exitCode == 0, "\(folder)")
        #expect(try LintJSON(folder).files.map(\.path) == ["specs/a.osspec.yaml"])
        let named = try repo.lint(["specs/generated/x.osspec.yaml"])
        #expect(named.exitCode == 0, "\(named)")
        #expect(named.stdout == "No problems in 0 files.\n", "\(named)")
    }

    @Test("a broken configuration: its problems with line and column on standard error, exit 2, nothing linted under it")
    func broken() throws {
        let repo = try Repository()
        try repo.copy("warnings.osspec.yaml", to: "specs/a.osspec.yaml")
        try repo.copy("warnings.osspec.yaml", to: "other/b.osspec.yaml")
        try repo.write("rules:\n  yaml11-booleen: off\n", to: "specs/.osspec.yml")
        let result = try repo.lint(["--format", "json", "specs", "other"])
        #expect(result.exitCode == 2, "\(result)")
        #expect(
            result.stderr == """
                specs/.osspec.yml:2:3: error: Unknown rule 'yaml11-booleen' in 'rules'. Did you mean 'yaml11-boolean'? [config-unknown-rule]
                2 |   yaml11-booleen: off
                  |   ^~~~~~~~~~~~~~
                  hint: Rename it to 'yaml11-boolean'.

                Error: Invalid configuration file 'specs/.osspec.yml' (1 problem); the specs it applies to were not linted.

                """)
        // The other folder's spec is still linted and reported.
        #expect(try LintJSON(result).files.map(\.path) == ["other/b.osspec.yaml"])
    }

    @Test("bad YAML and a bad severity in the configuration, each at its position")
    func badYAML() throws {
        let repo = try Repository()
        try repo.copy("warnings.osspec.yaml", to: "a.osspec.yaml")
        try repo.write("rules: {yaml11-boolean: off\n", to: ".osspec.yml")
        let syntax = try repo.lint(["a.osspec.yaml"])
        #expect(syntax.exitCode == 2)
        #expect(syntax.stderr.hasPrefix(".osspec.yml:2:1: error: "), "\(syntax)")
        #expect(syntax.stderr.contains("[yaml-syntax]"))
        #expect(syntax.stdout.isEmpty)
        try repo.write("rules:\n  yaml11-boolean: warn\n  yaml-syntax: off\n", to: ".osspec.yml")
        let values = try repo.lint(["a.osspec.yaml"])
        #expect(values.exitCode == 2)
        #expect(values.stderr.contains(".osspec.yml:2:19: error: 'warn' is not a setting of 'yaml11-boolean'"), "\(values)")
        #expect(values.stderr.contains(".osspec.yml:3:16: error: 'yaml-syntax' cannot be set to off"), "\(values)")
        #expect(values.stderr.contains("(2 problems)"))
    }

    @Test("--print-config: the files, each rule's setting with its source, the ignores; exit 0")
    func printConfig() throws {
        let repo = try Repository()
        try repo.write(
            "rules: {unused-tool: off}\nignore: [specs/generated/]\noverrides:\n  - files: ['legacy/**']\n    rules: {lethal-trifecta: error}\n",
            to: ".osspec.yml")
        try repo.write("rules: {unused-tool: info}\n", to: "legacy/.osspec.yml")
        let result = try repo.lint(["--print-config", "legacy/x.osspec.yaml"])
        #expect(result.exitCode == 0, "\(result)")
        #expect(
            result.stdout == """
                Configuration for legacy/x.osspec.yaml

                Configuration files (outermost first):
                  .osspec.yml
                  legacy/.osspec.yml

                Rule settings (default severity otherwise):
                  unused-tool      info     (default warning; legacy/.osspec.yml:1)
                  lethal-trifecta  error    (default warning; .osspec.yml:5 (override 1))

                Ignore patterns:
                  specs/generated/  (relative to .; .osspec.yml:2)

                Ignored: no

                """)
        let ignored = try repo.lint(["--print-config", "specs/generated/y.osspec.yaml"])
        #expect(ignored.stdout.hasSuffix("\nIgnored: yes, by 'specs/generated/' (.osspec.yml:2); osspec lint skips it.\n"), "\(ignored)")
        let none = try repo.lint(["--print-config", "x.osspec.yaml", "--config", "legacy/.osspec.yml"])
        #expect(none.stdout.contains("Configuration files (outermost first):\n  legacy/.osspec.yml\n"), "\(none)")
        #expect(try repo.lint(["--print-config", "x.osspec.yaml", "extra.osspec.yaml"]).exitCode == 2)
        try repo.write("rules: {nope: off}\n", to: ".osspec.yml")
        let broken = try repo.lint(["--print-config", "legacy/x.osspec.yaml"])
        #expect(broken.exitCode == 2)
        #expect(broken.stderr.contains("[config-unknown-rule]"))
    }

    @Test("standard input: configured from --stdin-filename's directory")
    func standardInput() throws {
        let repo = try Repository()
        try repo.write("rules: {yaml11-boolean: error}\n", to: "specs/.osspec.yml")
        let bytes = try TestFiles.bytes(TestFiles.fixture("warnings.osspec.yaml"))
        let named = try repo.lint(["--format", "json", "--stdin-filename", "specs/s.osspec.yaml", "-"], stdin: bytes)
        #expect(named.exitCode == 1, "\(named)")
        #expect(try Self.findings(named) == ["specs/s.osspec.yaml:15:11 yaml11-boolean error"])
        let unnamed = try repo.lint(["--format", "json", "-"], stdin: bytes)
        #expect(try Self.findings(unnamed) == ["<stdin>:15:11 yaml11-boolean warning"])
    }

    @Test("suppression comments: a reason silences, a missing reason and an unused one warn")
    func suppressions() throws {
        let repo = try Repository()
        var text = String(decoding: try TestFiles.bytes(TestFiles.fixture("warnings.osspec.yaml")), as: UTF8.self)
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let indent = String(lines[14].prefix { $0 == " " })
        lines.insert(indent + "# osspec:disable-next-line yaml11-boolean -- the backend is literally named no", at: 14)
        lines.insert("# osspec:disable-next-line unknown-key", at: 1)
        text = lines.joined(separator: "\n")
        try repo.write(text, to: "s.osspec.yaml")
        let result = try repo.lint(["--format", "json", "s.osspec.yaml"])
        #expect(result.exitCode == 0, "\(result)")
        #expect(
            try Self.findings(result) == [
                "s.osspec.yaml:2:1 suppression-without-reason warning", "s.osspec.yaml:2:28 unused-suppression warning",
            ])
        // The configuration applies to the comments' own findings too, after the comments.
        try repo.write("rules: {unused-suppression: error, suppression-without-reason: off, yaml11-boolean: off}\n", to: ".osspec.yml")
        let configured = try repo.lint(["--format", "json", "s.osspec.yaml"])
        #expect(configured.exitCode == 1, "\(configured)")
        #expect(try Self.findings(configured) == ["s.osspec.yaml:2:28 unused-suppression error"])
    }
}

/// docs/configuration.md's example configuration and its `--print-config` output, checked
/// against the binary, so the page cannot drift from what osspec does.
@Suite("docs/configuration.md")
struct ConfigurationDocsTests {
    static func block(after opening: String, in text: String) throws -> String {
        let start = try #require(text.range(of: opening)).upperBound
        let end = try #require(text.range(of: "```", range: start..<text.endIndex)).lowerBound
        return String(text[start..<end])
    }

    @Test("the --print-config example is the real output for the example file")
    func printConfigExample() throws {
        let page = String(decoding: try TestFiles.bytes(TestFiles.packageRoot.appendingPathComponent("docs/configuration.md")), as: UTF8.self)
        let config = try Self.block(after: "```yaml\n# .osspec.yml at the root", in: page)
        let shown = try Self.block(after: "```text\n$ osspec lint --print-config legacy/payments.osspec.yaml\n", in: page)
        let repo = try ConfigurationTests.Repository()
        try repo.write("# .osspec.yml at the root" + config, to: ".osspec.yml")
        let result = try repo.lint(["--print-config", "legacy/payments.osspec.yaml"])
        #expect(result.exitCode == 0, "\(result)")
        #expect(result.stdout == shown, "\(result)")
    }
}
