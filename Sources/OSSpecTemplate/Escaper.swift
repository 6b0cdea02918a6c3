/// Turns a value into text that is safe in one place of one output language: inside a Swift
/// string literal, a Swift comment, a Python string literal, Markdown prose, ... Every value a
/// template shows goes through one (`{{ name | swift-string }}`), so no spec value is ever
/// pasted into generated code as it is.
public struct Escaper: Sendable {
    public var name: String
    let write: @Sendable (TemplateValue) -> Result<String, EscapeFailure>

    public init(name: String, write: @escaping @Sendable (TemplateValue) -> Result<String, EscapeFailure>) {
        self.name = name
        self.write = write
    }

    public func escape(_ value: TemplateValue) -> Result<String, EscapeFailure> { write(value) }
}

/// Why an escaper refused a value (the renderer adds where).
public struct EscapeFailure: Error, Sendable, Equatable {
    public var message: String
    public init(_ message: String) { self.message = message }
}

extension Escaper {
    /// An escaper for text: scalars (strings, numbers, booleans) are turned into their text,
    /// then `transform` makes it safe; lists, objects and null are refused.
    static func text(_ name: String, _ transform: @escaping @Sendable (String) -> Result<String, EscapeFailure>) -> Escaper {
        Escaper(name: name) { value in
            switch value {
            case .string(let text): return transform(text)
            case .int(let number): return transform(String(number))
            case .double(let number):
                guard number.isFinite else { return .failure(EscapeFailure("\(number) is not a finite number")) }
                return transform(String(number))
            case .bool(let flag): return transform(flag ? "true" : "false")
            case .list, .object, .null:
                return .failure(EscapeFailure("'\(name)' writes text, but the value is \(value.kindName)"))
            }
        }
    }

    /// The escapers every template can use, by name.
    public static let standard: [String: Escaper] = {
        let all: [Escaper] = [
            .text("swift-string") { .success(SwiftEscaping.stringLiteralContent($0)) },
            .text("swift-comment") { .success(CommentEscaping.lineComment($0)) },
            .text("swift-identifier") { text in
                IdentifierEscaping.checked(text).map(IdentifierEscaping.codeIdentifier)
            },
            .text("python-string") { .success(PythonEscaping.stringLiteralContent($0)) },
            .text("python-comment") { .success(CommentEscaping.lineComment($0)) },
            .text("python-identifier") { text in
                IdentifierEscaping.checked(text).map(IdentifierEscaping.codeIdentifier)
            },
            .text("json-string") { .success(JSONEscaping.stringContent($0)) },
            .text("toml-string") { .success(JSONEscaping.stringContent($0)) },
            .text("markdown") { .success(MarkdownEscaping.inline($0)) },
            .text("identifier") { IdentifierEscaping.checked($0) },
            number("swift-number"),
            number("python-number"),
            boolean("swift-bool", true: "true", false: "false"),
            boolean("python-bool", true: "True", false: "False"),
        ]
        return Dictionary(uniqueKeysWithValues: all.map { ($0.name, $0) })
    }()

    /// A numeric literal; anything else (a string that looks like a number included) is refused.
    static func number(_ name: String) -> Escaper {
        Escaper(name: name) { value in
            switch value {
            case .int(let number): return .success(String(number))
            case .double(let number):
                guard number.isFinite else { return .failure(EscapeFailure("\(number) is not a finite number")) }
                return .success(String(number))
            default: return .failure(EscapeFailure("'\(name)' writes a number, but the value is \(value.kindName)"))
            }
        }
    }

    static func boolean(_ name: String, true yes: String, false no: String) -> Escaper {
        Escaper(name: name) { value in
            guard case .bool(let flag) = value else {
                return .failure(EscapeFailure("'\(name)' writes a boolean, but the value is \(value.kindName)"))
            }
            return .success(flag ? yes : no)
        }
    }
}
