internal import OSSpecPlatform

/// Paths as text: absolute without `.` and `..` segments, worked out lexically (symbolic links are
/// not resolved, so a path means what the user typed), relative to a directory, and parents.
public enum ConfigPaths {
    /// The process's working directory, or "/" if it cannot be known.
    public static func currentDirectory() -> String {
        var buffer = [CChar](repeating: 0, count: 4096)
        guard getcwd(&buffer, buffer.count) != nil else { return "/" }
        return buffer.withUnsafeBufferPointer { String(cString: $0.baseAddress!) }
    }

    /// `path` made absolute against `directory` and normalised: `a/./b/../c` -> `/dir/a/c`.
    public static func absolute(_ path: String, from directory: String) -> String {
        let joined = path.hasPrefix("/") ? path : directory + "/" + path
        var segments: [Substring] = []
        for segment in joined.split(separator: "/") {
            switch segment {
            case ".": continue
            case "..": _ = segments.popLast()
            default: segments.append(segment)
            }
        }
        return "/" + segments.joined(separator: "/")
    }

    /// The directory holding `path` (absolute); "/" for the root.
    public static func parent(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/"), slash != path.startIndex else { return "/" }
        return String(path[..<slash])
    }

    /// `path` relative to `directory` (both absolute, normalised), or nil when it is not inside it.
    public static func relative(_ path: String, to directory: String) -> String? {
        if directory == "/" { return path == "/" ? nil : String(path.dropFirst()) }
        guard path.hasPrefix(directory + "/") else { return nil }
        return String(path.dropFirst(directory.count + 1))
    }

    /// How to show an absolute path to the user: relative to the working directory when inside
    /// it, absolute otherwise.
    public static func display(_ path: String, workingDirectory: String) -> String {
        path == workingDirectory ? "." : relative(path, to: workingDirectory) ?? path
    }

    /// Joins a directory and a name.
    static func join(_ directory: String, _ name: String) -> String {
        directory == "/" ? "/" + name : directory + "/" + name
    }
}
