import Foundation
import OSSpecKit
import Testing

/// The schema's construction, in-process: well-formed objects, and regular expressions that
/// agree with the decoder's own checks.
@Suite("SpecSchema")
struct SpecSchemaTests {
    static func member(_ value: JSONValue, _ path: String...) -> JSONValue? {
        var current = value
        for key in path {
            guard case .object(let members) = current, let next = members.first(where: { $0.0 == key })?.1 else { return nil }
            current = next
        }
        return current
    }

    static func pattern(_ value: JSONValue?) throws -> NSRegularExpression {
        guard case .string(let text)? = value else { throw CocoaError(.coderValueNotFound) }
        return try NSRegularExpression(pattern: text)
    }

    static func matches(_ expression: NSRegularExpression, _ text: String) -> Bool {
        expression.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)) != nil
    }

    @Test("No object of the schema repeats a key")
    func noDuplicateKeys() {
        var repeated: [String] = []
        func walk(_ value: JSONValue) {
            switch value {
            case .object(let members):
                let keys = members.map(\.0)
                if Set(keys).count != keys.count { repeated.append(keys.joined(separator: ",")) }
                members.forEach { walk($0.1) }
            case .array(let items): items.forEach(walk)
            default: break
            }
        }
        walk(SpecSchema.document)
        #expect(repeated.isEmpty, "\(repeated)")
    }

    @Test(
        "The placeholder pattern agrees with Placeholder.match",
        arguments: [
            "TODO", "todo: pick one", "TBD", "Fixme later", "XXX", "???", "...", "<model name>", "  <x>  ", "changeme",
            "Fill me in", "Todoist", "todos", "TBDx", "a TODO", "<role>You are</role>", "<a<b>", "x", "Xxxtentacion", "..x",
            "TODO日本", "fill me", "n/a",
        ])
    func placeholderPattern(text: String) throws {
        let expression = try Self.pattern(Self.member(SpecSchema.document, "properties", "description", "not", "pattern"))
        #expect(Self.matches(expression, text) == (Placeholder.match(text) != nil), "'\(text)'")
    }

    @Test(
        "The n/a pattern takes a reason of three words or more",
        arguments: [
            ("n/a: stateless single-turn tool", true), ("N/A: no tools at all", true), ("n/a:one two three", true),
            ("n/a: two words", false), ("n/a", false), ("n/a:", false), ("na: one two three", false),
        ])
    func notApplicablePattern(text: String, valid: Bool) throws {
        guard case .array(let alternatives)? = Self.member(SpecSchema.document, "properties", "ram", "oneOf") else {
            Issue.record("ram has no oneOf")
            return
        }
        let expression = try Self.pattern(Self.member(alternatives[1], "pattern"))
        #expect(Self.matches(expression, text) == valid, "'\(text)'")
    }

    @Test("The identifier pattern agrees with Identifier.isValid", arguments: ["a", "A-b_9", "9a", "-a", "a b", "é", "a.b"])
    func identifierPattern(text: String) throws {
        let expression = try Self.pattern(Self.member(SpecSchema.document, "properties", "name", "pattern"))
        #expect(Self.matches(expression, text) == Identifier.isValid(text), "'\(text)'")
    }
}
