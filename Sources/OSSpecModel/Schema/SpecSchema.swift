/// The JSON Schema (draft 2020-12) of format 1, for editors: descriptions for hover help, enums
/// and examples for completion. Built from the decoder's own field tables, so a key the decoder
/// reads is a key the schema describes, and the reverse.
///
/// The schema checks shapes (keys, types, enums, ranges, placeholders, n/a); the architecture
/// rules (references, budgets, permissions, tracing coverage) need `osspec lint`.
public enum SpecSchema {
    public static let dialect = "https://json-schema.org/draft/2020-12/schema"

    /// The schema as a JSON value.
    public static var document: JSONValue {
        var members: [(String, JSONValue)] = [
            ("$schema", .string(dialect)),
            ("title", .string("osspec spec, format 1")),
            ("description", .string(
                "An LLM OS architecture spec: seven rows (cpu, ram, filesystem, processes, ipc, kernel, user_space) "
                    + "that a team fills in before it builds an agent system. Lint it with `osspec lint`.")),
        ]
        if case .object(let body) = schema(for: .mapping(DecodeSession.topLevelFields), at: "") { members += body }
        return .object(members)
    }

    /// The schema as text, ending with a newline.
    public static var text: String { document.text() + "\n" }

    private static func schema(for shape: ValueShape, at path: String) -> JSONValue {
        switch shape {
        case .text:
            return .object([("type", .string("string"))] + filledText)
        case .identifier:
            return .object(identifierMembers)
        case .url:
            return .object([
                ("type", .string("string")),
                // A scheme before the first "://", and no white space anywhere.
                ("pattern", .string("^(?!://)[^\\s]*://[^\\s]*$")),
                ("not", .object([("pattern", .string(placeholderPattern))])),
            ])
        case .integer(let minimum):
            return .object([("type", .string("integer")), ("minimum", .integer(minimum))])
        case .number(let minimum, let exclusiveMinimum, let maximum):
            var members: [(String, JSONValue)] = [("type", .string("number"))]
            if let minimum { members.append((exclusiveMinimum ? "exclusiveMinimum" : "minimum", .number(minimum))) }
            if let maximum { members.append(("maximum", .number(maximum))) }
            return .object(members)
        case .boolean:
            return .object([("type", .string("boolean"))])
        case .choice(let values):
            return .object([("type", .string("string")), ("enum", .array(values.map(JSONValue.string)))])
        case .openChoice(let values):
            return .object([("type", .string("string"))] + filledText + [("examples", .array(values.map(JSONValue.string)))])
        case .constant(let value):
            return .object([("type", .string("integer")), ("const", .integer(value))])
        case .list(let item, let nonEmpty):
            var members: [(String, JSONValue)] = [("type", .string("array")), ("items", schema(for: item, at: path + "[]"))]
            if nonEmpty { members.append(("minItems", .integer(1))) }
            return .object(members)
        case .mapping(let fields):
            let properties = fields.map { field -> (String, JSONValue) in
                let fieldPath = path.isEmpty ? field.name : path + "." + field.name
                return (field.name, described(schema(for: field.value, at: fieldPath), field.help))
            }
            var members: [(String, JSONValue)] = [("type", .string("object")), ("properties", .object(properties))]
            let required = fields.filter(\.requiredInSchema).map { JSONValue.string($0.name) }
            if !required.isEmpty { members.append(("required", .array(required))) }
            members += extensionKeys
            return .object(members)
        case .entries(let entry, let nonEmpty):
            let entrySchema = described(schema(for: entry, at: path + ".<id>"), "One entry of '\(path)', keyed by its id.")
            var members: [(String, JSONValue)] = [
                ("type", .string("object")),
                ("propertyNames", .object([("anyOf", .array([.object([("pattern", .string("^x-"))]), .object(identifierMembers)]))])),
                ("patternProperties", .object([("^x-", .object([]))])),
                ("additionalProperties", entrySchema),
            ]
            if nonEmpty { members.append(("minProperties", .integer(1))) }
            return .object(members)
        case .row(let content, let mayBeNotApplicable):
            // An empty row is a finding (empty-row), so the mapping needs at least one key.
            guard case .object(var members) = schema(for: content, at: path) else { return schema(for: content, at: path) }
            if !members.contains(where: { $0.0 == "minProperties" }) { members.append(("minProperties", .integer(1))) }
            guard mayBeNotApplicable else { return .object(members) }
            return .object([
                ("oneOf", .array([
                    .object(members),
                    .object([
                        ("type", .string("string")),
                        ("description", .string("\"n/a: <reason>\": the row does not apply, said in at least 3 words.")),
                        ("pattern", .string(notApplicablePattern)),
                    ]),
                ]))
            ])
        }
    }

    /// `description` first, so it reads first in the schema's text.
    private static func described(_ value: JSONValue, _ description: String) -> JSONValue {
        guard case .object(let members) = value, !description.isEmpty else { return value }
        return .object([("description", .string(description))] + members)
    }

    /// Keys starting with `x-` are extensions, allowed everywhere and never reported.
    private static let extensionKeys: [(String, JSONValue)] = [
        ("patternProperties", .object([("^x-", .object([]))])),
        ("additionalProperties", .bool(false)),
    ]

    private static let identifierMembers: [(String, JSONValue)] = [
        ("type", .string("string")),
        ("pattern", .string("^[A-Za-z][A-Za-z0-9_-]*$")),
        ("maxLength", .integer(Identifier.maxLength)),
    ]

    /// Not blank, and not a placeholder.
    private static let filledText: [(String, JSONValue)] = [
        ("pattern", .string("[^ \\t\\r\\n]")),
        ("not", .object([("pattern", .string(placeholderPattern))])),
    ]

    /// `Placeholder.match` as a regular expression (ECMA 262, which Python's `re` also reads):
    /// a placeholder word at the start, not followed by a letter or digit; `???` or `...` at the
    /// start; or `<...>` as the whole value.
    static var placeholderPattern: String {
        let words = Placeholder.leadingWords.map { word in
            String(decoding: word, as: UTF8.self).map { character -> String in
                guard character.isLetter else { return character == " " ? " " : String(character) }
                return "[\(character.uppercased())\(character.lowercased())]"
            }.joined()
        }
        let marks = Placeholder.leadingMarks.map { mark in
            String(decoding: mark, as: UTF8.self).map { "\\" + String($0) }.joined()
        }
        return "^[ \\t]*(?:(?:" + words.joined(separator: "|") + ")(?![A-Za-z0-9\\u0080-\\uFFFF])|"
            + marks.joined(separator: "|") + "|<[^<]+>[ \\t\\n]*$)"
    }

    /// `n/a: ` and a reason of at least three words.
    static let notApplicablePattern = "^[Nn]/[Aa]:\\s*\\S+(\\s+\\S+){2,}\\s*$"
}
