import OSSpecKit
import Testing

@Suite("Review building blocks")
struct ReviewUnitTests {
    @Test("HTML escaping covers markup, quotes and control characters")
    func html() {
        #expect(Escaping.html("<a href=\"x\">'&'</a>") == "&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;")
        #expect(Escaping.html("a\u{0}b\u{1B}c") == "a\u{FFFD}b\u{FFFD}c")
        #expect(Escaping.html("ünï 🚀") == "ünï 🚀")
    }

    @Test("Markdown cells: pipes, backslashes, newlines and markup cannot break the table")
    func markdown() {
        #expect(Escaping.markdownCell("a|b\\c\nd<e>&`") == "a\\|b\\\\c<br>d&lt;e&gt;&amp;\\`")
        #expect(!Escaping.markdownCell("x\r\ny|z").contains("\n"))
        // Links, images, emphasis and mentions from a spec value stay text in a PR comment.
        #expect(Escaping.markdownCell("![t](https://e.example/t.png) **b** ~~s~~ @octocat")
            == "!\\[t\\](https://e.example/t.png) \\*\\*b\\*\\* \\~\\~s\\~\\~ @\u{2060}octocat")
        // An e-mail address or a URL's user part is no mention, and stays as written.
        #expect(Escaping.markdownCell("ann@example.com https://user@host/v1 (@org/team)") == "ann@example.com https://user@host/v1 (@\u{2060}org/team)")
    }

    @Test("Mermaid labels use numeric entities; identifiers are safe and unique")
    func mermaid() {
        #expect(Escaping.mermaidLabel("a\"]#%<b>`\nc") == "a#34;]#35;#37;#60;b#62;#96; c")
        var ids = SafeIdentifiers()
        #expect(ids.identifier(kind: "p", id: "end") == "p_end")
        #expect(ids.identifier(kind: "p", id: "a-b") == "p_a_b")
        #expect(ids.identifier(kind: "p", id: "a_b") == "p_a_b_2", "a different id that sanitises the same gets a suffix")
        #expect(ids.identifier(kind: "p", id: "a-b") == "p_a_b", "the same id keeps its identifier")
        #expect(ids.identifier(kind: "t", id: "a-b") == "t_a_b")
    }

    @Test("DOT strings escape quotes and backslashes")
    func dot() {
        #expect(Escaping.dotString("a\"b\\c\nd") == "\"a\\\"b\\\\c\\nd\"")
        #expect(Escaping.dotString("trailing\\") == "\"trailing\\\\\"")
    }

    @Test("Numbers for people: grouping, fixed decimals, dollars")
    func numbers() {
        #expect(NumberText.grouped(1_234_567) == "1,234,567")
        #expect(NumberText.grouped(-1000) == "-1,000")
        #expect(NumberText.grouped(999) == "999")
        #expect(NumberText.fixed(0.00049, digits: 3) == "0.000")
        #expect(NumberText.fixed(2.5, digits: 0) == "3")
        #expect(NumberText.fixed(1234.5678, digits: 2) == "1,234.57")
        #expect(NumberText.dollars(0.0123) == "$0.0123")
        #expect(NumberText.dollars(7131.814) == "$7,131.81")
        #expect(NumberText.trimmed(99.9) == "99.9")
        #expect(NumberText.trimmed(0.999 * 100) == "99.9")
        #expect(NumberText.fixed(.nan, digits: 2) == "n/a")
        #expect(NumberText.trimmed(0.999999 * 100, digits: 6) == "99.9999")
        #expect(NumberText.approximate(10.0 / 3000) == "0.0033")
        #expect(NumberText.approximate(1.0 / 3) == "0.33")
        #expect(NumberText.approximate(2.5) == "2.5")
        #expect(NumberText.approximate(0) == "0")
        #expect(NumberText.whole(1234.4) == "1,234")
        #expect(NumberText.whole(2.0156e19) == "2.0156e+19")
        #expect(NumberText.percent(42, of: 100) == "42%")
        #expect(NumberText.percent(Int.max, of: 1) == "9.223372036854776e+20%")
    }

    @Test("Layered layout: entry on top, BFS layers, unreachable last, back edges flagged")
    func layout() {
        // 0 -> 1 -> 2 -> 0 (a cycle), 1 -> 1 (a self-loop), 3 unreachable.
        let layout = LayeredLayout(count: 4, successors: [[1], [2, 1], [0], []], entry: 0)
        #expect(layout.layers == [[0], [1], [2], [3]])
        #expect(layout.positions[0].y < layout.positions[1].y)
        #expect(layout.positions[2].y < layout.positions[3].y)
        let back = layout.edges.filter(\.isBack).map { [$0.from, $0.to] }
        #expect(back == [[1, 1], [2, 0]])
        // Two children ordered under their parents (barycentre), all inside the drawing.
        let wide = LayeredLayout(count: 5, successors: [[1, 2], [4], [3], [], []], entry: 0)
        #expect(wide.layers[2] == [4, 3], "4 sits under 1, 3 under 2")
        for point in wide.positions {
            #expect(point.x - LayeredLayout.nodeWidth / 2 >= 0 && point.x + LayeredLayout.nodeWidth / 2 <= wide.width)
        }
        // No entry: every process in one layer.
        #expect(LayeredLayout(count: 3, successors: [[], [], []], entry: nil).layers == [[0, 1, 2]])
    }
}

