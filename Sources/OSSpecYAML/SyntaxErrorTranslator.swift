internal import OSSpecDiagnostics

/// Turns libyaml's errors into diagnostics in plain words. libyaml's problem text is kept at the
/// end of the message (users search for it), but the message leads with what to do.
enum SyntaxErrorTranslator {
    static func diagnostic(for error: YAMLParseError, source: UnsafeBufferPointer<UInt8>) -> Diagnostic {
        // Reader errors carry a byte offset, not a mark.
        let position = error.byteOffset.map { TextCheck.position(ofByte: $0, in: source) } ?? error.position
        let offset = error.byteOffset ?? TextCheck.byteOffset(of: position, in: source)
        let character = offset < source.count ? source[offset] : nil
        let range = SourceRange(
            start: position, end: SourcePosition(line: position.line, column: position.column + (character == nil ? 0 : 1)))
        var related: [RelatedLocation] = []
        if let context = error.context, let contextPosition = error.contextPosition, contextPosition != position {
            related.append(RelatedLocation(range: SourceRange(at: contextPosition), message: "\(context) that starts here"))
        }
        let libyaml = "(libyaml: \(error.problem)\(error.context.map { ", \($0)" } ?? ""))"

        if character == 0x09 || error.problem.contains("tab") {
            return YAMLRules.tabIndentation.diagnostic(
                "Tabs cannot indent YAML or separate a key from its value here. \(libyaml)",
                at: range, hint: "Replace the tab with spaces (osspec specs use 2 spaces per level).", related: related)
        }
        let (message, hint) = plainWords(for: error.problem, context: error.context, character: character)
        return YAMLRules.syntax.diagnostic("\(message) \(libyaml)", at: range, hint: hint, related: related)
    }

    private static func plainWords(for problem: String, context: String?, character: UInt8?) -> (String, String) {
        switch problem {
        case "found character that cannot start any token":
            let shown = character.map { String(UnicodeScalar($0)) } ?? "?"
            return (
                "'\(shown)' cannot start a YAML value here.",
                "Quote the value (\"...\") if it starts with a character such as ` @ % or |."
            )
        case "mapping values are not allowed in this context":
            return (
                "A ':' here would start a mapping where none can start.",
                "Quote the value if it contains ': ', or put the nested mapping on its own indented lines."
            )
        case "did not find expected key":
            return (
                "Expected another key of the mapping at this indentation.",
                "Check this line's indentation against the keys above it, and that list items start with '- '."
            )
        case "did not find expected '-' indicator":
            return (
                "Expected a list item ('- ') at this indentation.",
                "Align this line with the list's other items, or indent it under the item it belongs to."
            )
        case "could not find expected ':'":
            return (
                "A key must be followed by ':' on the same line.",
                "Add the ':' after the key, or quote the text if it is not meant to be a key."
            )
        case "did not find expected node content":
            return ("Expected a value here.", "Write a value, or quote the text so it reads as a string.")
        case "block sequence entries are not allowed in this context":
            return (
                "A list item ('- ') cannot start here.",
                "Put the list on the next line, indented under its key."
            )
        case "found unexpected end of stream":
            return (
                "The file ends inside a quoted string or a flow collection.",
                "Close the quote, bracket or brace that is still open."
            )
        case "did not find expected ',' or ']'", "did not find expected ',' or '}'":
            return (
                "A flow collection is not closed or is missing a comma.",
                "Check the brackets and commas of this inline list or mapping."
            )
        case "found undefined tag handle":
            return ("This tag uses a handle that no %TAG directive defines.", "Remove the tag or define its handle.")
        case "control characters are not allowed":
            return (
                "A control character cannot appear in YAML.",
                "Remove the character, or write it as an escape inside a double-quoted string."
            )
        case "found unknown escape character":
            return (
                "Unknown escape sequence in a double-quoted string.",
                "Double the backslash (\\\\), or use single quotes, which have no escapes."
            )
        case "found a comment without whitespace", "found character that cannot start any token here":
            return ("A comment must be preceded by a space.", "Put a space before '#'.")
        default:
            return ("The file is not well-formed YAML.", "Fix the YAML at this position; the libyaml text says what it expected.")
        }
    }
}
