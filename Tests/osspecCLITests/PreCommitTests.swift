import Foundation
import Testing

/// The pre-commit hooks in .pre-commit-hooks.yaml, run by the real pre-commit (`try-repo`, as a
/// user tries a hook repository before adding it) against a temporary git repository.
///
/// try-repo clones this repository at HEAD (plus uncommitted changes to tracked files), so
/// these tests see the committed hooks file. `osspec-lint-system` runs the osspec this build
/// made (put first on PATH); `osspec-lint` builds osspec in release mode inside pre-commit's
/// cache, which takes minutes, so it runs only with OSSPEC_SLOW_TESTS=1.
@Suite("pre-commit hooks", .serialized)
struct PreCommitTests {
    static let enabled = ExternalTool.shouldRun("pre-commit", "git")

    static let minimal = TestFiles.specs.appendingPathComponent("minimal.osspec.yaml")

    /// A git repository with `files` staged, and the environment pre-commit runs in.
    struct Sandbox {
        let folder: TemporaryDirectory
        let repository: URL
        let environment: [String: String]

        init(files: [String: String]) throws {
            folder = try TemporaryDirectory()
            repository = folder.url.appendingPathComponent("project")
            try FileManager.default.createDirectory(at: repository, withIntermediateDirectories: true)
            let binaryFolder = try OSSpecBinary.url().deletingLastPathComponent().path
            let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
            environment = [
                "PATH": binaryFolder + ":" + path,
                "PRE_COMMIT_HOME": folder.url.appendingPathComponent("cache").path,
                "PRE_COMMIT_COLOR": "never",
                "GIT_AUTHOR_NAME": "osspec tests", "GIT_AUTHOR_EMAIL": "tests@osspec.invalid",
                "GIT_COMMITTER_NAME": "osspec tests", "GIT_COMMITTER_EMAIL": "tests@osspec.invalid",
                "GIT_CONFIG_NOSYSTEM": "1", "GIT_CONFIG_GLOBAL": "/dev/null",
            ]
            try git(["init", "-q"])
            for (name, text) in files.sorted(by: { $0.key < $1.key }) {
                let url = repository.appendingPathComponent(name)
                try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
                try Data(text.utf8).write(to: url)
            }
            try git(["add", "-A"])
        }

        func git(_ arguments: [String]) throws {
            let result = try ExternalTool.run("git", arguments, directory: repository, environment: environment)
            #expect(result.exitCode == 0, "git \(arguments.joined(separator: " ")): \(result)")
        }

        func tryRepo(hook: String, timeout: TimeInterval = 300) throws -> ExternalTool.Result {
            try ExternalTool.run(
                "pre-commit", ["try-repo", TestFiles.packageRoot.path, hook, "--all-files", "--color", "never"],
                directory: repository, environment: environment, timeout: timeout)
        }
    }

    static func spec(_ replacing: String, with replacement: String) throws -> String {
        let text = try String(contentsOf: minimal, encoding: .utf8)
        precondition(text.contains(replacing))
        return text.replacingOccurrences(of: replacing, with: replacement)
    }

    @Test("A clean spec passes the hook", .enabled(if: enabled, ExternalTool.skipReason("pre-commit")))
    func cleanPasses() throws {
        let sandbox = try Sandbox(files: [
            "specs/minimal.osspec.yaml": try String(contentsOf: Self.minimal, encoding: .utf8),
            "README.md": "not a spec\n",
        ])
        let result = try sandbox.tryRepo(hook: "osspec-lint-system")
        #expect(result.exitCode == 0, "\(result)")
        #expect(result.output.contains("osspec lint (osspec on PATH)"), "\(result)")
        #expect(result.output.contains("Passed"), "\(result)")
    }

    @Test("A broken spec fails the hook, with the finding shown", .enabled(if: enabled, ExternalTool.skipReason("pre-commit")))
    func brokenFails() throws {
        let sandbox = try Sandbox(files: [
            "specs/minimal.osspec.yaml": try String(contentsOf: Self.minimal, encoding: .utf8),
            "service/osspec.yml": try Self.spec("    task: answer\n", with: "    task: answer\n    modle: main\n"),
            // Not a spec name: the hook's files pattern leaves it alone, though it would fail.
            "config/settings.yaml": "osspec: 2\n",
        ])
        let result = try sandbox.tryRepo(hook: "osspec-lint-system")
        #expect(result.exitCode == 1, "\(result)")
        #expect(result.output.contains("Failed"), "\(result)")
        #expect(result.output.contains("service/osspec.yml:16:5: error: Unknown key 'modle' in process 'assistant'. Did you mean 'model'? [unknown-key]"), "\(result)")
        #expect(!result.output.contains("settings.yaml"), "\(result)")
        #expect(!result.output.contains("specs/minimal.osspec.yaml:"), "\(result)")
    }

    @Test("The manifest is valid for pre-commit", .enabled(if: enabled, ExternalTool.skipReason("pre-commit")))
    func validManifest() throws {
        let manifest = try ExternalTool.run(
            "pre-commit", ["validate-manifest", ".pre-commit-hooks.yaml"], directory: TestFiles.packageRoot)
        #expect(manifest.exitCode == 0, "\(manifest)")
        let config = try ExternalTool.run(
            "pre-commit", ["validate-config", "docs/ci/examples/pre-commit-config.yaml"], directory: TestFiles.packageRoot)
        #expect(config.exitCode == 0, "\(config)")
    }

    @Test(
        "The osspec-lint hook builds osspec from source and runs it",
        .enabled(if: ProcessInfo.processInfo.environment["OSSPEC_SLOW_TESTS"] == "1", "a release build inside pre-commit's cache; set OSSPEC_SLOW_TESTS=1"),
        .timeLimit(.minutes(30)))
    func sourceHook() throws {
        let sandbox = try Sandbox(files: [
            "osspec.yaml": try Self.spec("    task: answer\n", with: "    task: answer\n    modle: main\n")
        ])
        let result = try sandbox.tryRepo(hook: "osspec-lint", timeout: 1800)
        #expect(result.exitCode == 1, "\(result)")
        #expect(result.output.contains("osspec.yaml:16:5: error: Unknown key 'modle'"), "\(result)")
    }
}
