public import OSSpecDiagnostics
internal import OSSpecRules

extension InlineSuppressions {
    /// The findings that no directive silences, then the findings about the directives: each
    /// malformed one, and each rule id that silenced nothing.
    public func apply(to diagnostics: [Diagnostic]) -> [Diagnostic] {
        guard !isEmpty else { return diagnostics }
        var entriesByRule: [String: [Int]] = [:]
        for (index, entry) in entries.enumerated() { entriesByRule[entry.rule, default: []].append(index) }
        var findingsByRule: [String: [Int]] = [:]
        var kept: [Diagnostic] = []
        for (index, diagnostic) in diagnostics.enumerated() {
            if entriesByRule[diagnostic.rule] != nil {
                findingsByRule[diagnostic.rule, default: []].append(index)
            } else {
                kept.append(diagnostic)
            }
        }
        var used = [Bool](repeating: false, count: entries.count)
        for (rule, entryIndices) in entriesByRule {
            // Spans are nested or apart (mappings nest), so a sweep in order of position with a
            // stack of open spans finds the innermost span over each finding: that directive is
            // the one used. Outer first among spans that start together; among equal spans (file
            // scopes), the later directive ends on top.
            let spans = entryIndices.sorted { lhs, rhs in
                if entries[lhs].start != entries[rhs].start { return entries[lhs].start < entries[rhs].start }
                if entries[lhs].end != entries[rhs].end { return entries[lhs].end > entries[rhs].end }
                return lhs < rhs
            }
            let findings = (findingsByRule[rule] ?? []).sorted { diagnostics[$0].range.start < diagnostics[$1].range.start }
            var open: [Int] = []
            var nextSpan = 0
            for finding in findings {
                let position = diagnostics[finding].range.start
                while nextSpan < spans.count, entries[spans[nextSpan]].start <= position {
                    let span = spans[nextSpan]
                    while let top = open.last, entries[top].end <= entries[span].start { open.removeLast() }
                    open.append(span)
                    nextSpan += 1
                }
                while let top = open.last, entries[top].end <= position { open.removeLast() }
                if let top = open.last {
                    used[top] = true
                } else {
                    kept.append(diagnostics[finding])
                }
            }
        }
        kept += problems
        for (index, entry) in entries.enumerated() where !used[index] {
            kept.append(
                SuppressionRules.unused.diagnostic(
                    "'\(entry.rule)' is suppressed here, but \(entry.scopeDescription) has no '\(entry.rule)' finding.",
                    at: entry.idRange,
                    hint: "Remove '\(entry.rule)' from the comment (or the whole comment): it silences nothing."))
        }
        return kept
    }
}
