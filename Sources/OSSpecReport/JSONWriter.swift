internal import OSSpecDiagnostics

/// Builds JSON text with keys in the order written, so output is byte-for-byte stable.
public struct JSONWriter: Sendable {
    public private(set) var text = ""
    private var needsComma: [Bool] = [false]
    private let indentUnit: String
    private var depth = 0

    /// `indent` of nil writes compact JSON.
    public init(indent: Int? = 2) {
        indentUnit = indent.map { String(repeating: " ", count: $0) } ?? ""
        pretty = indent != nil
    }

    private let pretty: Bool

    public mutating func beginObject(key: String? = nil) { open("{", key: key) }
    public mutating func endObject() { close("}") }
    public mutating func beginArray(key: String? = nil) { open("[", key: key) }
    public mutating func endArray() { close("]") }

    public mutating func string(_ value: String, key: String? = nil) { scalar(Self.quoted(value), key: key) }
    public mutating func number(_ value: Int, key: String? = nil) { scalar(String(value), key: key) }
    public mutating func bool(_ value: Bool, key: String? = nil) { scalar(value ? "true" : "false", key: key) }
    public mutating func null(key: String? = nil) { scalar("null", key: key) }
    public mutating func number(_ value: Double, key: String? = nil) {
        scalar(value.isFinite ? (value == value.rounded() && abs(value) < 1e15 ? String(Int(value)) : String(value)) : "null", key: key)
    }

    private mutating func open(_ bracket: String, key: String?) {
        prefix(key: key)
        text += bracket
        needsComma.append(false)
        depth += 1
    }

    private mutating func close(_ bracket: String) {
        let hadItems = needsComma.removeLast()
        depth -= 1
        if hadItems, pretty { newLine() }
        text += bracket
    }

    private mutating func scalar(_ literal: String, key: String?) {
        prefix(key: key)
        text += literal
    }

    private mutating func prefix(key: String?) {
        if needsComma[needsComma.count - 1] { text += "," }
        needsComma[needsComma.count - 1] = true
        if pretty, depth > 0 { newLine() }
        if let key {
            text += Self.quoted(key)
            text += pretty ? ": " : ":"
        }
    }

    /// A line break and the indentation, appended in place (no temporary strings per item).
    private mutating func newLine() {
        text += "\n"
        for _ in 0..<depth { text += indentUnit }
    }

    /// A JSON string literal (RFC 8259); see `JSONString`.
    public static func quoted(_ value: String) -> String { JSONString.quoted(value) }
}
