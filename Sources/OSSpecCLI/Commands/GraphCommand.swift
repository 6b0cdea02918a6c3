internal import OSSpecDiagnostics
internal import OSSpecReview

/// `osspec graph SPEC --format mermaid|dot`: the agent graph for a design review.
struct GraphCommand {
    static let spec = CommandSpec(
        name: "graph",
        abstract: "Print the agent graph of a spec as Mermaid or Graphviz DOT.",
        discussion: "Processes are nodes (the entry marked, model and budget as labels), handoffs are edges. "
            + "A spec with lint errors is drawn as far as it reads, with a note on standard error; exit 0 unless "
            + "the spec or its configuration cannot be read (2).",
        arguments: [ArgumentSpec("spec", help: "A spec file, '-' for standard input, or git:REV:PATH.")],
        options: [
            .value("format", valueName: "format", allowed: ["mermaid", "dot"], default: "mermaid", help: "Output language."),
            .flag("tools", help: "Draw the tools too, shaped and coloured by scope, human approval marked."),
            .flag("stores", help: "Draw the stores the tools touch."),
            SpecConfiguration.option,
        ],
        examples: [
            ("osspec graph specs/interviewlm.osspec.yaml", "A Mermaid flowchart for a Markdown page."),
            ("osspec graph --format dot --tools --stores app.osspec.yaml | dot -Tsvg > graph.svg", "An SVG through Graphviz."),
        ])

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
        let graph = AgentGraph(reviewed, options: AgentGraph.Options(tools: parsed.flag("tools"), stores: parsed.flag("stores")))
        let format = parsed.value("format", in: Self.spec) ?? "mermaid"
        environment.writeOutput(format == "dot" ? DOTGraph(graph).render() : MermaidGraph(graph).render())
        if reviewed.hasErrors {
            environment.writeError("Note: '\(reviewed.report.path)' has lint errors (\(reviewed.lintStatus)); the graph shows what could be read.\n")
        }
        return ExitCode.success
    }
}
