public import OSSpecDiagnostics

/// One parsed `.osspec.yml`: what it says, with where it says it (for `--print-config`).
public struct ConfigFile: Sendable {
    public struct RuleEntry: Sendable, Hashable {
        public var id: String
        public var setting: RuleSetting
        /// Where the setting is written (its key).
        public var range: SourceRange

        public init(id: String, setting: RuleSetting, range: SourceRange) {
            self.id = id
            self.setting = setting
            self.range = range
        }
    }

    public struct Pattern: Sendable, Hashable {
        public var glob: Glob
        public var range: SourceRange

        public init(glob: Glob, range: SourceRange) {
            self.glob = glob
            self.range = range
        }
    }

    public struct Override: Sendable {
        public var files: [Pattern]
        public var rules: [RuleEntry]
        /// Where the override starts (its item in the list).
        public var range: SourceRange

        public init(files: [Pattern], rules: [RuleEntry], range: SourceRange) {
            self.files = files
            self.rules = rules
            self.range = range
        }
    }

    /// The path as the user should see it.
    public var path: String
    /// The directory that globs are relative to: absolute, without `.` or `..` segments.
    public var directory: String
    public var rules: [RuleEntry] = []
    public var ignore: [Pattern] = []
    public var overrides: [Override] = []

    public init(path: String, directory: String) {
        self.path = path
        self.directory = directory
    }
}
