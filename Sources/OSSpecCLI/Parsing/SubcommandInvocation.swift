internal import OSSpecDiagnostics

/// The steps every subcommand starts with: parse its arguments by its spec, answer `--help`,
/// and turn usage problems into "Error: ..." with the usage line and exit 2.
struct SubcommandInvocation {
    let spec: CommandSpec
    let environment: CLIEnvironment

    enum Outcome {
        /// Go on with these arguments.
        case proceed(ParsedArguments)
        /// Done already (help shown, or a usage error reported): exit with this status.
        case exit(Int32)
    }

    func parse(_ arguments: [String]) -> Outcome {
        let parsed: ParsedArguments
        do {
            parsed = try ArgumentParser.parse(arguments, for: spec)
        } catch {
            // --help wins over a usage problem elsewhere on the line, as in swift-argument-parser.
            guard arguments.prefix(while: { $0 != "--" }).contains(where: asksForHelp) else {
                return .exit(usageError(error.message))
            }
            return .exit(showHelp())
        }
        if parsed.flag("help") { return .exit(showHelp()) }
        return .proceed(parsed)
    }

    /// `--help`, `-h`, or short flags together that include `h` (`-qh`).
    private func asksForHelp(_ argument: String) -> Bool {
        if argument == "--help" { return true }
        guard argument.hasPrefix("-"), !argument.hasPrefix("--"), argument.contains("h") else { return false }
        return argument.dropFirst().allSatisfy { letter in spec.options.contains { $0.short == letter && $0.isFlag } }
    }

    private func showHelp() -> Int32 {
        environment.writeOutput(HelpFormatter(width: environment.terminalWidth).help(for: spec))
        return ExitCode.success
    }

    /// The single positional argument of a command that takes exactly one (`<spec>`), or nil
    /// after reporting its absence or a second one as a usage error (exit 2).
    func single(_ name: String, of parsed: ParsedArguments) -> String? {
        guard parsed.positionals.count == 1 else {
            _ = usageError(parsed.positionals.isEmpty ? "Missing expected argument '<\(name)>'." : "Give one \(name).")
            return nil
        }
        return parsed.positionals[0]
    }

    /// Reports a usage problem of this subcommand; returns exit status 2.
    func usageError(_ message: String) -> Int32 {
        OSSpecCommand(environment: environment).usageError(
            message, usage: spec.usage, helpCommand: "\(ToolInfo.name) \(spec.name) --help")
    }
}
