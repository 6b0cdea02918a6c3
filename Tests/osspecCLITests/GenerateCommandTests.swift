import Foundation
import Testing

/// `osspec generate` end to end, through the built binary (the package builds are in
/// OSSpecKitTests' GeneratedPackageTests).
@Suite("osspec generate")
struct GenerateCommandTests {
    static let minimal = TestFiles.specs.appendingPathComponent("minimal.osspec.yaml")

    @Test("generates the Swift package of a spec whose orchestrator is swift, then regenerates in place")
    func generateAndRegenerate() throws {
        let directory = try TemporaryDirectory()
        let out = directory.url.appendingPathComponent("minimal").path
        let first = try OSSpec.run(["generate", Self.minimal.path, "--out", out])
        #expect(first.exitCode == 0, "\(first)")
        #expect(first.stdout.hasPrefix("Generated "), "\(first)")
        #expect(FileManager.default.fileExists(atPath: out + "/Package.swift"))
        #expect(FileManager.default.fileExists(atPath: out + "/Sources/Runtime/Prompts/assistant+Prompt.swift"))
        let marker = try String(contentsOfFile: out + "/.osspec-generated", encoding: .utf8)
        #expect(marker.contains("target swift\n") && marker.contains("user Sources/Runtime/Prompts/assistant+Prompt.swift\n"))

        // The prompt is the user's: an edit survives regeneration; a generated file is restored.
        let prompt = out + "/Sources/Runtime/Prompts/assistant+Prompt.swift"
        try "// mine\n".write(toFile: prompt, atomically: true, encoding: .utf8)
        try "// broken\n".write(toFile: out + "/Sources/Runtime/Kernel.swift", atomically: true, encoding: .utf8)
        let check = try OSSpec.run(["generate", Self.minimal.path, "--out", out, "--check"])
        #expect(check.exitCode == 1, "\(check)")
        #expect(check.stdout.hasPrefix("differs: Sources/Runtime/Kernel.swift\n"), "\(check)")
        #expect(!check.stdout.contains("Prompt.swift"), "\(check)")

        let second = try OSSpec.run(["generate", Self.minimal.path, "--out", out])
        #expect(second.exitCode == 0, "\(second)")
        #expect(second.stdout.contains("; kept 1 file you own."), "\(second)")
        #expect(try String(contentsOfFile: prompt, encoding: .utf8) == "// mine\n")
        let inSync = try OSSpec.run(["generate", Self.minimal.path, "--out", out, "--check"])
        #expect(inSync.exitCode == 0, "\(inSync)")
        #expect(inSync.stdout.contains("in sync"), "\(inSync)")
    }

    /// Whether strace can run a program here (it needs ptrace, which some containers deny).
    /// strace is Linux's; in CI a missing strace fails the test (.ci/run installs it), but a
    /// machine that forbids ptrace cannot run it at all, and says so as the skip reason.
    static let straceWorks: Bool = {
        #if os(Linux)
        guard let strace = ExternalTool.find("strace") else { return ExternalTool.isCI }
        return (try? ExternalTool.run(executable: strace, ["-f", "-qq", "-o", "/dev/null", "true"]).exitCode) == 0
        #else
        return false
        #endif
    }()

    /// Regeneration killed (SIGKILL: no clean-up runs) at each chosen rename, by strace's fault
    /// injection: the first rename is the journal's commit, the others move files in. Killed at
    /// the commit, the project is still the old one; killed later, it is committed (`--check`
    /// says unfinished). Either way the next run leaves exactly the new project, nothing beside.
    @Test(
        "a regeneration killed at any rename leaves the old project or a committed one the next run finishes",
        .enabled(if: straceWorks, "strace is missing (Linux only; .ci/run installs it), or ptrace is not permitted on this machine"))
    func killedRegeneration() throws {
        let strace = try ExternalTool.require("strace")
        let binary = try OSSpecBinary.url()
        let directory = try TemporaryDirectory()
        let out = directory.url.appendingPathComponent("out").path
        let text = try String(contentsOf: Self.minimal, encoding: .utf8)
        #expect(text.contains("max_steps: 5"))
        let variants = [
            try directory.write(text, to: "a.osspec.yaml").path,
            try directory.write(text.replacingOccurrences(of: "max_steps: 5", with: "max_steps: 7"), to: "b.osspec.yaml").path,
        ]
        let renames = ["-e", "trace=rename,renameat,renameat2"]
        func inSync(_ spec: String) throws -> Bool {
            try OSSpec.run(["generate", spec, "--out", out, "--check"]).exitCode == 0
        }
        #expect(try OSSpec.run(["generate", variants[0], "--out", out]).exitCode == 0)

        // How many renames an uninterrupted regeneration makes.
        let log = directory.url.appendingPathComponent("renames.log").path
        let counted = try ExternalTool.run(executable: strace, ["-f", "-qq", "-o", log] + renames + [binary.path, "generate", variants[1], "--out", out])
        #expect(counted.exitCode == 0, "\(counted)")
        let total = try String(contentsOfFile: log, encoding: .utf8).split(separator: "\n").filter { $0.contains("rename") && !$0.contains("resumed>") }.count
        try FileManager.default.removeItem(atPath: log)
        #expect(total > 5, "expected the journal's rename and one per file, saw \(total)")

        for (round, kill) in Set([1, 2, 3, total / 2, total - 1, total]).sorted().enumerated() {
            let (old, new) = (variants[(round + 1) % 2], variants[round % 2])
            let killed = try ExternalTool.run(
                executable: strace,
                ["-f", "-qq", "-o", "/dev/null"] + renames + ["-e", "inject=rename,renameat,renameat2:signal=SIGKILL:when=\(kill)", binary.path, "generate", new, "--out", out])
            #expect(killed.exitCode != 0, "rename \(kill) of \(total): \(killed)")
            if kill == 1 {
                #expect(!FileManager.default.fileExists(atPath: out + "/.osspec-pending"))
                #expect(try inSync(old), "killed at the commit, the project must be the old one")
            } else {
                let check = try OSSpec.run(["generate", new, "--out", out, "--check"])
                #expect(check.exitCode == 1 && check.stdout.hasPrefix("unfinished (an earlier osspec generate was interrupted): .osspec-pending\n"), "rename \(kill): \(check)")
            }
            let again = try OSSpec.run(["generate", new, "--out", out])
            #expect(again.exitCode == 0, "\(again)")
            #expect(again.stdout.hasPrefix("Finished an earlier, interrupted run first") == (kill > 1), "rename \(kill): \(again)")
            #expect(try inSync(new), "rename \(kill)")
            #expect(try FileManager.default.contentsOfDirectory(atPath: directory.url.path).sorted() == ["a.osspec.yaml", "b.osspec.yaml", "out"])
            #expect(!(try FileManager.default.contentsOfDirectory(atPath: out)).contains { $0.hasPrefix(".osspec-pending") })
        }
    }

    @Test("one folder holds one target: another target over it is refused, and --check names the one it holds")
    func oneTargetPerFolder() throws {
        let directory = try TemporaryDirectory()
        let spec = TestFiles.specs.appendingPathComponent("support-desk.osspec.yaml").path
        let out = directory.url.appendingPathComponent("desk").path
        #expect(try OSSpec.run(["generate", spec, "--target", "swift", "--out", out]).exitCode == 0)
        let before = try FileManager.default.contentsOfDirectory(atPath: out).sorted()
        for extra in [[String](), ["--force"]] {
            let other = try OSSpec.run(["generate", spec, "--target", "langgraph", "--out", out] + extra)
            #expect(other.exitCode == 1, "\(other)")
            #expect(other.stderr.contains("holds the swift target's project"), "\(other)")
            #expect(try FileManager.default.contentsOfDirectory(atPath: out).sorted() == before)
        }
        let check = try OSSpec.run(["generate", spec, "--target", "langgraph", "--out", out, "--check"])
        #expect(check.exitCode == 1, "\(check)")
        #expect(check.stdout.hasPrefix("generated for the swift target, not langgraph: .osspec-generated\n"), "\(check)")
        #expect(!check.stdout.contains("missing:"), "\(check)")
        #expect(try OSSpec.run(["generate", spec, "--target", "swift", "--out", out, "--check"]).exitCode == 0)
    }

    @Test("--check reports drift when the spec changes, and writes nothing")
    func drift() throws {
        let directory = try TemporaryDirectory()
        let out = directory.url.appendingPathComponent("p").path
        let spec = try directory.write(try TestFiles.bytes(Self.minimal), to: "minimal.osspec.yaml")
        #expect(try OSSpec.run(["generate", spec.path, "--out", out]).exitCode == 0)
        var text = try String(contentsOf: spec, encoding: .utf8)
        text = text.replacingOccurrences(of: "max_steps: 5", with: "max_steps: 6")
        try text.write(to: spec, atomically: true, encoding: .utf8)
        let check = try OSSpec.run(["generate", spec.path, "--out", out, "--check"])
        #expect(check.exitCode == 1, "\(check)")
        #expect(check.stdout.contains("differs: Sources/Runtime/Spec+Generated.swift\n"), "\(check)")
        #expect(check.stdout.contains("differs: Package.swift\n"), "\(check)")  // its header names the spec's digest
        #expect(check.stdout.contains("The spec (or osspec) changed since"), "\(check)")
        #expect(!(try String(contentsOfFile: out + "/Sources/Runtime/Spec+Generated.swift", encoding: .utf8)).contains("maxSteps: 6"))
    }

    @Test("a spec with lint errors is refused with its findings, and nothing is written")
    func lintErrors() throws {
        let directory = try TemporaryDirectory()
        var text = try String(contentsOf: Self.minimal, encoding: .utf8)
        text = text.replacingOccurrences(of: "entry: assistant", with: "entry: nobody")
        let spec = try directory.write(text, to: "broken.osspec.yaml")
        let out = directory.url.appendingPathComponent("out").path
        let result = try OSSpec.run(["generate", spec.path, "--out", out])
        #expect(result.exitCode == 1, "\(result)")
        #expect(result.stderr.contains("[unknown-entry]"), "\(result)")
        #expect(result.stderr.contains("has lint errors"), "\(result)")
        #expect(!FileManager.default.fileExists(atPath: out))
    }

    @Test("a non-empty folder that osspec did not generate needs --force")
    func force() throws {
        let directory = try TemporaryDirectory()
        _ = try directory.write("keep me\n", to: "notes.txt")
        let refused = try OSSpec.run(["generate", Self.minimal.path, "--out", directory.url.path])
        #expect(refused.exitCode == 1, "\(refused)")
        #expect(refused.stderr.contains("--force"), "\(refused)")
        #expect(!FileManager.default.fileExists(atPath: directory.url.appendingPathComponent("Package.swift").path))
        let forced = try OSSpec.run(["generate", Self.minimal.path, "--out", directory.url.path, "--force"])
        #expect(forced.exitCode == 0, "\(forced)")
        #expect(try String(contentsOf: directory.url.appendingPathComponent("notes.txt"), encoding: .utf8) == "keep me\n")
    }

    @Test("the target follows kernel.orchestrator; another orchestrator needs --target")
    func targets() throws {
        let directory = try TemporaryDirectory()
        var text = try String(contentsOf: Self.minimal, encoding: .utf8)
        text = text.replacingOccurrences(of: "orchestrator: swift", with: "orchestrator: temporal")
        let spec = try directory.write(text, to: "other.osspec.yaml")
        let out = directory.url.appendingPathComponent("out").path
        let missing = try OSSpec.run(["generate", spec.path, "--out", out])
        #expect(missing.exitCode == 2, "\(missing)")
        #expect(missing.stderr.contains("--target swift|langgraph"), "\(missing)")
        #expect(try OSSpec.run(["generate", spec.path, "--out", out, "--target", "swift"]).exitCode == 0)
        let unknown = try OSSpec.run(["generate", spec.path, "--target", "cobol"])
        #expect(unknown.exitCode == 2, "\(unknown)")
    }

    @Test("--templates uses a folder of house templates; a template error names its file, line and column")
    func houseTemplates() throws {
        let directory = try TemporaryDirectory()
        let templates = directory.url.appendingPathComponent("house")
        try FileManager.default.createDirectory(at: templates, withIntermediateDirectories: true)
        try "README.md  readme.tmpl\nagents/{id}.md  agent.tmpl  each=process\n".write(
            to: templates.appendingPathComponent("files.txt"), atomically: true, encoding: .utf8)
        try "# {{ name | markdown }}\n".write(to: templates.appendingPathComponent("readme.tmpl"), atomically: true, encoding: .utf8)
        try "{{#item}}{{ description | markdown }}{{/item}}\n".write(to: templates.appendingPathComponent("agent.tmpl"), atomically: true, encoding: .utf8)
        let out = directory.url.appendingPathComponent("out").path
        let result = try OSSpec.run(["generate", Self.minimal.path, "--out", out, "--templates", templates.path])
        #expect(result.exitCode == 0, "\(result)")
        let agent = try String(contentsOfFile: out + "/agents/assistant.md", encoding: .utf8)
        #expect(agent.hasPrefix("<!-- Generated by osspec "), "\(agent)")
        #expect(agent.hasSuffix("Answers the user\\'s message in a single reply\n"), "\(agent)")

        try "# {{ name }}\n".write(to: templates.appendingPathComponent("readme.tmpl"), atomically: true, encoding: .utf8)
        let broken = try OSSpec.run(["generate", Self.minimal.path, "--out", out, "--templates", templates.path])
        #expect(broken.exitCode == 1, "\(broken)")
        #expect(broken.stderr.contains("readme.tmpl:1:3: '{{name}}' needs an escaper"), "\(broken)")
    }

    @Test("a missing spec is an input error")
    func missingSpec() throws {
        let result = try OSSpec.run(["generate", "no-such.osspec.yaml"])
        #expect(result.exitCode == 2, "\(result)")
        #expect(result.stderr.contains("no such file"), "\(result)")
        let stdin = try OSSpec.run(["generate", "-"], stdin: Data("name: x\n".utf8))
        #expect(stdin.exitCode == 2, "\(stdin)")
        #expect(stdin.stderr.hasPrefix("Error: generate reads a spec file, not standard input ('-').\n"), "\(stdin)")
    }

    @Test("--out . generates into the current folder, staging beside it")
    func currentFolder() throws {
        let directory = try TemporaryDirectory()
        let project = directory.url.appendingPathComponent("here")
        try FileManager.default.createDirectory(at: project, withIntermediateDirectories: true)
        let result = try OSSpec.run(["generate", Self.minimal.path, "--out", "."], directory: project)
        #expect(result.exitCode == 0, "\(result)")
        #expect(FileManager.default.fileExists(atPath: project.appendingPathComponent("Package.swift").path))
        let inside = try FileManager.default.contentsOfDirectory(atPath: project.path)
        #expect(!inside.contains { $0.contains("osspec-tmp") }, "\(inside)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory.url.path) == ["here"])
    }
}
