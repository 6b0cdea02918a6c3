internal import OSSpecDiagnostics
internal import OSSpecYAML

/// The state of decoding one document: the nodes being read and the findings so far. A class
/// so that the per-row decoders' closures can report through it while they fill a value.
final class DecodeSession {
    let document: YAMLDocument
    private(set) var collector: FindingCollector
    /// Rows already decoded on other threads (`RowPrefetch`), until `decodeSpec` takes them.
    private var prefetched: [RowName: PrefetchedRow]

    init(document: YAMLDocument, collector: FindingCollector = FindingCollector(), prefetched: [RowName: PrefetchedRow] = [:]) {
        self.document = document
        self.collector = collector
        self.prefetched = prefetched
    }

    /// The row decoded ahead, if it was, with its findings added to this session's.
    func takePrefetched(_ name: RowName) -> DecodedRow? {
        guard !prefetched.isEmpty, let ahead = prefetched.removeValue(forKey: name) else { return nil }
        collector.append(contentsOf: ahead.findings)
        return ahead.row
    }

    var diagnostics: [Diagnostic] { collector.findings }

    func report(_ diagnostic: Diagnostic) {
        collector.append(diagnostic)
    }

    func range(_ node: Int) -> SourceRange { document.range(node) }

    /// A key and its value as one span, for findings about an entry whose value may be empty.
    func entryRange(key: Int, value: Int) -> SourceRange {
        let valueRange = range(value)
        let keyRange = range(key)
        return SourceRange(start: keyRange.start, end: max(keyRange.end, valueRange.end))
    }

    /// A short description of a node's type, for wrong-type messages.
    func describe(_ node: Int) -> String {
        let resolved = document.resolved(node)
        let yamlNode = document[resolved]
        switch yamlNode.kind {
        case .mapping: return "a mapping"
        case .sequence: return "a list"
        case .alias: return "an alias"
        case .scalar:
            switch CoreSchema.resolve(document.scalarBytes(resolved), style: yamlNode.style, tag: document.tag(resolved)) {
            case .null: return "nothing (null)"
            case .bool(let value): return "the boolean \(value)"
            case .int(let value): return "the number \(value)"
            case .bigInt: return "a very large number"
            case .float(let value): return "the number \(value)"
            case .string: return "the string \"\(Self.shortened(document.scalarString(resolved)))\""
            }
        }
    }

    /// Whether a value is absent in all but name: null, `~`, an empty plain scalar.
    func isNull(_ node: Int) -> Bool {
        let resolved = document.resolved(node)
        let yamlNode = document[resolved]
        guard yamlNode.kind == .scalar else { return false }
        return CoreSchema.resolve(document.scalarBytes(resolved), style: yamlNode.style, tag: document.tag(resolved)) == .null
    }

    static func shortened(_ text: String, limit: Int = 40) -> String {
        MessageExcerpt.of(text, limit: limit)
    }
}
