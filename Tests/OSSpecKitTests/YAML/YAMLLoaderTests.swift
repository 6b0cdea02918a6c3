import OSSpecKit
import Testing

@Suite("YAML loader")
struct YAMLLoaderTests {
    private func load(_ text: String, limits: LoaderLimits = .default) -> LoadResult {
        YAMLLoader(limits: limits).load(Array(text.utf8))
    }

    private func load(bytes: [UInt8]) -> LoadResult {
        YAMLLoader().load(bytes)
    }

    /// The node of the value under `key` in the root mapping.
    private func value(_ key: String, in document: YAMLDocument) -> Int? {
        document.pairs(of: 0).first { document.scalarString($0.key) == key }?.value
    }

    @Test("columns count characters, not bytes: accents and emoji before a value")
    func columnsCountCharacters() throws {
        let result = load("é🎉ü: naïve\nplain: x\n\"ünï🎉\": \"v\"\n")
        let document = try #require(result.document)
        #expect(result.diagnostics.isEmpty)
        let first = try #require(value("é🎉ü", in: document))
        // "é🎉ü: " is 5 characters, so the value starts at column 6 (it is 11 bytes in).
        #expect(document.range(first) == SourceRange(start: .init(line: 1, column: 6), end: .init(line: 1, column: 11)))
        let third = try #require(value("ünï🎉", in: document))
        #expect(document.range(third).start == SourcePosition(line: 3, column: 9))
    }

    @Test("CRLF and lone CR line breaks count one line each")
    func crlfLines() throws {
        let document = try #require(load("a: 1\r\nb: 2\rc: 3\n").document)
        let c = try #require(value("c", in: document))
        #expect(document.range(c).start == SourcePosition(line: 3, column: 4))
    }

    @Test("a UTF-8 byte order mark is accepted and does not shift columns")
    func byteOrderMark() throws {
        let result = load(bytes: [0xEF, 0xBB, 0xBF] + Array("key: value\n".utf8))
        let document = try #require(result.document)
        let node = try #require(value("key", in: document))
        #expect(document.range(node).start == SourcePosition(line: 1, column: 6))
        #expect(result.diagnostics.isEmpty)
    }

    @Test("a duplicate key is an error at the second key, with the first as related location")
    func duplicateKey() throws {
        let result = load("a: 1\nb: 2\na: 3\n")
        #expect(result.document != nil, "duplicate keys do not stop the typed stage")
        let diagnostic = try #require(result.diagnostics.first)
        #expect(result.diagnostics.count == 1)
        #expect(diagnostic.rule == "duplicate-key")
        #expect(diagnostic.range.start == SourcePosition(line: 3, column: 1))
        #expect(diagnostic.related.map(\.range.start) == [SourcePosition(line: 1, column: 1)])
    }

    @Test("duplicate keys are found in large mappings too (the hashed path)")
    func duplicateKeyInLargeMapping() {
        var text = ""
        for index in 0..<50 { text += "key\(index): \(index)\n" }
        text += "key7: again\n"
        let result = load(text)
        #expect(result.diagnostics.map(\.rule) == ["duplicate-key"])
        #expect(result.diagnostics.first?.range.start.line == 51)
        #expect(result.diagnostics.first?.related.first?.range.start.line == 8)
    }

    @Test("every repeat in a large mapping points at the first of its value, keys of other kinds apart")
    func manyDuplicatesInLargeMapping() {
        // 3,000 keys in a table of 8,192 slots: many probe chains. Every key ending in 0 is
        // written again at the end, twice; the quoted and the aliased repeats count too, and
        // mapping and sequence keys never match.
        var text = "anchor: &k key5\n"
        for index in 0..<3_000 { text += "key\(index): \(index)\n" }
        text += "? [key1]\n: list\n? {key2: x}\n: map\n"
        for index in stride(from: 0, to: 3_000, by: 10) { text += "key\(index): again\n\"key\(index)\": and again\n" }
        text += "*k : aliased\n"
        let result = load(text)
        let duplicates = result.diagnostics.filter { $0.rule == "duplicate-key" }
        #expect(result.diagnostics.count == duplicates.count)
        #expect(duplicates.count == 601)
        for (position, finding) in duplicates.prefix(600).enumerated() {
            let index = position / 2 * 10
            #expect(finding.message.hasPrefix("Duplicate key 'key\(index)'"), "\(finding.message)")
            #expect(finding.related.first?.range.start.line == index + 2, "\(finding.message)")
        }
        #expect(duplicates.last?.related.first?.range.start.line == 7)
    }

    @Test("aliases resolve to their anchored node")
    func aliasesResolve() throws {
        let document = try #require(load("base: &b {x: 1}\ncopy: *b\n").document)
        let copy = try #require(value("copy", in: document))
        #expect(document[copy].kind == .alias)
        #expect(document[document.resolved(copy)].kind == .mapping)
    }

    @Test("a billion-laughs file is refused quickly, at its largest alias")
    func billionLaughs() throws {
        var text = "l0: &l0 [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]\n"
        for level in 1...9 {
            text += "l\(level): &l\(level) [" + Array(repeating: "*l\(level - 1)", count: 10).joined(separator: ", ") + "]\n"
        }
        let clock = ContinuousClock()
        var result: LoadResult?
        let elapsed = clock.measure { result = load(text) }
        #expect(elapsed < .seconds(1))
        #expect(result?.document == nil)
        let diagnostic = try #require(result?.diagnostics.first)
        #expect(diagnostic.rule == "alias-expansion-limit")
        #expect(diagnostic.range.start.line == 10)
    }

    @Test("a document within the alias budget loads")
    func aliasBudgetAllowsModestReuse() {
        var text = "base: &b [1, 2, 3]\n"
        for index in 0..<100 { text += "copy\(index): *b\n" }
        #expect(load(text).diagnostics.isEmpty)
    }

    @Test("an alias to an unknown anchor is an error with a suggestion")
    func undefinedAlias() throws {
        let result = load("a: &base 1\nb: *bsae\n")
        let diagnostic = try #require(result.diagnostics.first)
        #expect(diagnostic.rule == "undefined-alias")
        #expect(diagnostic.message.contains("Did you mean 'base'?"))
        #expect(diagnostic.range.start == SourcePosition(line: 2, column: 4))
        #expect(result.document == nil)
    }

    @Test("an alias inside its own anchored node is an error")
    func recursiveAlias() {
        let result = load("a: &loop [1, *loop]\n")
        #expect(result.diagnostics.map(\.rule) == ["recursive-alias"])
    }

    @Test("nesting past the depth limit is an error at the first node too deep")
    func depthLimit() throws {
        let result = load(String(repeating: "[", count: 300) + String(repeating: "]", count: 300))
        let diagnostic = try #require(result.diagnostics.first)
        #expect(diagnostic.rule == "nesting-too-deep")
        #expect(diagnostic.range.start == SourcePosition(line: 1, column: 257))
        #expect(result.document == nil)
    }

    @Test("100,000 nested brackets neither crash nor recurse")
    func hundredThousandBrackets() {
        let result = load(String(repeating: "[", count: 100_000))
        #expect(result.diagnostics.map(\.rule) == ["nesting-too-deep"])
    }

    @Test("exactly the depth limit is allowed")
    func depthAtLimit() {
        let limits = LoaderLimits(maxDepth: 3)
        #expect(load("a: {b: [1]}\n", limits: limits).diagnostics.isEmpty)
        #expect(load("a: {b: [[1]]}\n", limits: limits).diagnostics.map(\.rule) == ["nesting-too-deep"])
    }

    @Test("the node limit is a finding")
    func nodeLimit() {
        let result = load("[1, 2, 3, 4, 5]\n", limits: LoaderLimits(maxNodes: 4))
        #expect(result.diagnostics.map(\.rule) == ["too-many-nodes"])
    }

    @Test("invalid UTF-8 is reported at the line and column of the first bad byte")
    func invalidUTF8() throws {
        let result = load(bytes: Array("name: ok\ndesc: café ".utf8) + [0xE9, 0x21, 0x0A])
        let diagnostic = try #require(result.diagnostics.first)
        #expect(diagnostic.rule == "invalid-encoding")
        #expect(diagnostic.range.start == SourcePosition(line: 2, column: 12))
        #expect(diagnostic.message.contains("0xE9"))
    }

    @Test(
        "malformed UTF-8 sequences are rejected",
        arguments: [
            [0xC0, 0xAF],  // overlong
            [0xED, 0xA0, 0x80],  // surrogate
            [0xF4, 0x90, 0x80, 0x80],  // above U+10FFFF
            [0xE2, 0x82],  // truncated
            [0x80],  // lone continuation
        ] as [[UInt8]])
    func malformedUTF8(sequence: [UInt8]) {
        let result = load(bytes: Array("a: ".utf8) + sequence)
        #expect(result.diagnostics.map(\.rule) == ["invalid-encoding"])
        #expect(result.diagnostics.first?.range.start == SourcePosition(line: 1, column: 4))
    }

    @Test("a NUL byte means not a text file")
    func nulByte() {
        let result = load(bytes: Array("a: 1\nb: ".utf8) + [0x00, 0x01])
        #expect(result.diagnostics.map(\.rule) == ["binary-file"])
        #expect(result.diagnostics.first?.range.start == SourcePosition(line: 2, column: 4))
    }

    @Test("UTF-16 is named as such")
    func utf16() {
        let result = load(bytes: [0xFF, 0xFE, 0x61, 0x00])
        #expect(result.diagnostics.map(\.rule) == ["invalid-encoding"])
        #expect(result.diagnostics.first?.message.contains("UTF-16") == true)
    }

    @Test("a file over the size limit is refused before parsing")
    func sizeLimit() {
        let result = load("a: 12345\n", limits: LoaderLimits(maxFileBytes: 4))
        #expect(result.diagnostics.map(\.rule) == ["file-too-large"])
    }

    @Test("a second document is an error at its start")
    func twoDocuments() {
        let result = load("a: 1\n---\nb: 2\n")
        #expect(result.diagnostics.map(\.rule) == ["multiple-documents"])
        #expect(result.diagnostics.first?.range.start == SourcePosition(line: 2, column: 1))
    }

    @Test("empty and comment-only files hold no document", arguments: ["", "\n\n", "# just a comment\n", "---\n"])
    func emptyFile(text: String) {
        #expect(load(text).diagnostics.map(\.rule) == ["empty-file"])
    }

    @Test("tab indentation is explained in plain words")
    func tabIndentation() throws {
        let diagnostic = try #require(load("a:\n\tb: 1\n").diagnostics.first)
        #expect(diagnostic.rule == "yaml-tab-indentation")
        #expect(diagnostic.message.hasPrefix("Tabs cannot indent YAML"))
        #expect(diagnostic.range.start == SourcePosition(line: 2, column: 1))
    }

    @Test("libyaml's errors keep its words and gain plain ones")
    func syntaxError() throws {
        let diagnostic = try #require(load("a: b: c\n").diagnostics.first)
        #expect(diagnostic.rule == "yaml-syntax")
        #expect(diagnostic.message.contains("mapping values are not allowed in this context"))
        #expect(diagnostic.hint?.contains("Quote the value") == true)
        #expect(diagnostic.range.start == SourcePosition(line: 1, column: 5))
    }

    @Test("an unclosed quote is reported")
    func unclosedQuote() throws {
        let diagnostic = try #require(load("a: \"open\nb: 1\n").diagnostics.first)
        #expect(diagnostic.rule == "yaml-syntax")
        #expect(diagnostic.message.hasPrefix("The file ends inside a quoted string"))
    }

    @Test("a control character is reported at its position")
    func controlCharacter() throws {
        let diagnostic = try #require(load(bytes: Array("a: 1\nb: x".utf8) + [0x07] + Array("\n".utf8)).diagnostics.first)
        #expect(diagnostic.rule == "yaml-syntax")
        #expect(diagnostic.range.start == SourcePosition(line: 2, column: 5))
    }

    @Test("scalars keep their style and tags")
    func stylesAndTags() throws {
        let document = try #require(load("a: plain\nb: 'single'\nc: \"double\"\nd: |\n  lit\ne: !!str 5\n").document)
        let styles = ["a", "b", "c", "d"].compactMap { value($0, in: document) }.map { document[$0].style }
        #expect(styles == [.plain, .singleQuoted, .doubleQuoted, .literal])
        let tagged = try #require(value("e", in: document))
        #expect(document.tag(tagged) == "tag:yaml.org,2002:str")
    }

    @Test("a redefined anchor resolves to its latest definition, even inside the first")
    func anchorRedefinition() throws {
        let result = load("x: &a [ &a inner, *a ]\ny: *a\n")
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics)")
        let document = try #require(result.document)
        let y = try #require(value("y", in: document))
        #expect(document.scalarString(document.resolved(y)) == "inner")
    }

    @Test("many undefined aliases and many distinct tags stay fast")
    func manyAliasesAndTags() {
        var text = "a:\n"
        for index in 0..<5_000 { text += "  - &a\(index) v\n" }
        for index in 0..<5_000 { text += "  - *b\(index)\n" }
        let clock = ContinuousClock()
        var result: LoadResult?
        let aliases = clock.measure { result = load(text) }
        #expect(result?.diagnostics.count == 5_000)
        var tagged = "a:\n"
        for index in 0..<20_000 { tagged += "  - !t\(index) v\n" }
        let tags = clock.measure { result = load(tagged) }
        #expect(result?.diagnostics.isEmpty == true)
        // Generous bounds for a debug build on a loaded machine; quadratic behaviour took minutes.
        #expect(aliases < .seconds(10))
        #expect(tags < .seconds(10))
    }
}
