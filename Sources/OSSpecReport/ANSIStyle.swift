/// Terminal colour, in one place. Layout never depends on it: a disabled style returns the text
/// unchanged, so coloured and plain output differ only in escape codes.
public struct ANSIStyle: Sendable, Hashable {
    public let enabled: Bool

    public init(enabled: Bool) { self.enabled = enabled }

    public static let plain = ANSIStyle(enabled: false)

    public func bold(_ text: String) -> String { wrap(text, "1") }
    public func red(_ text: String) -> String { wrap(text, "1;31") }
    public func yellow(_ text: String) -> String { wrap(text, "1;33") }
    public func cyan(_ text: String) -> String { wrap(text, "1;36") }
    public func green(_ text: String) -> String { wrap(text, "1;32") }
    public func dim(_ text: String) -> String { wrap(text, "2") }

    private func wrap(_ text: String, _ code: String) -> String {
        enabled && !text.isEmpty ? "\u{1B}[\(code)m\(text)\u{1B}[0m" : text
    }
}
