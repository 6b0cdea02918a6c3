import OSSpecKit
import Testing

@Suite("Did you mean")
struct SuggestionTests {
    @Test("close typos are suggested, far words are not")
    func closest() {
        let keys = ["description", "task", "model", "budget_tokens", "tools", "handoffs", "prompt"]
        #expect(Suggestion.closest(to: "modle", in: keys) == "model")
        #expect(Suggestion.closest(to: "tols", in: keys) == "tools")
        #expect(Suggestion.closest(to: "descripton", in: keys) == "description")
        #expect(Suggestion.closest(to: "handoff", in: keys) == "handoffs")
        #expect(Suggestion.closest(to: "zzz", in: keys) == nil)
        #expect(Suggestion.closest(to: "model", in: keys) == nil, "an exact match is not a suggestion")
    }

    @Test("diagnostics sort by position, then rule id, and drop exact repeats")
    func ordering() {
        let rule = RuleDescriptor(id: "b-rule", category: .schema, defaultSeverity: .error, summary: "s")
        let other = RuleDescriptor(id: "a-rule", category: .schema, defaultSeverity: .error, summary: "s")
        let at = { (line: Int, column: Int) in SourceRange(at: SourcePosition(line: line, column: column)) }
        let diagnostics = [
            rule.diagnostic("m", at: at(2, 1)), rule.diagnostic("m", at: at(1, 5)), other.diagnostic("m", at: at(1, 5)),
            rule.diagnostic("m", at: at(2, 1)),
        ]
        let sorted = diagnostics.inReportOrder()
        #expect(sorted.map(\.rule) == ["a-rule", "b-rule", "b-rule"])
        #expect(sorted.map(\.range.start.line) == [1, 1, 2])
    }
}
