import Foundation
import Testing

/// The shipped examples in specs/ are the first end-to-end fixtures: each lints clean.
@Suite("Example specs")
struct ExampleSpecsTests {
    @Test("There are the three examples of issue 2")
    func threeExamples() {
        #expect(TestFiles.specNames == ["interviewlm.osspec.yaml", "minimal.osspec.yaml", "support-desk.osspec.yaml"])
    }

    @Test("Each example lints clean", arguments: TestFiles.specNames)
    func lintsClean(name: String) throws {
        let result = try OSSpec.run(["lint", "specs/\(name)"], directory: TestFiles.packageRoot)
        #expect(result.exitCode == 0, "\(result)")
        #expect(result.stdout.hasSuffix("No problems in 1 file.\n"), "\(result)")
        #expect(result.stdout == "No problems in 1 file.\n", "\(result)")
        #expect(result.stderr.isEmpty, "\(result)")
    }

    @Test("Linting the specs directory finds all three, in sorted order")
    func directory() throws {
        let text = try OSSpec.run(["lint", "specs"], directory: TestFiles.packageRoot)
        #expect(text.exitCode == 0, "\(text)")
        #expect(text.stdout == "No problems in 3 files.\n", "\(text)")

        let result = try OSSpec.run(["lint", "--format", "json", "specs"], directory: TestFiles.packageRoot)
        #expect(result.exitCode == 0, "\(result)")
        let report = try LintJSON(result)
        let paths = report.files.map(\.path)
        #expect(paths == TestFiles.specNames.map { "specs/\($0)" })
        #expect(paths == paths.sorted { Array($0.utf8).lexicographicallyPrecedes(Array($1.utf8)) })
        #expect(report.allDiagnostics.isEmpty)
        #expect(report.summary == ["files": 3, "errors": 0, "warnings": 0, "infos": 0])
    }

    @Test("A directory is searched recursively for spec names only, in byte order")
    func discovery() throws {
        let directory = try TemporaryDirectory()
        let minimal = try TestFiles.bytes(TestFiles.specs.appendingPathComponent("minimal.osspec.yaml"))
        let fileManager = FileManager.default
        for folder in ["b", "a/deep", ".git", "node_modules"] {
            try fileManager.createDirectory(
                at: directory.url.appendingPathComponent(folder), withIntermediateDirectories: true)
        }
        for name in [
            "z.osspec.yaml", "B.osspec.yml", "b/osspec.yaml", "a/deep/osspec.yml", "a/x.osspec.yaml",
            ".git/hidden.osspec.yaml", "node_modules/dep.osspec.yaml", "notes.yaml", "a/x.osspec.yaml.bak",
        ] {
            try directory.write(minimal, to: name)
        }
        let result = try OSSpec.run(["lint", "--format", "json", "."], directory: directory.url)
        #expect(result.exitCode == 0, "\(result)")
        let paths = try LintJSON(result).files.map(\.path)
        #expect(paths == ["./B.osspec.yml", "./a/deep/osspec.yml", "./a/x.osspec.yaml", "./b/osspec.yaml", "./z.osspec.yaml"])
    }
}
