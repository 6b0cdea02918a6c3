import OSSpecKit
import Testing

@Suite("Comments found from libyaml's positions")
struct CommentScanTests {
    static func scan(_ text: String) throws -> YAMLCommentScan {
        let bytes = Array(text.utf8)
        let document = try #require(YAMLLoader().load(bytes).document)
        return YAMLCommentScan.scan(bytes, document: document)
    }

    /// Each comment as `line:column text`.
    static func comments(_ text: String) throws -> [String] {
        try scan(text).comments.map { "\($0.range.start.line):\($0.range.start.column) \(String(decoding: $0.text, as: UTF8.self))" }
    }

    @Test("own-line and trailing comments, with their positions")
    func plain() throws {
        let scan = try Self.scan("# top\na: 1 # after\n  # indented\nb: x#not\n")
        #expect(scan.comments.map(\.range.start) == [.init(line: 1, column: 1), .init(line: 2, column: 6), .init(line: 3, column: 3)])
        #expect(scan.comments.map(\.isOnOwnLine) == [true, false, true])
        #expect(scan.comments[1].range.end == SourcePosition(line: 2, column: 13))
        #expect(try Self.comments("b: x#not\n").isEmpty)
    }

    @Test("a # inside a quoted scalar is not a comment")
    func quoted() throws {
        #expect(try Self.comments(#"a: "x # no" # yes"# + "\n") == ["1:13  yes"])
        #expect(try Self.comments("a: 'it''s # no'\n").isEmpty)
        #expect(try Self.comments("a: \"one\n  # still the string\n  two\"\nb: 1 # yes\n") == ["4:6  yes"])
    }

    @Test("a # inside a block scalar is not a comment; one after it is")
    func blockScalars() throws {
        let text = """
            a: |
              # osspec:disable-next-line unused-tool -- text, not a comment
              more text
            # a real comment
            b: >
                folded # not a comment
              # less indented: ends the scalar
            c: 1
            """
        #expect(try Self.comments(text) == ["4:1  a real comment", "7:3  less indented: ends the scalar"])
    }

    @Test("comments inside a flow mapping over several lines")
    func flow() throws {
        let text = "tools: {\n  a: 1,  # first\n  # own line\n  b: '#' }  # last\n"
        #expect(try Self.comments(text) == ["2:10  first", "3:3  own line", "4:13  last"])
    }

    @Test("CRLF line ends: lines counted once, the CR not part of the text")
    func crlf() throws {
        let scan = try Self.scan("a: 1\r\n# one\r\nb: 2 # two\r\n")
        #expect(scan.comments.map(\.range.start) == [.init(line: 2, column: 1), .init(line: 3, column: 6)])
        #expect(scan.comments.map { String(decoding: $0.text, as: UTF8.self) } == [" one", " two"])
        #expect(scan.nextContentLine(after: 1) == 3)
    }

    @Test("columns count characters, not bytes; a BOM is not a column")
    func multibyte() throws {
        #expect(try Self.comments("a: 'café ☕' # ok\n") == ["1:13  ok"])
        #expect(try Self.comments("\u{FEFF}# first\na: 1\n") == ["1:1  first"])
    }

    @Test("comments after anchors, tags and aliases")
    func properties() throws {
        #expect(try Self.comments("a: &anchor !!str 1 # one\nb: *anchor # two\n") == ["1:20  one", "2:12  two"])
    }

    @Test("the next content line skips blank and comment-only lines")
    func nextContentLine() throws {
        let scan = try Self.scan("a: 1\n\n# c\n   \nb: 2\n")
        #expect(scan.nextContentLine(after: 1) == 5)
        #expect(scan.nextContentLine(after: 5) == nil)
    }
}
