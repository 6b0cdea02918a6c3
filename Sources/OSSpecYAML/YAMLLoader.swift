public import OSSpecDiagnostics
public import OSSpecPlatform

/// What loading produced: the document when the bytes are well-formed YAML within the limits,
/// and every problem found. A document may come with findings (duplicate keys) that do not
/// stop the typed stage.
public struct LoadResult: Sendable {
    public var document: YAMLDocument?
    public var diagnostics: [Diagnostic]
    /// Findings past `LoaderLimits.collectionBound`, only counted.
    public var uncollected = UncollectedFindings()
}

/// Bytes -> `YAMLDocument`, through libyaml's event API with an explicit stack (no recursion, so
/// 100,000 nested `[` cannot overflow the call stack), bounded depth, node count and alias
/// expansion, and duplicate-key detection.
public struct YAMLLoader: Sendable {
    public var limits: LoaderLimits
    /// With more than one thread, a large file is loaded in two parts side by side (`SplitLoad`);
    /// the document and the findings are those of one thread.
    public var parallelism: Parallelism

    public init(limits: LoaderLimits = .default, parallelism: Parallelism = .sequential) {
        self.limits = limits
        self.parallelism = parallelism
    }

    /// Loads `bytes`. The document shares them (no copy): scalars written as they read, the
    /// vast majority, point into the source instead of being copied into the arena.
    public func load(_ bytes: [UInt8]) -> LoadResult {
        bytes.withUnsafeBufferPointer { load($0, sharing: bytes) }
    }

    public func load(_ bytes: UnsafeBufferPointer<UInt8>) -> LoadResult {
        load(bytes, sharing: nil)
    }

    private func load(_ bytes: UnsafeBufferPointer<UInt8>, sharing shared: [UInt8]?) -> LoadResult {
        if let problem = TextCheck.problem(in: bytes, limits: limits) {
            return LoadResult(document: nil, diagnostics: [problem])
        }
        if let shared, parallelism.threads > 1, bytes.count / SplitLoad.bytesPerNode >= parallelism.minimumNodes,
            let document = SplitLoad.load(shared, limits: limits)
        {
            return LoadResult(document: document, diagnostics: [])
        }
        var run = LoaderRun(limits: limits, source: bytes, sharedSource: shared)
        run.run()
        return run.result()
    }
}

/// The state of one load. Kept apart from `YAMLLoader` so the loader itself stays a value.
struct LoaderRun {
    struct OpenCollection {
        let index: Int
        var childCount = 0
        /// Nodes this collection stands for once aliases are expanded (saturating).
        var expandedSize = 1
        let anchor: String?
        /// Which definition of `anchor` this is (see `anchorDefinitions`).
        let definition: Int
    }

    struct Anchor {
        let node: Int
        let expandedSize: Int
    }

    let limits: LoaderLimits
    let source: UnsafeBufferPointer<UInt8>
    /// The bytes this run parses: all of `source`, or one part of it (`SplitLoad`), whose
    /// positions start at `lineOrigin` lines and `characterOrigin` characters into `source`.
    let part: Range<Int>
    let lineOrigin: Int
    let characterOrigin: Int
    var document = YAMLDocument()
    var diagnostics: FindingCollector
    var stack: [OpenCollection] = []
    var anchors: [String: Anchor] = [:]
    var openAnchors: Set<String> = []
    var documentCount = 0
    var undefinedAliasCount = 0
    /// How many times each anchor name has been defined, so a redefinition inside an anchored
    /// collection wins over the collection when both are complete (YAML: the latest wins).
    var anchorDefinitions: [String: Int] = [:]
    var rootExpandedSize = 0
    var largestAlias: (range: SourceRange, size: Int)?
    /// Set by a problem after which the document cannot be trusted (anything but duplicate keys).
    var documentIsBroken = false
    /// Whether the document began without `---`, whether it had directives, and where the
    /// stream ended (what `SplitLoad` checks a part against).
    var documentStartIsImplicit = false
    var documentHasDirectives = false
    var documentEndIsImplicit = true
    var streamEnd: (position: SourcePosition, characterOffset: Int)?

    init(
        limits: LoaderLimits, source: UnsafeBufferPointer<UInt8>, sharedSource: [UInt8]?,
        part: Range<Int>? = nil, lineOrigin: Int = 0, characterOrigin: Int = 0, reserving reservedBytes: Int? = nil
    ) {
        self.limits = limits
        self.source = source
        self.part = part ?? 0..<source.count
        self.lineOrigin = lineOrigin
        self.characterOrigin = characterOrigin
        self.diagnostics = FindingCollector(bound: limits.collectionBound)
        // Most specs have about one node per 12 bytes; reserving avoids regrowth on large files.
        // With a shared source, only scalars that differ from their source text (escapes,
        // folded lines, block scalars) go to the arena.
        // A part that will take the rest of the file (SplitLoad) reserves for the whole file.
        let expected = reservedBytes ?? source.count
        if let sharedSource {
            document.share(source: sharedSource, isASCII: TextCheck.isASCII(source))
            document.reserve(nodes: expected / 12 + 16, arenaBytes: expected / 64 + 16)
        } else {
            document.reserve(nodes: expected / 12 + 16, arenaBytes: expected / 2 + 16)
        }
    }

    mutating func run() {
        let parser = YAMLEventParser(
            borrowing: UnsafeBufferPointer(rebasing: source[part]), lineOrigin: lineOrigin, characterOrigin: characterOrigin)
        do {
            while let kind = try parser.next() {
                guard handle(kind, parser) else { return }
            }
        } catch {
            diagnostics.append(SyntaxErrorTranslator.diagnostic(for: error, source: source))
            documentIsBroken = true
        }
    }

    func result() -> LoadResult {
        var diagnostics = diagnostics
        var broken = documentIsBroken
        if !broken, documentCount == 0 || isEmptyRoot {
            diagnostics.append(
                YAMLRules.emptyFile.diagnostic(
                    "The file holds no YAML document; a spec needs at least `osspec: 1` and the seven rows.",
                    at: .fileStart,
                    hint: "Start from an example such as specs/minimal.osspec.yaml in the osspec repository."))
            broken = true
        }
        if !broken, let budgetProblem = aliasBudgetProblem() {
            diagnostics.append(budgetProblem)
            broken = true
        }
        return LoadResult(document: broken ? nil : document, diagnostics: diagnostics.findings, uncollected: diagnostics.uncounted)
    }

    private var isEmptyRoot: Bool {
        guard let root = document.root else { return true }
        let node = document[root]
        return node.kind == .scalar && node.style == .plain && node.second == 0 && document.tag(root) == nil
    }

    /// Handles one event; false stops the load.
    private mutating func handle(_ kind: YAMLEventKind, _ parser: YAMLEventParser) -> Bool {
        switch kind {
        case .streamStart:
            return true
        case .documentEnd:
            documentEndIsImplicit = documentEndIsImplicit && parser.isImplicitDocumentMarker
            return true
        case .streamEnd:
            streamEnd = (parser.start, parser.startCharacterOffset)
            return true
        case .documentStart:
            documentCount += 1
            documentStartIsImplicit = parser.isImplicitDocumentMarker
            documentHasDirectives = parser.documentHasDirectives
            if documentCount > 1 {
                diagnostics.append(
                    YAMLRules.multipleDocuments.diagnostic(
                        "A second YAML document starts here; a spec file holds exactly one document.",
                        at: SourceRange(start: parser.start, end: parser.end),
                        hint: "Put each spec in its own file, or remove the `---` separator."))
                documentIsBroken = true
                return false
            }
            return true
        case .scalar:
            guard reserveNode(at: parser) else { return false }
            let index = document.nodes.count
            document.appendScalar(
                parser.scalarValue, style: parser.scalarStyle, tag: parser.tag, start: parser.start, end: parser.end,
                sourceSpan: parser.startCharacterOffset..<parser.endCharacterOffset)
            if let anchor = parser.anchor {
                let name = Self.name(anchor)
                anchorDefinitions[name, default: 0] += 1
                anchors[name] = Anchor(node: index, expandedSize: 1)
            }
            addChild(expandedSize: 1)
            return true
        case .alias:
            guard reserveNode(at: parser) else { return false }
            let name = parser.anchor.map(Self.name) ?? ""
            let range = SourceRange(start: parser.start, end: parser.end)
            if anchors[name] == nil, openAnchors.contains(name) {
                diagnostics.append(
                    YAMLRules.recursiveAlias.diagnostic(
                        "Alias '*\(name)' refers to the node that contains it, which would never end.",
                        at: range, hint: "Refer to a node outside the one anchored '&\(name)'."))
                documentIsBroken = true
                document.appendScalar(UnsafeBufferPointer(start: nil, count: 0), style: .plain, tag: nil, start: range.start, end: range.end)
                addChild(expandedSize: 1)
            } else if let anchor = anchors[name] {
                document.appendAlias(target: anchor.node, start: range.start, end: range.end)
                if anchor.expandedSize > largestAlias?.size ?? 0 { largestAlias = (range, anchor.expandedSize) }
                addChild(expandedSize: anchor.expandedSize)
            } else {
                // A suggestion costs a pass over the anchors; only the first undefined alias gets
                // one, so a file of many bad aliases stays linear.
                let suggestion = undefinedAliasCount == 0 ? Suggestion.didYouMean(name, in: anchors.keys.sorted()) : ""
                undefinedAliasCount += 1
                diagnostics.append(
                    YAMLRules.undefinedAlias.diagnostic(
                        "Alias '*\(name)' names no anchor defined before it.\(suggestion)",
                        at: range, hint: "Define '&\(name)' on an earlier node, or fix the alias's name."))
                documentIsBroken = true
                document.appendScalar(UnsafeBufferPointer(start: nil, count: 0), style: .plain, tag: nil, start: range.start, end: range.end)
                addChild(expandedSize: 1)
            }
            return true
        case .sequenceStart, .mappingStart:
            if stack.count >= limits.maxDepth {
                diagnostics.append(
                    YAMLRules.nestingTooDeep.diagnostic(
                        "Nesting is deeper than the limit of \(limits.maxDepth) levels.",
                        at: SourceRange(start: parser.start, end: parser.end),
                        hint: "A spec needs a handful of levels; flatten the structure, or raise --max-depth."))
                documentIsBroken = true
                return false
            }
            guard reserveNode(at: parser) else { return false }
            let index = document.openCollection(
                kind: kind == .sequenceStart ? .sequence : .mapping, isFlow: parser.isFlowCollection, tag: parser.tag,
                start: parser.start)
            let anchor = parser.anchor.map(Self.name)
            var definition = 0
            if let anchor {
                openAnchors.insert(anchor)
                // Until it is complete, an alias to this name inside it is recursive.
                anchors[anchor] = nil
                anchorDefinitions[anchor, default: 0] += 1
                definition = anchorDefinitions[anchor] ?? 0
            }
            stack.append(OpenCollection(index: index, anchor: anchor, definition: definition))
            return true
        case .sequenceEnd, .mappingEnd:
            guard let closed = stack.popLast() else { return true }
            document.closeCollection(closed.index, childCount: closed.childCount, end: parser.end)
            if kind == .mappingEnd { reportDuplicateKeys(in: closed.index) }
            if let anchor = closed.anchor {
                openAnchors.remove(anchor)
                if anchorDefinitions[anchor] == closed.definition {
                    anchors[anchor] = Anchor(node: closed.index, expandedSize: closed.expandedSize)
                }
            }
            addChild(expandedSize: closed.expandedSize)
            return true
        }
    }

    private mutating func reserveNode(at parser: YAMLEventParser) -> Bool {
        guard document.nodes.count >= limits.maxNodes else { return true }
        diagnostics.append(
            YAMLRules.tooManyNodes.diagnostic(
                "The document holds more than \(limits.maxNodes) nodes.",
                at: SourceRange(start: parser.start, end: parser.end),
                hint: "Split the spec, or raise the limit with --max-nodes."))
        documentIsBroken = true
        return false
    }

    private mutating func addChild(expandedSize: Int) {
        guard !stack.isEmpty else {
            rootExpandedSize = expandedSize
            return
        }
        stack[stack.count - 1].childCount += 1
        let (sum, overflow) = stack[stack.count - 1].expandedSize.addingReportingOverflow(expandedSize)
        stack[stack.count - 1].expandedSize = overflow ? Int.max : sum
    }

    private func aliasBudgetProblem() -> Diagnostic? {
        let written = document.nodes.count
        let budget = limits.aliasExpansionBudget(writtenNodes: written)
        guard rootExpandedSize > budget, let alias = largestAlias else { return nil }
        let expanded = rootExpandedSize == Int.max ? "more than \(Int.max)" : "\(rootExpandedSize)"
        return YAMLRules.aliasExpansion.diagnostic(
            "Expanding its aliases would turn this document of \(written) nodes into \(expanded) nodes, "
                + "past the budget of \(budget); this alias alone stands for \(alias.size) nodes.",
            at: alias.range,
            hint: "Write the values out, or reuse fewer, smaller anchors (a 'billion laughs' file is refused by design).")
    }

    /// Reports each key that repeats an earlier key of the same mapping, at the repeat, with
    /// the first as the related location.
    mutating func reportDuplicateKeys(in mapping: Int) {
        let count = document.childCount(mapping) / 2
        guard count > 1 else { return }
        var keys: [Int] = []
        keys.reserveCapacity(count)
        for (key, _) in document.pairs(of: mapping) {
            let resolved = document.resolved(key)
            if document[resolved].kind == .scalar { keys.append(key) }
        }
        if keys.count <= 8 {
            for (position, key) in keys.enumerated() {
                let resolved = document.resolved(key)
                if let first = keys[..<position].first(where: { document.scalarsEqual(document.resolved($0), resolved) }) {
                    reportDuplicate(key, first: first)
                }
            }
            return
        }
        var firstKeys = KeyTable(capacity: keys.count)
        for key in keys {
            if let first = firstKeys.firstEqual(to: key, in: document) {
                reportDuplicate(key, first: first)
            }
        }
    }

    private mutating func reportDuplicate(_ key: Int, first: Int) {
        document.markRepeated(key: key)
        let name = document.scalarString(document.resolved(key))
        let firstRange = document.range(first)
        diagnostics.append(
            YAMLRules.duplicateKey.diagnostic(
                "Duplicate key '\(name)'; it is already defined at line \(firstRange.start.line), column \(firstRange.start.column).",
                at: document.range(key),
                hint: "Remove one of the two; YAML tools disagree on which value wins.",
                related: [RelatedLocation(range: firstRange, message: "'\(name)' is first defined here")]))
    }

    private static func name(_ bytes: UnsafeBufferPointer<UInt8>) -> String {
        String(decoding: bytes, as: UTF8.self)
    }
}
