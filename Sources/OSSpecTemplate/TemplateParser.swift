/// Template syntax (a small, strict subset of Mustache):
///
/// - `{{ name | escaper }}` shows a value; the escaper is required (see `Escaper.standard`).
/// - `{{# name }} ... {{/ name }}` repeats for each item of a list (the item becomes `.`) or
///   renders once for a true, non-empty value; `{{^ name }} ... {{/ name }}` renders when it is
///   false, null or empty.
/// - `{{> partial }}` includes another template; `{{! ... }}` is a comment; `{{{{` writes `{{`.
/// - Names are dotted paths (`model.id`) looked up from the innermost section outwards; `.` is
///   the current item.
/// - A section, partial or comment tag alone on its line takes the whole line with it, so
///   templates can be laid out like the code they produce.
struct TemplateParser {
    let name: String
    let bytes: [UInt8]

    init(name: String, text: String) {
        self.name = name
        self.bytes = Array(text.utf8)
    }

    private enum Token {
        case text(String)
        case tag(kind: UInt8?, body: String, at: TagLocation, standaloneIndent: String?)
    }

    func parse() throws(TemplateError) -> [TemplateNode] {
        let tokens = try tokenize()
        var index = 0
        let nodes = try build(tokens, &index, closing: nil)
        return nodes
    }

    // MARK: Tokens

    private func tokenize() throws(TemplateError) -> [Token] {
        var tokens: [Token] = []
        var position = 0
        var textStart = 0
        while position < bytes.count {
            guard bytes[position] == UInt8(ascii: "{"), position + 1 < bytes.count, bytes[position + 1] == UInt8(ascii: "{")
            else {
                position += 1
                continue
            }
            // `{{{{` writes `{{` itself (for output languages that use double braces).
            if position + 3 < bytes.count, bytes[position + 2] == UInt8(ascii: "{"), bytes[position + 3] == UInt8(ascii: "{") {
                tokens.append(.text(String(decoding: bytes[textStart..<position], as: UTF8.self) + "{{"))
                position += 4
                textStart = position
                continue
            }
            let tagStart = position
            guard let close = find("}}", from: tagStart + 2) else {
                throw error(at: tagStart, "'{{' is not closed with '}}'.")
            }
            if let nested = find("{{", from: tagStart + 2), nested < close {
                throw error(at: tagStart, "'{{' is not closed with '}}' before the next '{{'.")
            }
            var tagEnd = close + 2
            let rawBody = String(decoding: bytes[(tagStart + 2)..<close], as: UTF8.self)
            var kind: UInt8?
            var body = rawBody.trimmingSpaces
            if let first = body.utf8.first, [UInt8(ascii: "#"), UInt8(ascii: "^"), UInt8(ascii: "/"), UInt8(ascii: ">"), UInt8(ascii: "!")].contains(first) {
                kind = first
                body = String(body.dropFirst()).trimmingSpaces
            }
            // A block tag alone on its line (only spaces or tabs around it) takes the line.
            var textEnd = tagStart
            var indent: String?
            if kind != nil, let lineStart = standaloneLineStart(before: tagStart), let lineEnd = standaloneLineEnd(after: tagEnd) {
                indent = String(decoding: bytes[lineStart..<tagStart], as: UTF8.self)
                textEnd = lineStart
                tagEnd = lineEnd
            }
            if textStart < textEnd {
                tokens.append(.text(String(decoding: bytes[textStart..<textEnd], as: UTF8.self)))
            }
            tokens.append(.tag(kind: kind, body: body, at: location(of: tagStart), standaloneIndent: indent))
            position = tagEnd
            textStart = tagEnd
        }
        if textStart < bytes.count {
            tokens.append(.text(String(decoding: bytes[textStart...], as: UTF8.self)))
        }
        return tokens
    }

    private func find(_ needle: String, from start: Int) -> Int? {
        let pattern = Array(needle.utf8)
        var index = start
        while index + pattern.count <= bytes.count {
            if bytes[index] == pattern[0], bytes[index + 1] == pattern[1] { return index }
            index += 1
        }
        return nil
    }

    /// The start of the line when only spaces or tabs precede `offset` on it.
    private func standaloneLineStart(before offset: Int) -> Int? {
        var index = offset
        while index > 0 {
            let byte = bytes[index - 1]
            if byte == UInt8(ascii: "\n") { return index }
            guard byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") else { return nil }
            index -= 1
        }
        return 0
    }

    /// Just past the line's end (its newline included) when only spaces or tabs follow `offset`.
    private func standaloneLineEnd(after offset: Int) -> Int? {
        var index = offset
        while index < bytes.count {
            let byte = bytes[index]
            if byte == UInt8(ascii: "\n") { return index + 1 }
            if byte == UInt8(ascii: "\r"), index + 1 < bytes.count, bytes[index + 1] == UInt8(ascii: "\n") { return index + 2 }
            guard byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") else { return nil }
            index += 1
        }
        return bytes.count
    }

    // MARK: Tree

    private func build(_ tokens: [Token], _ index: inout Int, closing: (path: String, at: TagLocation)?) throws(TemplateError) -> [TemplateNode] {
        var nodes: [TemplateNode] = []
        while index < tokens.count {
            let token = tokens[index]
            index += 1
            switch token {
            case .text(let text):
                nodes.append(.text(text))
            case .tag(let kind, let body, let at, let indent):
                switch kind {
                case UInt8(ascii: "!"):
                    continue
                case UInt8(ascii: "#"), UInt8(ascii: "^"):
                    try checkPath(body, at: at)
                    let children = try build(tokens, &index, closing: (body, at))
                    nodes.append(.section(path: body, inverted: kind == UInt8(ascii: "^"), children: children, at: at))
                case UInt8(ascii: "/"):
                    guard let closing else {
                        throw TemplateError(template: name, line: at.line, column: at.column, message: "'{{/\(body)}}' closes a section that is not open.")
                    }
                    guard closing.path == body else {
                        throw TemplateError(
                            template: name, line: at.line, column: at.column,
                            message: "'{{/\(body)}}' does not match the open section '\(closing.path)' (line \(closing.at.line), column \(closing.at.column)).")
                    }
                    return nodes
                case UInt8(ascii: ">"):
                    guard !body.isEmpty, !body.contains(" ") else {
                        throw TemplateError(template: name, line: at.line, column: at.column, message: "A partial tag needs one template name: '{{> name}}'.")
                    }
                    nodes.append(.partial(name: body, indent: indent ?? "", at: at))
                default:
                    nodes.append(try variable(body, at: at))
                }
            }
        }
        if let closing {
            throw TemplateError(
                template: name, line: closing.at.line, column: closing.at.column,
                message: "Section '\(closing.path)' is not closed: add '{{/\(closing.path)}}'.")
        }
        return nodes
    }

    private func variable(_ body: String, at: TagLocation) throws(TemplateError) -> TemplateNode {
        let parts = body.split(separator: "|", omittingEmptySubsequences: false).map { String($0).trimmingSpaces }
        guard parts.count == 2, !parts[1].isEmpty else {
            throw TemplateError(
                template: name, line: at.line, column: at.column,
                message: "'{{\(body)}}' needs an escaper for its output language, e.g. '{{ \(parts.first ?? "name") | swift-string }}'.")
        }
        try checkPath(parts[0], at: at)
        return .variable(path: parts[0], escaper: parts[1], at: at)
    }

    private func checkPath(_ path: String, at: TagLocation) throws(TemplateError) {
        let valid = path == "." || (!path.isEmpty && path.split(separator: ".", omittingEmptySubsequences: false).allSatisfy { segment in
            !segment.isEmpty && segment.unicodeScalars.allSatisfy { $0.properties.isAlphabetic || ("0"..."9").contains($0) || $0 == "_" || $0 == "-" || $0 == "@" }
        })
        guard valid else {
            throw TemplateError(template: name, line: at.line, column: at.column, message: "'\(path)' is not a name (letters, digits, '_', '-', dotted).")
        }
    }

    // MARK: Positions

    /// 1-based line and column (in characters) of a byte offset.
    private func location(of offset: Int) -> TagLocation {
        var line = 1
        var lineStart = 0
        for index in 0..<offset where bytes[index] == UInt8(ascii: "\n") {
            line += 1
            lineStart = index + 1
        }
        let column = String(decoding: bytes[lineStart..<offset], as: UTF8.self).count + 1
        return TagLocation(line: line, column: column)
    }

    private func error(at offset: Int, _ message: String) -> TemplateError {
        let at = location(of: offset)
        return TemplateError(template: name, line: at.line, column: at.column, message: message)
    }
}

extension String {
    var trimmingSpaces: String {
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { $0 != " " && $0 != "\t" }) else { return "" }
        let last = scalars.lastIndex(where: { $0 != " " && $0 != "\t" })!
        return String(scalars[first...last])
    }
}
