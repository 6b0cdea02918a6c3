/// Spec text quoted in a message or hint: its first line, cut to `limit` characters with "...".
/// A finding about a 100 kB value stays one readable line, and a file of such findings stays
/// small; the full value is at the finding's position. The default keeps every valid id (at most
/// 64 characters) whole.
public enum MessageExcerpt {
    public static let defaultLimit = 64

    public static func of(_ text: String, limit: Int = defaultLimit) -> String {
        let firstLine = text.prefix { !$0.isNewline }
        if firstLine.count <= limit, firstLine.count == text.count { return text }
        return String(firstLine.prefix(limit)) + "..."
    }
}
