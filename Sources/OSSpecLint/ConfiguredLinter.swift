public import OSSpecConfig
public import OSSpecDiagnostics
public import OSSpecPlatform

/// A `Linter` that applies each spec's configuration: skips ignored specs, and gives findings
/// their configured severities (dropping the rules that are off) before any gate or reporter
/// sees them. A spec whose configuration is broken is not linted; the problem is collected in
/// `configProblems`, once per configuration file, and the run must end with exit 2.
public struct ConfiguredLinter: Sendable {
    public var linter: Linter
    public var resolver: ConfigResolver
    public private(set) var configProblems: [ConfigProblem] = []

    /// `configPath` is `--config`'s file: then it alone applies to every spec.
    public init(linter: Linter, configPath: String? = nil, workingDirectory: String = ConfigPaths.currentDirectory()) {
        self.linter = linter
        resolver = ConfigResolver(explicitConfig: configPath, workingDirectory: workingDirectory)
    }

    /// The configuration a file is linted with; nil when it is ignored or its configuration is
    /// broken (then in `configProblems`). Configuration files are read and cached here, so
    /// that the lints themselves (`lint(filePath:configuration:)`) can run in parallel.
    public mutating func configurationToLint(filePath: String) -> EffectiveConfiguration? {
        guard let configuration = configuration(resolver.configuration(forFile: filePath)), !configuration.isIgnored else {
            return nil
        }
        return configuration
    }

    /// Reads and lints a file with a configuration from `configurationToLint(filePath:)`.
    public func lint(
        filePath: String, displayPath: String? = nil, configuration: EffectiveConfiguration
    ) throws(LintInputError) -> FileReport {
        try linter.lint(filePath: filePath, displayPath: displayPath, adjusting: configuration.apply(to:))
    }

    /// Lints standard input, reported as `name` (`--stdin-filename`) or `<stdin>`; nil when
    /// `name` is ignored or the configuration is broken.
    public mutating func lint(standardInput contents: FileContents, name: String?) -> FileReport? {
        guard let configuration = configuration(resolver.configuration(forStandardInputNamed: name)) else { return nil }
        guard !configuration.isIgnored else { return nil }
        return linter.report(contents, path: name ?? "<stdin>", adjusting: configuration.apply(to:))
    }

    private mutating func configuration(_ lookup: ConfigResolver.Lookup) -> EffectiveConfiguration? {
        switch lookup {
        case .configured(let configuration):
            return configuration
        case .broken(let problems):
            configProblems += problems
            return nil
        }
    }
}
