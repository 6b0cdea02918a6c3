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

    /// The spec files under `directory`, as paths that start with `directory`.
    public static func specs(under directory: String) throws(LintInputError) -> [String] {
        var found: [String] = []
        // An explicit stack, not recursion: a deep tree cannot exhaust the call stack.
        var pending = [directory]
        while let current = pending.popLast() {
            let entries = try FileSystem.entries(of: current)
            var subdirectories: [String] = []
            for entry in entries {
                let path = current.hasSuffix("/") ? current + entry.name : current + "/" + entry.name
                switch entry.kind {
                case .directory where !skippedDirectories.contains(entry.name) && !entry.name.hasPrefix(".build"):
                    subdirectories.append(path)
                case .regular where isSpecFileName(entry.name):
                    found.append(path)
                default:
                    break
                }
            }
            pending.append(contentsOf: subdirectories.reversed())
        }
        return found.sorted { Array($0.utf8).lexicographicallyPrecedes(Array($1.utf8)) }
    }
}
