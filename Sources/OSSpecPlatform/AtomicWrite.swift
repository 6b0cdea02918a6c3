extension FileSystem {
    /// Writes a new file at `path` all at once: the bytes go to a temporary file in the same
    /// directory, which is then moved into place in one step, so a reader (or a crash) never
    /// sees half a file. Unless `replace`, an existing `path` is left alone and reported (`exists`).
    public static func writeAtomically(_ bytes: [UInt8], to path: String, replace: Bool) throws(WriteError) {
        if !replace, kind(of: path) != nil || isSymbolicLink(path) { throw .exists }
        let directory = path.lastIndex(of: "/").map { String(path[...$0]) } ?? "./"
        let name = path.lastIndex(of: "/").map { String(path[path.index(after: $0)...]) } ?? path
        var template = Array((directory + "." + name + ".tmp-XXXXXX").utf8CString)
        let descriptor = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
        guard descriptor >= 0 else { throw .io(FileError(path: path, reason: errorText(errno))) }
        let temporary = String(decoding: template.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
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
        // mkstemp creates the file as 0600; a spec is an ordinary file (0644 less the umask).
        let mask = umask(0)
        umask(mask)
        fchmod(descriptor, 0o666 & ~mask)
        guard fsync(descriptor) == 0, close(descriptor) == 0 else {
            let reason = errorText(errno)
            unlink(temporary)
            throw .io(FileError(path: path, reason: reason))
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
            } else if placeError == EPERM || placeError == ENOTSUP || placeError == EOPNOTSUPP || placeError == EMLINK {
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
