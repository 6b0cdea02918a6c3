/// A reported path, as formats that point into a repository need it: relative to the working
/// directory (the repository root in CI) when the file is under it, else absolute. Purely
/// lexical (`.` and `..` are resolved as text), so it costs no system calls and never fails.
public struct ReportPath: Sendable, Hashable {
    /// The path relative to the working directory, without `./`, or nil when it is outside it.
    public let relative: String?
    /// The absolute, normalized path, or nil when the working directory is unknown and the
    /// path was relative.
    public let absolute: String?

    /// `path` as the user gave it (or `--stdin-filename`); `workingDirectory` absolute, or nil.
    public init(_ path: String, workingDirectory: String?) {
        let isAbsolute = path.hasPrefix("/")
        guard let base = isAbsolute ? "" : workingDirectory.map(Self.normalized) else {
            // Relative, with no working directory: keep it relative unless it climbs out.
            let lexical = Self.normalized(path)
            relative = lexical.hasPrefix("../") || lexical == ".." ? nil : lexical
            absolute = nil
            return
        }
        let full = Self.normalized(base + "/" + path)
        absolute = full
        if let root = workingDirectory.map(Self.normalized) {
            let prefix = root == "/" ? "/" : root + "/"
            relative = full.hasPrefix(prefix) ? String(full.dropFirst(prefix.count)) : nil
        } else {
            relative = nil
        }
    }

    /// `/a/./b/../c//d` -> `/a/c/d`; `./x` -> `x`. Leading `..` of a relative path are kept.
    static func normalized(_ path: String) -> String {
        let isAbsolute = path.hasPrefix("/")
        var parts: [Substring] = []
        for part in path.split(separator: "/", omittingEmptySubsequences: true) {
            if part == "." { continue }
            if part == "..", let last = parts.last, last != ".." {
                parts.removeLast()
            } else if part == "..", isAbsolute {
                continue
            } else {
                parts.append(part)
            }
        }
        let joined = parts.joined(separator: "/")
        return isAbsolute ? "/" + joined : (joined.isEmpty ? "." : joined)
    }

    /// The path as written in a report: relative when possible, else absolute, else as given.
    public func display(fallback: String) -> String { relative ?? absolute ?? fallback }

    /// RFC 3986 percent-encoding of a path for a URI reference: every byte but the unreserved
    /// characters and `/` is encoded, so `:` in a first segment cannot read as a scheme and
    /// spaces, `#`, `?` and non-ASCII survive every consumer.
    public static func percentEncoded(_ path: String) -> String {
        var result = ""
        for byte in path.utf8 {
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
                UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "_"),
                UInt8(ascii: "~"), UInt8(ascii: "/"):
                result.unicodeScalars.append(Unicode.Scalar(byte))
            default:
                let hex = Array("0123456789ABCDEF".unicodeScalars)
                result += "%"
                result.unicodeScalars.append(hex[Int(byte >> 4)])
                result.unicodeScalars.append(hex[Int(byte & 0x0F)])
            }
        }
        return result
    }
}
