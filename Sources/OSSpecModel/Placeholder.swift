/// Placeholder text that means "not filled in yet".
public enum Placeholder {
    /// Words that count as placeholders at the start of a value, compared case-insensitively and
    /// followed by the end of the value or a character that is not an ASCII letter or digit (so
    /// "TODO: pick" is one, "Todoist" is not).
    static let leadingWords: [[UInt8]] = ["todo", "tbd", "fixme", "xxx", "changeme", "fill me in"].map { Array($0.utf8) }
    /// Punctuation placeholders at the start of a value.
    static let leadingMarks: [[UInt8]] = ["???", "..."].map { Array($0.utf8) }

    /// The placeholder `text` starts with, if any. `<...>` counts only as the whole value
    /// (`<model name>`), since prompts often start with XML-style tags such as `<role>`.
    /// Works on bytes: it runs on every string of the spec.
    public static func match(_ text: String) -> String? {
        var text = text
        return text.withUTF8 { bytes -> String? in
            var start = 0
            while start < bytes.count, bytes[start] == UInt8(ascii: " ") || bytes[start] == UInt8(ascii: "\t") { start += 1 }
            guard start < bytes.count else { return nil }
            let body = UnsafeBufferPointer(rebasing: bytes[start...])
            switch body[0] | 0x20 {
            case UInt8(ascii: "t"), UInt8(ascii: "f"), UInt8(ascii: "x"), UInt8(ascii: "c"):
                for word in leadingWords where startsCaseInsensitively(body, with: word) {
                    if body.count == word.count || !isASCIIAlphanumeric(body[word.count]) {
                        return String(decoding: body[0..<word.count], as: UTF8.self)
                    }
                }
                return nil
            case UInt8(ascii: "?") | 0x20, UInt8(ascii: ".") | 0x20:
                return leadingMarks.first { body.starts(with: $0) }.map { String(decoding: $0, as: UTF8.self) }
            case UInt8(ascii: "<") | 0x20:
                var end = body.count
                while end > 0, body[end - 1] == UInt8(ascii: " ") || body[end - 1] == UInt8(ascii: "\t") || body[end - 1] == 0x0A {
                    end -= 1
                }
                guard end >= 3, body[0] == UInt8(ascii: "<"), body[end - 1] == UInt8(ascii: ">"),
                    !body[1..<(end - 1)].contains(UInt8(ascii: "<"))
                else { return nil }
                return String(decoding: body[0..<end], as: UTF8.self)
            default:
                return nil
            }
        }
    }

    private static func startsCaseInsensitively(_ bytes: UnsafeBufferPointer<UInt8>, with word: [UInt8]) -> Bool {
        guard bytes.count >= word.count else { return false }
        for index in 0..<word.count {
            let byte = bytes[index]
            let lowered = byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z") ? byte | 0x20 : byte
            if lowered != word[index] { return false }
        }
        return true
    }

    private static func isASCIIAlphanumeric(_ byte: UInt8) -> Bool {
        byte.isASCIILetter || byte.isASCIIDigit || byte >= 0x80
    }
}
