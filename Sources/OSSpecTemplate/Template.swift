/// A set of named templates (a target's files and their partials), parsed once, rendered with
/// values and a table of escapers.
public struct TemplateSet: Sendable {
    private let parsed: [String: [TemplateNode]]
    public let escapers: [String: Escaper]
    /// Partials nested deeper than this are an error, so a partial that includes itself ends.
    public static let maxPartialDepth = 32

    /// Parses every template; the first syntax error is thrown, with its template, line and column.
    public init(templates: [String: String], escapers: [String: Escaper] = Escaper.standard) throws(TemplateError) {
        var parsed: [String: [TemplateNode]] = [:]
        for (name, text) in templates.sorted(by: { $0.key < $1.key }) {
            parsed[name] = try TemplateParser(name: name, text: text).parse()
        }
        self.parsed = parsed
        self.escapers = escapers
    }

    public var names: [String] { parsed.keys.sorted() }

    public func contains(_ name: String) -> Bool { parsed[name] != nil }

    public func render(_ name: String, _ value: TemplateValue) throws(TemplateError) -> String {
        guard let nodes = parsed[name] else {
            throw TemplateError(template: name, line: 1, column: 1, message: "No template named '\(name)'.")
        }
        var renderer = Renderer(set: self, output: "")
        try renderer.render(nodes, template: name, stack: [value], depth: 0)
        return renderer.output
    }

    fileprivate func nodes(_ name: String) -> [TemplateNode]? { parsed[name] }
}

/// Walks a template's nodes with a stack of values (the innermost section's item last).
private struct Renderer {
    let set: TemplateSet
    var output: String

    mutating func render(_ nodes: [TemplateNode], template: String, stack: [TemplateValue], depth: Int) throws(TemplateError) {
        for node in nodes {
            switch node {
            case .text(let text):
                output += text
            case .variable(let path, let escaperName, let at):
                guard let escaper = set.escapers[escaperName] else {
                    let known = set.escapers.keys.sorted().joined(separator: ", ")
                    throw TemplateError(template: template, line: at.line, column: at.column, message: "Unknown escaper '\(escaperName)' (known: \(known)).")
                }
                let value = try lookup(path, in: stack, template: template, at: at)
                switch escaper.escape(value) {
                case .success(let text): output += text
                case .failure(let failure):
                    throw TemplateError(template: template, line: at.line, column: at.column, message: "Cannot write '\(path)': \(failure.message).")
                }
            case .section(let path, let inverted, let children, let at):
                let value = try lookup(path, in: stack, template: template, at: at)
                if inverted {
                    if !value.isTruthy { try render(children, template: template, stack: stack, depth: depth) }
                } else if case .list(let items) = value {
                    for (index, item) in items.enumerated() {
                        let position: TemplateValue = .object([
                            "@first": .bool(index == 0), "@last": .bool(index == items.count - 1), "@index": .int(index),
                        ])
                        try render(children, template: template, stack: stack + [position, item], depth: depth)
                    }
                } else if value.isTruthy {
                    let pushed: [TemplateValue] = if case .bool = value { stack } else { stack + [value] }
                    try render(children, template: template, stack: pushed, depth: depth)
                }
            case .partial(let name, let indent, let at):
                guard let nodes = set.nodes(name) else {
                    throw TemplateError(template: template, line: at.line, column: at.column, message: "No partial named '\(name)'.")
                }
                guard depth < TemplateSet.maxPartialDepth else {
                    throw TemplateError(
                        template: template, line: at.line, column: at.column,
                        message: "Partials nest deeper than \(TemplateSet.maxPartialDepth) levels (does '\(name)' include itself?).")
                }
                var inner = Renderer(set: set, output: "")
                try inner.render(nodes, template: name, stack: stack, depth: depth + 1)
                output += indent.isEmpty ? inner.output : Self.indent(inner.output, by: indent)
            }
        }
    }

    /// `.` is the innermost value; `a.b` finds `a` in the innermost value that has it, then `b` in it.
    private func lookup(_ path: String, in stack: [TemplateValue], template: String, at: TagLocation) throws(TemplateError) -> TemplateValue {
        if path == "." { return stack.last ?? .null }
        let segments = path.split(separator: ".").map(String.init)
        var found: TemplateValue?
        for value in stack.reversed() {
            if case .object(let fields) = value, let field = fields[segments[0]] {
                found = field
                break
            }
        }
        guard var current = found else {
            throw TemplateError(template: template, line: at.line, column: at.column, message: "Unknown name '\(segments[0])'.")
        }
        for segment in segments.dropFirst() {
            guard case .object(let fields) = current, let field = fields[segment] else {
                throw TemplateError(template: template, line: at.line, column: at.column, message: "'\(path)' has no '\(segment)'.")
            }
            current = field
        }
        return current
    }

    private static func indent(_ text: String, by prefix: String) -> String {
        var result = ""
        var atLineStart = true
        for character in text {
            if atLineStart, !character.isNewline { result += prefix }
            result.append(character)
            atLineStart = character.isNewline
        }
        return result
    }
}
