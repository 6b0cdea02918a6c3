internal import OSSpecDiagnostics

/// A JSON value with keys in the order written, so the schema's text is byte-for-byte stable.
/// The model stage has no JSON writer of its own otherwise (reporters own theirs, further down
/// the chain), and the schema is the one JSON document this stage produces.
public indirect enum JSONValue: Sendable, Equatable {
    case object([(String, JSONValue)])
    case array([JSONValue])
    case string(String)
    case integer(Int)
    case number(Double)
    case bool(Bool)

    public static func == (lhs: JSONValue, rhs: JSONValue) -> Bool { lhs.text() == rhs.text() }

    /// The value as JSON text, indented by two spaces per level.
    public func text() -> String {
        var output = ""
        write(to: &output, depth: 0)
        return output
    }

    private func write(to output: inout String, depth: Int) {
        let inner = String(repeating: "  ", count: depth + 1)
        let closing = String(repeating: "  ", count: depth)
        switch self {
        case .object(let members):
            guard !members.isEmpty else { return output += "{}" }
            output += "{\n"
            for (index, (key, value)) in members.enumerated() {
                output += inner + Self.quoted(key) + ": "
                value.write(to: &output, depth: depth + 1)
                output += index == members.count - 1 ? "\n" : ",\n"
            }
            output += closing + "}"
        case .array(let items):
            guard !items.isEmpty else { return output += "[]" }
            // Short lists of scalars (enums) stay on one line, as people write them.
            if items.allSatisfy(\.isScalar) {
                var line = "["
                for (index, item) in items.enumerated() {
                    if index > 0 { line += ", " }
                    item.write(to: &line, depth: depth + 1)
                }
                output += line + "]"
                return
            }
            output += "[\n"
            for (index, item) in items.enumerated() {
                output += inner
                item.write(to: &output, depth: depth + 1)
                output += index == items.count - 1 ? "\n" : ",\n"
            }
            output += closing + "]"
        case .string(let text): output += Self.quoted(text)
        case .integer(let number): output += String(number)
        case .number(let number):
            output += number == number.rounded() && abs(number) < 1e15 ? String(Int(number)) : String(number)
        case .bool(let flag): output += flag ? "true" : "false"
        }
    }

    private var isScalar: Bool {
        switch self {
        case .object, .array: false
        case .string, .integer, .number, .bool: true
        }
    }

    /// A JSON string literal (RFC 8259): the reporters' escaping.
    static func quoted(_ text: String) -> String { JSONString.quoted(text) }
}
