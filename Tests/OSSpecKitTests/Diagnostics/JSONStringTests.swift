import OSSpecKit
import Testing

@Suite("JSON string literals")
struct JSONStringTests {
    @Test(
        "escapes what RFC 8259 requires, and U+2028/U+2029; keeps everything else as is",
        arguments: [
            ("plain", #""plain""#),
            ("say \"hi\" \\ there", #""say \"hi\" \\ there""#),
            ("a\nb\rc\td\u{08}e\u{0C}f", #""a\nb\rc\td\be\ff""#),
            ("\u{0}\u{1B}\u{1F}", #""\u0000\u001b\u001f""#),
            ("line\u{2028}para\u{2029}end", #""line\u2028para\u2029end""#),
            ("é ☕ 🎉 \u{7F} \u{E2}", "\"é ☕ 🎉 \u{7F} \u{E2}\""),
            ("", #""""#),
        ])
    func escapes(value: String, expected: String) {
        #expect(JSONString.quoted(value) == expected)
    }
}
