/// Characters that must never appear raw in generated text, whatever the language: control
/// characters, line and paragraph separators, and invisible format characters (bidirectional
/// overrides among them, which can make code read differently from what it does).
enum UnsafeScalar {
    static func isUnsafe(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.properties.generalCategory {
        case .control, .format, .lineSeparator, .paragraphSeparator, .surrogate, .unassigned, .privateUse: true
        default: false
        }
    }

    static func hex(_ scalar: Unicode.Scalar, minimumDigits: Int) -> String {
        let digits = String(scalar.value, radix: 16, uppercase: true)
        return String(repeating: "0", count: max(0, minimumDigits - digits.count)) + digits
    }
}

/// The content of a Swift `"..."` literal: the literal then holds exactly the original string.
/// `\(` cannot start an interpolation because every backslash is doubled; `"""` becomes `\"\"\"`.
public enum SwiftEscaping {
    public static func stringLiteralContent(_ text: String) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\\": result += "\\\\"
            case "\"": result += "\\\""
            case "\n": result += "\\n"
            case "\r": result += "\\r"
            case "\t": result += "\\t"
            case "\0": result += "\\0"
            default:
                if UnsafeScalar.isUnsafe(scalar) {
                    result += "\\u{" + UnsafeScalar.hex(scalar, minimumDigits: 1) + "}"
                } else {
                    result.unicodeScalars.append(scalar)
                }
            }
        }
        return result
    }
}

/// The content of a Python `"..."` or `'...'` literal (not an f-string, not raw).
public enum PythonEscaping {
    public static func stringLiteralContent(_ text: String) -> String {
        var result = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\\": result += "\\\\"
            case "\"": result += "\\\""
            case "'": result += "\\'"
            case "\n": result += "\\n"
            case "\r": result += "\\r"
            case "\t": result += "\\t"
            default:
                if UnsafeScalar.isUnsafe(scalar) {
                    result += scalar.value > 0xFFFF
                        ? "\\U" + UnsafeScalar.hex(scalar, minimumDigits: 8)
                        : "\\u" + UnsafeScalar.hex(scalar, minimumDigits: 4)
                } else {
                    result.unicodeScalars.append(scalar)
                }
            }
        }
        return result
    }
}

/// The content of a JSON string (and of a TOML basic string, which escapes the same way).
public enum JSONEscaping {
    public static func stringContent(_ text: String) -> String {
        var result = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\\": result += "\\\\"
            case "\"": result += "\\\""
            case "\n": result += "\\n"
            case "\r": result += "\\r"
            case "\t": result += "\\t"
            default:
                if UnsafeScalar.isUnsafe(scalar) || scalar == "\u{7F}" {
                    if scalar.value > 0xFFFF {
                        // JSON has no 8-digit escape: a surrogate pair. (TOML reads \U; these
                        // scalars are format characters such as tags, rare in a spec.)
                        let value = scalar.value - 0x10000
                        result += "\\u" + String(0xD800 + (value >> 10), radix: 16, uppercase: true)
                        result += "\\u" + String(0xDC00 + (value & 0x3FF), radix: 16, uppercase: true)
                    } else {
                        result += "\\u" + UnsafeScalar.hex(scalar, minimumDigits: 4)
                    }
                } else {
                    result.unicodeScalars.append(scalar)
                }
            }
        }
        return result
    }
}

/// Text inside a `//` or `#` line comment (or a `/* */` block): one line, no comment closer.
/// Comments only explain, so the text is made safe rather than kept exactly.
public enum CommentEscaping {
    public static func lineComment(_ text: String) -> String {
        var result = ""
        for scalar in text.unicodeScalars {
            if UnsafeScalar.isUnsafe(scalar) {
                if !result.hasSuffix(" ") { result += " " }
            } else {
                result.unicodeScalars.append(scalar)
            }
        }
        // `*/` would end a block comment and `/*` opens a nested one in Swift.
        while result.contains("*/") || result.contains("/*") {
            result = result.replacing("*/", with: "* /").replacing("/*", with: "/ *")
        }
        return result
    }
}

/// Markdown prose on one line: every ASCII punctuation character is backslash-escaped
/// (CommonMark allows it for all of them), so a value never becomes a link, a heading, HTML,
/// a table cell break or code.
public enum MarkdownEscaping {
    public static func inline(_ text: String) -> String {
        var result = ""
        for scalar in text.unicodeScalars {
            if scalar.isASCII, scalar.properties.isPatternSyntax || scalar == "`" {
                result += "\\"
                result.unicodeScalars.append(scalar)
            } else if UnsafeScalar.isUnsafe(scalar) {
                if !result.hasSuffix(" ") { result += " " }
            } else {
                result.unicodeScalars.append(scalar)
            }
        }
        return result
    }
}

/// Spec ids (`[A-Za-z][A-Za-z0-9_-]*`, at most 64 characters) in file names and code.
public enum IdentifierEscaping {
    /// The id itself, when it is one; anything else is refused, never cleaned up.
    public static func checked(_ text: String) -> Result<String, EscapeFailure> {
        let bytes = Array(text.utf8)
        func isLetter(_ byte: UInt8) -> Bool { (byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A }
        guard let first = bytes.first, bytes.count <= 64, isLetter(first),
            bytes.allSatisfy({ isLetter($0) || ($0 >= 0x30 && $0 <= 0x39) || $0 == 0x5F || $0 == 0x2D })
        else {
            return .failure(EscapeFailure("'\(CommentEscaping.lineComment(text))' is not a valid identifier"))
        }
        return .success(text)
    }

    /// A code identifier for an id, one-to-one: `_` becomes `__` and `-` becomes `_d`, so
    /// `a-b` and `a_b` stay apart; the `id_` prefix keeps clear of every keyword.
    public static func codeIdentifier(_ id: String) -> String {
        var result = "id_"
        for character in id {
            switch character {
            case "_": result += "__"
            case "-": result += "_d"
            default: result.append(character)
            }
        }
        return result
    }
}
