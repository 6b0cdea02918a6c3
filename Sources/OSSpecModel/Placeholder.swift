/// Placeholder text that means "not filled in yet".
public enum Placeholder {
    /// Words that count as placeholders at the start of a value, compared case-insensitively and
    /// followed by the end of the value or a non-alphanumeric character (so "TODO: pick" is one,
    /// "Todoist" is not).
    static let leadingWords = ["todo", "tbd", "fixme", "xxx", "changeme", "fill me in"]
    /// Punctuation placeholders at the start of a value.
    static let leadingMarks = ["???", "..."]

    /// The placeholder `text` starts with, if any. `<...>` counts only as the whole value
    /// (`<model name>`), since prompts often start with XML-style tags such as `<role>`.
    public static func match(_ text: String) -> String? {
        let trimmed = text.drop(while: { $0 == " " || $0 == "\t" })
        let lowered = trimmed.lowercased()
        for word in leadingWords where lowered.hasPrefix(word) {
            let rest = lowered.dropFirst(word.count)
            guard let next = rest.first else { return String(trimmed.prefix(word.count)) }
            if !next.isLetter, !next.isNumber { return String(trimmed.prefix(word.count)) }
        }
        for mark in leadingMarks where lowered.hasPrefix(mark) {
            return mark
        }
        let whole = trimmed.trimmingSuffixWhitespace()
        if whole.count >= 3, whole.hasPrefix("<"), whole.hasSuffix(">"), !whole.dropFirst().dropLast().contains("<") {
            return String(whole)
        }
        return nil
    }
}

extension Substring {
    fileprivate func trimmingSuffixWhitespace() -> Substring {
        var result = self
        while let last = result.last, last.isWhitespace { result = result.dropLast() }
        return result
    }
}
