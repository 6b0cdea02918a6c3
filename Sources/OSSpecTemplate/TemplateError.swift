/// A problem in a template (syntax) or in rendering it (an unknown name, an escaper that cannot
/// write a value), with the template's name and the 1-based line and column of the tag.
public struct TemplateError: Error, Sendable, Equatable, CustomStringConvertible {
    public var template: String
    public var line: Int
    public var column: Int
    public var message: String

    public init(template: String, line: Int, column: Int, message: String) {
        self.template = template
        self.line = line
        self.column = column
        self.message = message
    }

    public var description: String { "\(template):\(line):\(column): \(message)" }
}

/// Where a tag starts in its template.
struct TagLocation: Sendable, Equatable {
    var line: Int
    var column: Int
}
