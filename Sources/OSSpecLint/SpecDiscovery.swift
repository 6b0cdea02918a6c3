public import OSSpecPlatform

/// Finds the specs under a directory: `*.osspec.yaml`, `*.osspec.yml`, `osspec.yaml`,
/// `osspec.yml`, recursively, skipping `.git`, `.build` and `node_modules`, in a stable order.
public enum SpecDiscovery {
    public static let skippedDirectories: Set<String> = [".git", ".build", "node_modules"]

    /// `.osspec.yml` and `.osspec.yaml` themselves (an empty stem) are configuration files, not specs.
    public static func isSpecFileName(_ name: String) -> Bool {
        name == "osspec.yaml" || name == "osspec.yml"
            || (name.hasSuffix(".osspec.yaml") && name != ".osspec.yaml")
            || (name.hasSuffix(".osspec.yml") && name != ".osspec.yml")
    }

    /// What a walk found: the spec files, and what it had to leave because a name is not valid
    /// UTF-8 (osspec cannot open such a path). Paths start with the directory walked; names
    /// that are not UTF-8 show U+FFFD for their bytes that are not.
    public struct Found: Sendable, Hashable {
        public var specs: [String] = []
        /// Files named as specs that cannot be opened.
        public var specsNotUTF8: [String] = []
        /// Folders that cannot be looked into.
        public var foldersNotUTF8: [String] = []
    }

    /// The spec files under `directory`, as paths that start with `directory`.
    public static func specs(under directory: String) throws(LintInputError) -> [String] {
        try walk(directory).specs
    }

    /// The spec files under `directory`, and the names the walk could not follow.
    public static func walk(_ directory: String) throws(LintInputError) -> Found {
        var found = Found()
        // An explicit stack, not recursion: a deep tree cannot exhaust the call stack.
        var pending = [directory]
        while let current = pending.popLast() {
            var notUTF8: [(name: String, kind: FileKind)] = []
            let entries = try FileSystem.entries(of: current, namesNotUTF8: &notUTF8)
            let prefix = current.hasSuffix("/") ? current : current + "/"
            var subdirectories: [String] = []
            for entry in entries {
                switch entry.kind {
                case .directory where isWalked(entry.name):
                    subdirectories.append(prefix + entry.name)
                case .regular where isSpecFileName(entry.name):
                    found.specs.append(prefix + entry.name)
                default:
                    break
                }
            }
            for entry in notUTF8 {
                switch entry.kind {
                case .directory where isWalked(entry.name): found.foldersNotUTF8.append(prefix + entry.name)
                case .regular where isSpecFileName(entry.name): found.specsNotUTF8.append(prefix + entry.name)
                default: break
                }
            }
            pending.append(contentsOf: subdirectories.reversed())
        }
        let byBytes = { (a: String, b: String) in Array(a.utf8).lexicographicallyPrecedes(Array(b.utf8)) }
        found.specs.sort(by: byBytes)
        found.specsNotUTF8.sort(by: byBytes)
        found.foldersNotUTF8.sort(by: byBytes)
        return found
    }

    private static func isWalked(_ folderName: String) -> Bool {
        !skippedDirectories.contains(folderName) && !folderName.hasPrefix(".build")
    }
}
