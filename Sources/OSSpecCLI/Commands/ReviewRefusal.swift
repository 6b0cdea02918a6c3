internal import OSSpecDiagnostics
internal import OSSpecReport
internal import OSSpecReview

/// Commands that compute from the architecture (diff, cost) refuse a spec that does not read
/// completely, printing the findings that stand in the way, including those that the
/// configuration or a suppression comment waives for `osspec lint`.
struct ReviewRefusal {
    let environment: CLIEnvironment

    /// True when every spec reads completely; otherwise writes the blocking findings.
    func accepts(_ specs: [ReviewedSpec], purpose: String) -> Bool {
        let blocked = specs.filter { !$0.readingErrors.isEmpty }
        guard !blocked.isEmpty else { return true }
        environment.writeError(
            "Error: Cannot \(purpose) a spec that does not read completely; fix these findings first (a configuration or a "
                + "suppression comment does not waive them here).\n\n")
        let reports = blocked.map { reviewed in
            var report = reviewed.report
            report.diagnostics = reviewed.readingErrors
            return report
        }
        environment.writeError(TextReporter().render(LintRun(files: reports, toolVersion: ToolInfo.version)))
        return false
    }
}
