internal import OSSpecModel

/// `osspec schema`: the JSON Schema of the format, for editors (hover help and completion).
struct SchemaCommand {
    static let spec = CommandSpec(
        name: "schema",
        abstract: "Print the JSON Schema (draft 2020-12) of spec format 1, for editors.",
        discussion: "Every key has a description (shown on hover) and closed sets are enums (offered as completions). "
            + "The schema checks shapes only; `osspec lint` also checks references, budgets, permissions and tracing.",
        examples: [
            ("osspec schema > osspec.schema.json", "Write the schema where an editor can find it."),
        ])

    let environment: CLIEnvironment

    func run(_ arguments: [String]) -> Int32 {
        let invocation = SubcommandInvocation(spec: Self.spec, environment: environment)
        switch invocation.parse(arguments) {
        case .proceed(let parsed):
            if let extra = parsed.positionals.first { return invocation.usageError("Unexpected argument '\(extra)'.") }
        case .exit(let status): return status
        }
        environment.writeOutput(SpecSchema.text)
        return ExitCode.success
    }
}
