/// Why a path could not be read. These are usage or I/O problems (exit 2), unlike problems in
/// a file's content, which are findings.
public struct FileError: Error, Sendable, Hashable, CustomStringConvertible {
    public var path: String
    public var reason: String

    public init(path: String, reason: String) {
        self.path = path
        self.reason = reason
    }

    public var description: String { "\(path): \(reason)" }
}

/// What reading a file gave: its bytes, or its size when it is over the limit (the bytes are
/// then not read, so a huge file costs no memory).
public enum FileContents: Sendable, Hashable {
    case bytes([UInt8])
    /// `isExact` is false when reading stopped at the limit (a pipe), so only a lower bound is known.
    case tooLarge(size: Int, isExact: Bool)
}

public enum FileKind: Sendable, Hashable {
    case regular, directory, other
}

public enum FileSystem {
    /// Reads a whole file, or reports it as too large without reading it.
    public static func read(path: String, maxBytes: Int) throws(FileError) -> FileContents {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { throw FileError(path: path, reason: errorText(errno)) }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0 else { throw FileError(path: path, reason: errorText(errno)) }
        if (status.st_mode & S_IFMT) == S_IFDIR { throw FileError(path: path, reason: "is a directory") }
        if (status.st_mode & S_IFMT) == S_IFREG, Int(status.st_size) > maxBytes {
            return .tooLarge(size: Int(status.st_size), isExact: true)
        }
        return try readAll(descriptor: descriptor, maxBytes: maxBytes, path: path)
    }

    /// Reads standard input to its end, up to `maxBytes` (then reports it as too large).
    public static func readStandardInput(maxBytes: Int) throws(FileError) -> FileContents {
        try readAll(descriptor: STDIN_FILENO, maxBytes: maxBytes, path: "<stdin>")
    }

    /// Regular file, directory or something else; nil when the path does not exist.
    public static func kind(of path: String) -> FileKind? {
        var status = stat()
        guard stat(path, &status) == 0 else { return nil }
        switch status.st_mode & S_IFMT {
        case S_IFREG: return .regular
        case S_IFDIR: return .directory
        default: return .other
        }
    }

    /// Makes the folder and any missing folders above it, as `mkdir -p` does.
    public static func makeDirectories(_ path: String) throws(FileError) {
        var current = path.hasPrefix("/") ? "/" : ""
        for component in path.split(separator: "/") {
            current += (current.isEmpty || current == "/" ? "" : "/") + component
            if mkdir(current, 0o777) != 0, !(errno == EEXIST && kind(of: current) == .directory) {
                throw FileError(path: current, reason: errno == EEXIST ? "is not a folder" : errorText(errno))
            }
        }
    }

    private static func readAll(descriptor: Int32, maxBytes: Int, path: String) throws(FileError) -> FileContents {
        var bytes: [UInt8] = []
        var status = stat()
        if fstat(descriptor, &status) == 0, (status.st_mode & S_IFMT) == S_IFREG {
            bytes.reserveCapacity(min(Int(status.st_size), maxBytes + 1))
        }
        let chunkSize = 1 << 16
        var chunk = [UInt8](repeating: 0, count: chunkSize)
        while true {
            let count = chunk.withUnsafeMutableBytes { Glibc_read(descriptor, $0.baseAddress!, chunkSize) }
            if count < 0 {
                if errno == EINTR { continue }
                if errno == EAGAIN {
                    waitUntilReady(descriptor, for: POLLIN)
                    continue
                }
                throw FileError(path: path, reason: errorText(errno))
            }
            if count == 0 { return .bytes(bytes) }
            bytes.append(contentsOf: chunk[0..<count])
            if bytes.count > maxBytes { return .tooLarge(size: bytes.count, isExact: false) }
        }
    }

    static func errorText(_ code: Int32) -> String {
        switch code {
        case ENOENT: return "no such file or directory"
        case EACCES: return "permission denied"
        case EISDIR: return "is a directory"
        case ENOTDIR: return "a part of the path is not a directory"
        case ENOSPC: return "no space left on device"
        default:
            // strerror's sentence case, lowered to fit inside our messages ("...: broken pipe.").
            let text = String(cString: strerror(code))
            return (text.first?.lowercased() ?? "") + text.dropFirst()
        }
    }
}

/// `read(2)`, named apart from Swift's own `read` overloads.
@inline(__always)
private func Glibc_read(_ descriptor: Int32, _ buffer: UnsafeMutableRawPointer, _ count: Int) -> Int {
    read(descriptor, buffer, count)
}

extension FileSystem {
    /// The canonical absolute path (symbolic links resolved), or nil when it cannot be resolved.
    public static func canonicalPath(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }

    /// The names in a directory (without `.` and `..`), sorted by bytes so walks are
    /// deterministic. A name that is not valid UTF-8 cannot be a Swift `String`, nor be opened
    /// through one: it is left out (see the overload that also returns those).
    public static func entries(of directory: String) throws(FileError) -> [(name: String, kind: FileKind)] {
        var notUTF8: [(name: String, kind: FileKind)] = []
        return try entries(of: directory, namesNotUTF8: &notUTF8)
    }

    /// `entries(of:)`, and in `namesNotUTF8` the entries whose names are not valid UTF-8, so a
    /// caller can say it skipped them: each name with U+FFFD for the bytes that are not UTF-8,
    /// for messages only.
    public static func entries(
        of directory: String, namesNotUTF8: inout [(name: String, kind: FileKind)]
    ) throws(FileError) -> [(name: String, kind: FileKind)] {
        guard let handle = opendir(directory) else { throw FileError(path: directory, reason: errorText(errno)) }
        defer { closedir(handle) }
        var result: [(name: String, kind: FileKind)] = []
        let prefix = Array((directory.hasSuffix("/") ? directory : directory + "/").utf8)
        while let entry = readdir(handle) {
            let rawName = withUnsafeBytes(of: entry.pointee.d_name) { raw -> [UInt8] in
                let bytes = raw.bindMemory(to: UInt8.self)
                return Array(bytes[0..<(bytes.firstIndex(of: 0) ?? bytes.count)])
            }
            if rawName == [UInt8(ascii: ".")] || rawName == [UInt8(ascii: "."), UInt8(ascii: ".")] { continue }
            // lstat on the bytes themselves: a symbolic link is never followed out of the tree
            // being walked, and a name that is not UTF-8 still gets its kind.
            var status = stat()
            let found = (prefix + rawName + [0]).withUnsafeBufferPointer { path in
                path.withMemoryRebound(to: CChar.self) { lstat($0.baseAddress!, &status) == 0 }
            }
            guard found else { continue }
            let kind: FileKind =
                switch status.st_mode & S_IFMT {
                case S_IFREG: .regular
                case S_IFDIR: .directory
                default: .other
                }
            // Decoding replaces what is not UTF-8, so the bytes then differ.
            let name = String(decoding: rawName, as: UTF8.self)
            if name.utf8.elementsEqual(rawName) {
                result.append((name, kind))
            } else {
                namesNotUTF8.append((name, kind))
            }
        }
        namesNotUTF8.sort { Array($0.name.utf8).lexicographicallyPrecedes(Array($1.name.utf8)) }
        return result.sorted { Array($0.name.utf8).lexicographicallyPrecedes(Array($1.name.utf8)) }
    }
}

extension FileSystem {
    /// The absolute working directory, or nil when it cannot be found (it was removed).
    public static func currentDirectory() -> String? {
        guard let path = getcwd(nil, 0) else { return nil }
        defer { free(path) }
        return String(cString: path)
    }
}
