/// A place in a source file: 1-based line and column, where columns count Unicode scalars
/// (as libyaml does), not bytes and not display cells.
///
/// Stored as 32-bit numbers: every decoded value carries two positions, so their size is a
/// large share of a big spec's memory, and the loader's limits keep files far below 2^31 lines.
public struct SourcePosition: Sendable, Hashable, Comparable, CustomStringConvertible {
    @usableFromInline var storedLine: Int32
    @usableFromInline var storedColumn: Int32

    @inlinable
    public var line: Int {
        get { Int(storedLine) }
        set { storedLine = Self.clamped(newValue) }
    }

    @inlinable
    public var column: Int {
        get { Int(storedColumn) }
        set { storedColumn = Self.clamped(newValue) }
    }

    @inlinable
    public init(line: Int, column: Int) {
        storedLine = Self.clamped(line)
        storedColumn = Self.clamped(column)
    }

    @inlinable
    static func clamped(_ value: Int) -> Int32 {
        Int32(clamping: value)
    }

    /// The first character of a file.
    public static let start = SourcePosition(line: 1, column: 1)

    @inlinable
    public static func < (lhs: SourcePosition, rhs: SourcePosition) -> Bool {
        lhs.storedLine != rhs.storedLine ? lhs.storedLine < rhs.storedLine : lhs.storedColumn < rhs.storedColumn
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
