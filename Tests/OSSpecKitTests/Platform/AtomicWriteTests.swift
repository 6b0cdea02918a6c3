import Foundation
import OSSpecPlatform
import Testing

@Suite("Atomic writes and unique names")
struct AtomicWriteTests {
    static func temporaryFolder() throws -> String {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("osspec-atomic-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url.path
    }

    static func permissions(_ path: String) throws -> Int {
        try #require(try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? NSNumber).intValue
    }

    /// What the kernel gives a file created with 0666 right now (0666 less the umask), found
    /// without calling umask(2), which would change it for every test running meanwhile.
    static func ordinaryFilePermissions(in folder: String) throws -> Int {
        let probe = folder + "/probe"
        let descriptor = open(probe, O_WRONLY | O_CREAT | O_EXCL, 0o666)
        try #require(descriptor >= 0)
        close(descriptor)
        defer { unlink(probe) }
        return try permissions(probe)
    }

    @Test("a new file gets its bytes, ordinary permissions, and no temporary file is left")
    func newFile() throws {
        let folder = try Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try FileSystem.writeAtomically(Array("kernel: {}\n".utf8), to: folder + "/spec.osspec.yaml", replace: false)
        #expect(try String(contentsOfFile: folder + "/spec.osspec.yaml", encoding: .utf8) == "kernel: {}\n")
        // Not mkstemp's 0600.
        #expect(try Self.permissions(folder + "/spec.osspec.yaml") == Self.ordinaryFilePermissions(in: folder))
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder) == ["spec.osspec.yaml"])
    }

    @Test("an existing file is kept unless replacing is asked for")
    func existing() throws {
        let folder = try Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let path = folder + "/spec.osspec.yaml"
        try FileSystem.writeAtomically(Array("old\n".utf8), to: path, replace: false)
        #expect(throws: FileSystem.WriteError.exists) {
            try FileSystem.writeAtomically(Array("new\n".utf8), to: path, replace: false)
        }
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "old\n")
        try FileSystem.writeAtomically(Array("new\n".utf8), to: path, replace: true)
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "new\n")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder) == ["spec.osspec.yaml"])
    }

    @Test("a folder that does not exist is an I/O error naming the path")
    func missingFolder() throws {
        let folder = try Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let path = folder + "/missing/spec.osspec.yaml"
        #expect(throws: FileSystem.WriteError.io(FileError(path: path, reason: "no such file or directory"))) {
            try FileSystem.writeAtomically([], to: path, replace: true)
        }
    }

    @Test("unique names: the prefix, six letters or digits, never the same twice")
    func uniqueNames() throws {
        let folder = try Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        var names: Set<String> = []
        for _ in 0..<50 {
            let made = try FileSystem.createUniqueFile(prefix: folder + "/.x.tmp-", permissions: 0o600)
            close(made.descriptor)
            names.insert(made.path)
            let suffix = made.path.dropFirst((folder + "/.x.tmp-").count)
            #expect(suffix.count == 6 && suffix.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber) }, "\(made.path)")
            #expect(try Self.permissions(made.path) == 0o600 & Self.ordinaryFilePermissions(in: folder))
        }
        #expect(names.count == 50)
    }

    @Test("a unique folder gets the permissions mkdir would give it, not mkdtemp's 0700")
    func uniqueFolder() throws {
        let folder = try Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let made = try FileSystem.makeUniqueDirectory(prefix: folder + "/.out.osspec-tmp-", permissions: 0o755)
        #expect(FileSystem.kind(of: made) == .directory)
        #expect(mkdir(folder + "/plain", 0o755) == 0)
        #expect(try Self.permissions(made) == Self.permissions(folder + "/plain"))
        #expect(throws: FileError.self) {
            try FileSystem.makeUniqueDirectory(prefix: folder + "/missing/x-", permissions: 0o755)
        }
    }
}
