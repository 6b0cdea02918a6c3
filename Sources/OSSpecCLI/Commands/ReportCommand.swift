internal import OSSpecDiagnostics
internal import OSSpecPlatform
internal import OSSpecReview

/// `osspec report SPEC [-o FILE]`: the one-page HTML review report.
struct ReportCommand {
    static let spec = CommandSpec(
        name: "report",
        abstract: "Write a self-contained one-page HTML report of a spec for a design review.",
        discussion: "Header (name, description, SHA-256, lint status), the OS table, the agent graph, the permissions matrix, "
            + "RAM budgets against model windows, tracing coverage, the cost estimate and every lint finding. No scripts "
            + "and no external resources; light and dark; prints well. A spec with lint errors is shown as far as it reads; "
            + "exit 0 unless the spec or its configuration cannot be read or the file cannot be written (2).",
        arguments: [ArgumentSpec("spec", help: "A spec file, '-' for standard input, or git:REV:PATH.")],
        options: [
            .value("output", short: "o", valueName: "file", help: "Write the page to this file ('-' or none: standard output)."),
            SpecConfiguration.option,
        ],
        examples: [("osspec report -o review.html specs/interviewlm.osspec.yaml", "The report, to open in a browser or print.")])

    let environment: CLIEnvironment

    func run(_ arguments: [String]) -> Int32 {
        let invocation = SubcommandInvocation(spec: Self.spec, environment: environment)
        let parsed: ParsedArguments
        switch invocation.parse(arguments) {
        case .proceed(let arguments): parsed = arguments
        case .exit(let status): return status
        }
        guard let specPath = invocation.single("spec", of: parsed) else { return ExitCode.usage }
        var input = ReviewSpecInput(environment: environment, configPath: parsed.value("config", in: Self.spec))
        guard let reviewed = input.read(specPath) else { return ExitCode.usage }
        let html = HTMLReport(reviewed, toolVersion: ToolInfo.version).render()
        if reviewed.hasErrors {
            environment.writeError("Note: '\(reviewed.report.path)' has lint errors (\(reviewed.lintStatus)); the report shows what could be read.\n")
        }
        guard let path = parsed.value("output", in: Self.spec), path != "-" else {
            environment.writeOutput(html)
            return ExitCode.success
        }
        let destination: String
        switch ReplacedFile.destination(of: path) {
        case .success(let resolved): destination = resolved
        case .failure(let refusal):
            environment.writeError("Error: Cannot write '\(path)': \(refusal.reason).\n")
            return ExitCode.usage
        }
        // Atomically: a report open in a browser is never seen half written.
        do throws(FileSystem.WriteError) {
            try FileSystem.writeAtomically(Array(html.utf8), to: destination, replace: true)
        } catch {
            let reason = if case .io(let failure) = error { failure.reason } else { "it exists" }
            environment.writeError("Error: Cannot write '\(path)': \(reason).\n")
            return ExitCode.usage
        }
        return ExitCode.success
    }
}
