import OSSpecKit
import Testing

/// `# osspec:disable-next-line` and `# osspec:disable`, applied by the linter to a spec's own
/// findings.
@Suite("Inline suppression comments")
struct SuppressionTests {
    /// specs/minimal.osspec.yaml with an unknown key `colour` in the process (line 17) and one
    /// in the kernel's limits (line 22), so there is something to suppress inside and outside
    /// the process's mapping.
    static let lines = [
        "osspec: 1",  // 1
        "name: minimal",
        "cpu:",
        "  default: main",
        "  models:",  // 5
        "    main: { provider: stub, model: echo, context_window: 8192 }",
        "ram:",
        "  policy: sliding-window",
        "  default_budget_tokens: 4096",
        "filesystem: \"n/a: stateless, nothing is kept between runs\"",  // 10
        "processes:",
        "  assistant:",
        "    description: Answers the user's message in a single reply",
        "    task: answer",
        "    tools: []",  // 15
        "    x-note: fine",
        "    colour: blue",
        "ipc: \"n/a: one agent with no tools\"",
        "kernel:",
        "  orchestrator: swift",  // 20
        "  entry: assistant",
        "  limits: { max_steps: 5, timeout_seconds: 30, colour: red }",
        "  tracing:",
        "    enabled: true",
        "    exporter: stdout",  // 25
        "    events: [model_call]",
        "    redact: [secrets]",
        "user_space: \"n/a: embedded as a library call\"",
    ]

    /// The spec with `insertions` placed before the given 1-based lines of `lines`.
    static func spec(_ insertions: [Int: [String]] = [:], lineEnd: String = "\n") -> String {
        var result: [String] = []
        for (index, line) in lines.enumerated() {
            result += insertions[index + 1] ?? []
            result.append(line)
        }
        result += insertions[lines.count + 1] ?? []
        return result.joined(separator: lineEnd) + lineEnd
    }

    /// Each finding as `line:column rule`.
    static func findings(_ text: String) -> [String] {
        lint(text).map { "\($0.range.start.line):\($0.range.start.column) \($0.rule)" }
    }

    @Test("without comments: the two unknown keys")
    func baseline() {
        #expect(Self.findings(Self.spec()) == ["17:5 unknown-key", "22:48 unknown-key"])
    }

    @Test("disable-next-line with a reason silences the finding on the next line, and nothing else")
    func nextLine() {
        let text = Self.spec([17: ["    # osspec:disable-next-line unknown-key -- the renderer reads colour"]])
        #expect(Self.findings(text) == ["23:48 unknown-key"])
    }

    @Test("disable-next-line skips blank and comment lines, so directives stack")
    func stacked() {
        let text = Self.spec([
            17: ["    # osspec:disable-next-line unknown-key -- one", "", "    # osspec:disable-next-line x-unused-not-a-rule -- two"]
        ])
        let found = lint(text)
        #expect(!found.contains { $0.rule == "unknown-key" && $0.range.start.line == 20 })
        #expect(found.map(\.rule).contains("invalid-suppression"))
    }

    @Test("a trailing directive applies to the next line, not its own")
    func trailing() {
        let text = Self.spec([17: ["    x-other: 1 # osspec:disable-next-line unknown-key -- next line"]])
        #expect(Self.findings(text) == ["23:48 unknown-key"])
    }

    @Test("without a reason: the finding is silenced, and the comment is a warning")
    func withoutReason() throws {
        let found = lint(Self.spec([17: ["    # osspec:disable-next-line unknown-key"]]))
        #expect(found.map { "\($0.range.start.line):\($0.range.start.column) \($0.rule)" } == ["17:5 suppression-without-reason", "23:48 unknown-key"])
        let warning = try #require(found.first)
        #expect(warning.severity == .warning)
        #expect(warning.range.end == SourcePosition(line: 17, column: 43))
        for reasonless in ["    # osspec:disable-next-line unknown-key --", "    # osspec:disable-next-line unknown-key --   "] {
            #expect(Self.findings(Self.spec([17: [reasonless]])).first == "17:5 suppression-without-reason")
        }
    }

    @Test("a directive that silences nothing is reported at its rule id")
    func unused() throws {
        let found = lint(Self.spec([16: ["    # osspec:disable-next-line unknown-key, unused-tool -- stale"]]))
        #expect(
            found.map { "\($0.range.start.line):\($0.range.start.column) \($0.rule)" } == [
                "16:32 unused-suppression", "16:45 unused-suppression", "18:5 unknown-key", "23:48 unknown-key",
            ])
        #expect(found[0].message == "'unknown-key' is suppressed here, but the next line (line 17) has no 'unknown-key' finding.")
        #expect(found[0].range.end == SourcePosition(line: 16, column: 43))
    }

    @Test("disable in a nested mapping lasts to the end of that mapping")
    func mappingScope() throws {
        let text = Self.spec([16: ["    # osspec:disable unknown-key -- extension keys of the renderer"]])
        #expect(Self.findings(text) == ["23:48 unknown-key"])
        // Written above the mapping's first key, it still belongs to the mapping.
        let above = Self.spec([13: ["    # osspec:disable unknown-key -- extension keys of the renderer"]])
        #expect(Self.findings(above) == ["23:48 unknown-key"])
        // After the mapping's keys, but indented as its keys: still the mapping.
        let after = Self.spec([18: ["    # osspec:disable unknown-key -- nothing left to silence"]])
        let message = try #require(lint(after).first { $0.rule == "unused-suppression" }?.message)
        #expect(message == "'unknown-key' is suppressed here, but the rest of its mapping (line 18) has no 'unknown-key' finding.")
    }

    @Test("the comment's indentation chooses the mapping: indented as 'assistant', it covers 'processes' to its end")
    func indentationChoosesTheMapping() {
        let text = Self.spec([16: ["  # osspec:disable unknown-key -- the processes row"]])
        #expect(Self.findings(text) == ["23:48 unknown-key"])
    }

    @Test("disable at the top level covers the whole file, before the comment too")
    func topLevel() {
        let atEnd = Self.spec([29: ["# osspec:disable unknown-key -- a draft"]])
        #expect(Self.findings(atEnd).isEmpty)
        let inMiddle = Self.spec([16: ["# osspec:disable unknown-key -- a draft"]])
        #expect(Self.findings(inMiddle).isEmpty)
    }

    @Test("a # inside a quoted or block scalar is never a directive")
    func insideScalars() {
        let quoted = Self.spec([17: ["    x-quoted: \"# osspec:disable-next-line unknown-key -- not a comment\""]])
        #expect(Self.findings(quoted) == ["18:5 unknown-key", "23:48 unknown-key"])
        let block = Self.spec([17: ["    x-block: |", "      # osspec:disable-next-line unknown-key -- text", "      more"]])
        #expect(Self.findings(block) == ["20:5 unknown-key", "25:48 unknown-key"])
    }

    @Test("a directive inside a flow mapping over several lines")
    func flowMapping() {
        var text = Self.spec()
        text = text.replacingOccurrences(
            of: "  limits: { max_steps: 5, timeout_seconds: 30, colour: red }\n",
            with: "  limits: {\n    max_steps: 5,\n    # osspec:disable-next-line unknown-key -- flow\n    timeout_seconds: 30, colour: red }\n")
        #expect(Self.findings(text) == ["17:5 unknown-key"])
    }

    @Test("CRLF line ends")
    func crlf() {
        let text = Self.spec([17: ["    # osspec:disable-next-line unknown-key -- windows"]], lineEnd: "\r\n")
        #expect(Self.findings(text) == ["23:48 unknown-key"])
        let scoped = Self.spec([16: ["    # osspec:disable unknown-key -- windows"]], lineEnd: "\r\n")
        #expect(Self.findings(scoped) == ["23:48 unknown-key"])
    }

    @Test("an unknown rule id is a warning with a suggestion; the finding stays")
    func unknownRule() throws {
        let found = lint(Self.spec([17: ["    # osspec:disable-next-line unknown-kye -- typo"]]))
        let warning = try #require(found.first { $0.rule == "invalid-suppression" })
        #expect(warning.message == "Unknown rule 'unknown-kye' in 'osspec:disable-next-line'. Did you mean 'unknown-key'?")
        #expect(warning.range.start == SourcePosition(line: 17, column: 32))
        #expect(found.contains { $0.rule == "unknown-key" && $0.range.start.line == 18 })
        // A reason without ' -- ' reads as more rule ids; the hint says so.
        let noDashes = lint(Self.spec([17: ["    # osspec:disable-next-line unknown-key because"]]))
        #expect(noDashes.first { $0.rule == "invalid-suppression" }?.hint == "Put ' -- ' between the rule ids and the reason.")
    }

    @Test("only the first 32 unknown rule ids get a suggestion: each is a pass over the catalogue")
    func suggestionsAreCapped() {
        let comments = (0..<40).map { _ in "    # osspec:disable-next-line unknown-kye -- typo" }
        let warnings = lint(Self.spec([17: comments])).filter { $0.rule == "invalid-suppression" }
        #expect(warnings.count == 40)
        let suggested = warnings.filter { $0.message.hasSuffix("Did you mean 'unknown-key'?") }
        #expect(suggested.count == RuleDescriptor.suggestionLimit)
        // In file order: the suggestions go to the first ones.
        #expect(warnings.prefix(RuleDescriptor.suggestionLimit).allSatisfy { $0.message.contains("Did you mean") })
        #expect(warnings.last?.message == "Unknown rule 'unknown-kye' in 'osspec:disable-next-line'.")
        #expect(warnings.last?.hint == "'osspec rules' lists every rule id.")
    }

    @Test("syntax rules and the suppression rules themselves cannot be suppressed")
    func unsuppressible() {
        let found = lint(Self.spec([17: ["    # osspec:disable-next-line yaml-syntax, unused-suppression -- no"]]))
        #expect(found.filter { $0.rule == "invalid-suppression" }.count == 2)
        #expect(!found.contains { $0.rule == "unused-suppression" })
    }

    @Test("an unknown directive, and prose that only mentions osspec:")
    func directives() throws {
        let found = lint(Self.spec([17: ["    # osspec:disabel-next-line unknown-key -- typo"]]))
        let warning = try #require(found.first { $0.rule == "invalid-suppression" })
        #expect(warning.message == "Unknown directive 'osspec:disabel-next-line'. Did you mean 'osspec:disable-next-line'?")
        #expect(Self.findings(Self.spec([1: ["# osspec: 1 is the format version; osspec:"]])).count == 2)
        #expect(Self.findings(Self.spec([17: ["    # osspec:disable"]])).contains("17:7 invalid-suppression"))
    }

    @Test("several ids in one comment, separated by commas or spaces; each used id is fine")
    func severalIDs() {
        let text = Self.spec([17: ["    # osspec:disable-next-line unused-tool,unknown-key -- both"]])
        #expect(Self.findings(text) == ["17:32 unused-suppression", "23:48 unknown-key"])
    }

    @Test("nested and repeated directives: the innermost is used, a repeat at the top level is unused")
    func nested() {
        let text = Self.spec([
            1: ["# osspec:disable unknown-key -- the whole file", "# osspec:disable unknown-key -- again"],
            17: ["    # osspec:disable-next-line unknown-key -- this one"],
        ])
        // Lines shift by two at the top. The second top-level directive is innermost of the two
        // file-wide ones and covers line 25; the first covers nothing of its own.
        #expect(Self.findings(text) == ["1:18 unused-suppression"])
    }

    @Test("many directives stay linear: 10,000 of each kind in well under the time a quadratic pass would take")
    func manyDirectives() {
        let count = 10_000
        var insertions: [Int: [String]] = [:]
        insertions[1] = Array(repeating: "# osspec:disable unknown-key -- file-wide, repeated", count: count)
        insertions[17] = Array(repeating: "    # osspec:disable unknown-key -- mapping-wide, repeated", count: count)
        insertions[29] = Array(repeating: "# osspec:disable-next-line unknown-key -- no line follows", count: count)
        let text = Self.spec(insertions)
        let clock = ContinuousClock()
        var found: [Diagnostic] = []
        // Every finding listed: the default cap of 1,000 per file would count the rest.
        let elapsed = clock.measure { found = lint(text, limits: LoaderLimits(maxFindingsPerFile: Int.max)) }
        // Each finding is silenced by the innermost directive over it (the last of the repeats);
        // every other directive is unused.
        #expect(found.count == 3 * count - 2)
        #expect(found.allSatisfy { $0.rule == "unused-suppression" })
        #expect(elapsed < .seconds(20), "linting took \(elapsed)")
    }
}
