import OSSpecKit
import Testing

@Suite("Escapers")
struct EscapingTests {
    static let hostile = "a \"quote\" \\ back \"\"\" triple */ end /* open \n newline \r\n crlf \t tab \\(x) ${y} $(rm -rf /) </script> ünï ✓ 🚀 \u{202E}rtl \u{0} nul \u{7} bell \u{2028} ls"

    @Test("Swift string content escapes exactly what a literal needs")
    func swiftString() {
        #expect(SwiftEscaping.stringLiteralContent("a\"b\\c\n\td\r") == "a\\\"b\\\\c\\n\\td\\r")
        #expect(SwiftEscaping.stringLiteralContent("\\(x)") == "\\\\(x)")
        #expect(SwiftEscaping.stringLiteralContent("\"\"\"") == "\\\"\\\"\\\"")
        #expect(SwiftEscaping.stringLiteralContent("\u{202E}\u{0}\u{2028}") == "\\u{202E}\\0\\u{2028}")
        #expect(SwiftEscaping.stringLiteralContent("ünï ✓ 🚀 ${y} </script>") == "ünï ✓ 🚀 ${y} </script>")
        let escaped = SwiftEscaping.stringLiteralContent(Self.hostile)
        #expect(!escaped.contains("\n") && !escaped.contains("\r"))
    }

    @Test("Python string content works in single- and double-quoted literals")
    func pythonString() {
        #expect(PythonEscaping.stringLiteralContent("a'b\"c\\d\n") == "a\\'b\\\"c\\\\d\\n")
        #expect(PythonEscaping.stringLiteralContent("\u{202E}\u{7}") == "\\u202E\\u0007")
        #expect(PythonEscaping.stringLiteralContent("{x} 🚀") == "{x} 🚀")
    }

    @Test("JSON string content")
    func json() {
        #expect(JSONEscaping.stringContent("a\"\\\n\u{1}\u{7F}") == "a\\\"\\\\\\n\\u0001\\u007F")
        #expect(JSONEscaping.stringContent("\u{E0001}") == "\\uDB40\\uDC01")
    }

    @Test("comments stay on one line and cannot close a block comment")
    func comments() {
        let escaped = CommentEscaping.lineComment(Self.hostile)
        #expect(!escaped.contains("\n") && !escaped.contains("\r") && !escaped.contains("\u{2028}") && !escaped.contains("\u{202E}"))
        #expect(!escaped.contains("*/") && !escaped.contains("/*"))
        #expect(CommentEscaping.lineComment("a */ b /*/ c") == "a * / b / * / c")
        #expect(CommentEscaping.lineComment("**/") == "** /")
    }

    @Test("Markdown escapes every punctuation character and keeps to one line")
    func markdown() {
        #expect(MarkdownEscaping.inline("<b>[x](y) | `c` #") == "\\<b\\>\\[x\\]\\(y\\) \\| \\`c\\` \\#")
        #expect(MarkdownEscaping.inline("a\nb ü") == "a b ü")
    }

    @Test("identifiers are checked, never cleaned; code identifiers are one-to-one")
    func identifiers() {
        #expect(IdentifierEscaping.checked("search_kb-2") == .success("search_kb-2"))
        for bad in ["", "1a", "a b", "../x", "a/b", "a.b", "é", String(repeating: "a", count: 65)] {
            #expect((try? IdentifierEscaping.checked(bad).get()) == nil, "\(bad)")
        }
        #expect(IdentifierEscaping.codeIdentifier("a-b") == "id_a_db")
        #expect(IdentifierEscaping.codeIdentifier("a_b") == "id_a__b")
        #expect(IdentifierEscaping.codeIdentifier("a_db") == "id_a__db")
        #expect(IdentifierEscaping.codeIdentifier("class") == "id_class")
    }
}
