internal import OSSpecConfig
internal import OSSpecDiagnostics
internal import OSSpecReport

/// How a configuration file that cannot be used is reported, by every command that reads one:
/// its findings on standard error, in the text format; the command then exits 2.
struct ConfigProblemReport {
    let environment: CLIEnvironment
    /// What the broken file stopped, for the last sentence: lint's wording by default.
    var consequence = "the specs it applies to were not linted"

    /// Writes each problem to standard error; true when there was any.
    @discardableResult
    func write(_ problems: [ConfigProblem]) -> Bool {
        for problem in problems {
            switch problem {
            case .message(let message):
                environment.writeError("Error: \(message)\n")
            case .invalid(let file):
                let run = LintRun(files: [file], toolVersion: ToolInfo.version)
                var text = TextReporter(style: .plain).render(run)
                // The findings, without the reporter's summary line: the sentence below says it.
                let summaryLine = run.summary.sentence + "\n"
                if text.hasSuffix(summaryLine) { text.removeLast(summaryLine.count) }
                let count = file.diagnostics.count == 1 ? "1 problem" : "\(file.diagnostics.count) problems"
                environment.writeError(text + "Error: Invalid configuration file '\(file.path)' (\(count)); \(consequence).\n")
            }
        }
        return !problems.isEmpty
    }
}
