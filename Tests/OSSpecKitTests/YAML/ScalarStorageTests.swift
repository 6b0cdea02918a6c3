import OSSpecKit
import Testing

/// The loader points scalars into the loaded bytes when their value is their source text, and
/// copies them otherwise. Whichever it does, a scalar's value must be exactly what YAML says.
@Suite("Scalar storage")
struct ScalarStorageTests {
    /// Every scalar value of a document, in document order, read both ways: from an array the
    /// loader may share, and from a buffer it must copy from.
    private func scalars(_ bytes: [UInt8]) throws -> (shared: [String], copied: [String]) {
        let shared = try #require(YAMLLoader().load(bytes).document)
        let copied = try #require(bytes.withUnsafeBufferPointer { YAMLLoader().load($0) }.document)
        func values(_ document: YAMLDocument) -> [String] {
            document.nodes.indices.filter { document[$0].kind == .scalar }.map { document.scalarString($0) }
        }
        return (values(shared), values(copied))
    }

    @Test(
        "values are exact whether shared or copied",
        arguments: [
            ("plain: value\nquoted: 'it''s'\ndouble: \"a\\tb \\u00e9\"\n", ["plain", "value", "quoted", "it's", "double", "a\tb é"]),
            ("folded: >\n  one\n  two\nliteral: |\n  x\n", ["folded", "one two\n", "literal", "x\n"]),
            ("multi: first\n  second\n", ["multi", "first second"]),
            // Non-ASCII text before a value: libyaml's offsets count characters, not bytes.
            ("é🎉: naïve\nnext: plain\n'q': \"ü\"\n", ["é🎉", "naïve", "next", "plain", "q", "ü"]),
            ("[a, 'b c', \"d\", {e: f}]\n", ["a", "b c", "d", "e", "f"]),
            ("empty: ''\nnull:\n", ["empty", "", "null", ""]),
        ])
    func exactValues(text: String, expected: [String]) throws {
        let (shared, copied) = try scalars(Array(text.utf8))
        #expect(shared == expected)
        #expect(copied == expected)
    }

    @Test("a byte order mark shifts libyaml's offsets, not the values")
    func byteOrderMark() throws {
        let (shared, _) = try scalars([0xEF, 0xBB, 0xBF] + Array("key: value\nother: 'x y'\n".utf8))
        #expect(shared == ["key", "value", "other", "x y"])
    }

    @Test("tags are kept per node in the side table")
    func tags() throws {
        let document = try #require(YAMLLoader().load(Array("a: !!str 1\nb: 2\nc: !custom [x]\n".utf8)).document)
        let tagged = document.nodes.indices.compactMap { index in document.tag(index).map { (document.scalarString(index), $0) } }
        #expect(tagged.map(\.1) == ["tag:yaml.org,2002:str", "!custom"])
        #expect(tagged.first?.0 == "1")
    }

    @Test("a node stays 24 bytes: the node array is the largest structure of a lint")
    func nodeSize() {
        #expect(MemoryLayout<YAMLNode>.stride == 24)
    }

    @Test("a node spanning more lines than it can hold keeps its exact end line")
    func longSpan() throws {
        // 16,777,215 lines is the most a node holds itself; this sequence spans 16,777,217.
        var bytes = Array("items:\n- a\n".utf8)
        bytes += [UInt8](repeating: UInt8(ascii: "\n"), count: 16_777_214)
        bytes += Array("- b\nend: 1\n".utf8)
        let limits = LoaderLimits(maxFileBytes: bytes.count + 1, maxDepth: 256, maxNodes: 100)
        let document = try #require(YAMLLoader(limits: limits).load(bytes).document)
        let items = try #require(document.pairs(of: 0).first { document.scalarString($0.key) == "items" }?.value)
        let lastItem = try #require(Array(document.items(of: items)).last)
        #expect(document.range(lastItem).start == SourcePosition(line: 16_777_217, column: 3))
        #expect(document.range(items).start == SourcePosition(line: 2, column: 1))
        #expect(document.range(items).end.line == 16_777_218)
        let end = try #require(document.pairs(of: 0).first { document.scalarString($0.key) == "end" }?.key)
        #expect(document.range(end).start.line == 16_777_218)
    }
}
