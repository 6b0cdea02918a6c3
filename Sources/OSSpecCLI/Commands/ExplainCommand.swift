internal import OSSpecDiagnostics
internal import OSSpecRules

/// `osspec explain RULE-ID`: a rule's documentation (docs/rules/<id>.md, embedded at build time).
struct ExplainCommand {
    static let spec = CommandSpec(
        name: "explain",
        abstract: "Show a rule's documentation: what it checks, why, examples, how to fix it.",
        arguments: [ArgumentSpec("rule-id", help: "A rule id, as printed in brackets after each finding.")],
        examples: [("osspec explain handoff-privilege-escalation", "Why a read-only agent must not reach a deploy tool.")])

    let environment: CLIEnvironment

    func run(_ arguments: [String]) -> Int32 {
        let invocation = SubcommandInvocation(spec: Self.spec, environment: environment)
        let usageError = invocation.usageError
        let parsed: ParsedArguments
        switch invocation.parse(arguments) {
        case .proceed(let arguments): parsed = arguments
        case .exit(let status): return status
        }
        guard parsed.positionals.count == 1, let id = parsed.positionals.first else {
            return usageError(parsed.positionals.isEmpty ? "Missing expected argument '<rule-id>'." : "Give one rule id.")
        }
        guard RuleRegistry.descriptor(id: id) != nil, let text = RuleDocumentation.pages[id] else {
            let suggestion = Suggestion.didYouMean(id, in: RuleRegistry.catalogue.map(\.id))
            return usageError("Unknown rule '\(id)'.\(suggestion) ('\(ToolInfo.name) rules' lists them all.)")
        }
        environment.writeOutput(text.hasSuffix("\n") ? text : text + "\n")
        return ExitCode.success
    }
}
