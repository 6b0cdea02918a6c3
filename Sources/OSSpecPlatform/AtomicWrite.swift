extension FileSystem {
    /// Writes a new file at `path` all at once: the bytes go to a temporary file in the same
    /// directory, which is then moved into place in one step, so a reader (or a crash) never
    /// sees half a file. Unless `replace`, an existing `path` is left alone and reported (`exists`).
    public static func writeAtomically(_ bytes: [UInt8], to path: String, replace: Bool) throws(WriteError) {
        if !replace, kind(of: path) != nil || isSymbolicLink(path) { throw .exists }
        let directory = path.lastIndex(of: "/").map { String(path[...$0]) } ?? "./"
        let name = path.lastIndex(of: "/").map { String(path[path.index(after: $0)...]) } ?? path
        // An ordinary file: 0666 less the umask, as the shell's `>` would make it.
        let descriptor: Int32
        let temporary: String
        do throws(FileError) {
            (descriptor, temporary) = try createUniqueFile(prefix: directory + "." + name + ".tmp-", permissions: 0o666)
        } catch {
            throw .io(FileError(path: path, reason: error.reason))
        }
        var written = 0
        while written < bytes.count {
            let count = bytes[written...].withUnsafeBytes { write(descriptor, $0.baseAddress!, $0.count) }
            if count < 0, errno == EINTR { continue }
            guard count > 0 else {
                let reason = errorText(errno)
                close(descriptor)
                unlink(temporary)
                throw .io(FileError(path: path, reason: reason))
            }
            written += count
        }
        // The bytes reach the disk before the name does, so a crash leaves the old file or the
        // new one, never an empty one under the new name.
        let synced = fsync(descriptor) == 0 ? 0 : errno
        let closed = close(descriptor) == 0 ? 0 : errno
        if synced != 0 || closed != 0 {
            unlink(temporary)
            throw .io(FileError(path: path, reason: errorText(synced != 0 ? synced : closed)))
        }
        // Without `replace`, link(2) refuses an existing path, so a file created meanwhile is
        // not overwritten; rename(2) replaces it in one step.
        var placed: Int32
        var placeError: Int32
        if replace {
            placed = rename(temporary, path)
            placeError = errno
        } else {
            placed = link(temporary, path)
            placeError = errno
            if placed == 0 {
                unlink(temporary)
            } else if placeError == EPERM || placeError == ENOTSUP || placeError == EOPNOTSUPP || placeError == EMLINK
                || placeError == ENOSYS {
                // A file system without hard links: check again, then rename (a narrow race).
                if kind(of: path) != nil || isSymbolicLink(path) {
                    placeError = EEXIST
                } else {
                    placed = rename(temporary, path)
                    placeError = errno
                }
            }
        }
        if placed != 0 { unlink(temporary) }
        guard placed == 0 else {
            if placeError == EEXIST { throw .exists }
            throw .io(FileError(path: path, reason: errorText(placeError)))
        }
        syncDirectory(directory)
    }

    /// Makes a new name in `directory` durable. Best effort: some file systems refuse to sync
    /// a folder, and the file is in place either way.
    private static func syncDirectory(_ directory: String) {
        let descriptor = open(directory, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard descriptor >= 0 else { return }
        _ = fsync(descriptor)
        close(descriptor)
    }

    private static func isSymbolicLink(_ path: String) -> Bool {
        var status = stat()
        return lstat(path, &status) == 0 && (status.st_mode & S_IFMT) == S_IFLNK
    }

    public enum WriteError: Error, Sendable, Equatable {
        /// The path exists and replacing it was not asked for.
        case exists
        case io(FileError)
    }
}
