import Foundation
import OSSpecKit
import Testing

@Suite("Spec text quoted in messages")
struct MessageExcerptTests {
    @Test("a valid id (up to 64 characters) is quoted whole; longer or multi-line text is cut")
    func excerpt() {
        let longestId = String(repeating: "a", count: Identifier.maxLength)
        #expect(MessageExcerpt.of(longestId) == longestId)
        #expect(MessageExcerpt.of(longestId + "b") == longestId + "...")
        #expect(MessageExcerpt.of("first\nsecond") == "first...")
        for lineBreak in ["\r\n", "\r", "\u{85}", "\u{2028}", "\u{2029}"] {
            #expect(MessageExcerpt.of("first" + lineBreak + "second") == "first...", "\(lineBreak.unicodeScalars.map(\.value))")
        }
        #expect(MessageExcerpt.of("é\u{301}x", limit: 1) == "é\u{301}...", "cut between characters, never inside one")
    }

    /// References are free text until a rule finds them unknown; a 5,000-character one must not
    /// make a 5,000-character message (or hint) in every finding about it.
    @Test("findings about very long references quote an excerpt")
    func longReferences() throws {
        var text = try String(contentsOf: TestPaths.specs.appendingPathComponent("minimal.osspec.yaml"), encoding: .utf8)
        let long = String(repeating: "x", count: 5000)
        text = text.replacingOccurrences(
            of: "    tools: []",
            with: "    tools: [\(long)]\n    model: \(long)\n    handoffs: [\(long)]\n    context: [\(long)]")
        text = text.replacingOccurrences(of: "task: answer", with: "task: \(long)")
        text = text.replacingOccurrences(of: "entry: assistant", with: "entry: \(long)")
        text = text.replacingOccurrences(of: "provider: stub", with: "provider: \(long)")
        // Without cpu.default the long task is unrouted too (the model pin is dropped for it).
        let unrouted = text.replacingOccurrences(of: "  default: main\n", with: "")
            .replacingOccurrences(of: "    model: \(long)\n", with: "")
        let reports = [text, unrouted].map { Linter().lint(bytes: Array($0.utf8), path: "long.osspec.yaml") }
        let rules = Set(reports.flatMap(\.diagnostics).map(\.rule))
        for expected in ["unknown-tool", "unknown-model", "unknown-handoff-target", "unknown-entry", "unknown-provider", "unrouted-task"] {
            #expect(rules.contains(expected), "\(expected) in \(rules.sorted())")
        }
        for diagnostic in reports.flatMap(\.diagnostics) {
            #expect(diagnostic.message.count < 300, "[\(diagnostic.rule)] \(diagnostic.message.count) characters")
            #expect((diagnostic.hint ?? "").count < 300, "[\(diagnostic.rule)] hint of \((diagnostic.hint ?? "").count) characters")
        }
    }
}
