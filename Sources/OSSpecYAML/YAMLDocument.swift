public import OSSpecDiagnostics

/// One node of a loaded document. Nodes live in a flat array in document order (pre-order), so
/// a document is a few large allocations rather than one object per node, and every walk over
/// it is an index loop rather than recursion.
public struct YAMLNode: Sendable, Hashable {
    public enum Kind: UInt8, Sendable, Hashable {
        case scalar, sequence, mapping, alias
    }

    /// Kind (2 bits), style (3 bits), flow (1 bit) and value-in-source (1 bit) in the low byte,
    /// and the end line as a distance from the start line in the upper 24 bits (all ones: the
    /// end line is in the document's side table). With the tag also in a side table, a node is
    /// 24 bytes: the node array is the largest structure of a lint.
    @usableFromInline let packed: UInt32
    @usableFromInline let startLine: Int32
    @usableFromInline let startColumn: Int32
    @usableFromInline let endColumn: Int32
    /// Scalar: offset of the value in the arena (or the shared source). Collection: index just
    /// past its subtree. Alias: index of the anchored node it refers to.
    @usableFromInline let first: Int32
    /// Scalar: length of the value in bytes. Collection: number of child nodes (a mapping's
    /// children alternate key, value).
    @usableFromInline let second: Int32

    /// The largest end-line distance a node holds itself.
    @usableFromInline static let longSpan: UInt32 = 0xFF_FFFF

    init(
        kind: Kind, style: ScalarStyle, isFlow: Bool, start: SourcePosition, end: SourcePosition,
        first: Int32, second: Int32, valueIsInSource: Bool = false
    ) {
        let flags = UInt32(kind.rawValue | style.rawValue << 2 | (isFlow ? 1 << 5 : 0) | (valueIsInSource ? 1 << 6 : 0))
        let distance = UInt32(clamping: max(0, end.line - start.line))
        packed = flags | min(distance, Self.longSpan) << 8
        startLine = Int32(truncatingIfNeeded: start.line)
        startColumn = Int32(truncatingIfNeeded: start.column)
        endColumn = Int32(truncatingIfNeeded: end.column)
        self.first = first
        self.second = second
    }

    @usableFromInline var flags: UInt8 { UInt8(truncatingIfNeeded: packed) }

    /// Where the node starts.
    @inlinable
    public var start: SourcePosition { SourcePosition(line: Int(startLine), column: Int(startColumn)) }

    /// Whether the end line is kept in the document's side table.
    @inlinable
    var spansLongRange: Bool { packed >> 8 == Self.longSpan }

    @inlinable
    public var kind: Kind { Kind(rawValue: flags & 0b11).unsafelyUnwrapped }

    /// For scalars, how it was written; for collections, `.plain` means block style and
    /// `.singleQuoted` is unused. See `isFlow`.
    @inlinable
    public var style: ScalarStyle { ScalarStyle(rawValue: flags >> 2 & 0b111).unsafelyUnwrapped }

    @inlinable
    public var isFlow: Bool { flags & 1 << 5 != 0 }

    /// Scalar: whether `first` is an offset into the shared source rather than the arena.
    @inlinable
    var valueIsInSource: Bool { flags & 1 << 6 != 0 }

    /// The same node with another `first` (its subtree end, alias target or arena offset),
    /// for a node moved to another document.
    func moved(first: Int32) -> YAMLNode {
        YAMLNode(packed: packed, startLine: startLine, startColumn: startColumn, endColumn: endColumn, first: first, second: second)
    }

    private init(packed: UInt32, startLine: Int32, startColumn: Int32, endColumn: Int32, first: Int32, second: Int32) {
        self.packed = packed
        self.startLine = startLine
        self.startColumn = startColumn
        self.endColumn = endColumn
        self.first = first
        self.second = second
    }

    /// The node's range when its end line is held in the node (see `YAMLDocument.range(_:)`).
    @inlinable
    var shortRange: SourceRange {
        SourceRange(
            start: start,
            end: SourcePosition(line: Int(startLine) + Int(packed >> 8), column: Int(endColumn)))
    }
}

/// A loaded YAML document: nodes with source ranges, scalars' bytes in one arena.
public struct YAMLDocument: Sendable {
    public typealias NodeIndex = Int

    public private(set) var nodes: [YAMLNode] = []
    public private(set) var arena: [UInt8] = []
    /// The loaded bytes, when the loader was given an array it can share: scalars whose value
    /// is their source text point here.
    @usableFromInline private(set) var source: [UInt8] = []
    /// An ASCII source has no byte order mark and no multi-byte characters, so libyaml's
    /// character offsets are byte offsets.
    private var sourceIsASCII = false
    public private(set) var tags: [String] = []
    /// Interning of `tags`: a file of many distinct tags stays linear.
    private var tagIndexByName: [String: Int32] = [:]
    /// The tag of each tagged node, by node index: tags are rare, so a side table costs less
    /// than a field in every node.
    private var tagIndexByNode: [Int32: Int32] = [:]
    private var repeatedKeys: Set<Int32> = []
    /// End lines of nodes that span more lines than a node can say itself (16.7 million).
    private var longSpanEndLines: [Int32: Int32] = [:]

    public init() {}

    /// The root node, when the document has one.
    public var root: NodeIndex? { nodes.isEmpty ? nil : 0 }

    @inlinable
    public subscript(index: NodeIndex) -> YAMLNode { nodes[index] }

    /// Follows an alias to the node it names; any other node is itself.
    @inlinable
    public func resolved(_ index: NodeIndex) -> NodeIndex {
        let node = nodes[index]
        return node.kind == .alias ? Int(node.first) : index
    }

    /// The index just past `index`'s subtree: its next sibling, if it has one.
    @inlinable
    public func subtreeEnd(_ index: NodeIndex) -> NodeIndex {
        Self.subtreeEnd(index, in: nodes)
    }

    @inlinable
    static func subtreeEnd(_ index: NodeIndex, in nodes: [YAMLNode]) -> NodeIndex {
        let node = nodes[index]
        switch node.kind {
        case .sequence, .mapping: return Int(node.first)
        case .scalar, .alias: return index + 1
        }
    }

    /// Number of children of a collection (a mapping's keys and values both count).
    @inlinable
    public func childCount(_ index: NodeIndex) -> Int {
        let node = nodes[index]
        return node.kind == .sequence || node.kind == .mapping ? Int(node.second) : 0
    }

    /// The children of a sequence, in order.
    @inlinable
    public func items(of index: NodeIndex) -> ChildSequence {
        ChildSequence(nodes: nodes, first: index + 1, count: childCount(index))
    }

    /// The key/value pairs of a mapping, in order.
    @inlinable
    public func pairs(of index: NodeIndex) -> PairSequence {
        PairSequence(children: ChildSequence(nodes: nodes, first: index + 1, count: childCount(index)))
    }

    /// The scalar's value bytes; empty for other nodes.
    @inlinable
    public func scalarBytes(_ index: NodeIndex) -> ArraySlice<UInt8> {
        let node = nodes[index]
        guard node.kind == .scalar else { return [] }
        let bounds = Int(node.first)..<Int(node.first) + Int(node.second)
        return node.valueIsInSource ? source[bounds] : arena[bounds]
    }

    /// Calls `body` with the scalar's value bytes in place (empty for other nodes). Unlike
    /// `scalarBytes`, no slice is made, so no reference count changes: this is for the
    /// decoder's inner loop, which reads every value of the spec.
    @inlinable
    public func withScalarBytes<Result>(_ index: NodeIndex, _ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
        let node = nodes[index]
        guard node.kind == .scalar else { return body(UnsafeBufferPointer(start: nil, count: 0)) }
        let bounds = Int(node.first)..<Int(node.first) + Int(node.second)
        if node.valueIsInSource {
            return source.withUnsafeBufferPointer { body(UnsafeBufferPointer(rebasing: $0[bounds])) }
        }
        return arena.withUnsafeBufferPointer { body(UnsafeBufferPointer(rebasing: $0[bounds])) }
    }

    /// Whether two nodes are scalars with the same value bytes. Lengths are compared first,
    /// from the nodes themselves: most keys of a mapping differ in length.
    @inlinable
    public func scalarsEqual(_ lhs: NodeIndex, _ rhs: NodeIndex) -> Bool {
        let left = nodes[lhs]
        let right = nodes[rhs]
        guard left.kind == .scalar, right.kind == .scalar, left.second == right.second else { return false }
        return ByteComparison.equal(scalarBytes(lhs), scalarBytes(rhs))
    }

    /// The scalar's value as a string; empty for other nodes.
    @inlinable
    public func scalarString(_ index: NodeIndex) -> String {
        withScalarBytes(index) { String(decoding: $0, as: UTF8.self) }
    }

    /// Whether `key` repeats an earlier key of its mapping (reported by the loader as
    /// `duplicate-key`). Later stages read the first and skip the repeats without hashing
    /// every key again.
    public func isRepeatedKey(_ key: NodeIndex) -> Bool {
        !repeatedKeys.isEmpty && repeatedKeys.contains(Int32(truncatingIfNeeded: key))
    }

    /// The node's source range: from its first character to just after its last.
    @inlinable
    public func range(_ index: NodeIndex) -> SourceRange {
        let node = nodes[index]
        guard node.spansLongRange else { return node.shortRange }
        return SourceRange(start: node.start, end: SourcePosition(line: longSpanEndLine(index), column: Int(node.endColumn)))
    }

    @usableFromInline
    func longSpanEndLine(_ index: NodeIndex) -> Int {
        Int(longSpanEndLines[Int32(truncatingIfNeeded: index)] ?? nodes[index].startLine)
    }

    /// The tag written on the node, if any, e.g. `tag:yaml.org,2002:str`.
    public func tag(_ index: NodeIndex) -> String? {
        guard !tagIndexByNode.isEmpty, let tagIndex = tagIndexByNode[Int32(truncatingIfNeeded: index)] else { return nil }
        return tags[Int(tagIndex)]
    }

    // MARK: Building (the loader's side)

    mutating func reserve(nodes nodeCount: Int, arenaBytes: Int) {
        nodes.reserveCapacity(nodeCount)
        arena.reserveCapacity(arenaBytes)
    }

    /// Appends a node, keeping its end line aside when the node cannot hold it.
    private mutating func append(_ node: YAMLNode, end: SourcePosition) {
        nodes.append(node)
        if node.spansLongRange { longSpanEndLines[Int32(truncatingIfNeeded: nodes.count - 1)] = Int32(clamping: end.line) }
    }

    mutating func markRepeated(key: NodeIndex) {
        repeatedKeys.insert(Int32(truncatingIfNeeded: key))
    }

    mutating func share(source: [UInt8], isASCII: Bool) {
        self.source = source
        sourceIsASCII = isASCII
    }

    /// Appends a scalar. `sourceSpan` is where libyaml says the event is, in characters; when
    /// the value's bytes are found there (after the opening quote of a quoted scalar), the node
    /// points into the shared source instead of copying them.
    mutating func appendScalar(
        _ value: UnsafeBufferPointer<UInt8>, style: ScalarStyle, tag: String?, start: SourcePosition,
        end: SourcePosition, sourceSpan: Range<Int>? = nil
    ) {
        let length = Int32(truncatingIfNeeded: value.count)
        if let sourceSpan, let offset = offsetInSource(of: value, style: style, span: sourceSpan, singleLine: start.line == end.line) {
            append(
                YAMLNode(
                    kind: .scalar, style: style, isFlow: false, start: start, end: end,
                    first: Int32(truncatingIfNeeded: offset), second: length, valueIsInSource: true),
                end: end)
            record(tag: tag, of: nodes.count - 1)
            return
        }
        let offset = Int32(truncatingIfNeeded: arena.count)
        arena.append(contentsOf: value)
        append(
            YAMLNode(kind: .scalar, style: style, isFlow: false, start: start, end: end, first: offset, second: length),
            end: end)
        record(tag: tag, of: nodes.count - 1)
    }

    /// Where the value's bytes are in the source, if they are there.
    ///
    /// In an ASCII file, a plain or single-quoted scalar on one line whose value is as long as
    /// its span (less the quotes) is its source text: plain scalars have no escapes, and the one
    /// escape of single quotes ('') shortens the value. Anything else (double quotes, whose
    /// escapes can keep the length; several lines; non-ASCII text, where offsets count
    /// characters; a byte order mark) is compared byte for byte, and a mismatch only costs the
    /// copy.
    private func offsetInSource(of value: UnsafeBufferPointer<UInt8>, style: ScalarStyle, span: Range<Int>, singleLine: Bool) -> Int? {
        guard !value.isEmpty else { return nil }
        let offset: Int
        let quotes: Int
        switch style {
        case .plain: (offset, quotes) = (span.lowerBound, 0)
        case .singleQuoted, .doubleQuoted: (offset, quotes) = (span.lowerBound + 1, 2)
        case .literal, .folded: return nil
        }
        guard offset >= 0, offset + value.count <= source.count, offset + value.count <= Int(Int32.max) else { return nil }
        if sourceIsASCII, singleLine, style != .doubleQuoted, span.count - quotes == value.count {
            return offset
        }
        return source.withUnsafeBufferPointer { sourceBytes in
            ByteComparison.equal(
                UnsafeRawBufferPointer(UnsafeBufferPointer(rebasing: sourceBytes[offset..<offset + value.count])),
                UnsafeRawBufferPointer(value)) ? offset : nil
        }
    }

    mutating func appendAlias(target: NodeIndex, start: SourcePosition, end: SourcePosition) {
        append(
            YAMLNode(
                kind: .alias, style: .plain, isFlow: false, start: start, end: end,
                first: Int32(truncatingIfNeeded: target), second: 0),
            end: end)
    }

    /// Opens a collection; `closeCollection` fills in its extent and child count.
    mutating func openCollection(kind: YAMLNode.Kind, isFlow: Bool, tag: String?, start: SourcePosition) -> NodeIndex {
        nodes.append(
            YAMLNode(
                kind: kind, style: .plain, isFlow: isFlow, start: start, end: start, first: 0, second: 0))
        record(tag: tag, of: nodes.count - 1)
        return nodes.count - 1
    }

    mutating func closeCollection(_ index: NodeIndex, childCount: Int, end: SourcePosition) {
        let open = nodes[index]
        let closed = YAMLNode(
            kind: open.kind, style: open.style, isFlow: open.isFlow, start: open.start, end: end,
            first: Int32(truncatingIfNeeded: nodes.count), second: Int32(truncatingIfNeeded: childCount))
        nodes[index] = closed
        if closed.spansLongRange { longSpanEndLines[Int32(truncatingIfNeeded: index)] = Int32(clamping: end.line) }
    }

    /// Appends the entries of `tail`'s root mapping to this document's root mapping, as if the
    /// two had been loaded as one text (`SplitLoad`): `tail` was loaded from the rest of the same
    /// source, with positions and source offsets in the whole text, so only node indices and
    /// arena offsets move. Both roots are block mappings without duplicate keys between them
    /// (the caller checks after merging).
    mutating func appendRootEntries(of tail: YAMLDocument) {
        guard let root, tail.nodes.count > 1 else { return }
        // Tail node i (its root, node 0, is dropped) becomes node shift + i. Wrapping adds, as
        // the single load's truncating conversions do past 2^31 nodes (only with raised limits).
        let shift = Int32(truncatingIfNeeded: nodes.count - 1)
        let arenaShift = Int32(truncatingIfNeeded: arena.count)
        arena.append(contentsOf: tail.arena)
        nodes.reserveCapacity(nodes.count + tail.nodes.count - 1)
        for node in tail.nodes.dropFirst() {
            switch node.kind {
            case .sequence, .mapping, .alias: nodes.append(node.moved(first: node.first &+ shift))
            case .scalar: nodes.append(node.valueIsInSource ? node : node.moved(first: node.first &+ arenaShift))
            }
        }
        for (index, line) in tail.longSpanEndLines where index > 0 {
            longSpanEndLines[index &+ shift] = line
        }
        for (index, tagIndex) in tail.tagIndexByNode where index > 0 {
            record(tag: tail.tags[Int(tagIndex)], of: Int(index &+ shift))
        }
        let tailEnd = tail.range(0).end
        closeCollection(root, childCount: childCount(root) + tail.childCount(0), end: tailEnd)
    }

    private mutating func record(tag: String?, of node: NodeIndex) {
        guard let tag else { return }
        let index: Int32
        if let existing = tagIndexByName[tag] {
            index = existing
        } else {
            tags.append(tag)
            index = Int32(truncatingIfNeeded: tags.count - 1)
            tagIndexByName[tag] = index
        }
        tagIndexByNode[Int32(truncatingIfNeeded: node)] = index
    }
}

extension YAMLDocument {
    /// Direct children of a collection, walked by skipping each child's subtree. It holds the
    /// node array alone, not the document: a walk then costs one reference count, not one per
    /// table of the document (walks are the decoder's inner loop).
    public struct ChildSequence: Sequence, Sendable {
        @usableFromInline let nodes: [YAMLNode]
        @usableFromInline let first: Int
        @usableFromInline let count: Int

        @inlinable
        init(nodes: [YAMLNode], first: Int, count: Int) {
            self.nodes = nodes
            self.first = first
            self.count = count
        }

        @inlinable public var underestimatedCount: Int { count }

        @inlinable
        public func makeIterator() -> Iterator {
            Iterator(nodes: nodes, upcoming: first, remaining: count)
        }

        public struct Iterator: IteratorProtocol {
            @usableFromInline let nodes: [YAMLNode]
            @usableFromInline var upcoming: Int
            @usableFromInline var remaining: Int

            @inlinable
            init(nodes: [YAMLNode], upcoming: Int, remaining: Int) {
                self.nodes = nodes
                self.upcoming = upcoming
                self.remaining = remaining
            }

            @inlinable
            public mutating func next() -> NodeIndex? {
                guard remaining > 0 else { return nil }
                let current = upcoming
                upcoming = YAMLDocument.subtreeEnd(current, in: nodes)
                remaining -= 1
                return current
            }
        }
    }

    /// A mapping's entries as (key, value) node indices.
    public struct PairSequence: Sequence, Sendable {
        @usableFromInline let children: ChildSequence

        @inlinable
        init(children: ChildSequence) { self.children = children }

        @inlinable public var underestimatedCount: Int { children.count / 2 }

        @inlinable
        public func makeIterator() -> Iterator {
            Iterator(children: children.makeIterator())
        }

        public struct Iterator: IteratorProtocol {
            @usableFromInline var children: ChildSequence.Iterator

            @inlinable
            init(children: ChildSequence.Iterator) { self.children = children }

            @inlinable
            public mutating func next() -> (key: NodeIndex, value: NodeIndex)? {
                guard let key = children.next(), let value = children.next() else { return nil }
                return (key, value)
            }
        }
    }
}
