extension FileSystem {
    /// Creates a new, empty file named `<prefix>` plus six random letters and digits, open for
    /// writing. Unlike `mkstemp`, which always makes 0600, the file gets `permissions` less the
    /// process's umask, applied by the kernel: reading the umask would mean setting it, a
    /// process-wide change that another thread creating a file at that moment would see.
    public static func createUniqueFile(prefix: String, permissions: mode_t) throws(FileError) -> (descriptor: Int32, path: String) {
        var descriptor: Int32 = -1
        let path = try withUniqueName(prefix: prefix) { candidate in
            descriptor = open(candidate, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, permissions)
            return descriptor >= 0
        }
        return (descriptor, path)
    }

    /// Creates a new, empty folder named `<prefix>` plus six random letters and digits, with
    /// `permissions` less the umask (`mkdtemp` always makes 0700).
    public static func makeUniqueDirectory(prefix: String, permissions: mode_t) throws(FileError) -> String {
        try withUniqueName(prefix: prefix) { mkdir($0, permissions) == 0 }
    }

    /// Tries names until `create` makes one; another name only when the last one existed.
    private static func withUniqueName(prefix: String, _ create: (String) -> Bool) throws(FileError) -> String {
        let alphabet = Array("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789".utf8)
        var generator = SystemRandomNumberGenerator()
        var candidate = prefix
        // 62^6 names: a hundred collisions in a row means something other than chance.
        for _ in 0..<100 {
            let suffix = (0..<6).map { _ in alphabet[Int(generator.next(upperBound: UInt(alphabet.count)))] }
            candidate = prefix + String(decoding: suffix, as: UTF8.self)
            if create(candidate) { return candidate }
            guard errno == EEXIST else { break }
        }
        throw FileError(path: candidate, reason: errorText(errno))
    }
}
