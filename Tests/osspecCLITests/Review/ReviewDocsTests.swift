import Foundation
import Testing

/// docs/review.md quotes real outputs: each `<!-- output: osspec ... -->` marker is followed by
/// a fenced block that must equal what that command prints today.
@Suite("docs/review.md")
struct ReviewDocsTests {
    static let page = TestFiles.packageRoot.appendingPathComponent("docs/review.md")

    static func examples() throws -> [(command: String, block: String)] {
        let text = try String(contentsOf: page, encoding: .utf8)
        let pattern = try NSRegularExpression(
            pattern: #"<!-- output: (osspec [^\n]*?) -->\n(`{3,4})[a-z]*\n(.*?)\2\n"#, options: [.dotMatchesLineSeparators])
        return pattern.matches(in: text, range: NSRange(text.startIndex..., in: text)).map { match in
            (String(text[Range(match.range(at: 1), in: text)!]), String(text[Range(match.range(at: 3), in: text)!]))
        }
    }

    @Test("Every quoted output is what the command prints")
    func outputsAreReal() throws {
        let examples = try Self.examples()
        let text = try String(contentsOf: Self.page, encoding: .utf8)
        #expect(examples.count == text.components(separatedBy: "<!-- output: ").count - 1, "every marker has its block")
        #expect(examples.count >= 8)
        for command in ["table", "graph", "diff", "cost"] {
            #expect(examples.contains { $0.command.hasPrefix("osspec \(command) ") }, "an example of \(command)")
        }
        for example in examples {
            let arguments = example.command.split(separator: " ").dropFirst().map(String.init)
            let result = try OSSpec.run(arguments, directory: TestFiles.packageRoot)
            #expect(result.stdout == example.block, "docs/review.md is out of date for `\(example.command)`")
        }
    }

    @Test("README links the page and the report screenshot exists for it")
    func linked() throws {
        let readme = try String(contentsOf: TestFiles.packageRoot.appendingPathComponent("README.md"), encoding: .utf8)
        #expect(readme.contains("](docs/review.md)"))
        let text = try String(contentsOf: Self.page, encoding: .utf8)
        #expect(text.contains("](images/report.png)"))
        for command in ["table", "graph", "diff", "cost", "report"] { #expect(text.contains("## osspec \(command)\n")) }
    }

    @Test("README shows the kept screenshot of the report")
    func readmeShowsScreenshot() throws {
        let screenshot = TestFiles.packageRoot.appendingPathComponent("docs/images/report.png")
        let bytes = try Data(contentsOf: screenshot)
        #expect(bytes.starts(with: [0x89, 0x50, 0x4E, 0x47]), "a PNG")
        let readme = try String(contentsOf: TestFiles.packageRoot.appendingPathComponent("README.md"), encoding: .utf8)
        #expect(readme.contains("](docs/images/report.png)"))
    }
}
