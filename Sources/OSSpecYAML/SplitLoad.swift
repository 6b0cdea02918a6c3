internal import OSSpecDiagnostics
internal import OSSpecPlatform

/// Loads a large file in two parts side by side: libyaml and the loader are most of a lint, and
/// one file would otherwise leave every other core idle.
///
/// A spec is a block mapping whose rows are keys at column 0. A line that starts at column 0
/// with a letter ends everything before it in block context, so the text is cut at such a line
/// near the middle: the first part is loaded on this thread, the second, with its positions and
/// offsets counted from the cut, on another, and the second part's entries are appended to the
/// first part's root mapping.
///
/// The cut is a guess, and each part is checked: both must load without any finding as single
/// documents whose roots are untagged block mappings with their keys at column 0, the first
/// part's stream must end exactly where the second part's positions start, and the merged
/// document must hold no key twice in its root and stay within the limits. Only the first part
/// may start with `---` (many teams write it: yamllint asks for it by default). Anything else
/// (a root indented further, a flow collection or quoted scalar open across the cut, an alias
/// to an anchor before it, `---` after the start, `...` or directives, a problem to report)
/// returns nil,
/// and the caller loads the file whole on one thread, which reports exactly what it always
/// did. So the document is the one a single load builds.
enum SplitLoad {
    /// A file is worth splitting from `Parallelism.minimumNodes` nodes, at about this many bytes
    /// per node (the generated benchmark specs have one node per 12 bytes).
    static let bytesPerNode = 12

    /// The document of `bytes` loaded in two parts, or nil when that cannot be done safely.
    static func load(_ bytes: [UInt8], limits: LoaderLimits) -> YAMLDocument? {
        guard let cut = bytes.withUnsafeBufferPointer({ cutPoint(in: $0) }) else { return nil }
        return load(bytes, limits: limits, cut: cut)
    }

    /// The document of `bytes` loaded as `bytes[..<cut]` and `bytes[cut...]`, or nil.
    static func load(_ bytes: [UInt8], limits: LoaderLimits, cut: Int) -> YAMLDocument? {
        guard cut > 0, cut < bytes.count else { return nil }
        var parts = ParallelWork.map(count: 2, threads: 2) { index in
            bytes.withUnsafeBufferPointer { buffer in
                if index == 0 {
                    return Part(loading: 0..<cut, of: buffer, sharing: bytes, limits: limits, origin: (0, 0), reserving: buffer.count)
                }
                // Counted here, on the second part's thread, while the first part loads.
                guard let origin = origin(of: buffer, upTo: cut) else { return nil }
                return Part(loading: cut..<buffer.count, of: buffer, sharing: bytes, limits: limits, origin: origin, reserving: buffer.count - cut)
            }
        }
        guard let headExpandedSize = parts[0]?.rootExpandedSize, let tail = parts[1] else { return nil }
        // The first part's stream must end where the second part's positions begin: the cut is
        // then a line start as libyaml counts lines and characters.
        guard let end = parts[0]?.streamEnd, end.position == SourcePosition(line: tail.origin.lines + 1, column: 1),
            end.characterOffset == tail.origin.characters
        else { return nil }
        // Taken out of `parts`, so the merge appends to the first part's storage (reserved for
        // the whole file) instead of copying it.
        var document = parts[0]!.document
        parts[0] = nil
        document.appendRootEntries(of: tail.document)
        // What the whole file's run checks at its end: the node count, aliases expanded across
        // both parts (each part's root counts itself once), and keys repeated across the cut.
        let (expanded, overflow) = headExpandedSize.addingReportingOverflow(tail.rootExpandedSize - 1)
        guard document.nodes.count <= limits.maxNodes, !overflow,
            expanded <= limits.aliasExpansionBudget(writtenNodes: document.nodes.count),
            !rootRepeatsAKey(document)
        else { return nil }
        return document
    }

    /// One part, loaded; nil unless it loaded cleanly as a single document whose root is an
    /// untagged block mapping, which only the first part may open with `---`.
    struct Part: Sendable {
        let document: YAMLDocument
        let origin: (lines: Int, characters: Int)
        let rootExpandedSize: Int
        let streamEnd: (position: SourcePosition, characterOffset: Int)?

        init?(
            loading range: Range<Int>, of buffer: UnsafeBufferPointer<UInt8>, sharing bytes: [UInt8], limits: LoaderLimits,
            origin: (lines: Int, characters: Int), reserving reservedBytes: Int
        ) {
            var run = LoaderRun(
                limits: limits, source: buffer, sharedSource: bytes, part: range, lineOrigin: origin.lines,
                characterOrigin: origin.characters, reserving: reservedBytes)
            run.run()
            let document = run.document
            // A `---` opening the first part starts the one document the whole file holds; in the
            // second part it would start another. Directives are refused: a %TAG handle would
            // not reach the second part.
            let isFirst = range.lowerBound == 0
            guard run.diagnostics.findings.isEmpty, run.diagnostics.uncounted.total == 0, !run.documentIsBroken,
                run.documentCount == 1, run.documentStartIsImplicit || isFirst, !run.documentHasDirectives,
                run.documentEndIsImplicit,
                let root = document.root, document[root].kind == .mapping, !document[root].isFlow, document.tag(root) == nil,
                // Keys at column 0, as the second part's are: a root indented further would not
                // take the key at the cut (found by the fuzzer). The first key, not the mapping:
                // an anchor or tag on its own line puts the mapping's start at column 1 while its
                // keys are indented (found by review).
                document.childCount(root) > 0, document[root].start.column == 1, document[root + 1].start.column == 1
            else { return nil }
            self.document = document
            self.origin = origin
            rootExpandedSize = run.rootExpandedSize
            streamEnd = run.streamEnd
        }
    }

    /// The start of a line near the middle that begins with an ASCII letter or `_` at column
    /// 0: the first after the middle, else the last before it. Nil when there is none.
    static func cutPoint(in bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        func startsKeyLine(_ index: Int) -> Bool {
            guard index > 0, index < bytes.count, bytes[index - 1] == UInt8(ascii: "\n") else { return false }
            let byte = bytes[index]
            return (byte | 0x20) >= UInt8(ascii: "a") && (byte | 0x20) <= UInt8(ascii: "z") || byte == UInt8(ascii: "_")
        }
        let middle = bytes.count / 2
        var index = middle
        while index < bytes.count {
            if startsKeyLine(index) { return index }
            index += 1
        }
        index = middle - 1
        while index > 0 {
            if startsKeyLine(index) { return index }
            index -= 1
        }
        return nil
    }

    /// Lines and characters before `end`, as libyaml counts them: CR LF, CR, LF, NEL, LS and PS
    /// each end a line, and every UTF-8 sequence is one character. Nil for a file that starts with
    /// a byte order mark, which libyaml skips.
    static func origin(of bytes: UnsafeBufferPointer<UInt8>, upTo end: Int) -> (lines: Int, characters: Int)? {
        if end >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF { return nil }
        var lines = 0
        var continuationBytes = 0
        for index in 0..<end {
            let byte = bytes[index]
            if byte < 0x80 {
                if byte == 0x0A || (byte == 0x0D && (index + 1 == end || bytes[index + 1] != 0x0A)) { lines += 1 }
                continue
            }
            if byte & 0xC0 == 0x80 {
                continuationBytes += 1
            } else if byte == 0xC2, index + 1 < end, bytes[index + 1] == 0x85 {
                lines += 1
            } else if byte == 0xE2, index + 2 < end, bytes[index + 1] == 0x80, bytes[index + 2] == 0xA8 || bytes[index + 2] == 0xA9 {
                lines += 1
            }
        }
        return (lines, end - continuationBytes)
    }

    /// Whether two keys of the root mapping are equal: each part checked only its own.
    private static func rootRepeatsAKey(_ document: YAMLDocument) -> Bool {
        guard let root = document.root else { return false }
        var keys = KeyTable(capacity: document.childCount(root) / 2)
        for (key, _) in document.pairs(of: root) where document[document.resolved(key)].kind == .scalar {
            if keys.firstEqual(to: key, in: document) != nil { return true }
        }
        return false
    }
}
