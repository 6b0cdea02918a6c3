internal import OSSpecDiagnostics

/// A usage problem: unknown option, missing value, bad value. Exit code 2.
public struct UsageError: Error, Sendable, Hashable {
    public let message: String
    public init(_ message: String) { self.message = message }
}

/// The parsed command line of one command.
public struct ParsedArguments: Sendable {
    var values: [String: String] = [:]
    var flags: Set<String> = []
    public internal(set) var positionals: [String] = []

    /// The option's value, or its default.
    public func value(_ name: String, in spec: CommandSpec) -> String? {
        values[name] ?? spec.options.first { $0.name == name }?.defaultValue
    }

    public func flag(_ name: String) -> Bool { flags.contains(name) }
}

/// Splits arguments into options and positionals by a `CommandSpec`: `--name value`,
/// `--name=value`, `-h`, short options together (`-qj2`), `--` to end options, and `-` as a
/// positional (standard input).
public enum ArgumentParser {
    public static func parse(_ arguments: [String], for spec: CommandSpec) throws(UsageError) -> ParsedArguments {
        var parsed = ParsedArguments()
        var index = 0
        var optionsEnded = false
        while index < arguments.count {
            let argument = arguments[index]
            index += 1
            if optionsEnded || argument == "-" || !argument.hasPrefix("-") {
                parsed.positionals.append(argument)
                continue
            }
            if argument == "--" {
                optionsEnded = true
                continue
            }
            for (option, inlineValue) in try lookUp(argument, in: spec) {
                if option.isFlag {
                    if inlineValue != nil { throw UsageError("Option '--\(option.name)' takes no value.") }
                    parsed.flags.insert(option.name)
                    continue
                }
                let value: String
                if let inlineValue {
                    value = inlineValue
                } else if index < arguments.count, !arguments[index].hasPrefix("--") {
                    value = arguments[index]
                    index += 1
                } else {
                    // The next argument is an option (`generate x --out --check` must not write
                    // into './--check'); a value that starts with '--' is given as --name=VALUE.
                    let next = index < arguments.count ? " ('\(arguments[index])' is an option; write --\(option.name)=VALUE for a value that starts with '--')" : ""
                    throw UsageError("Missing value for '--\(option.name) <\(option.valueName ?? "value")>'\(next).")
                }
                if !option.allowedValues.isEmpty, !option.allowedValues.contains(value) {
                    let suggestion = Suggestion.didYouMean(value, in: option.allowedValues)
                    throw UsageError(
                        "The value '\(value)' is invalid for '--\(option.name)'.\(suggestion) "
                            + "(values: \(option.allowedValues.joined(separator: ", ")))")
                }
                guard !value.isEmpty else { throw UsageError("The value of '--\(option.name)' is empty.") }
                parsed.values[option.name] = value
            }
        }
        return parsed
    }

    /// The options an argument names, each with the value written inside it: one for
    /// `--name` or `--name=value`; for short options, one per letter, as getopt reads them:
    /// `-qs` is `-q -s`, and an option that takes a value takes the rest of the argument
    /// (`-j2`, `-qj2`) or, when nothing is left, the next argument.
    private static func lookUp(_ argument: String, in spec: CommandSpec) throws(UsageError) -> [(OptionSpec, String?)] {
        if argument.hasPrefix("--") {
            let body = argument.dropFirst(2)
            let name: Substring
            let value: String?
            if let equals = body.firstIndex(of: "=") {
                name = body[..<equals]
                value = String(body[body.index(after: equals)...])
            } else {
                name = body
                value = nil
            }
            guard let option = spec.options.first(where: { $0.name == name }) else {
                let suggestion = Suggestion.closest(to: String(name), in: spec.options.map(\.name))
                throw UsageError("Unknown option '--\(name)'.\(suggestion.map { " Did you mean '--\($0)'?" } ?? "")")
            }
            return [(option, value)]
        }
        let body = argument.dropFirst()
        let long = body.split(separator: "=", maxSplits: 1).first.map(String.init) ?? ""
        // `-output`, as Go's flag package spells options, or the start of it (`-out`): the long
        // one is meant, not `-o utput` or `-o ut`.
        var spelledLong: OptionSpec?
        if long.count > 1 {
            spelledLong = spec.options.first { $0.name == long } ?? (long.count > 2 ? spec.options.first { $0.name.hasPrefix(long) } : nil)
        }
        var found: [(OptionSpec, String?)] = []
        var letters = body
        while spelledLong == nil, let letter = letters.first, let option = spec.options.first(where: { $0.short == letter }) {
            letters = letters.dropFirst()
            if option.isFlag {
                found.append((option, nil))
                continue
            }
            if letters.first == "=" {
                throw UsageError("Write '-\(letter) VALUE' or '--\(option.name)=VALUE': in '\(argument)' the value would start with '='.")
            }
            found.append((option, letters.isEmpty ? nil : String(letters)))
            letters = letters.dropFirst(letters.count)
        }
        guard letters.isEmpty, !found.isEmpty else {
            let meant = spelledLong?.name ?? Suggestion.closest(to: long, in: spec.options.map(\.name))
            throw UsageError("Unknown option '\(argument)'.\(meant.map { " Did you mean '--\($0)'?" } ?? "")")
        }
        return found
    }
}
