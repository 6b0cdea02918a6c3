public import OSSpecDiagnostics

/// The configuration that applies to one spec: every configuration file on its way merged in
/// order, and the result applied to its findings.
///
/// Precedence, lowest first: each rule's default severity; then, for each configuration file
/// from the outermost to the nearest (or the one `--config` names), its `rules`, then each of
/// its `overrides` whose `files` match, in the order written. The last setting of a rule wins.
public struct EffectiveConfiguration: Sendable {
    /// A rule's setting and the line that decided it.
    public struct AppliedSetting: Sendable, Hashable {
        public var setting: RuleSetting
        /// `path:line`, with `(override N)` when it comes from an override.
        public var source: String

        public init(setting: RuleSetting, source: String) {
            self.setting = setting
            self.source = source
        }
    }

    /// An `ignore` pattern and the configuration file it comes from.
    public struct IgnorePattern: Sendable, Hashable {
        public var pattern: String
        /// `path:line` of the pattern.
        public var source: String
        /// The directory the pattern is relative to, as the user should see it.
        public var base: String

        public init(pattern: String, source: String, base: String) {
            self.pattern = pattern
            self.source = source
            self.base = base
        }
    }

    /// The configuration files that apply, outermost first, as the user should see them.
    public var files: [String] = []
    public var settings: [String: AppliedSetting] = [:]
    public var ignorePatterns: [IgnorePattern] = []
    /// The pattern that makes this spec ignored, when one does.
    public var ignoredBy: IgnorePattern?

    public init() {}

    /// No configuration file: every rule at its default, nothing ignored.
    public static let none = EffectiveConfiguration()

    public var isIgnored: Bool { ignoredBy != nil }

    /// Merges `configs` (outermost first) for the spec at `absolutePath`; with no path (standard
    /// input without `--stdin-filename`), only `rules` apply, since no glob can match.
    public init(merging configs: [ConfigFile], forFile absolutePath: String?, workingDirectory: String) {
        for config in configs {
            files.append(config.path)
            let relativePath = absolutePath.flatMap { ConfigPaths.relative($0, to: config.directory) }
            let base = ConfigPaths.display(config.directory, workingDirectory: workingDirectory)
            for entry in config.rules {
                settings[entry.id] = AppliedSetting(setting: entry.setting, source: "\(config.path):\(entry.range.start.line)")
            }
            for (number, override) in config.overrides.enumerated() {
                guard let relativePath, override.files.contains(where: { $0.glob.matches(relativePath) }) else { continue }
                for entry in override.rules {
                    settings[entry.id] = AppliedSetting(
                        setting: entry.setting, source: "\(config.path):\(entry.range.start.line) (override \(number + 1))")
                }
            }
            for pattern in config.ignore {
                let ignore = IgnorePattern(
                    pattern: pattern.glob.pattern, source: "\(config.path):\(pattern.range.start.line)",
                    base: base)
                ignorePatterns.append(ignore)
                if ignoredBy == nil, let relativePath, pattern.glob.matches(relativePath) { ignoredBy = ignore }
            }
        }
    }

    /// The findings with their configured severities; findings of rules that are off are gone.
    public func apply(to diagnostics: [Diagnostic]) -> [Diagnostic] {
        guard !settings.isEmpty else { return diagnostics }
        return diagnostics.compactMap { diagnostic in
            switch settings[diagnostic.rule]?.setting {
            case nil: return diagnostic
            case .off: return nil
            case .severity(let severity):
                var changed = diagnostic
                changed.severity = severity
                return changed
            }
        }
    }
}
