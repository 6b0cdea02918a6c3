import Foundation
@testable import OSSpecGenerate
import OSSpecKit
import Testing

@Suite("Generated output: manifest, headers, safe writing")
struct OutputWriterTests {
    static func temporaryFolder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("osspec-writer-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    static let files = [
        GeneratedFile(path: "Package.swift", contents: "// swift-tools-version:6.0\nlet a = 1\n", isUserOwned: false),
        GeneratedFile(path: "Sources/Runtime/Tools/a+Tool.swift", contents: "// tool\n", isUserOwned: true),
        GeneratedFile(path: ".osspec-generated", contents: "target swift\n", isUserOwned: false),
    ]

    @Test("manifest lines: options, per-item files, errors with their line")
    func manifest() throws {
        let manifest = try TemplateManifest.parse("# comment\n\nPackage.swift  Package.swift.tmpl\nTools/{id}.swift  Tool.tmpl  user each=tool\n")
        #expect(manifest.entries.count == 2)
        #expect(manifest.entries[1].isUserOwned && manifest.entries[1].each == "tool" && manifest.entries[1].line == 4)
        #expect(throws: GenerateError("files.txt:1: unknown option 'sometimes' (known: user, each=tool|process|model|store).")) {
            try TemplateManifest.parse("a b sometimes")
        }
        #expect(throws: GenerateError("files.txt:2: '{id}' in a path needs 'each=...'.")) { try TemplateManifest.parse("\n{id}.swift t") }
        #expect(throws: GenerateError.self) { try TemplateManifest.parse("a.swift t each=tool") }
        #expect(throws: GenerateError.self) { try TemplateManifest.parse("lonely") }
    }

    @Test("a new folder is written in one move; a second write keeps user-owned files")
    func writeAndRegenerate() throws {
        let root = try Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: root) }
        let out = root.appendingPathComponent("project").path
        let writer = OutputWriter(outputPath: out)
        let first = try writer.write(Self.files, force: false)
        #expect(first.written.count == 3 && first.kept.isEmpty)
        #expect(writer.drift(Self.files).isEmpty)
        // Nothing is left beside the output: the staging folder was moved into place.
        #expect(try FileManager.default.contentsOfDirectory(atPath: root.path) == ["project"])

        let toolPath = out + "/Sources/Runtime/Tools/a+Tool.swift"
        try "// edited by the user\n".write(toFile: toolPath, atomically: true, encoding: .utf8)
        try "// stale\n".write(toFile: out + "/Package.swift", atomically: true, encoding: .utf8)
        #expect(writer.drift(Self.files) == [OutputWriter.Drift(path: "Package.swift", reason: "differs")])

        let second = try writer.write(Self.files, force: false)
        #expect(second.kept == ["Sources/Runtime/Tools/a+Tool.swift"])
        #expect(try String(contentsOfFile: toolPath, encoding: .utf8) == "// edited by the user\n")
        #expect(try String(contentsOfFile: out + "/Package.swift", encoding: .utf8) == Self.files[0].contents)
        #expect(writer.drift(Self.files).isEmpty)
        #expect(try FileManager.default.contentsOfDirectory(atPath: root.path) == ["project"])

        try FileManager.default.removeItem(atPath: toolPath)
        #expect(writer.drift(Self.files) == [OutputWriter.Drift(path: "Sources/Runtime/Tools/a+Tool.swift", reason: "missing")])
    }

    @Test("a non-empty folder osspec did not write needs --force, and other files stay")
    func force() throws {
        let root = try Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: root) }
        try "mine\n".write(to: root.appendingPathComponent("notes.txt"), atomically: true, encoding: .utf8)
        let writer = OutputWriter(outputPath: root.path)
        #expect(throws: GenerateError.self) { try writer.write(Self.files, force: false) }
        #expect(!FileManager.default.fileExists(atPath: root.appendingPathComponent("Package.swift").path))
        _ = try writer.write(Self.files, force: true)
        #expect(try String(contentsOf: root.appendingPathComponent("notes.txt"), encoding: .utf8) == "mine\n")
        #expect(FileManager.default.fileExists(atPath: root.appendingPathComponent("Package.swift").path))
    }

    @Test("symbolic links inside the output are never followed out, and --out must not be one")
    func symlinks() throws {
        let root = try Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: root) }
        let outside = root.appendingPathComponent("outside")
        let out = root.appendingPathComponent("out")
        try FileManager.default.createDirectory(at: outside, withIntermediateDirectories: true)
        try FileManager.default.createDirectory(at: out, withIntermediateDirectories: true)
        try "target swift\n".write(to: out.appendingPathComponent(".osspec-generated"), atomically: true, encoding: .utf8)
        try FileManager.default.createSymbolicLink(atPath: out.appendingPathComponent("Sources").path, withDestinationPath: outside.path)
        let writer = OutputWriter(outputPath: out.path)
        #expect(throws: GenerateError.self) { try writer.write(Self.files, force: true) }
        #expect(try FileManager.default.contentsOfDirectory(atPath: outside.path).isEmpty)
        // Nothing was moved into place either: the check comes before any write.
        #expect(!FileManager.default.fileExists(atPath: out.appendingPathComponent("Package.swift").path))

        let link = root.appendingPathComponent("link")
        try FileManager.default.createSymbolicLink(atPath: link.path, withDestinationPath: outside.path)
        #expect(throws: GenerateError.self) { try OutputWriter(outputPath: link.path).write(Self.files, force: true) }
        #expect(try FileManager.default.contentsOfDirectory(atPath: outside.path).isEmpty)
    }

    @Test("an output whose parent is reached through a link is written there, as a new folder with a new folder's permissions")
    func linkedParent() throws {
        let root = try Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: root) }
        // As /tmp on macOS, a link to /private/tmp.
        let real = root.appendingPathComponent("real")
        try FileManager.default.createDirectory(at: real, withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(atPath: root.appendingPathComponent("link").path, withDestinationPath: real.path)
        let writer = OutputWriter(outputPath: root.appendingPathComponent("link").path + "/project")
        #expect(try writer.write(Self.files, force: false).written.count == 3)
        let project = real.appendingPathComponent("project").path
        #expect(FileManager.default.fileExists(atPath: project + "/Package.swift"))
        #expect(try writer.write(Self.files, force: false).kept == ["Sources/Runtime/Tools/a+Tool.swift"])
        // Not a temporary folder's 0700: what a folder made inside it got (0755 less the umask).
        let permissions = { (path: String) in
            try #require(try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? NSNumber).intValue
        }
        #expect(try permissions(project) == permissions(project + "/Sources"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: real.path) == ["project"])
    }

    @Test("paths that could leave the output folder are refused", arguments: ["../x", "/etc/x", "a//b", "a/./b", "a/\u{1}"])
    func badPaths(path: String) throws {
        let root = try Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: root) }
        let writer = OutputWriter(outputPath: root.appendingPathComponent("out").path)
        #expect(throws: GenerateError.self) { try writer.write([GeneratedFile(path: path, contents: "", isUserOwned: false)], force: false) }
        #expect(try FileManager.default.contentsOfDirectory(atPath: root.path).isEmpty)
    }

    @Test("a write that fails half way leaves no output folder and no staging folder")
    func failedWriteLeavesNothing() throws {
        let root = try Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: root) }
        let out = root.appendingPathComponent("out").path
        // "a" as a file, then "a/b" needs "a" to be a folder: the second file cannot be staged.
        let files = [
            GeneratedFile(path: "a", contents: "first\n", isUserOwned: false),
            GeneratedFile(path: "a/b", contents: "second\n", isUserOwned: false),
        ]
        #expect(throws: GenerateError.self) { try OutputWriter(outputPath: out).write(files, force: false) }
        #expect(try FileManager.default.contentsOfDirectory(atPath: root.path).isEmpty)

        // Into an existing project: nothing of the failed run reaches it.
        _ = try OutputWriter(outputPath: out).write(Self.files, force: false)
        let before = try String(contentsOfFile: out + "/Package.swift", encoding: .utf8)
        let changed = [GeneratedFile(path: "Package.swift", contents: "// new\n", isUserOwned: false)] + files
        #expect(throws: GenerateError.self) { try OutputWriter(outputPath: out).write(changed, force: false) }
        #expect(try String(contentsOfFile: out + "/Package.swift", encoding: .utf8) == before)
        #expect(try FileManager.default.contentsOfDirectory(atPath: root.path) == ["out"])
    }

    /// Every regular file under `folder`, by relative path, with its text.
    static func snapshot(_ folder: String) throws -> [String: String] {
        var result: [String: String] = [:]
        let manager = FileManager.default
        for case let path as String in manager.enumerator(atPath: folder)?.allObjects ?? [] {
            var isDirectory: ObjCBool = false
            if manager.fileExists(atPath: folder + "/" + path, isDirectory: &isDirectory), !isDirectory.boolValue {
                result[path] = try String(contentsOfFile: folder + "/" + path, encoding: .utf8)
            }
        }
        return result
    }

    static func version(_ label: String) -> [GeneratedFile] {
        [
            GeneratedFile(path: ".osspec-generated", contents: "target swift\n# \(label)\n", isUserOwned: false),
            GeneratedFile(path: "Package.swift", contents: "// \(label)\n", isUserOwned: false),
            GeneratedFile(path: "Sources/App/main.swift", contents: "print(\"\(label)\")\n", isUserOwned: false),
            GeneratedFile(path: "Sources/App/Kernel/Limits.swift", contents: "// limits \(label)\n", isUserOwned: false),
            GeneratedFile(path: "Sources/App/Tools/search.swift", contents: "// yours \(label)\n", isUserOwned: true),
        ]
    }

    @Test("a regeneration killed while moving files in is reported by --check and finished by the next run", arguments: [0, 1, 3])
    func interruptedRegenerationIsFinished(movesBeforeTheKill: Int) throws {
        let root = try Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: root) }
        let out = root.appendingPathComponent("out").path
        _ = try OutputWriter(outputPath: out).write(Self.version("v1"), force: false)
        try "mine\n".write(toFile: out + "/NOTES.md", atomically: false, encoding: .utf8)
        let before = try Self.snapshot(out)

        var killed = OutputWriter(outputPath: out)
        killed.interruptAfterMoves = movesBeforeTheKill
        #expect(throws: GenerateError.self) { try killed.write(Self.version("v2"), force: false) }
        // Committed but not finished: the journal names the staging folder, --check says so.
        #expect(FileManager.default.fileExists(atPath: out + "/" + PendingMoves.journalName))
        let drift = OutputWriter(outputPath: out).drift(Self.version("v2"))
        #expect(drift.first?.path == PendingMoves.journalName && drift.first?.reason.hasPrefix("unfinished") == true)

        // Finishing gives exactly v2: every generated file of v2, the user's files untouched.
        let parent = root.resolvingSymlinksInPath().path
        let moved = try PendingMoves(outputPath: out, parent: parent, outputName: "out").finish()
        #expect(moved == 4 - movesBeforeTheKill)
        var expected = before
        for file in Self.version("v2") where !file.isUserOwned { expected[file.path] = file.contents }
        #expect(try Self.snapshot(out) == expected)
        #expect(OutputWriter(outputPath: out).drift(Self.version("v2")).isEmpty)
        #expect(try FileManager.default.contentsOfDirectory(atPath: root.path) == ["out"])
    }

    @Test("the next run finishes a killed regeneration before its own")
    func nextRunFinishesFirst() throws {
        let root = try Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: root) }
        let out = root.appendingPathComponent("out").path
        _ = try OutputWriter(outputPath: out).write(Self.version("v1"), force: false)
        var killed = OutputWriter(outputPath: out)
        killed.interruptAfterMoves = 1
        #expect(throws: GenerateError.self) { try killed.write(Self.version("v2"), force: false) }
        // v3 leaves out one file of v2: finishing must have put v2's copy there.
        let v3 = Self.version("v3").filter { $0.path != "Sources/App/Kernel/Limits.swift" }
        let summary = try OutputWriter(outputPath: out).write(v3, force: false)
        #expect(summary.finishedFromEarlierRun == 3)
        let snapshot = try Self.snapshot(out)
        #expect(snapshot["Sources/App/Kernel/Limits.swift"] == "// limits v2\n")
        #expect(snapshot["Package.swift"] == "// v3\n" && snapshot["Sources/App/Tools/search.swift"] == "// yours v1\n")
        #expect(try FileManager.default.contentsOfDirectory(atPath: root.path) == ["out"])
        #expect(!(try FileManager.default.contentsOfDirectory(atPath: out)).contains { $0.hasPrefix(".osspec-pending") })
    }

    @Test("finishing never puts a staged file the user owns over one the user has made since")
    func finishingKeepsUserFiles() throws {
        let root = try Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: root) }
        let out = root.appendingPathComponent("out").path
        let withoutTool = Self.version("v1").filter { !$0.isUserOwned }
        _ = try OutputWriter(outputPath: out).write(withoutTool, force: false)
        var killed = OutputWriter(outputPath: out)
        killed.interruptAfterMoves = 0
        #expect(throws: GenerateError.self) { try killed.write(Self.version("v2"), force: false) }
        try FileManager.default.createDirectory(atPath: out + "/Sources/App/Tools", withIntermediateDirectories: true)
        try "// written by hand\n".write(toFile: out + "/Sources/App/Tools/search.swift", atomically: false, encoding: .utf8)
        _ = try PendingMoves(outputPath: out, parent: root.resolvingSymlinksInPath().path, outputName: "out").finish()
        #expect(try Self.snapshot(out)["Sources/App/Tools/search.swift"] == "// written by hand\n")
        #expect(try Self.snapshot(out)["Package.swift"] == "// v2\n")
    }

    @Test("another output whose name starts like this one's staging folders keeps its own")
    func siblingStagingIsNotTouched() throws {
        let root = try Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: root) }
        let out = root.appendingPathComponent("a").path
        // Output `a.osspec-tmp-x` and its staging folder `.a.osspec-tmp-x.osspec-tmp-AbC123`
        // both start with `a`'s staging prefix `.a.osspec-tmp-`.
        let siblingStaging = root.appendingPathComponent(".a.osspec-tmp-x.osspec-tmp-AbC123").path
        try FileManager.default.createDirectory(atPath: siblingStaging, withIntermediateDirectories: true)
        let abandoned = root.appendingPathComponent(".a.osspec-tmp-Zz9Zz9").path
        try FileManager.default.createDirectory(atPath: abandoned, withIntermediateDirectories: true)
        _ = try OutputWriter(outputPath: out).write(Self.version("v1"), force: false)
        _ = try OutputWriter(outputPath: out).write(Self.version("v2"), force: false)
        #expect(FileManager.default.fileExists(atPath: siblingStaging))
        #expect(!FileManager.default.fileExists(atPath: abandoned))
    }

    @Test("a run killed before its commit leaves the project as it was; the next run deletes its staging folder")
    func abandonedStagingIsDeleted() throws {
        let root = try Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: root) }
        let out = root.appendingPathComponent("out").path
        _ = try OutputWriter(outputPath: out).write(Self.version("v1"), force: false)
        let before = try Self.snapshot(out)
        // What a kill during staging leaves: a half-filled staging folder beside the output.
        let abandoned = root.appendingPathComponent(".out.osspec-tmp-AbCdEf").path
        try FileManager.default.createDirectory(atPath: abandoned + "/Sources", withIntermediateDirectories: true)
        try "// half\n".write(toFile: abandoned + "/Package.swift", atomically: false, encoding: .utf8)
        #expect(OutputWriter(outputPath: out).drift(Self.version("v1")).isEmpty)
        #expect(try Self.snapshot(out) == before)

        _ = try OutputWriter(outputPath: out).write(Self.version("v2"), force: false)
        #expect(try FileManager.default.contentsOfDirectory(atPath: root.path) == ["out"])
        #expect(try Self.snapshot(out)["Package.swift"] == "// v2\n")
    }

    @Test("a journal that names anything but this output's staging folder is refused, and nothing moves")
    func foreignJournalIsRefused() throws {
        let root = try Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: root) }
        let out = root.appendingPathComponent("out").path
        _ = try OutputWriter(outputPath: out).write(Self.version("v1"), force: false)
        try FileManager.default.createDirectory(atPath: root.path + "/elsewhere", withIntermediateDirectories: true)
        try "x\n".write(toFile: root.path + "/elsewhere/Package.swift", atomically: false, encoding: .utf8)
        for name in ["../elsewhere", "elsewhere", ".out.osspec-tmp-", ".out.osspec-tmp-x/../../elsewhere", ".out.osspec-tmp-x.osspec-tmp-AbC123"] {
            try (name + "\n").write(toFile: out + "/" + PendingMoves.journalName, atomically: false, encoding: .utf8)
            #expect(throws: GenerateError.self) { try OutputWriter(outputPath: out).write(Self.version("v2"), force: false) }
            #expect(try Self.snapshot(out)["Package.swift"] == "// v1\n")
        }
    }
}
