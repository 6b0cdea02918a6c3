/// A place in a source file: 1-based line and column, where columns count Unicode scalars
/// (as libyaml does), not bytes and not display cells.
public struct SourcePosition: Sendable, Hashable, Comparable, CustomStringConvertible {
    public var line: Int
    public var column: Int

    public init(line: Int, column: Int) {
        self.line = line
        self.column = column
    }

    /// The first character of a file.
    public static let start = SourcePosition(line: 1, column: 1)

    public static func < (lhs: SourcePosition, rhs: SourcePosition) -> Bool {
        lhs.line != rhs.line ? lhs.line < rhs.line : lhs.column < rhs.column
    }

    public var description: String { "\(line):\(column)" }
}

/// A span in a source file. `end` is exclusive: it is the position just after the last character,
/// as libyaml's end marks are, so an empty range has `start == end`.
public struct SourceRange: Sendable, Hashable, Comparable, CustomStringConvertible {
    public var start: SourcePosition
    public var end: SourcePosition

    public init(start: SourcePosition, end: SourcePosition) {
        self.start = start
        self.end = max(start, end)
    }

    public init(at position: SourcePosition) {
        self.init(start: position, end: position)
    }

    public static let fileStart = SourceRange(at: .start)

    public static func < (lhs: SourceRange, rhs: SourceRange) -> Bool {
        lhs.start != rhs.start ? lhs.start < rhs.start : lhs.end < rhs.end
    }

    public var description: String { "\(start)-\(end)" }
}
