import Foundation
import Testing

/// `osspec init`: a starter spec that lints with no finding at all, never written over an
/// existing file without --force.
@Suite("osspec init")
struct InitTests {
    @Test("init writes osspec.yaml, which lints --strict with no finding of any severity")
    func startsClean() throws {
        let directory = try TemporaryDirectory()
        let result = try OSSpec.run(["init"], directory: directory.url)
        #expect(result.exitCode == 0, "\(result)")
        #expect(result.stdout == "Wrote osspec.yaml for 'my-system'. Next: edit it, then run 'osspec lint osspec.yaml'.\n")
        let lint = try OSSpec.run(["lint", "--strict", "--format", "json", "osspec.yaml"], directory: directory.url)
        #expect(lint.exitCode == 0, "\(lint)")
        let report = try LintJSON(lint)
        #expect(report.allDiagnostics.isEmpty, "\(lint)")
        #expect(report.summary == ["files": 1, "errors": 0, "warnings": 0, "infos": 0])
        // Only the spec: the temporary file it was written through is gone.
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory.url.path) == ["osspec.yaml"])
    }

    @Test("Every row is filled and explained by a comment")
    func everyRowExplained() throws {
        let directory = try TemporaryDirectory()
        #expect(try OSSpec.run(["init", "--name", "support-desk"], directory: directory.url).exitCode == 0)
        let text = try String(contentsOf: directory.url.appendingPathComponent("osspec.yaml"), encoding: .utf8)
        #expect(text.contains("\nname: support-desk\n"))
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        for (row, concept) in [
            ("cpu", "CPU"), ("ram", "RAM"), ("filesystem", "Filesystem"), ("processes", "Processes"), ("ipc", "IPC"),
            ("kernel", "Kernel"), ("user_space", "User space"),
        ] {
            let index = try #require(lines.firstIndex(of: "\(row):"[...]), "no row '\(row)' in\n\(text)")
            // The comment block right above the row starts with its OS concept.
            var start = index
            while start > 0, lines[start - 1].hasPrefix("#") { start -= 1 }
            #expect(start < index && lines[start].hasPrefix("# \(concept):"), "row '\(row)' has no comment naming \(concept)")
            #expect(!text.contains("\(row): \"n/a"), "row '\(row)' is not filled")
        }
    }

    @Test("A name is taken from X.osspec.yaml, and the file may be elsewhere")
    func nameFromFile() throws {
        let directory = try TemporaryDirectory()
        try FileManager.default.createDirectory(at: directory.url.appendingPathComponent("specs"), withIntermediateDirectories: true)
        let result = try OSSpec.run(["init", "specs/checkout.osspec.yaml"], directory: directory.url)
        #expect(result.exitCode == 0, "\(result)")
        let text = try String(contentsOf: directory.url.appendingPathComponent("specs/checkout.osspec.yaml"), encoding: .utf8)
        #expect(text.contains("\nname: checkout\n"))
        #expect(try OSSpec.run(["lint", "--strict", "specs"], directory: directory.url).stdout == "No problems in 1 file.\n")
    }

    @Test("An existing file is not replaced without --force (exit 2), and is with it")
    func refusesToOverwrite() throws {
        let directory = try TemporaryDirectory()
        let existing = try directory.write("keep me\n", to: "osspec.yaml")
        let refused = try OSSpec.run(["init"], directory: directory.url)
        #expect(refused.exitCode == 2, "\(refused)")
        #expect(refused.stderr == "Error: 'osspec.yaml' already exists; use --force to replace it.\n")
        #expect(refused.stdout.isEmpty)
        #expect(try String(contentsOf: existing, encoding: .utf8) == "keep me\n")

        let forced = try OSSpec.run(["init", "--force", "--name", "replaced"], directory: directory.url)
        #expect(forced.exitCode == 0, "\(forced)")
        #expect(try String(contentsOf: existing, encoding: .utf8).contains("\nname: replaced\n"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory.url.path) == ["osspec.yaml"])
    }

    @Test("A symbolic link, even a dangling one, counts as existing")
    func danglingLink() throws {
        let directory = try TemporaryDirectory()
        try FileManager.default.createSymbolicLink(
            atPath: directory.url.appendingPathComponent("osspec.yaml").path, withDestinationPath: "nowhere.yaml")
        let result = try OSSpec.run(["init"], directory: directory.url)
        #expect(result.exitCode == 2, "\(result)")
        #expect(!FileManager.default.fileExists(atPath: directory.url.appendingPathComponent("nowhere.yaml").path))
    }

    @Test("--force follows a symbolic link to its file, and never replaces a pipe or a device")
    func forceThroughLink() throws {
        let directory = try TemporaryDirectory()
        let real = try directory.write("keep me\n", to: "real.osspec.yaml")
        try FileManager.default.createSymbolicLink(
            atPath: directory.url.appendingPathComponent("osspec.yaml").path, withDestinationPath: "real.osspec.yaml")
        let forced = try OSSpec.run(["init", "--force", "--name", "linked"], directory: directory.url)
        #expect(forced.exitCode == 0, "\(forced)")
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: directory.url.appendingPathComponent("osspec.yaml").path) == "real.osspec.yaml")
        #expect(try String(contentsOf: real, encoding: .utf8).contains("\nname: linked\n"))
        let pipe = directory.url.appendingPathComponent("pipe.osspec.yaml").path
        try #require(mkfifo(pipe, 0o600) == 0)
        let refused = try OSSpec.run(["init", "--force", pipe], directory: directory.url)
        #expect(refused.exitCode == 2)
        #expect(refused.stderr.hasPrefix("Error: Cannot replace '\(pipe)': it is not a regular file"), "\(refused)")
        #expect(try FileManager.default.attributesOfItem(atPath: pipe)[.type] as? FileAttributeType != .typeRegular)  // still the pipe
    }

    @Test("An invalid --name is a usage error, and nothing is written", arguments: ["9lives", "my system", "", "a/b", String(repeating: "x", count: 65)])
    func invalidName(name: String) throws {
        let directory = try TemporaryDirectory()
        let result = try OSSpec.run(["init", "--name", name], directory: directory.url)
        #expect(result.exitCode == 2, "\(result)")
        #expect(result.stderr.hasPrefix(name.isEmpty ? "Error: The value of '--name' is empty." : "Error: '\(name)' is not a valid name"), "\(result)")
        #expect(result.stderr.contains("Usage: osspec init"), "\(result)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory.url.path).isEmpty)
    }

    @Test("Missing folders on the way are made, as in a new project (`osspec init specs/x.osspec.yaml`)")
    func missingFolder() throws {
        let directory = try TemporaryDirectory()
        let result = try OSSpec.run(["init", "specs/app/checkout.osspec.yaml"], directory: directory.url)
        #expect(result.exitCode == 0, "\(result)")
        let written = directory.url.appendingPathComponent("specs/app/checkout.osspec.yaml")
        #expect(try String(contentsOf: written, encoding: .utf8).contains("name: checkout\n"))
    }

    @Test("A file where a folder should be is an error naming it, and nothing is written")
    func fileInTheWay() throws {
        let directory = try TemporaryDirectory()
        try directory.write("not a folder\n", to: "specs")
        let result = try OSSpec.run(["init", "specs/x.osspec.yaml"], directory: directory.url)
        #expect(result.exitCode == 2, "\(result)")
        #expect(result.stderr == "Error: Cannot create the folder 'specs': is not a folder.\n", "\(result)")
    }

    @Test("Two files are a usage error")
    func twoFiles() throws {
        let directory = try TemporaryDirectory()
        let result = try OSSpec.run(["init", "a.yaml", "b.yaml"], directory: directory.url)
        #expect(result.exitCode == 2, "\(result)")
        #expect(result.stderr.hasPrefix("Error: Unexpected argument 'b.yaml'."), "\(result)")
    }
}

extension InitTests {
    @Test("The help shows the file as optional")
    func help() throws {
        let result = try OSSpec.run(["help", "init"])
        #expect(result.exitCode == 0, "\(result)")
        #expect(result.stdout.contains("\nUSAGE: osspec init [<options>] [<file>]\n"), "\(result)")
    }
}
