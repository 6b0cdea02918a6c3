/// Spec text made safe for each output language. Every view passes spec values (names,
/// descriptions, ids) through one of these; none of them trusts an id to be well-formed,
/// because a spec with errors is still rendered.
public enum Escaping {
    /// Text inside an HTML element or a double-quoted attribute (also SVG).
    public static func html(_ text: String) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "'": result += "&#39;"
            default:
                // Control characters other than tab and newline are not allowed in HTML text.
                if scalar.value < 0x20 && scalar != "\t" && scalar != "\n" || scalar.value == 0x7F {
                    result += "\u{FFFD}"
                } else {
                    result.unicodeScalars.append(scalar)
                }
            }
        }
        return result
    }

    /// One cell of a GitHub-flavoured Markdown table: `|` would end the cell, a newline the row,
    /// `\` would escape what follows, and `<`, `>`, `&` would be read as HTML. A pull-request
    /// comment must not carry what the spec's author writes as markup either: `[` and `]` would
    /// make a link or an image (`![](…)` fetches it), `*` and `~` emphasis, and `@name` would
    /// notify a user or a team, so a word joiner goes after an `@` that starts a mention (not
    /// one inside a word, as in an e-mail address, which GitHub never reads as a mention).
    public static func markdownCell(_ text: String) -> String {
        var result = ""
        let scalars = Array(text.unicodeScalars)
        for (index, scalar) in scalars.enumerated() {
            switch scalar {
            case "|": result += "\\|"
            case "[": result += "\\["
            case "]": result += "\\]"
            case "*": result += "\\*"
            case "~": result += "\\~"
            case "@" where startsMention(scalars, at: index): result += "@\u{2060}"
            case "\\": result += "\\\\"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "&": result += "&amp;"
            case "`": result += "\\`"
            case "\r": continue
            case "\n": result += "<br>"
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F { result += " " } else { result.unicodeScalars.append(scalar) }
            }
        }
        return result
    }

    /// An `@` after no letter or digit and before one, as GitHub reads `@user` and `@org/team`.
    private static func startsMention(_ scalars: [Unicode.Scalar], at index: Int) -> Bool {
        let isWordCharacter = { (scalar: Unicode.Scalar) in scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) || scalar == "_" }
        let before = index > 0 ? scalars[index - 1] : nil
        let after = index + 1 < scalars.count ? scalars[index + 1] : nil
        return !(before.map(isWordCharacter) ?? false) && (after.map(isWordCharacter) ?? false)
    }

    /// Markdown text outside a table (list items, headings): as a cell, but a newline is a space.
    public static func markdownInline(_ text: String) -> String {
        markdownCell(text).replacingAll("<br>", with: " ")
    }

    /// A Mermaid label inside `["..."]`: Mermaid reads `#name;` as an entity, so every character
    /// that could end the label or be read as markup is written as a numeric entity.
    /// Line breaks are the caller's `<br/>`, never the spec's.
    public static func mermaidLabel(_ text: String) -> String {
        var result = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": result += "#34;"
            case "#": result += "#35;"
            case "%": result += "#37;"
            case "&": result += "#38;"
            case "<": result += "#60;"
            case ">": result += "#62;"
            case "`": result += "#96;"
            case "\r", "\n", "\t": result += " "
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F { result += " " } else { result.unicodeScalars.append(scalar) }
            }
        }
        return result
    }

    /// A DOT double-quoted string: `"` and `\` escaped, newlines written as DOT's `\n`.
    public static func dotString(_ text: String) -> String {
        var result = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": result += "\\\""
            case "\\": result += "\\\\"
            case "\r": continue
            case "\n": result += "\\n"
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F { result += " " } else { result.unicodeScalars.append(scalar) }
            }
        }
        return result + "\""
    }

    /// A plain-text line: control characters (an escape sequence could restyle a terminal) and
    /// newlines become spaces.
    public static func plainLine(_ text: String) -> String {
        var result = ""
        for scalar in text.unicodeScalars {
            if scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value) { result += " " } else { result.unicodeScalars.append(scalar) }
        }
        return result
    }
}

/// Identifiers for a graph language, unique within one graph and safe whatever the spec's ids
/// are: ASCII letters, digits and `_`, starting with a prefix letter (so never a keyword such as
/// Mermaid's `end` or DOT's `node`).
public struct SafeIdentifiers: Sendable {
    private var used: Set<String> = []
    private var assigned: [String: String] = [:]

    /// The identifier for `id` of `kind` (`p` process, `t` tool, `s` store), the same each time.
    public init() {}

    public mutating func identifier(kind: String, id: String) -> String {
        let key = kind + "\u{0}" + id
        if let known = assigned[key] { return known }
        var base = kind + "_"
        for scalar in id.unicodeScalars.prefix(64) {
            let ascii = scalar.isASCII && (("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar) || ("0"..."9").contains(scalar))
            base.unicodeScalars.append(ascii ? scalar : "_")
        }
        var candidate = base
        var suffix = 2
        while used.contains(candidate) {
            candidate = base + "_\(suffix)"
            suffix += 1
        }
        used.insert(candidate)
        assigned[key] = candidate
        return candidate
    }
}

extension String {
    /// Every occurrence of `target` replaced (the standard library's, no Foundation).
    func replacingAll(_ target: String, with replacement: String) -> String {
        replacing(target, with: replacement)
    }
}
