public import OSSpecDiagnostics
internal import OSSpecPlatform
internal import OSSpecYAML

/// A configuration file that cannot be used. Each is reported once per run, and the specs it
/// governs are not linted (exit 2).
public enum ConfigProblem: Sendable {
    /// The file's findings (bad YAML, unknown keys or rules, bad values), with its text.
    case invalid(FileReport)
    /// A problem without a position, as one sentence (a file that cannot be read, two files).
    case message(String)
}

/// Finds and loads the configuration of each spec, once per directory and file.
///
/// Without `--config`, the configuration files of a spec are the `.osspec.yml` (or
/// `.osspec.yaml`) files in its directory and each directory above it, up to and including the
/// first directory that holds `.git` (the repository's root), or up to `/` outside a
/// repository. They cascade: the outermost applies first, the nearest last. With `--config`,
/// that one file applies to every spec and no other is looked for.
public struct ConfigResolver: Sendable {
    public static let fileNames = [".osspec.yml", ".osspec.yaml"]

    public let workingDirectory: String
    /// The absolute path of `--config`'s file, when given.
    private let explicitPath: String?
    private let explicitDisplayPath: String?
    private var loaded: [String: Result<ConfigFile, ConfigProblemSet>] = [:]
    private var chainByDirectory: [String: Result<[String], ConfigProblemSet>] = [:]
    private var reported: Set<String> = []

    private struct ConfigProblemSet: Error, Sendable {
        var key: String
        var problem: ConfigProblem
    }

    public init(explicitConfig: String? = nil, workingDirectory: String = ConfigPaths.currentDirectory()) {
        let base = ConfigPaths.absolute(workingDirectory, from: "/")
        self.workingDirectory = base
        explicitPath = explicitConfig.map { ConfigPaths.absolute($0, from: base) }
        explicitDisplayPath = explicitConfig
    }

    /// Lookup result for one spec: its configuration, or the problems that stop it from being
    /// linted. `newProblems` lists only problems not returned before in this run.
    public enum Lookup: Sendable {
        case configured(EffectiveConfiguration)
        case broken(newProblems: [ConfigProblem])
    }

    /// The configuration for the spec at `path` (relative to the working directory, or absolute).
    public mutating func configuration(forFile path: String) -> Lookup {
        let absolute = ConfigPaths.absolute(path, from: workingDirectory)
        return configuration(directory: ConfigPaths.parent(of: absolute), file: absolute)
    }

    /// The configuration for standard input: found from the directory of `--stdin-filename`
    /// when given (so an editor gets the same result as for the saved file), else from the
    /// working directory.
    public mutating func configuration(forStandardInputNamed name: String?) -> Lookup {
        guard let name else { return configuration(directory: workingDirectory, file: nil) }
        return configuration(forFile: name)
    }

    private mutating func configuration(directory: String, file: String?) -> Lookup {
        let paths: [String]
        switch chain(from: directory) {
        case .success(let found): paths = found
        case .failure(let problem): return .broken(newProblems: firstReport(of: [problem]))
        }
        var configs: [ConfigFile] = []
        var problems: [ConfigProblemSet] = []
        for path in paths {
            switch load(path) {
            case .success(let config): configs.append(config)
            case .failure(let problem): problems.append(problem)
            }
        }
        if !problems.isEmpty { return .broken(newProblems: firstReport(of: problems)) }
        return .configured(EffectiveConfiguration(merging: configs, forFile: file, workingDirectory: workingDirectory))
    }

    private mutating func firstReport(of problems: [ConfigProblemSet]) -> [ConfigProblem] {
        problems.filter { reported.insert($0.key).inserted }.map(\.problem)
    }

    /// The configuration files for specs in `directory`, outermost first.
    private mutating func chain(from directory: String) -> Result<[String], ConfigProblemSet> {
        if let explicitPath { return .success([explicitPath]) }
        if let known = chainByDirectory[directory] { return known }
        var result: Result<[String], ConfigProblemSet>
        let present = Self.fileNames.map { ConfigPaths.join(directory, $0) }.filter { FileSystem.kind(of: $0) != nil }
        if present.count > 1 {
            let shown = present.map { ConfigPaths.display($0, workingDirectory: workingDirectory) }
            result = .failure(
                ConfigProblemSet(
                    key: present[0],
                    problem: .message("Both '\(shown[0])' and '\(shown[1])' exist; keep one of the two.")))
        } else if FileSystem.kind(of: ConfigPaths.join(directory, ".git")) != nil || directory == "/" {
            // The repository's root (`.git` is a directory, or a file in a worktree) or the
            // filesystem's: nothing above it applies.
            result = .success(present)
        } else {
            result = chain(from: ConfigPaths.parent(of: directory)).map { $0 + present }
        }
        chainByDirectory[directory] = result
        return result
    }

    private mutating func load(_ path: String) -> Result<ConfigFile, ConfigProblemSet> {
        if let known = loaded[path] { return known }
        let shown = path == explicitPath ? explicitDisplayPath ?? path : ConfigPaths.display(path, workingDirectory: workingDirectory)
        let result: Result<ConfigFile, ConfigProblemSet>
        do throws(FileError) {
            switch try FileSystem.read(path: path, maxBytes: LoaderLimits.default.maxFileBytes) {
            case .bytes(let bytes):
                let parsed = ConfigParser.parse(bytes, path: shown, directory: ConfigPaths.parent(of: path))
                if let config = parsed.config {
                    result = .success(config)
                } else {
                    result = .failure(
                        ConfigProblemSet(key: path, problem: .invalid(FileReport(path: shown, diagnostics: parsed.diagnostics, source: bytes))))
                }
            case .tooLarge(let size, _):
                result = .failure(
                    ConfigProblemSet(key: path, problem: .message("'\(shown)' is \(size) bytes, too large for a configuration file.")))
            }
        } catch {
            result = .failure(ConfigProblemSet(key: path, problem: .message("Cannot read '\(shown)': \(error.reason).")))
        }
        loaded[path] = result
        return result
    }
}
