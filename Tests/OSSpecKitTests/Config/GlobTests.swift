import OSSpecKit
import Testing

@Suite("Glob")
struct GlobTests {
    struct Case: Sendable, CustomTestStringConvertible {
        let pattern: String
        let path: String
        let matches: Bool
        var testDescription: String { "'\(pattern)' \(matches ? "matches" : "does not match") '\(path)'" }
    }

    static let cases: [Case] = [
        // `*` stays within a segment.
        Case(pattern: "*.osspec.yaml", path: "a.osspec.yaml", matches: true),
        Case(pattern: "specs/*.yaml", path: "specs/a.yaml", matches: true),
        Case(pattern: "specs/*.yaml", path: "specs/sub/a.yaml", matches: false),
        Case(pattern: "specs/*", path: "specs/a.yaml", matches: true),
        Case(pattern: "a*b*c", path: "aXXbYYc", matches: true),
        Case(pattern: "a*b*c", path: "aXXbYY", matches: false),
        Case(pattern: "*", path: ".hidden.yaml", matches: true),
        // A name without `/` matches at any depth, a file or a directory above it.
        Case(pattern: "*.draft.yaml", path: "deep/er/x.draft.yaml", matches: true),
        Case(pattern: "legacy", path: "one/legacy/x.yaml", matches: true),
        Case(pattern: "legacy", path: "legacyx/x.yaml", matches: false),
        // A pattern with `/` is anchored at the configuration's directory.
        Case(pattern: "specs/a.yaml", path: "other/specs/a.yaml", matches: false),
        Case(pattern: "/a.yaml", path: "a.yaml", matches: true),
        Case(pattern: "/a.yaml", path: "sub/a.yaml", matches: false),
        Case(pattern: "./specs/a.yaml", path: "specs/a.yaml", matches: true),
        // A directory matches everything under it; a trailing `/` matches directories only.
        Case(pattern: "generated", path: "generated/x/y.yaml", matches: true),
        Case(pattern: "generated/", path: "generated/y.yaml", matches: true),
        Case(pattern: "generated/", path: "generated", matches: false),
        Case(pattern: "specs/legacy", path: "specs/legacy/a.yaml", matches: true),
        // `**` matches any number of segments, none included.
        Case(pattern: "**/a.yaml", path: "a.yaml", matches: true),
        Case(pattern: "**/a.yaml", path: "x/y/z/a.yaml", matches: true),
        Case(pattern: "specs/**", path: "specs/x/y.yaml", matches: true),
        Case(pattern: "specs/**", path: "other/x.yaml", matches: false),
        Case(pattern: "a/**/b.yaml", path: "a/b.yaml", matches: true),
        Case(pattern: "a/**/b.yaml", path: "a/x/y/b.yaml", matches: true),
        Case(pattern: "a/**/b.yaml", path: "a/x/y/c.yaml", matches: false),
        Case(pattern: "a/**/**/b.yaml", path: "a/b.yaml", matches: true),
        Case(pattern: "**", path: "anything/at/all.yaml", matches: true),
        // `?` is one character, never `/`.
        Case(pattern: "v?.yaml", path: "v1.yaml", matches: true),
        Case(pattern: "v?.yaml", path: "v10.yaml", matches: false),
        Case(pattern: "a?b", path: "a/b", matches: false),
        Case(pattern: "caf?.yaml", path: "café.yaml", matches: true),
        // Sets, ranges, negation, `]` first.
        Case(pattern: "v[0-9].yaml", path: "v7.yaml", matches: true),
        Case(pattern: "v[0-9].yaml", path: "vx.yaml", matches: false),
        Case(pattern: "v[!0-9].yaml", path: "vx.yaml", matches: true),
        Case(pattern: "v[^0-9].yaml", path: "v7.yaml", matches: false),
        Case(pattern: "[]a].yaml", path: "].yaml", matches: true),
        Case(pattern: "[ab-].yaml", path: "-.yaml", matches: true),
        // `\` escapes.
        Case(pattern: "\\*.yaml", path: "*.yaml", matches: true),
        Case(pattern: "\\*.yaml", path: "a.yaml", matches: false),
        // Case-sensitive.
        Case(pattern: "*.YAML", path: "a.yaml", matches: false),
    ]

    @Test("matching", arguments: cases)
    func matching(_ testCase: Case) throws {
        let glob = try Glob(testCase.pattern)
        #expect(glob.matches(testCase.path) == testCase.matches)
    }

    @Test("bad patterns are refused with a reason", arguments: ["", "!x.yaml", "a//b", "/", "v[0-9.yaml", "x\\", "[z-a]"])
    func refused(_ pattern: String) {
        #expect(throws: GlobError.self) { try Glob(pattern) }
    }

    @Test("a pattern of many stars on a long name does not take exponential time")
    func manyStars() throws {
        let glob = try Glob(String(repeating: "*a", count: 30) + "b")
        let clock = ContinuousClock()
        let elapsed = clock.measure {
            #expect(!glob.matches(String(repeating: "a", count: 5000)))
        }
        #expect(elapsed < .seconds(2))
    }
}
