import Foundation
import Testing

/// `generate` and the review commands lint a spec as `osspec lint` does, with its
/// `.osspec.yml` (or `--config`) and its suppression comments; errors that those waive still
/// stop what computes from the architecture. Through the built binary.
@Suite("Configuration in generate and the review commands")
struct ConfiguredCommandsTests {
    typealias Repository = ConfigurationTests.Repository

    /// The minimal spec with `kernel.limits` and `ram.default_budget_tokens` left out: two
    /// errors (missing-limits, missing-budget) at their default severity.
    static func legacySpec() throws -> String {
        var text = try String(contentsOf: TestFiles.specs.appendingPathComponent("minimal.osspec.yaml"), encoding: .utf8)
        text = text.replacingOccurrences(of: "  default_budget_tokens: 4096\n", with: "")
        text = text.replacingOccurrences(of: "  limits: { max_steps: 5, timeout_seconds: 30 }\n", with: "")
        #expect(!text.contains("default_budget_tokens") && !text.contains("limits:"))
        return text
    }

    func generate(_ spec: String, in repo: Repository, _ more: [String] = []) throws -> RunResult {
        try OSSpec.run(["generate", spec, "--out", "out"] + more, directory: repo.root)
    }

    @Test("the configuration's severities apply to generate's lint: a warning turned off is not shown, one raised to an error refuses")
    func generateFollowsSeverities() throws {
        let repo = try Repository()
        try repo.copy("warnings.osspec.yaml", to: "specs/app.osspec.yaml")
        let shown = try generate("specs/app.osspec.yaml", in: repo, ["--check"])
        #expect(shown.stderr.contains("[yaml11-boolean]"), "\(shown)")

        try repo.write("rules: {yaml11-boolean: off}\n", to: ".osspec.yml")
        let quiet = try generate("specs/app.osspec.yaml", in: repo)
        #expect(quiet.exitCode == 0, "\(quiet)")
        #expect(!quiet.stderr.contains("yaml11-boolean"), "\(quiet)")
        #expect(FileManager.default.fileExists(atPath: repo.root.appendingPathComponent("out/Package.swift").path))

        try repo.write("rules: {yaml11-boolean: error}\n", to: "strict.yml")
        let refused = try OSSpec.run(["generate", "specs/app.osspec.yaml", "--out", "out2", "--config", "strict.yml"], directory: repo.root)
        #expect(refused.exitCode == 1, "\(refused)")
        #expect(refused.stderr.contains("error: ") && refused.stderr.contains("[yaml11-boolean]"), "\(refused)")
        #expect(refused.stderr.contains("has lint errors"), "\(refused)")
        #expect(!FileManager.default.fileExists(atPath: repo.root.appendingPathComponent("out2").path))
    }

    @Test("errors that the configuration lowers pass lint but still refuse generate, which says why")
    func generateRefusesWaivedErrors() throws {
        let repo = try Repository()
        try repo.write(try Self.legacySpec(), to: "legacy/app.osspec.yaml")
        try repo.write("overrides:\n  - files: ['legacy/**']\n    rules: {missing-budget: warning, missing-limits: off}\n", to: ".osspec.yml")
        let lint = try repo.lint(["legacy/app.osspec.yaml"])
        #expect(lint.exitCode == 0, "\(lint)")

        let result = try generate("legacy/app.osspec.yaml", in: repo)
        #expect(result.exitCode == 1, "\(result)")
        #expect(result.stderr.contains("error: ") && result.stderr.contains("[missing-budget]"), "\(result)")
        #expect(result.stderr.contains("[missing-limits]"), "\(result)")
        #expect(result.stderr.contains("waive for osspec lint, but not for generating"), "\(result)")
        #expect(!FileManager.default.fileExists(atPath: repo.root.appendingPathComponent("out").path))
    }

    @Test("a suppressed reference error passes lint but never reaches the generated code")
    func generateRefusesSuppressedReferences() throws {
        let repo = try Repository()
        var text = try String(contentsOf: TestFiles.specs.appendingPathComponent("minimal.osspec.yaml"), encoding: .utf8)
        text = text.replacingOccurrences(
            of: "  entry: assistant\n", with: "  # osspec:disable-next-line unknown-entry -- renamed later\n  entry: asistant\n")
        try repo.write(text, to: "app.osspec.yaml")
        #expect(try repo.lint(["app.osspec.yaml"]).exitCode == 0)

        let result = try generate("app.osspec.yaml", in: repo)
        #expect(result.exitCode == 1, "\(result)")
        #expect(result.stderr.contains("app.osspec.yaml:21:10: error: ") && result.stderr.contains("[unknown-entry]"), "\(result)")
        #expect(result.stderr.contains("not for generating"), "\(result)")
        #expect(!FileManager.default.fileExists(atPath: repo.root.appendingPathComponent("out").path))
    }

    @Test("a broken configuration stops generate and the review commands with exit 2")
    func brokenConfiguration() throws {
        let repo = try Repository()
        try repo.copy("warnings.osspec.yaml", to: "app.osspec.yaml")
        try repo.write("rules: {yaml11-booleen: off}\n", to: ".osspec.yml")
        let commands: [[String]] = [
            ["generate", "app.osspec.yaml", "--out", "out"], ["table", "app.osspec.yaml"], ["graph", "app.osspec.yaml"],
            ["report", "app.osspec.yaml"], ["cost", "app.osspec.yaml"], ["diff", "app.osspec.yaml", "app.osspec.yaml"],
        ]
        for command in commands {
            let result = try OSSpec.run(command, directory: repo.root)
            #expect(result.exitCode == 2, "\(command): \(result)")
            #expect(result.stderr.contains("[config-unknown-rule]"), "\(command): \(result)")
            #expect(result.stderr.contains("(1 problem); the spec it applies to was not read."), "\(command): \(result)")
            #expect(result.stdout.isEmpty, "\(command): \(result)")
        }
        let missing = try OSSpec.run(["table", "--config", "nowhere.yml", "app.osspec.yaml"], directory: repo.root)
        #expect(missing.exitCode == 2, "\(missing)")
        #expect(missing.stderr.contains("Cannot read 'nowhere.yml'"), "\(missing)")
    }

    @Test(
        "git:REV:PATH gets the configuration of PATH read from the repository's root, from any directory",
        .enabled(if: ExternalTool.isAvailableOrRequired("git"), "git is not on PATH"))
    func gitPathConfiguration() throws {
        let gitPath = try #require(ExternalTool.find("git"), "git is not on PATH")
        let repo = try Repository()
        try repo.copy("warnings.osspec.yaml", to: "sub/app.osspec.yaml")
        // An override naming the file from the root: it matches only when PATH is read as git reads it.
        try repo.write("overrides:\n  - files: ['sub/app.osspec.yaml']\n    rules: {yaml11-boolean: off}\n", to: ".osspec.yml")
        try FileManager.default.removeItem(at: repo.root.appendingPathComponent(".git"))
        let identity = ["-c", "user.name=osspec tests", "-c", "user.email=tests@example.invalid", "-c", "commit.gpgsign=false"]
        for arguments in [["init", "-q"], ["add", "."], identity + ["commit", "-q", "-m", "base"]] {
            let run = try ExternalTool.capture(gitPath, ["-C", repo.root.path] + arguments)
            try #require(run.status == 0, "\(run.stderr)")
        }
        for (directory, argument) in [("sub", "git:HEAD:sub/app.osspec.yaml"), ("sub", "git:HEAD:./app.osspec.yaml"), ("", "git:HEAD:sub/app.osspec.yaml")] {
            let result = try OSSpec.run(["report", argument], directory: repo.root.appendingPathComponent(directory))
            #expect(result.exitCode == 0, "\(argument) from '\(directory)': \(result)")
            #expect(result.stdout.contains("lints clean"), "\(argument) from '\(directory)': the warning was not turned off")
        }
    }

    @Test("the report shows the findings lint shows: the configuration and suppression comments applied")
    func reportFollowsLint() throws {
        let repo = try Repository()
        try repo.copy("warnings.osspec.yaml", to: "app.osspec.yaml")
        let before = try OSSpec.run(["report", "app.osspec.yaml"], directory: repo.root)
        #expect(before.exitCode == 0, "\(before)")
        #expect(before.stdout.contains("yaml11-boolean"), "\(before)")

        try repo.write("rules: {yaml11-boolean: off}\n", to: ".osspec.yml")
        let after = try OSSpec.run(["report", "app.osspec.yaml"], directory: repo.root)
        #expect(after.exitCode == 0, "\(after)")
        #expect(!after.stdout.contains("yaml11-boolean"), "\(after)")
        #expect(after.stdout.contains("lints clean"), "\(after)")
    }

    @Test("cost and diff refuse a reading error that the configuration turns off, saying it is not waived there")
    func costAndDiffRefuseWaivedReadingErrors() throws {
        let repo = try Repository()
        var text = try String(contentsOf: TestFiles.specs.appendingPathComponent("minimal.osspec.yaml"), encoding: .utf8)
        text = text.replacingOccurrences(of: "  default: main\n", with: "  default: mian\n")
        try repo.write(text, to: "app.osspec.yaml")
        try repo.write("rules: {unknown-model: off}\n", to: ".osspec.yml")
        #expect(try repo.lint(["app.osspec.yaml"]).exitCode == 0)
        for command in [["cost", "app.osspec.yaml"], ["diff", "app.osspec.yaml", "app.osspec.yaml"]] {
            let result = try OSSpec.run(command, directory: repo.root)
            #expect(result.exitCode == 1, "\(command): \(result)")
            #expect(result.stderr.contains("[unknown-model]"), "\(command): \(result)")
            #expect(result.stderr.contains("does not waive them here"), "\(command): \(result)")
        }
        // The views that only show the spec still show it, and the lint status lint gives.
        let table = try OSSpec.run(["table", "app.osspec.yaml"], directory: repo.root)
        #expect(table.exitCode == 0, "\(table)")
    }
}
