public import OSSpecDiagnostics

/// One node of a loaded document. Nodes live in a flat array in document order (pre-order), so
/// a document is a few large allocations rather than one object per node, and every walk over
/// it is an index loop rather than recursion.
public struct YAMLNode: Sendable, Hashable {
    public enum Kind: UInt8, Sendable, Hashable {
        case scalar, sequence, mapping, alias
    }

    public let kind: Kind
    /// For scalars, how it was written; for collections, `.plain` means block style and
    /// `.singleQuoted` is unused. See `isFlow`.
    public let style: ScalarStyle
    public let isFlow: Bool
    @usableFromInline let startLine: Int32
    @usableFromInline let startColumn: Int32
    @usableFromInline let endLine: Int32
    @usableFromInline let endColumn: Int32
    /// Scalar: offset of the value in the arena. Collection: index just past its subtree.
    /// Alias: index of the anchored node it refers to.
    @usableFromInline let first: Int32
    /// Scalar: length of the value in bytes. Collection: number of child nodes (a mapping's
    /// children alternate key, value).
    @usableFromInline let second: Int32
    /// Index into `YAMLDocument.tags`, or -1 when no tag was written.
    @usableFromInline let tagIndex: Int32

    init(
        kind: Kind, style: ScalarStyle, isFlow: Bool, start: SourcePosition, end: SourcePosition,
        first: Int32, second: Int32, tagIndex: Int32
    ) {
        self.kind = kind
        self.style = style
        self.isFlow = isFlow
        startLine = Int32(truncatingIfNeeded: start.line)
        startColumn = Int32(truncatingIfNeeded: start.column)
        endLine = Int32(truncatingIfNeeded: end.line)
        endColumn = Int32(truncatingIfNeeded: end.column)
        self.first = first
        self.second = second
        self.tagIndex = tagIndex
    }

    @inlinable
    public var range: SourceRange {
        SourceRange(
            start: SourcePosition(line: Int(startLine), column: Int(startColumn)),
            end: SourcePosition(line: Int(endLine), column: Int(endColumn)))
    }
}

/// A loaded YAML document: nodes with source ranges, scalars' bytes in one arena.
public struct YAMLDocument: Sendable {
    public typealias NodeIndex = Int

    public private(set) var nodes: [YAMLNode] = []
    public private(set) var arena: [UInt8] = []
    public private(set) var tags: [String] = []
    /// Interning of `tags`: a file of many distinct tags stays linear.
    private var tagIndexByName: [String: Int32] = [:]

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
        ChildSequence(document: self, first: index + 1, count: childCount(index))
    }

    /// The key/value pairs of a mapping, in order.
    @inlinable
    public func pairs(of index: NodeIndex) -> PairSequence {
        PairSequence(children: ChildSequence(document: self, first: index + 1, count: childCount(index)))
    }

    /// The scalar's value bytes; empty for other nodes.
    @inlinable
    public func scalarBytes(_ index: NodeIndex) -> ArraySlice<UInt8> {
        let node = nodes[index]
        guard node.kind == .scalar else { return [] }
        return arena[Int(node.first)..<Int(node.first) + Int(node.second)]
    }

    /// The scalar's value as a string; empty for other nodes.
    @inlinable
    public func scalarString(_ index: NodeIndex) -> String {
        String(decoding: scalarBytes(index), as: UTF8.self)
    }

    /// The tag written on the node, if any, e.g. `tag:yaml.org,2002:str`.
    public func tag(_ index: NodeIndex) -> String? {
        let tagIndex = nodes[index].tagIndex
        return tagIndex < 0 ? nil : tags[Int(tagIndex)]
    }

    // MARK: Building (the loader's side)

    mutating func reserve(nodes nodeCount: Int, arenaBytes: Int) {
        nodes.reserveCapacity(nodeCount)
        arena.reserveCapacity(arenaBytes)
    }

    mutating func appendScalar(
        _ value: UnsafeBufferPointer<UInt8>, style: ScalarStyle, tag: String?, start: SourcePosition,
        end: SourcePosition
    ) {
        let offset = Int32(truncatingIfNeeded: arena.count)
        arena.append(contentsOf: value)
        nodes.append(
            YAMLNode(
                kind: .scalar, style: style, isFlow: false, start: start, end: end, first: offset,
                second: Int32(truncatingIfNeeded: value.count), tagIndex: tagIndex(for: tag)))
    }

    mutating func appendAlias(target: NodeIndex, start: SourcePosition, end: SourcePosition) {
        nodes.append(
            YAMLNode(
                kind: .alias, style: .plain, isFlow: false, start: start, end: end,
                first: Int32(truncatingIfNeeded: target), second: 0, tagIndex: -1))
    }

    /// Opens a collection; `closeCollection` fills in its extent and child count.
    mutating func openCollection(kind: YAMLNode.Kind, isFlow: Bool, tag: String?, start: SourcePosition) -> NodeIndex {
        nodes.append(
            YAMLNode(
                kind: kind, style: .plain, isFlow: isFlow, start: start, end: start, first: 0, second: 0,
                tagIndex: tagIndex(for: tag)))
        return nodes.count - 1
    }

    mutating func closeCollection(_ index: NodeIndex, childCount: Int, end: SourcePosition) {
        let open = nodes[index]
        nodes[index] = YAMLNode(
            kind: open.kind, style: open.style, isFlow: open.isFlow, start: open.range.start, end: end,
            first: Int32(truncatingIfNeeded: nodes.count), second: Int32(truncatingIfNeeded: childCount),
            tagIndex: open.tagIndex)
    }

    private mutating func tagIndex(for tag: String?) -> Int32 {
        guard let tag else { return -1 }
        if let existing = tagIndexByName[tag] { return existing }
        tags.append(tag)
        let index = Int32(truncatingIfNeeded: tags.count - 1)
        tagIndexByName[tag] = index
        return index
    }
}

extension YAMLDocument {
    /// Direct children of a collection, walked by skipping each child's subtree.
    public struct ChildSequence: Sequence, Sendable {
        @usableFromInline let document: YAMLDocument
        @usableFromInline let first: Int
        @usableFromInline let count: Int

        @inlinable
        init(document: YAMLDocument, first: Int, count: Int) {
            self.document = document
            self.first = first
            self.count = count
        }

        @inlinable public var underestimatedCount: Int { count }

        @inlinable
        public func makeIterator() -> Iterator {
            Iterator(document: document, upcoming: first, remaining: count)
        }

        public struct Iterator: IteratorProtocol {
            @usableFromInline let document: YAMLDocument
            @usableFromInline var upcoming: Int
            @usableFromInline var remaining: Int

            @inlinable
            init(document: YAMLDocument, upcoming: Int, remaining: Int) {
                self.document = document
                self.upcoming = upcoming
                self.remaining = remaining
            }

            @inlinable
            public mutating func next() -> NodeIndex? {
                guard remaining > 0 else { return nil }
                let current = upcoming
                upcoming = document.subtreeEnd(current)
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
