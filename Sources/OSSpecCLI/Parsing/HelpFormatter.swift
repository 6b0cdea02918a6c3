internal import OSSpecDiagnostics

/// Help text in swift-argument-parser's layout: OVERVIEW, USAGE, ARGUMENTS, OPTIONS, then our
/// EXAMPLES; labels padded to column 26, wrapped at the terminal's width.
public struct HelpFormatter: Sendable {
    public let width: Int
    let labelColumn = 26

    public init(width: Int = 80) { self.width = max(width, 40) }

    public func help(for command: CommandSpec) -> String {
        var text = wrap("OVERVIEW: \(command.abstract)", indent: 0) + "\n"
        if let discussion = command.discussion {
            text += "\n" + wrap(discussion, indent: 0) + "\n"
        }
        text += "\nUSAGE: \(command.usage)\n"
        if !command.arguments.isEmpty {
            text += "\nARGUMENTS:\n"
            for argument in command.arguments {
                text += entry("<\(argument.name)>", argument.help)
            }
        }
        text += "\nOPTIONS:\n"
        for option in command.options {
            var label = option.short.map { "-\($0), " } ?? ""
            label += "--\(option.name)"
            if let valueName = option.valueName { label += " <\(valueName)>" }
            var help = option.help
            var details: [String] = []
            if !option.allowedValues.isEmpty { details.append("values: \(option.allowedValues.joined(separator: ", "))") }
            if let defaultValue = option.defaultValue { details.append("default: \(defaultValue)") }
            if !details.isEmpty { help += " (\(details.joined(separator: "; ")))" }
            text += entry(label, help)
        }
        if !command.examples.isEmpty {
            text += "\nEXAMPLES:\n"
            for example in command.examples {
                text += "  \(example.command)\n" + wrap(example.meaning, indent: 6) + "\n"
            }
        }
        return text
    }

    public func rootHelp(abstract: String, commands: [CommandSpec]) -> String {
        var text = wrap("OVERVIEW: \(abstract)", indent: 0) + "\n\nUSAGE: \(ToolInfo.name) <subcommand>\n\nOPTIONS:\n"
        text += entry("--version", "Show the version.")
        text += entry("-h, --help", "Show help information.")
        text += "\nSUBCOMMANDS:\n"
        for command in commands { text += entry(command.name, command.abstract) }
        text += entry("help", "Show help for a subcommand.")
        text += "\n  See '\(ToolInfo.name) help <subcommand>' for detailed help.\n"
        return text
    }

    /// "  label                   help..." with the help wrapped under column 26.
    private func entry(_ label: String, _ help: String) -> String {
        let indent = String(repeating: " ", count: labelColumn)
        let wrapped = wrap(help, indent: labelColumn)
        let lead = "  " + label
        if lead.count < labelColumn {
            return lead + String(repeating: " ", count: labelColumn - lead.count) + wrapped.dropFirst(labelColumn) + "\n"
        }
        return lead + "\n" + indent + wrapped.dropFirst(labelColumn) + "\n"
    }

    /// Words wrapped to the width, each line indented by `indent` spaces.
    func wrap(_ text: String, indent: Int) -> String {
        let prefix = String(repeating: " ", count: indent)
        var lines: [String] = []
        var line = prefix
        for word in text.split(separator: " ", omittingEmptySubsequences: true) {
            if line.count > indent, line.count + 1 + word.count > width {
                lines.append(line)
                line = prefix
            }
            line += (line.count > indent ? " " : "") + word
        }
        lines.append(line)
        return lines.joined(separator: "\n")
    }
}
