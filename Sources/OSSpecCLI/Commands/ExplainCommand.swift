internal import OSSpecConfig
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
        // The configuration file's own problems are not rules of the catalogue (they stop the
        // run, exit 2), but they are printed with an id, so the id must explain itself too.
        if let problem = ConfigRules.all.first(where: { $0.id == id }) {
            environment.writeOutput(
                "# \(id)\n\nA problem of a configuration file (`.osspec.yml`), not of a spec: \(problem.summary)\n\n"
                    + "It stops the run with exit 2 after the other specs are linted, and cannot itself be turned off "
                    + "or suppressed: fix the configuration file. Every such problem and its id: "
                    + "docs/configuration.md, \"Errors in the configuration\".\n")
            return ExitCode.success
        }
        guard RuleRegistry.descriptor(id: id) != nil, let text = RuleDocumentation.pages[id] else {
            let suggestion = Suggestion.didYouMean(id, in: RuleRegistry.catalogue.map(\.id) + ConfigRules.all.map(\.id))
            return usageError("Unknown rule '\(id)'.\(suggestion) ('\(ToolInfo.name) rules' lists them all.)")
        }
        // Relative links lead nowhere from an installed binary: they point at the project's site.
        let page = RuleHelpCatalogue.absoluteLinks(text)
        environment.writeOutput(page.hasSuffix("\n") ? page : page + "\n")
        return ExitCode.success
    }
}
