public import OSSpecDiagnostics
internal import OSSpecLint
public import OSSpecModel
public import OSSpecPlatform
internal import OSSpecTemplate

/// One file of a generated project, in memory.
public struct GeneratedFile: Sendable, Equatable {
    /// Relative to the output folder.
    public var path: String
    public var contents: String
    /// Generated once, then the user's: never overwritten.
    public var isUserOwned: Bool

    public init(path: String, contents: String, isUserOwned: Bool) {
        self.path = path
        self.contents = contents
        self.isUserOwned = isUserOwned
    }
}

/// The generators osspec has: a folder of templates each under templates/<target>/.
public enum GenerationTarget: String, Sendable, CaseIterable {
    case swift, langgraph

    /// The target `kernel.orchestrator` asks for, when it names one.
    public static func forOrchestrator(_ orchestrator: String?) -> GenerationTarget? {
        orchestrator.flatMap(GenerationTarget.init(rawValue:))
    }
}

/// A spec read and linted for generation: the findings, and the typed spec when it has no errors.
public struct LoadedSpec: Sendable {
    /// What `osspec lint` reports: suppression comments and the configuration applied.
    public var report: FileReport
    /// Errors at their default severity that the configuration or suppression comments waive
    /// for lint (an unknown tool, a process without a budget, no limits), in report order. The
    /// generated code enforces the architecture and cannot with these, so they block it too.
    public var waivedErrors: [Diagnostic]
    public var spec: Spec?
    public var bytes: [UInt8]

    /// Lints the file with the same checks as `osspec lint`; the spec is kept only when it has
    /// no error, reported or waived, since a generated project must not inherit a broken
    /// architecture. `adjust` is the project's configuration (`EffectiveConfiguration.apply(to:)`).
    public static func load(
        path: String, adjusting adjust: ([Diagnostic]) -> [Diagnostic] = { $0 }
    ) throws(FileError) -> LoadedSpec {
        let linter = Linter()
        let contents = try FileSystem.read(path: path, maxBytes: linter.limits.maxFileBytes)
        guard case .bytes(let bytes) = contents else {
            return LoadedSpec(report: linter.report(contents, path: path, adjusting: adjust), waivedErrors: [], spec: nil, bytes: [])
        }
        let linted = linter.lintKeepingSpec(bytes: bytes, path: path, adjusting: adjust)
        guard linted.report.count(of: .error) == 0 else {
            return LoadedSpec(report: linted.report, waivedErrors: [], spec: nil, bytes: bytes)
        }
        let defaultErrors = linted.defaultErrors
        guard defaultErrors.isEmpty, let spec = linted.spec else {
            return LoadedSpec(report: linted.report, waivedErrors: defaultErrors, spec: nil, bytes: bytes)
        }
        return LoadedSpec(report: linted.report, waivedErrors: [], spec: spec, bytes: bytes)
    }
}

/// Spec + templates -> the files of a project, in memory. Writing them is `OutputWriter`'s job.
public struct Generator: Sendable {
    /// The file in every output folder that marks it as osspec's, listing what was generated.
    public static let markerFile = ".osspec-generated"

    public var toolVersion: String

    public init(toolVersion: String = ToolInfo.version) {
        self.toolVersion = toolVersion
    }

    public func generate(spec: Spec, specBytes: [UInt8], target: GenerationTarget, templates: [String: String]) throws(GenerateError) -> [GeneratedFile] {
        guard let manifestText = templates[TemplateManifest.fileName] else {
            throw GenerateError("The templates have no \(TemplateManifest.fileName) listing the files to generate.")
        }
        let manifest = try TemplateManifest.parse(manifestText)
        let set: TemplateSet
        do {
            set = try TemplateSet(templates: templates.filter { $0.key != TemplateManifest.fileName })
        } catch {
            throw GenerateError("Template error: \(error)")
        }
        guard let name = spec.name?.value, Identifier.isValid(name) else {
            throw GenerateError("The spec's name is not a valid identifier.")
        }
        let digest = SHA256.hex(specBytes)
        let root = SpecContext.values(spec, specDigest: digest, toolVersion: toolVersion)

        var files: [GeneratedFile] = []
        for entry in manifest.entries {
            guard set.contains(entry.template) else {
                throw GenerateError("\(TemplateManifest.fileName):\(entry.line): no template named '\(entry.template)'.")
            }
            let items: [(id: String?, value: TemplateValue)]
            if let each = entry.each {
                let key = each == "process" ? "processes" : each + "s"
                guard case .list(let list) = root[key] ?? .null else { throw GenerateError("The spec has no list '\(key)'.") }
                items = list.map { item in
                    guard case .object(let fields) = item, case .string(let id) = fields["id"] ?? .null else { return (nil, item) }
                    return (id, item)
                }
            } else {
                items = [(nil, .null)]
            }
            for (id, item) in items {
                var path = entry.path.replacing("{name}", with: name).replacing("{module}", with: PythonNames.package(name))
                if entry.each != nil {
                    guard let id, Identifier.isValid(id) else { throw GenerateError("An id in the spec is not a valid identifier.") }
                    path = path.replacing("{id}", with: id)
                }
                _ = try RelativePath.validate(path)
                var values = root
                values["item"] = item
                let body: String
                do {
                    body = try set.render(entry.template, .object(values))
                } catch {
                    throw GenerateError("Template error: \(error)")
                }
                let header = FileHeader.lines(specName: name, digest: digest, toolVersion: toolVersion, userOwned: entry.isUserOwned)
                files.append(GeneratedFile(path: path, contents: try FileHeader.apply(header, to: body, path: path), isUserOwned: entry.isUserOwned))
            }
        }
        try Self.checkDistinct(files)
        files.append(marker(files, target: target, name: name, digest: digest))
        return files
    }

    /// Two outputs at one path, or at paths that differ only in case (one file on macOS), are
    /// an error rather than one silently replacing the other.
    private static func checkDistinct(_ files: [GeneratedFile]) throws(GenerateError) {
        var seen: [String: String] = [:]
        for file in files {
            let folded = file.path.lowercased()
            if let earlier = seen[folded] {
                throw GenerateError("Two generated files would share a path: '\(earlier)' and '\(file.path)' (ids that differ only in case?).")
            }
            seen[folded] = file.path
        }
    }

    private func marker(_ files: [GeneratedFile], target: GenerationTarget, name: String, digest: String) -> GeneratedFile {
        var text = "# This folder was generated by osspec \(toolVersion) from spec '\(name)' (sha256 \(digest)).\n"
        text += "# Regenerate with: osspec generate SPEC --out DIR; check for drift with --check.\n"
        text += "target \(target.rawValue)\n"
        for file in files.sorted(by: { $0.path < $1.path }) {
            text += (file.isUserOwned ? "user " : "generated ") + file.path + "\n"
        }
        return GeneratedFile(path: Self.markerFile, contents: text, isUserOwned: false)
    }
}
