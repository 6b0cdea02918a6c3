internal import OSSpecDiagnostics
internal import OSSpecPlatform
internal import OSSpecRules
public import OSSpecYAML

/// The `# osspec:disable...` comments of one spec, resolved to the spans they cover, and the
/// findings about the comments themselves (no reason, unknown or unsuppressible rule ids).
///
/// Found while the YAML document is alive (its node positions tell comments from `#` inside
/// scalars, and its block mappings give `disable` its scope), applied after every stage has
/// reported, before the configuration file's settings.
public struct InlineSuppressions: Sendable {
    /// One rule id of one directive, and the span of findings it silences.
    struct Entry: Sendable {
        var rule: String
        var idRange: SourceRange
        /// Findings that start in `start..<end` are silenced.
        var start: SourcePosition
        var end: SourcePosition
        /// For the unused-suppression message: "the next line (line 12)", "the file", ...
        var scopeDescription: String
    }

    var entries: [Entry] = []
    /// Findings about the directives, raised whatever else the file holds.
    var problems: [Diagnostic] = []
    /// Unknown rule ids get a "did you mean" for the first `RuleDescriptor.suggestionLimit` of
    /// them, as unknown references do: each is a pass over the catalogue, and a file can hold
    /// thousands of such ids.
    private var suggestionsLeft = RuleDescriptor.suggestionLimit

    public static let none = InlineSuppressions()

    /// Whether the source has any `osspec:` directive at all.
    public var isEmpty: Bool { entries.isEmpty && problems.isEmpty }

    /// The directives of `source`, the bytes `document` was loaded from.
    public static func find(in source: [UInt8], document: YAMLDocument) -> InlineSuppressions {
        // Nearly every spec has no directive: a byte search avoids scanning for comments at all.
        guard mayHoldDirective(source) else { return .none }
        let scan = YAMLCommentScan.scan(source, document: document)
        var suppressions = InlineSuppressions()
        var directives: [SuppressionDirective] = []
        for comment in scan.comments {
            switch SuppressionDirective.parse(comment) {
            case nil:
                continue
            case .unknownDirective(let word, let range):
                let kinds = SuppressionDirective.Kind.allCases.map(\.rawValue)
                let suggestion = Suggestion.closest(to: word, in: kinds)
                suppressions.problems.append(
                    SuppressionRules.invalid.diagnostic(
                        "Unknown directive 'osspec:\(word)'.\(suggestion.map { " Did you mean 'osspec:\($0)'?" } ?? "")",
                        at: range,
                        hint: "The directives are 'osspec:disable-next-line RULE-ID -- reason' and 'osspec:disable RULE-ID -- reason'."))
            case .directive(let directive):
                directives.append(directive)
            }
        }
        // Comments come in order of position, so the `disable` ones can be placed in one sweep.
        let disablePositions = directives.filter { $0.kind == .disable }.map(\.range.start)
        var enclosing = disablePositions.isEmpty
            ? [] : BlockMappingRegion.enclosing(disablePositions, in: BlockMappingRegion.regions(in: document))
        enclosing.reverse()
        for directive in directives {
            let line = directive.range.start.line
            switch directive.kind {
            case .disableNextLine:
                if let target = scan.nextContentLine(after: line) {
                    suppressions.add(
                        directive,
                        scope: (
                            SourcePosition(line: target, column: 1), SourcePosition(line: target + 1, column: 1),
                            "the next line (line \(target))"
                        ))
                } else {
                    suppressions.add(directive, scope: (.start, .start, "the next line (there is none)"))
                }
            case .disable:
                if let region = enclosing.popLast() ?? nil, !region.isRoot {
                    // The mapping ends at the next token indented less: that token's line is
                    // not the mapping's (the end of the file is, when it ends mid-line).
                    let lastLine = max(line, region.end.column <= region.column ? region.end.line - 1 : region.end.line)
                    suppressions.add(
                        directive,
                        scope: (
                            SourcePosition(line: line, column: 1), region.end,
                            line == lastLine ? "the rest of its mapping (line \(line))" : "the rest of its mapping (lines \(line)-\(lastLine))"
                        ))
                } else {
                    suppressions.add(
                        directive, scope: (SourcePosition(line: 0, column: 0), SourcePosition(line: Int.max, column: Int.max), "the file"))
                }
            }
        }
        return suppressions
    }

    private mutating func add(_ directive: SuppressionDirective, scope: (start: SourcePosition, end: SourcePosition, description: String)) {
        let written = "osspec:\(directive.kind.rawValue)"
        guard !directive.rules.isEmpty else {
            problems.append(
                SuppressionRules.invalid.diagnostic(
                    "'\(written)' names no rule to suppress.", at: directive.directiveRange,
                    hint: "Name the rule ids after it, e.g. '# \(written) unused-tool -- why it is fine here'."))
            return
        }
        if directive.reason == nil {
            let names = directive.rules.map { "'\($0.id)'" }.joined(separator: ", ")
            problems.append(
                SuppressionRules.withoutReason.diagnostic(
                    "This suppression of \(names) gives no reason.", at: directive.range,
                    hint: "Say why the finding is acceptable after ' -- ', e.g. '# \(written) \(directive.rules[0].id) -- <reason>'."))
        }
        for rule in directive.rules {
            guard let descriptor = RuleRegistry.descriptor(id: rule.id) else {
                var suggestion: String?
                if suggestionsLeft > 0 {
                    suggestionsLeft -= 1
                    suggestion = Suggestion.closest(to: rule.id, in: RuleRegistry.catalogue.map(\.id))
                }
                let looksLikeReason = directive.reason == nil && directive.rules.count > 1
                problems.append(
                    SuppressionRules.invalid.diagnostic(
                        "Unknown rule '\(rule.id)' in '\(written)'.\(suggestion.map { " Did you mean '\($0)'?" } ?? "")",
                        at: rule.range,
                        hint: suggestion.map { "Rename it to '\($0)'." }
                            ?? (looksLikeReason
                                ? "Put ' -- ' between the rule ids and the reason." : "'osspec rules' lists every rule id.")))
                continue
            }
            if descriptor.category == .syntax {
                problems.append(
                    SuppressionRules.invalid.diagnostic(
                        "'\(rule.id)' cannot be suppressed: a file with a `syntax` finding cannot be read, so nothing in it would be checked.",
                        at: rule.range, hint: "Remove it from the comment and fix the file instead."))
                continue
            }
            if SuppressionRules.all.contains(descriptor) {
                problems.append(
                    SuppressionRules.invalid.diagnostic(
                        "'\(rule.id)' is about suppression comments and cannot itself be suppressed by one.",
                        at: rule.range,
                        hint: "Fix the comment, or set '\(rule.id): off' under 'rules' in .osspec.yml."))
                continue
            }
            entries.append(
                Entry(rule: rule.id, idRange: rule.range, start: scope.start, end: scope.end, scopeDescription: scope.description))
        }
    }

    /// A quick byte search for `osspec:` followed by a letter.
    static func mayHoldDirective(_ source: [UInt8]) -> Bool {
        // This runs on every lint, so it jumps from colon to colon with libc's (vectorized)
        // memchr and looks around each one, instead of comparing at every byte.
        let prefix = Array("osspec".utf8)
        return source.withUnsafeBytes { haystack in
            guard let base = haystack.baseAddress else { return false }
            var offset = 0
            while offset < haystack.count {
                guard let found = memchr(base + offset, Int32(UInt8(ascii: ":")), haystack.count - offset) else { return false }
                let colon = base.distance(to: UnsafeRawPointer(found))
                offset = colon + 1
                guard colon >= prefix.count, colon + 1 < haystack.count else { continue }
                let next = haystack[colon + 1] | 0x20
                guard next >= UInt8(ascii: "a"), next <= UInt8(ascii: "z") else { continue }
                if prefix.indices.allSatisfy({ haystack[colon - prefix.count + $0] == prefix[$0] }) { return true }
            }
            return false
        }
    }
}
