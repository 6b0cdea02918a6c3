import Foundation
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
}
