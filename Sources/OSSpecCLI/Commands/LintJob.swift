internal import OSSpecConfig
internal import OSSpecDiagnostics
internal import OSSpecLint
internal import OSSpecPlatform

/// One input of `osspec lint`, in the order the inputs were given: a file still to read and
/// lint with its configuration, or standard input, already linted.
enum LintJob: Sendable {
    case file(String, EffectiveConfiguration)
    case linted(FileReport)

    /// Lints the files on up to `threads` threads; the outcomes keep the jobs' order, so the
    /// output does not depend on which file finished first.
    static func run(_ jobs: [LintJob], with linter: ConfiguredLinter, threads: Int) -> [Result<FileReport, LintInputError>] {
        ParallelWork.map(count: jobs.count, threads: threads) { index in
            switch jobs[index] {
            case .linted(let report):
                return .success(report)
            case .file(let path, let configuration):
                do throws(LintInputError) {
                    return .success(try linter.lint(filePath: path, configuration: configuration))
                } catch {
                    return .failure(error)
                }
            }
        }
    }
}
