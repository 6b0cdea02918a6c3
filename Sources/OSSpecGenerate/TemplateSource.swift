internal import OSSpecPlatform

/// Where a target's templates come from: embedded in the binary (from templates/<target>/ at
/// build time, kept in sync by a test), or a folder given with --templates.
public enum TemplateSource {
    /// The templates built into osspec for `target`, by path relative to templates/<target>/.
    public static func embedded(_ target: GenerationTarget) -> [String: String]? {
        EmbeddedTemplates.targets[target.rawValue]
    }

    /// Every regular file under `folder`, by relative path. Links are not followed.
    public static func directory(_ folder: String) throws(GenerateError) -> [String: String] {
        guard PathOperations.kind(folder) == .directory || FileSystem.kind(of: folder) == .directory else {
            throw GenerateError("Templates folder '\(folder)' does not exist.")
        }
        var templates: [String: String] = [:]
        try collect(folder, prefix: "", into: &templates)
        return templates
    }

    private static func collect(_ folder: String, prefix: String, into templates: inout [String: String]) throws(GenerateError) {
        let entries: [(name: String, kind: FileKind)]
        do { entries = try FileSystem.entries(of: folder) } catch { throw GenerateError("Cannot read '\(error.path)': \(error.reason).") }
        for entry in entries where !entry.name.hasPrefix(".") {
            let path = folder + "/" + entry.name
            switch entry.kind {
            case .directory:
                try collect(path, prefix: prefix + entry.name + "/", into: &templates)
            case .regular:
                guard case .bytes(let bytes)? = try? FileSystem.read(path: path, maxBytes: 4 << 20) else {
                    throw GenerateError("Cannot read the template '\(path)' (unreadable or over 4 MiB).")
                }
                templates[prefix + entry.name] = String(decoding: bytes, as: UTF8.self)
            case .other:
                continue
            }
        }
    }
}
