internal import OSSpecDiagnostics
internal import OSSpecReview

/// `osspec diff OLD NEW`: what changed in the architecture, each change classified.
struct DiffCommand {
    static let spec = CommandSpec(
        name: "diff",
        abstract: "Show what changed in the architecture between two specs: escalations, relaxations, neutral changes.",
        discussion: "Compares processes, tools, stores, models, routes and settings, not text. An escalation grants more "
            + "power or removes a safeguard (a process gains a tool or a reachable tool, a scope widens, approval is removed, "
            + "a wildcard appears, tracing is weakened, limits or budgets are raised, isolation is weakened); a relaxation "
            + "is the reverse. Both specs must read completely (no syntax, schema, completeness or reference errors): "
            + "otherwise those findings are printed and the exit status is 1. Errors of the architecture rules (a "
            + "wildcard grant, tracing off) do not stop the diff: they are what it reports. With --fail-on, exits 1 when such a change is found; 2 on a usage or input error (a broken configuration file too).",
        arguments: [
            ArgumentSpec("old", help: "The old spec: a file, '-' for standard input, or git:REV:PATH (read with 'git show REV:PATH')."),
            ArgumentSpec("new", help: "The new spec: a file, '-', or git:REV:PATH."),
        ],
        options: [
            .value("format", valueName: "format", allowed: ["text", "json", "markdown"], default: "text",
                help: "Output format; markdown is made for a pull-request comment."),
            .value("fail-on", valueName: "class", allowed: ["escalation", "any"],
                help: "Exit 1 when any escalation (or any change at all) is found."),
            SpecConfiguration.option,
        ],
        examples: [
            ("osspec diff git:origin/main:app.osspec.yaml app.osspec.yaml", "What this branch changes in the architecture."),
            ("osspec diff --format markdown --fail-on escalation old.osspec.yaml new.osspec.yaml", "A required CI check with a PR comment."),
        ])

    let environment: CLIEnvironment

    func run(_ arguments: [String]) -> Int32 {
        let invocation = SubcommandInvocation(spec: Self.spec, environment: environment)
        let parsed: ParsedArguments
        switch invocation.parse(arguments) {
        case .proceed(let arguments): parsed = arguments
        case .exit(let status): return status
        }
        guard parsed.positionals.count == 2 else {
            return invocation.usageError("Give two specs: the old one and the new one.")
        }
        guard parsed.positionals.filter({ $0 == "-" }).count <= 1 else {
            return invocation.usageError("Standard input ('-') can be given only once.")
        }
        var input = ReviewSpecInput(environment: environment, configPath: parsed.value("config", in: Self.spec))
        guard let old = input.read(parsed.positionals[0]), let new = input.read(parsed.positionals[1]) else { return ExitCode.usage }
        guard ReviewRefusal(environment: environment).accepts([old, new], purpose: "compare") else { return ExitCode.findings }
        let diff = SpecDiff(old: old, new: new)
        let renderer = DiffRenderer(diff: diff, oldPath: old.report.path, newPath: new.report.path)
        switch parsed.value("format", in: Self.spec) {
        case "json": environment.writeOutput(renderer.json())
        case "markdown": environment.writeOutput(renderer.markdown())
        default: environment.writeOutput(renderer.text())
        }
        switch parsed.value("fail-on", in: Self.spec) {
        case "escalation": return diff.hasEscalation ? ExitCode.findings : ExitCode.success
        case "any": return diff.changes.isEmpty ? ExitCode.success : ExitCode.findings
        default: return ExitCode.success
        }
    }
}
