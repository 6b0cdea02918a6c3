internal import OSSpecPlatform

/// Where a command that replaces a file (`report --output`, `init --force`) writes it.
/// `FileSystem.writeAtomically` renames a new file over the path, which replaces whatever the
/// path itself is: a symbolic link would become a file while the file it names kept its old
/// contents, and, run as root (as in many CI containers), `--output /dev/null` would turn the
/// device into an ordinary file for the whole system. So a link is followed to the file it
/// names, and anything but a regular file (or nothing yet) is refused.
enum ReplacedFile {
    /// The path to write in place of `path`, or why it cannot be replaced ("it is a folder").
    static func destination(of path: String) -> Result<String, Refusal> {
        var status = stat()
        guard lstat(path, &status) == 0 else { return .success(path) }  // nothing there yet
        let isLink = status.st_mode & S_IFMT == S_IFLNK
        switch FileSystem.kind(of: path) {
        case .regular?:
            return .success(isLink ? FileSystem.canonicalPath(path) ?? path : path)
        case .directory?:
            return .failure(Refusal("it is a folder"))
        case .other?:
            return .failure(Refusal("it is not a regular file (a device, a pipe or a socket); for standard output use '-'"))
        case nil:
            return .failure(Refusal("it is a symbolic link to nothing"))
        }
    }

    struct Refusal: Error, Equatable {
        var reason: String
        init(_ reason: String) { self.reason = reason }
    }
}
