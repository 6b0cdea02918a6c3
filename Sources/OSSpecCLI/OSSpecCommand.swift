internal import OSSpecDiagnostics

/// The `osspec` command line: dispatches to a subcommand and returns the exit status. The
/// executable only builds this with the process's environment and exits with the result.
public struct OSSpecCommand {
    public static let abstract = "Lint, generate and review LLM OS architecture specs."

    /// Every subcommand, in help order.
    static let commands: [CommandSpec] = [
        LintCommand.spec, RulesCommand.spec, ExplainCommand.spec, SchemaCommand.spec, InitCommand.spec,
        GenerateCommand.spec, TableCommand.spec, GraphCommand.spec, DiffCommand.spec, CostCommand.spec, ReportCommand.spec,
    ]

    let environment: CLIEnvironment

    public init(environment: CLIEnvironment) {
        self.environment = environment
    }

    public func run(_ arguments: [String]) -> Int32 {
        let status = dispatch(arguments)
        if let reason = environment.outputFailure() {
            environment.writeError("Error: Cannot write to standard output: \(reason).\n")
            return ExitCode.usage
        }
        return status
    }

    private func dispatch(_ arguments: [String]) -> Int32 {
        let formatter = HelpFormatter(width: environment.terminalWidth)
        guard let first = arguments.first else {
            environment.writeError(
                "Error: Missing subcommand.\n\n" + formatter.rootHelp(abstract: Self.abstract, commands: Self.commands))
            return ExitCode.usage
        }
        let rest = Array(arguments.dropFirst())
        let rootUsage = "\(ToolInfo.name) <subcommand>"
        // `osspec --help lint`, as `git --help commit`: that command's help.
        if ["-h", "--help"].contains(first), rest.count == 1 { return help(rest, formatter: formatter) }
        if first.hasPrefix("-"), let extra = rest.first {
            return usageError("Unexpected argument '\(extra)'.", usage: rootUsage, helpCommand: "\(ToolInfo.name) help")
        }
        switch first {
        case "--version":
            environment.writeOutput(ToolInfo.version + "\n")
            return ExitCode.success
        case "-h", "--help":
            environment.writeOutput(formatter.rootHelp(abstract: Self.abstract, commands: Self.commands))
            return ExitCode.success
        case "help":
            return help(rest, formatter: formatter)
        case LintCommand.spec.name:
            return LintCommand(environment: environment).run(rest)
        case RulesCommand.spec.name:
            return RulesCommand(environment: environment).run(rest)
        case ExplainCommand.spec.name:
            return ExplainCommand(environment: environment).run(rest)
        case SchemaCommand.spec.name:
            return SchemaCommand(environment: environment).run(rest)
        case InitCommand.spec.name:
            return InitCommand(environment: environment).run(rest)
        case TableCommand.spec.name:
            return TableCommand(environment: environment).run(rest)
        case GraphCommand.spec.name:
            return GraphCommand(environment: environment).run(rest)
        case DiffCommand.spec.name:
            return DiffCommand(environment: environment).run(rest)
        case CostCommand.spec.name:
            return CostCommand(environment: environment).run(rest)
        case ReportCommand.spec.name:
            return ReportCommand(environment: environment).run(rest)
        case GenerateCommand.spec.name:
            return GenerateCommand(environment: environment).run(rest)
        default:
            let isOption = first.hasPrefix("-")
            let names = isOption ? ["--version", "--help"] : Self.commands.map(\.name) + ["help"]
            let problem = isOption ? "Unknown option '\(first)'." : "Unknown command '\(first)'."
            return usageError(problem + Suggestion.didYouMean(first, in: names), usage: rootUsage, helpCommand: "\(ToolInfo.name) help")
        }
    }

    private func help(_ arguments: [String], formatter: HelpFormatter) -> Int32 {
        // `help help` and `help --help` are asking about `help` itself: the overview.
        guard let name = arguments.first, !["help", "-h", "--help"].contains(name) || arguments.count > 1 else {
            environment.writeOutput(formatter.rootHelp(abstract: Self.abstract, commands: Self.commands))
            return ExitCode.success
        }
        if arguments.count > 1 {
            return usageError(
                "Unexpected argument '\(arguments[1])'.", usage: "\(ToolInfo.name) help <subcommand>", helpCommand: "\(ToolInfo.name) help")
        }
        guard let command = Self.commands.first(where: { $0.name == name }) else {
            let suggestion = Suggestion.didYouMean(name, in: Self.commands.map(\.name))
            return usageError("Unknown command '\(name)'.\(suggestion)", usage: "\(ToolInfo.name) help <subcommand>", helpCommand: "\(ToolInfo.name) help")
        }
        environment.writeOutput(formatter.help(for: command))
        return ExitCode.success
    }

    /// "Error: ...", the usage line, and where to find help, on standard error; exit 2.
    func usageError(_ message: String, usage: String, helpCommand: String) -> Int32 {
        environment.writeError("Error: \(message)\nUsage: \(usage)\n  See '\(helpCommand)' for more information.\n")
        return ExitCode.usage
    }
}
