public import OSSpecDiagnostics
public import OSSpecYAML

/// One `# osspec:...` comment, as written:
///
///     # osspec:disable-next-line RULE-ID[, RULE-ID...] -- reason
///     # osspec:disable RULE-ID[, RULE-ID...] -- reason
///
/// Rule ids are separated by commas or spaces; the reason is everything after the first `--`
/// that starts a word.
public struct SuppressionDirective: Sendable, Hashable {
    public enum Kind: String, Sendable, Hashable, CaseIterable {
        /// The next line that holds YAML content.
        case disableNextLine = "disable-next-line"
        /// From its line to the end of the enclosing block mapping (the whole file at the top level).
        case disable
    }

    public struct RuleName: Sendable, Hashable {
        public var id: String
        public var range: SourceRange
    }

    /// What a `# osspec:` comment turned out to be.
    public enum Parsed: Sendable, Hashable {
        case directive(SuppressionDirective)
        /// `osspec:` followed by a word that is not a directive; the range covers the word.
        case unknownDirective(word: String, range: SourceRange)
    }

    public var kind: Kind
    public var rules: [RuleName]
    /// The text after `--`, trimmed; nil when there is none.
    public var reason: String?
    /// The whole comment, `#` included.
    public var range: SourceRange
    /// Where `osspec:...` starts and ends.
    public var directiveRange: SourceRange

    /// The directive in `comment`, nil when the comment is not a `# osspec:<word>` comment at all
    /// (`# osspec: 1 is the format version` is prose, not a directive).
    public static func parse(_ comment: YAMLComment) -> Parsed? {
        let scalars = Array(String(decoding: comment.text, as: UTF8.self).unicodeScalars)
        let line = comment.range.start.line
        // Column of scalars[i]: the `#` is at the comment's start column.
        let column = { (index: Int) in comment.range.start.column + 1 + index }
        let range = { (from: Int, to: Int) in
            SourceRange(start: SourcePosition(line: line, column: column(from)), end: SourcePosition(line: line, column: column(to)))
        }
        var index = 0
        while index < scalars.count, scalars[index].isBlank { index += 1 }
        let prefix = Array("osspec:".unicodeScalars)
        guard scalars.count > index + prefix.count, Array(scalars[index..<(index + prefix.count)]) == prefix,
            scalars[index + prefix.count].isASCIILetter
        else { return nil }
        let directiveStart = index
        index += prefix.count
        let wordStart = index
        while index < scalars.count, !scalars[index].isBlank { index += 1 }
        let word = String(String.UnicodeScalarView(scalars[wordStart..<index]))
        guard let kind = Kind(rawValue: word) else {
            return .unknownDirective(word: word, range: range(directiveStart, index))
        }
        let directiveRange = range(directiveStart, index)
        var rules: [RuleName] = []
        var reason: String?
        var tokenStart: Int?
        while index <= scalars.count {
            let scalar = index < scalars.count ? scalars[index] : " "
            if scalar.isBlank || scalar == "," {
                if let start = tokenStart {
                    rules.append(RuleName(id: String(String.UnicodeScalarView(scalars[start..<index])), range: range(start, index)))
                    tokenStart = nil
                }
            } else if tokenStart == nil {
                if scalar == "-", index + 1 < scalars.count, scalars[index + 1] == "-" {
                    let text = String(String.UnicodeScalarView(scalars[(index + 2)...]))
                    let trimmed = text.trimmingBlanks
                    reason = trimmed.isEmpty ? nil : trimmed
                    break
                }
                tokenStart = index
            }
            index += 1
        }
        return .directive(
            SuppressionDirective(kind: kind, rules: rules, reason: reason, range: comment.range, directiveRange: directiveRange))
    }
}

extension Unicode.Scalar {
    fileprivate var isBlank: Bool { self == " " || self == "\t" }
    fileprivate var isASCIILetter: Bool { ("a"..."z").contains(self) || ("A"..."Z").contains(self) }
}

extension String {
    fileprivate var trimmingBlanks: String {
        let scalars = Array(unicodeScalars)
        var start = 0
        var end = scalars.count
        while start < end, scalars[start].isBlank { start += 1 }
        while end > start, scalars[end - 1].isBlank || scalars[end - 1] == "\r" { end -= 1 }
        return String(String.UnicodeScalarView(scalars[start..<end]))
    }
}
