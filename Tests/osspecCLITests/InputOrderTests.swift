import Foundation
import Testing

/// Many inputs at once: files in the order given, each directory's specs sorted by path at the
/// directory's place, whatever order the file system lists them in; unreadable paths exit 2.
@Suite("Inputs and their order")
struct InputOrderTests {
    static let names = ["b.osspec.yaml", "a.osspec.yml", "sub/osspec.yaml", "c.osspec.yaml", "sub/deeper/z.osspec.yaml", "A.osspec.yaml"]

    static func tree(creating order: [String]) throws -> TemporaryDirectory {
        let directory = try TemporaryDirectory()
        let minimal = try TestFiles.bytes(TestFiles.specs.appendingPathComponent("minimal.osspec.yaml"))
        for name in order {
            let url = directory.url.appendingPathComponent(name)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try directory.write(minimal, to: name)
        }
        return directory
    }

    @Test("A directory's specs come out in byte order of their paths, whatever the creation order")
    func creationOrder() throws {
        let forward = try Self.tree(creating: Self.names)
        let backward = try Self.tree(creating: Self.names.reversed())
        let shuffled = try Self.tree(creating: [2, 5, 0, 4, 1, 3].map { Self.names[$0] })
        var outputs: [Data] = []
        for tree in [forward, backward, shuffled] {
            let result = try OSSpec.run(["lint", "--format", "json", "."], directory: tree.url)
            #expect(result.exitCode == 0, "\(result)")
            #expect(
                try LintJSON(result).files.map(\.path) == [
                    "./A.osspec.yaml", "./a.osspec.yml", "./b.osspec.yaml", "./c.osspec.yaml", "./sub/deeper/z.osspec.yaml",
                    "./sub/osspec.yaml",
                ])
            outputs.append(result.stdoutData)
        }
        #expect(Set(outputs).count == 1, "the same bytes from every tree")
    }

    @Test("Files keep the command-line order; a directory expands in place; a file named twice is linted once")
    func commandLineOrder() throws {
        let tree = try Self.tree(creating: Self.names)
        let result = try OSSpec.run(
            ["lint", "--format", "json", "c.osspec.yaml", "sub", "b.osspec.yaml", "sub/osspec.yaml"], directory: tree.url)
        #expect(result.exitCode == 0, "\(result)")
        #expect(try LintJSON(result).files.map(\.path) == ["c.osspec.yaml", "sub/deeper/z.osspec.yaml", "sub/osspec.yaml", "b.osspec.yaml"])
    }

    @Test("Linting in parallel: the same bytes with one thread or many, in every format", arguments: ["text", "json", "sarif", "junit"])
    func parallelLintIsDeterministic(format: String) throws {
        // Specs of very different sizes (so threads finish out of order), clean and broken.
        let directory = try TemporaryDirectory()
        let minimal = try String(contentsOf: TestFiles.specs.appendingPathComponent("minimal.osspec.yaml"), encoding: .utf8)
        let large = try String(contentsOf: TestFiles.specs.appendingPathComponent("interviewlm.osspec.yaml"), encoding: .utf8)
        for index in 0..<24 {
            let text: String
            switch index % 4 {
            case 0: text = large
            case 1: text = minimal
            case 2: text = minimal.replacingOccurrences(of: "processes:", with: "processes:\n  modle: x")
            default: text = "osspec: 1\nname: [unclosed\n"
            }
            try FileManager.default.createDirectory(at: directory.url.appendingPathComponent("d\(index % 3)"), withIntermediateDirectories: true)
            _ = try directory.write(text, to: "d\(index % 3)/spec-\(index).osspec.yaml")
        }
        var outputs: Set<Data> = []
        for threads in ["1", "2", "16"] {
            let result = try OSSpec.run(["lint", "--format", format, "--jobs", threads, "d2", "d0", "d1"], directory: directory.url)
            #expect(result.exitCode == 1, "\(result)")
            outputs.insert(result.stdoutData)
        }
        #expect(outputs.count == 1, "the same output whatever the number of threads")
    }

    @Test("One large spec split across threads: the same bytes with one thread or several", arguments: ["text", "json"])
    func largeSpecSplitIsDeterministic(format: String) throws {
        // 1,500 processes and tools, about 30,000 nodes: past the size at which a file's rows
        // and rules are split, with findings in both large rows.
        var text = "osspec: 1\nname: large\ncpu:\n  default: m\n  models:\n    m: {provider: stub, model: m, context_window: 100000}\n"
        text += "ram: {default_budget_tokens: 1000, policy: sliding_window}\nfilesystem: \"n/a: nothing is kept here\"\n"
        text += "kernel:\n  orchestrator: supervisor\n  limits: {max_steps: 10, timeout_seconds: 5, max_tokens_per_session: 9000}\n"
        text += "user_space: {kind: cli}\nprocesses:\n"
        for index in 0..<1_500 {
            let extra = index % 7 == 0 ? ", modle: m" : ""
            text += "  p\(index): {description: Agent \(index)., tools: [t\(index), t\(index + 1)]\(extra)}\n"
        }
        text += "ipc:\n  tools:\n"
        for index in 0..<1_500 {
            let extra = index % 5 == 0 ? ", descripton: typo" : ", description: Tool \(index)."
            text += "    t\(index): {scope: read, resource: \"external:s\(index)\"\(extra)}\n"
        }
        let directory = try TemporaryDirectory()
        _ = try directory.write(text, to: "large.osspec.yaml")
        var outputs: Set<Data> = []
        for threads in ["1", "2", "3"] {
            let result = try OSSpec.run(["lint", "--format", format, "--jobs", threads, "large.osspec.yaml"], directory: directory.url)
            #expect(result.exitCode == 1, "\(result)")
            #expect(result.stdout.contains("unknown-key"), "\(result)")
            outputs.insert(result.stdoutData)
        }
        #expect(outputs.count == 1, "the same output whatever the number of threads")
    }

    @Test("--jobs needs a whole number above 0")
    func jobsValidated() throws {
        let result = try OSSpec.run(["lint", "--jobs", "0", "specs"], directory: TestFiles.packageRoot)
        #expect(result.exitCode == 2, "\(result)")
        #expect(result.stderr.contains("'--jobs' needs a whole number of threads above 0."), "\(result)")
    }

    @Test(
        "An unreadable file among readable ones: the others are reported, the run exits 2 naming it",
        .enabled(if: getuid() != 0, "root reads files whatever their permissions"))
    func unreadableFile() throws {
        let tree = try Self.tree(creating: Self.names)
        let locked = tree.url.appendingPathComponent("b.osspec.yaml")
        try FileManager.default.setAttributes([.posixPermissions: 0o000], ofItemAtPath: locked.path)
        defer { try? FileManager.default.setAttributes([.posixPermissions: 0o600], ofItemAtPath: locked.path) }
        let result = try OSSpec.run(["lint", "--format", "json", "a.osspec.yml", "b.osspec.yaml", "c.osspec.yaml"], directory: tree.url)
        #expect(result.exitCode == 2, "\(result)")
        #expect(result.stderr == "Error: Cannot read 'b.osspec.yaml': permission denied.\n", "\(result)")
        #expect(try LintJSON(result).files.map(\.path) == ["a.osspec.yml", "c.osspec.yaml"])
    }

    @Test(
        "An unreadable folder inside a tree: exit 2 naming it",
        .enabled(if: getuid() != 0, "root reads folders whatever their permissions"))
    func unreadableFolder() throws {
        let tree = try Self.tree(creating: Self.names)
        let locked = tree.url.appendingPathComponent("sub/deeper")
        try FileManager.default.setAttributes([.posixPermissions: 0o000], ofItemAtPath: locked.path)
        defer { try? FileManager.default.setAttributes([.posixPermissions: 0o700], ofItemAtPath: locked.path) }
        let result = try OSSpec.run(["lint", "."], directory: tree.url)
        #expect(result.exitCode == 2, "\(result)")
        #expect(result.stderr == "Error: Cannot read './sub/deeper': permission denied.\n", "\(result)")
    }
}
