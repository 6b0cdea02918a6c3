internal import OSSpecConfig

/// The configuration `osspec lint` applies to a spec (the `.osspec.yml` files above it, or
/// `--config`), for the commands that lint a spec on the way to their own work: `generate` and
/// the review views. With it they see the findings lint reports, at the same severities, so a
/// spec that passes `osspec lint` is not refused by them.
struct SpecConfiguration {
    static let option = OptionSpec.value(
        "config", valueName: "file",
        help: "Use this configuration file for the spec (each spec, for diff), instead of the .osspec.yml files found above it (as osspec lint does).")

    private let environment: CLIEnvironment
    private var resolver: ConfigResolver

    init(environment: CLIEnvironment, configPath: String?) {
        self.environment = environment
        resolver = ConfigResolver(explicitConfig: configPath)
    }

    /// The configuration of the spec at `path` (nil: standard input), or nil after its problems
    /// were written (the caller exits 2). A spec that `ignore` matches gets its configuration
    /// all the same: `ignore` is what `osspec lint` skips, and a spec named here is not skipped.
    mutating func configuration(forFile path: String?) -> EffectiveConfiguration? {
        let lookup = path.map { resolver.configuration(forFile: $0) } ?? resolver.configuration(forStandardInputNamed: nil)
        switch lookup {
        case .configured(let configuration):
            return configuration
        case .broken(let problems):
            ConfigProblemReport(environment: environment, consequence: "the spec it applies to was not read").write(problems)
            return nil
        }
    }
}
