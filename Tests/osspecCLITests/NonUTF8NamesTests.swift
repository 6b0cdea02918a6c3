import Foundation
import Testing

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A file or folder name that is not valid UTF-8 (Latin-1 `é` is the byte 0xE9) cannot be a
/// Swift string, so osspec cannot open it; a walk says what it left instead of passing over it.
@Suite("Names that are not UTF-8")
struct NonUTF8NamesTests {
    /// Creates `name` (raw bytes) in `folder`: a folder when `isFolder`, else a file holding
    /// `contents`. False when the file system refuses such names (macOS's APFS does).
    static func make(_ name: [UInt8], in folder: URL, isFolder: Bool = false, contents: Data = Data()) -> Bool {
        let path = Array(folder.path.utf8) + [UInt8(ascii: "/")] + name + [0]
        return path.withUnsafeBufferPointer { buffer in
            buffer.withMemoryRebound(to: CChar.self) { raw -> Bool in
                if isFolder { return mkdir(raw.baseAddress!, 0o755) == 0 }
                let descriptor = open(raw.baseAddress!, O_WRONLY | O_CREAT | O_EXCL, 0o644)
                guard descriptor >= 0 else { return false }
                defer { close(descriptor) }
                return contents.withUnsafeBytes { write(descriptor, $0.baseAddress, $0.count) } == contents.count
            }
        }
    }

    /// Whether the temporary folder's file system takes such names (Linux's do; APFS does not).
    static let namesAccepted: Bool = {
        guard let probe = try? TemporaryDirectory() else { return false }
        return make(Array("probe-".utf8) + [0xE9], in: probe.url)
    }()

    @Test(
        "a spec named so is an input error, a folder named so is a note, and the other specs are linted",
        .enabled(if: namesAccepted, "the file system of the temporary folder refuses names that are not UTF-8 (as macOS's APFS does)"))
    func reported() throws {
        let tree = try TemporaryDirectory()
        let minimal = try TestFiles.bytes(TestFiles.specs.appendingPathComponent("minimal.osspec.yaml"))
        try tree.write(minimal, to: "good.osspec.yaml")
        let cafe = Array("caf".utf8) + [0xE9] + Array(".osspec.yaml".utf8)
        let folder = Array("d".utf8) + [0xE9] + Array("p".utf8)
        #expect(Self.make(cafe, in: tree.url, contents: minimal))
        #expect(Self.make(folder, in: tree.url, isFolder: true))
        // Not a spec: its name does not matter.
        #expect(Self.make(Array("notes-".utf8) + [0xE9] + Array(".txt".utf8), in: tree.url))

        let result = try OSSpec.run(["lint", "--format", "json", "."], directory: tree.url)
        #expect(result.exitCode == 2, "\(result)")
        #expect(try LintJSON(result).files.map(\.path) == ["./good.osspec.yaml"], "\(result)")
        #expect(
            result.stderr.contains("Error: Cannot read './caf\u{FFFD}.osspec.yaml': its name is not valid UTF-8, so osspec cannot open it; rename it."),
            "\(result)")
        #expect(result.stderr.contains("Note: skipped the folder './d\u{FFFD}p': its name is not valid UTF-8"), "\(result)")
        #expect(!result.stderr.contains("notes-"), "\(result)")

        // Named twice, through the same folder spelt two ways: said once, as its specs are linted once.
        let twice = try OSSpec.run(["lint", ".", tree.url.path + "/"], directory: tree.url)
        #expect(twice.exitCode == 2, "\(twice)")
        #expect(twice.stderr.components(separatedBy: "its name is not valid UTF-8, so osspec cannot open it").count == 2, "\(twice)")
        #expect(twice.stderr.components(separatedBy: "Note: skipped the folder").count == 2, "\(twice)")

        // A folder alone is only a note: nothing osspec was asked to lint went unread.
        let folderOnly = try TemporaryDirectory()
        try folderOnly.write(minimal, to: "good.osspec.yaml")
        #expect(Self.make(folder, in: folderOnly.url, isFolder: true))
        let noted = try OSSpec.run(["lint", "."], directory: folderOnly.url)
        #expect(noted.exitCode == 0, "\(noted)")
        #expect(noted.stderr.contains("Note: skipped the folder './d\u{FFFD}p'"), "\(noted)")
    }
}
