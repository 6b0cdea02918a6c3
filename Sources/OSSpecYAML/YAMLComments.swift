public import OSSpecDiagnostics

/// A `#` comment of a YAML source, found from the bytes and the loaded document's positions.
public struct YAMLComment: Sendable, Hashable {
    /// From the `#` to the end of its line (exclusive), in libyaml's lines and columns.
    public var range: SourceRange
    /// The bytes after the `#`, without the line break.
    public var text: [UInt8]
    /// True when only whitespace comes before the `#` on its line.
    public var isOnOwnLine: Bool

    public init(range: SourceRange, text: [UInt8], isOnOwnLine: Bool) {
        self.range = range
        self.text = text
        self.isOnOwnLine = isOnOwnLine
    }
}

/// The comments of a document and which lines hold YAML content. libyaml drops comments, so
/// they are read from the source text, skipping every byte inside a scalar or alias node's
/// range: a `#` inside a quoted or block scalar is never taken for a comment, and no second
/// YAML parser is needed.
public struct YAMLCommentScan: Sendable {
    public let comments: [YAMLComment]
    /// `nextContent[line]`: the first line after `line` (1-based) that holds something besides
    /// whitespace and comments, or 0 when none does. Worked out once, backwards, so that a file
    /// of many comment lines costs linear time however many directives ask.
    private let nextContent: [Int32]

    init(comments: [YAMLComment], hasContent: [Bool]) {
        self.comments = comments
        var next = [Int32](repeating: 0, count: hasContent.count + 1)
        var upcoming: Int32 = 0
        for line in stride(from: hasContent.count, through: 1, by: -1) {
            next[line] = upcoming
            if hasContent[line - 1] { upcoming = Int32(truncatingIfNeeded: line) }
        }
        next[0] = upcoming
        nextContent = next
    }

    /// The first line after `line` that holds YAML content (blank and comment-only lines are
    /// skipped), or nil when none follows.
    public func nextContentLine(after line: Int) -> Int? {
        guard line < nextContent.count else { return nil }
        let next = nextContent[max(line, 0)]
        return next == 0 ? nil : Int(next)
    }

    /// Scans `source`, the bytes `document` was loaded from (so its node positions are valid
    /// for them). Positions count lines and columns the way libyaml does: a UTF-8 BOM is not a
    /// column, LF, CR LF, CR, NEL, LS and PS end lines, and columns count Unicode scalars.
    public static func scan(_ source: [UInt8], document: YAMLDocument) -> YAMLCommentScan {
        var skipped: [SourceRange] = []
        for index in document.nodes.indices where document[index].kind == .scalar || document[index].kind == .alias {
            let range = document.range(index)
            if range.start != range.end { skipped.append(range) }
        }
        skipped.sort()
        return source.withUnsafeBufferPointer { Scanner(source: $0, skipped: skipped).run() }
    }
}

private struct Scanner {
    let source: UnsafeBufferPointer<UInt8>
    let skipped: [SourceRange]

    func run() -> YAMLCommentScan {
        var comments: [YAMLComment] = []
        var hasContent: [Bool] = [false]
        var line = 1
        var column = 1
        var index = source.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        var nextSkipped = 0
        // Whitespace (or the line start) comes just before: a `#` here starts a comment.
        var afterBlank = true
        var lineIsBlankSoFar = true
        let count = source.count
        while index < count {
            let breakLength = Self.lineBreakLength(source, at: index)
            if breakLength > 0 {
                index += breakLength
                line += 1
                column = 1
                hasContent.append(false)
                afterBlank = true
                lineIsBlankSoFar = true
                continue
            }
            let position = SourcePosition(line: line, column: column)
            while nextSkipped < skipped.count, skipped[nextSkipped].end <= position { nextSkipped += 1 }
            let isInNode = nextSkipped < skipped.count && skipped[nextSkipped].start <= position
            let byte = source[index]
            if !isInNode, byte == UInt8(ascii: "#"), afterBlank {
                var end = index + 1
                var endColumn = column + 1
                while end < count, Self.lineBreakLength(source, at: end) == 0 {
                    if source[end] & 0xC0 != 0x80 { endColumn += 1 }
                    end += 1
                }
                // A column counts scalars: continuation bytes were not counted, the `#` was.
                comments.append(
                    YAMLComment(
                        range: SourceRange(start: position, end: SourcePosition(line: line, column: endColumn)),
                        text: Array(source[(index + 1)..<end]), isOnOwnLine: lineIsBlankSoFar))
                column = endColumn
                index = end
                continue
            }
            if !isInNode, byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") {
                afterBlank = true
            } else {
                afterBlank = false
                lineIsBlankSoFar = false
                hasContent[line - 1] = true
            }
            index += Self.scalarLength(source[index])
            column += 1
        }
        return YAMLCommentScan(comments: comments, hasContent: hasContent)
    }

    /// Bytes of the line break at `index`, or 0.
    static func lineBreakLength(_ source: UnsafeBufferPointer<UInt8>, at index: Int) -> Int {
        LineBreak.length(at: index, in: source)
    }

    /// Bytes of the UTF-8 sequence a lead byte starts (1 for a stray continuation byte).
    static func scalarLength(_ lead: UInt8) -> Int {
        switch lead {
        case 0xF0...0xF7: 4
        case 0xE0...0xEF: 3
        case 0xC0...0xDF: 2
        default: 1
        }
    }
}
