internal import OSSpecDiagnostics
internal import OSSpecYAML

/// Where each block mapping of a document lies, for `# osspec:disable`'s scope. A mapping's
/// region starts where its owner's entry ends (the end of its key, or of the previous item of
/// a list), so that a comment written above the mapping's first key belongs to it, and ends
/// where libyaml ends the mapping: at the next token indented less.
struct BlockMappingRegion: Sendable, Hashable {
    var start: SourcePosition
    var end: SourcePosition
    /// The column of the mapping's keys.
    var column: Int
    /// The document's root mapping: a directive inside it at its keys' indentation is at the top level.
    var isRoot: Bool

    static func regions(in document: YAMLDocument) -> [BlockMappingRegion] {
        var regions: [BlockMappingRegion] = []
        func add(_ index: Int, from start: SourcePosition, isRoot: Bool = false) {
            let node = document[index]
            guard node.kind == .mapping, !node.isFlow else { return }
            regions.append(
                BlockMappingRegion(start: start, end: document.range(index).end, column: document.range(index).start.column, isRoot: isRoot))
        }
        guard let root = document.root else { return [] }
        add(root, from: .start, isRoot: true)
        for index in document.nodes.indices {
            switch document[index].kind {
            case .mapping:
                for (key, value) in document.pairs(of: index) { add(value, from: document.range(key).end) }
            case .sequence:
                var previousEnd = document.range(index).start
                for item in document.items(of: index) {
                    add(item, from: previousEnd)
                    previousEnd = document.range(item).end
                }
            case .scalar, .alias:
                break
            }
        }
        return regions
    }

    /// For each position (in ascending order), the innermost region that holds it and whose keys
    /// are at or left of its column. Regions nest or lie apart, so one sweep in order of
    /// position with a stack of open regions finds them: linear in regions and positions, times
    /// the nesting depth (bounded by the loader).
    static func enclosing(_ positions: [SourcePosition], in regions: [BlockMappingRegion]) -> [BlockMappingRegion?] {
        let ordered = regions.sorted { $0.start != $1.start ? $0.start < $1.start : $0.end > $1.end }
        var open: [BlockMappingRegion] = []
        var next = 0
        var result: [BlockMappingRegion?] = []
        result.reserveCapacity(positions.count)
        for position in positions {
            while next < ordered.count, ordered[next].start <= position {
                let region = ordered[next]
                while let top = open.last, top.end <= region.start { open.removeLast() }
                open.append(region)
                next += 1
            }
            while let top = open.last, top.end <= position { open.removeLast() }
            result.append(open.last { $0.end > position && $0.column <= position.column })
        }
        return result
    }
}
