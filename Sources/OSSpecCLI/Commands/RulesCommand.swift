internal import OSSpecDiagnostics
internal import OSSpecReport
internal import OSSpecRules

/// `osspec rules`: the catalogue of every finding osspec can report.
struct RulesCommand {
    static let spec = CommandSpec(
        name: "rules",
        abstract: "List every rule with its id, category, default severity and summary.",
        options: [.value("format", valueName: "format", allowed: ["text", "json"], default: "text", help: "Output format.")],
        examples: [
            ("osspec rules", "The catalogue as a table."),
            ("osspec rules --format json", "{\"rules\": [{\"id\", \"category\", \"severity\", \"summary\"}]}"),
        ])

    let environment: CLIEnvironment

    func run(_ arguments: [String]) -> Int32 {
        let invocation = SubcommandInvocation(spec: Self.spec, environment: environment)
        let parsed: ParsedArguments
        switch invocation.parse(arguments) {
        case .proceed(let arguments): parsed = arguments
        case .exit(let status): return status
        }
        if let extra = parsed.positionals.first {
            return invocation.usageError("Unexpected argument '\(extra)'.")
        }
        let rules = RuleRegistry.catalogue
        if parsed.value("format", in: Self.spec) == "json" {
            var json = JSONWriter()
            json.beginObject()
            json.beginArray(key: "rules")
            for rule in rules {
                json.beginObject()
                json.string(rule.id, key: "id")
                json.string(rule.category.rawValue, key: "category")
                json.string(rule.defaultSeverity.rawValue, key: "severity")
                json.string(rule.summary, key: "summary")
                json.endObject()
            }
            json.endArray()
            json.endObject()
            environment.writeOutput(json.text + "\n")
            return ExitCode.success
        }
        let idWidth = rules.map(\.id.count).max() ?? 0
        let categoryWidth = rules.map(\.category.rawValue.count).max() ?? 0
        var text = ""
        for rule in rules {
            text += Self.padded(rule.id, idWidth) + "  " + Self.padded(rule.category.rawValue, categoryWidth) + "  "
                + Self.padded(rule.defaultSeverity.rawValue, 7) + "  " + rule.summary + "\n"
        }
        text += "\n\(rules.count) rules. See '\(ToolInfo.name) explain <rule-id>' for one rule's documentation.\n"
        environment.writeOutput(text)
        return ExitCode.success
    }

    static func padded(_ text: String, _ width: Int) -> String {
        text + String(repeating: " ", count: max(0, width - text.count))
    }
}
