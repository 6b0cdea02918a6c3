import Foundation

/// Masks what `tracing.redact` names before a trace leaves the process: `pii` (e-mail
/// addresses, phone numbers), `secrets` (API-key-like strings), `prompts` (any message text).
public struct Redactor: Sendable {
    public var classes: [String]

    public init(classes: [String]) { self.classes = classes }

    private static let patterns: [String: [String]] = [
        "pii": [#"[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}"#, #"\+?[0-9][0-9 ().-]{7,}[0-9]"#],
        "secrets": [#"\b(sk|pk|rk|ghp|gho|xoxb|xoxp|AKIA)[-_]?[A-Za-z0-9_-]{12,}"#, #"\b[A-Za-z0-9_-]{32,}\b"#],
    ]

    public func redact(_ text: String) -> String {
        var result = text
        for name in classes {
            for pattern in Self.patterns[name] ?? [] {
                guard let expression = try? NSRegularExpression(pattern: pattern) else { continue }
                let range = NSRange(result.startIndex..., in: result)
                result = expression.stringByReplacingMatches(in: result, range: range, withTemplate: "[REDACTED:\(name)]")
            }
        }
        return result
    }

    /// Whether message text may be exported at all.
    public var keepsPrompts: Bool { !classes.contains("prompts") }
}
