import OSSpecKit

/// Lints YAML text in memory, as the CLI would lint a file of that content (with the default
/// limits unless `limits` is given).
func lint(_ text: String, path: String = "test.osspec.yaml", limits: LoaderLimits = .default) -> [Diagnostic] {
    Linter(limits: limits).lint(bytes: Array(text.utf8), path: path).diagnostics
}

/// The findings of one rule.
func findings(_ rule: String, in text: String) -> [Diagnostic] {
    lint(text).filter { $0.rule == rule }
}
