internal import OSSpecPlatform

/// What is at a path, without following a symbolic link there.
enum PathKind: Equatable {
    case missing, file, directory, symbolicLink, other
}

/// The few file operations generation needs, on the C library (no Foundation), none of which
/// follows a symbolic link.
enum PathOperations {
    static func kind(_ path: String) -> PathKind {
        var status = stat()
        guard lstat(path, &status) == 0 else { return .missing }
        switch status.st_mode & S_IFMT {
        case S_IFREG: return .file
        case S_IFDIR: return .directory
        case S_IFLNK: return .symbolicLink
        default: return .other
        }
    }

    static func read(_ path: String) -> [UInt8]? {
        guard kind(path) == .file, case .bytes(let bytes)? = try? FileSystem.read(path: path, maxBytes: 64 << 20) else { return nil }
        return bytes
    }

    /// Creates a new file (failing if anything is already there) and writes all of `bytes`.
    static func createFile(_ path: String, _ bytes: [UInt8]) throws(GenerateError) {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW, 0o644)
        guard descriptor >= 0 else { throw failure("create", path) }
        defer { close(descriptor) }
        var written = 0
        while written < bytes.count {
            let count = bytes[written...].withUnsafeBytes { write(descriptor, $0.baseAddress!, $0.count) }
            if count < 0 {
                if errno == EINTR { continue }
                throw failure("write", path)
            }
            written += count
        }
    }

    static func makeDirectory(_ path: String) throws(GenerateError) {
        guard mkdir(path, 0o755) == 0 || (errno == EEXIST && kind(path) == .directory) else { throw failure("create the folder", path) }
    }

    /// A new, empty folder named `<prefix>` plus six random letters and digits, with what
    /// `makeDirectory` gives a folder (0755 less the umask), so a staging folder moved into
    /// place as a whole new output needs no change of permissions (`mkdtemp` makes 0700).
    static func makeStagingDirectory(prefix: String) throws(GenerateError) -> String {
        do throws(FileError) {
            return try FileSystem.makeUniqueDirectory(prefix: prefix, permissions: 0o755)
        } catch {
            throw GenerateError("Cannot create a temporary folder at '\(prefix)XXXXXX': \(error.reason).")
        }
    }

    static func move(_ source: String, to destination: String) throws(GenerateError) {
        guard rename(source, destination) == 0 else { throw failure("move into place", destination) }
    }

    /// Waits for, then holds, an exclusive lock on a folder until `unlockFolder`; nil when the
    /// folder cannot be opened or locked (`flock` on some network file systems), so callers
    /// know they hold no lock.
    static func lockFolder(_ path: String) -> CInt? {
        let descriptor = open(path, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC)
        guard descriptor >= 0 else { return nil }
        while flock(descriptor, LOCK_EX) != 0 {
            if errno == EINTR { continue }
            close(descriptor)
            return nil
        }
        return descriptor
    }

    static func unlockFolder(_ descriptor: CInt?) {
        if let descriptor { close(descriptor) }
    }

    /// Deletes a folder and what is in it; links are removed, never followed.
    static func removeTree(_ path: String) {
        if kind(path) == .directory {
            for entry in (try? FileSystem.entries(of: path)) ?? [] {
                removeTree(path + "/" + entry.name)
            }
            rmdir(path)
        } else {
            unlink(path)
        }
    }

    private static func failure(_ action: String, _ path: String) -> GenerateError {
        GenerateError("Cannot \(action) '\(path)': \(String(cString: strerror(errno))).")
    }
}
