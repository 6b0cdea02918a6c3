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
                BlockMappingRegion(start: start, end: node.range.end, column: node.range.start.column, isRoot: isRoot))
        }
        guard let root = document.root else { return [] }
        add(root, from: .start, isRoot: true)
        for index in document.nodes.indices {
            switch document[index].kind {
            case .mapping:
                for (key, value) in document.pairs(of: index) { add(value, from: document[key].range.end) }
            case .sequence:
                var previousEnd = document[index].range.start
                for item in document.items(of: index) {
                    add(item, from: previousEnd)
                    previousEnd = document[item].range.end
                }
            case .scalar, .alias:
                break
            }
        }
        return regions
    }

    /// The innermost region that holds `position` and whose keys are at or left of its column.
    static func enclosing(_ position: SourcePosition, in regions: [BlockMappingRegion]) -> BlockMappingRegion? {
        var best: BlockMappingRegion?
        for region in regions
        where region.start <= position && position < region.end && region.column <= position.column
            && region.start >= (best?.start ?? SourcePosition(line: 0, column: 0))
        {
            best = region
        }
        return best
    }
}
