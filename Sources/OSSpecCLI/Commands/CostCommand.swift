internal import OSSpecDiagnostics
internal import OSSpecReview

/// `osspec cost SPEC`: tokens and dollars per session and per N sessions.
struct CostCommand {
    static let spec = CommandSpec(
        name: "cost",
        abstract: "Estimate tokens and dollars per session and per N sessions, with every assumption printed.",
        discussion: "An upper bound from routing, context budgets, output limits and cpu.models.<id>.cost; prompt-cache "
            + "savings where ram.prompt_cache is on. Models without prices are listed as unknown, never counted as free. "
            + "The spec must read completely (no syntax, schema, completeness or reference errors): otherwise those "
            + "findings are printed and the exit status is 1; 2 on a usage or input error (a broken configuration file too).",
        arguments: [ArgumentSpec("spec", help: "A spec file, '-' for standard input, or git:REV:PATH.")],
        options: [
            .value("sessions", valueName: "n", default: "1000", help: "Sessions for the totals."),
            .value("steps", valueName: "n", help: "Model calls per session (default: kernel.limits.max_steps, else 10)."),
            .value("output-tokens", valueName: "n", help: "Output tokens per call (default: each model's max_output_tokens, else 1,000)."),
            .value("format", valueName: "format", allowed: ["text", "json"], default: "text", help: "Output format."),
            SpecConfiguration.option,
        ],
        examples: [
            ("osspec cost specs/interviewlm.osspec.yaml", "The estimate for 1,000 sessions at the step limit."),
            ("osspec cost --sessions 100000 --steps 12 app.osspec.yaml", "100,000 sessions of 12 calls each."),
        ])

    /// Large enough for any real load; small enough that token totals stay exact in a Double.
    static let maxCount = 1_000_000_000

    let environment: CLIEnvironment

    func run(_ arguments: [String]) -> Int32 {
        let invocation = SubcommandInvocation(spec: Self.spec, environment: environment)
        let parsed: ParsedArguments
        switch invocation.parse(arguments) {
        case .proceed(let arguments): parsed = arguments
        case .exit(let status): return status
        }
        guard let specPath = invocation.single("spec", of: parsed) else { return ExitCode.usage }
        guard let sessions = Self.count(parsed.value("sessions", in: Self.spec)) else {
            return invocation.usageError("'--sessions' needs a whole number from 1 to \(NumberText.grouped(Self.maxCount)).")
        }
        var steps: Int?
        if let text = parsed.value("steps", in: Self.spec) {
            guard let value = Self.count(text) else {
                return invocation.usageError("'--steps' needs a whole number from 1 to \(NumberText.grouped(Self.maxCount)).")
            }
            steps = value
        }
        var outputTokens: Int?
        if let text = parsed.value("output-tokens", in: Self.spec) {
            guard let value = Self.count(text) else {
                return invocation.usageError("'--output-tokens' needs a whole number from 1 to \(NumberText.grouped(Self.maxCount)).")
            }
            outputTokens = value
        }
        var input = ReviewSpecInput(environment: environment, configPath: parsed.value("config", in: Self.spec))
        guard let reviewed = input.read(specPath) else { return ExitCode.usage }
        guard ReviewRefusal(environment: environment).accepts([reviewed], purpose: "estimate the cost of") else { return ExitCode.findings }
        let renderer = CostRenderer(CostEstimate(reviewed, options: CostEstimate.Options(sessions: sessions, steps: steps, outputTokens: outputTokens)))
        environment.writeOutput(parsed.value("format", in: Self.spec) == "json" ? renderer.json() : renderer.text())
        return ExitCode.success
    }

    private static func count(_ text: String?) -> Int? {
        guard let text, let value = Int(text), value > 0, value <= maxCount else { return nil }
        return value
    }
}
