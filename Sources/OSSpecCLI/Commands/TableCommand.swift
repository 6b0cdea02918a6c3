internal import OSSpecDiagnostics
internal import OSSpecReview

/// `osspec table SPEC`: the seven-row LLM OS table for a design review.
struct TableCommand {
    static let spec = CommandSpec(
        name: "table",
        abstract: "Print the seven-row LLM OS table of a spec (paste-ready Markdown).",
        discussion: "One row each for CPU, RAM, Filesystem, Processes, IPC, Kernel and User space, the last column "
            + "summarising the spec's row. A spec with lint errors is still shown as far as it reads, with a note; "
            + "exit 0 unless the spec or its configuration cannot be read (2).",
        arguments: [ArgumentSpec("spec", help: "A spec file, '-' for standard input, or git:REV:PATH.")],
        options: [
            .value("format", valueName: "format", allowed: ["markdown", "text"], default: "markdown", help: "Output format."),
            SpecConfiguration.option,
        ],
        examples: [("osspec table specs/interviewlm.osspec.yaml", "The OS table as Markdown, for a README or a slide.")])

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
        let table = OSTable(reviewed)
        environment.writeOutput(parsed.value("format", in: Self.spec) == "text" ? table.text() : table.markdown())
        return ExitCode.success
    }
}
