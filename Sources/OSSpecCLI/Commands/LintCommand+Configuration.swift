internal import OSSpecConfig
internal import OSSpecDiagnostics
internal import OSSpecReport
internal import OSSpecRules

/// `osspec lint`'s configuration options: `--config` and `--print-config`.
extension LintCommand {
    static let configurationOptions: [OptionSpec] = [
        .value("config", valueName: "file",
            help: "Use this configuration file for every spec, instead of the .osspec.yml files found above each spec."),
        .value("print-config", valueName: "file",
            help: "Print the configuration that applies to this spec (files, rule settings, ignores) and exit."),
    ]

    /// `--print-config FILE`: which configuration files apply to FILE, what they set, what they ignore.
    func printConfiguration(for path: String, configPath: String?) -> Int32 {
        var resolver = ConfigResolver(explicitConfig: configPath)
        switch resolver.configuration(forFile: path) {
        case .broken(let problems):
            ConfigProblemReport(environment: environment).write(problems)
            return ExitCode.usage
        case .configured(let configuration):
            environment.writeOutput(Self.describe(configuration, for: path))
            return ExitCode.success
        }
    }

    static func describe(_ configuration: EffectiveConfiguration, for path: String) -> String {
        var text = "Configuration for \(path)\n\nConfiguration files (outermost first):\n"
        text += configuration.files.isEmpty ? "  (none)\n" : configuration.files.map { "  \($0)\n" }.joined()
        text += "\nRule settings (default severity otherwise):\n"
        let set = RuleRegistry.catalogue.compactMap { rule in configuration.settings[rule.id].map { (rule, $0) } }
        if set.isEmpty { text += "  (none)\n" }
        let idWidth = set.map(\.0.id.count).max() ?? 0
        for (rule, applied) in set {
            text += "  " + RulesCommand.padded(rule.id, idWidth) + "  " + RulesCommand.padded(applied.setting.description, 7)
                + "  (default \(rule.defaultSeverity.rawValue); \(applied.source))\n"
        }
        text += "\nIgnore patterns:\n"
        if configuration.ignorePatterns.isEmpty { text += "  (none)\n" }
        for pattern in configuration.ignorePatterns {
            text += "  \(pattern.pattern)  (relative to \(pattern.base); \(pattern.source))\n"
        }
        if let ignoredBy = configuration.ignoredBy {
            text += "\nIgnored: yes, by '\(ignoredBy.pattern)' (\(ignoredBy.source)); osspec lint skips it.\n"
        } else {
            text += "\nIgnored: no\n"
        }
        return text
    }
}
