internal import OSSpecDiagnostics

/// An option of a command. One declaration feeds both parsing and help, so they never disagree.
public struct OptionSpec: Sendable {
    public let name: String
    public let short: Character?
    /// nil for a flag; else the value's placeholder in help, e.g. "format".
    public let valueName: String?
    /// When not empty, the only values accepted.
    public let allowedValues: [String]
    public let defaultValue: String?
    public let help: String

    public static func flag(_ name: String, short: Character? = nil, help: String) -> OptionSpec {
        OptionSpec(name: name, short: short, valueName: nil, allowedValues: [], defaultValue: nil, help: help)
    }

    public static func value(
        _ name: String, short: Character? = nil, valueName: String, allowed: [String] = [], default defaultValue: String? = nil,
        help: String
    ) -> OptionSpec {
        OptionSpec(
            name: name, short: short, valueName: valueName, allowedValues: allowed, defaultValue: defaultValue, help: help)
    }

    var isFlag: Bool { valueName == nil }
}

/// A positional argument of a command, for help.
public struct ArgumentSpec: Sendable {
    public let name: String
    public let help: String
    public let repeats: Bool
    /// Whether it may be left out (shown as `[<name>]` in the usage line).
    public let isOptional: Bool

    public init(_ name: String, repeats: Bool = false, isOptional: Bool = false, help: String) {
        self.name = name
        self.repeats = repeats
        self.isOptional = isOptional
        self.help = help
    }
}

/// A command: what it is, what it takes, and examples.
public struct CommandSpec: Sendable {
    public let name: String
    public let abstract: String
    public let discussion: String?
    public let arguments: [ArgumentSpec]
    public let options: [OptionSpec]
    public let examples: [(command: String, meaning: String)]

    public init(
        name: String, abstract: String, discussion: String? = nil, arguments: [ArgumentSpec] = [], options: [OptionSpec] = [],
        examples: [(command: String, meaning: String)] = []
    ) {
        self.name = name
        self.abstract = abstract
        self.discussion = discussion
        self.arguments = arguments
        self.options = options + [.flag("help", short: "h", help: "Show help information.")]
        self.examples = examples
    }

    /// "osspec lint [<options>] <path> ..."
    public var usage: String {
        var parts = [ToolInfo.name, name]
        if options.count > 1 { parts.append("[<options>]") }
        for argument in arguments {
            let shown = "<\(argument.name)>" + (argument.repeats ? " ..." : "")
            parts.append(argument.isOptional ? "[\(shown)]" : shown)
        }
        return parts.joined(separator: " ")
    }
}
