import Foundation
@testable import OSSpecCLI
import OSSpecKit
import Testing

/// `osspec explain` prints docs/rules/<id>.md from a generated Swift file, so one copied binary
/// carries its documentation. This test is the generator: it fails while the generated file
/// differs from the Markdown, and rewrites it under OSSPEC_UPDATE_GOLDENS=1.
@Suite("Embedded rule documentation")
struct RuleDocumentationTests {
    static let generatedFile = TestPaths.packageRoot.appendingPathComponent(
        "Sources/OSSpecCLI/Generated/RuleDocumentation.generated.swift")

    static func markdownPages() throws -> [(id: String, text: String)] {
        let folder = TestPaths.docs.appendingPathComponent("rules")
        return try FileManager.default.contentsOfDirectory(atPath: folder.path)
            .filter { $0.hasSuffix(".md") && $0 != "README.md" }
            .sorted()
            .map { name in
                (String(name.dropLast(3)), try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8))
            }
    }

    /// The Swift source that embeds the pages, as raw multi-line string literals.
    static func generatedSource(_ pages: [(id: String, text: String)]) throws -> String {
        var source = """
            // Generated from docs/rules/*.md by RuleDocumentationTests (OSSPEC_UPDATE_GOLDENS=1 swift test).
            // Do not edit: edit the Markdown, then regenerate; the test fails while the two differ.

            enum RuleDocumentation {
                static let pages: [String: String] = [\n
            """
        for page in pages {
            #expect(!page.text.contains("\"\"\"##"), "docs/rules/\(page.id).md contains the literal's delimiter")
            let body = page.text.hasSuffix("\n") ? String(page.text.dropLast()) : page.text
            let indented = body.split(separator: "\n", omittingEmptySubsequences: false)
                .map { $0.isEmpty ? "" : "            " + $0 }
                .joined(separator: "\n")
            source += "        \"\(page.id)\": ##\"\"\"\n\(indented)\n            \"\"\"##,\n"
        }
        source += pages.isEmpty ? "    ]\n}\n" : "    ]\n}\n"
        if pages.isEmpty { source = source.replacingOccurrences(of: "[\n    ]", with: "[:]") }
        return source
    }

    @Test("the generated file matches docs/rules")
    func inSync() throws {
        let expected = try Self.generatedSource(Self.markdownPages())
        if ProcessInfo.processInfo.environment["OSSPEC_UPDATE_GOLDENS"] == "1" {
            try expected.write(to: Self.generatedFile, atomically: true, encoding: .utf8)
        }
        let actual = try String(contentsOf: Self.generatedFile, encoding: .utf8)
        #expect(actual == expected, "Sources/OSSpecCLI/Generated/RuleDocumentation.generated.swift is stale; run OSSPEC_UPDATE_GOLDENS=1 swift test")
    }

    @Test("the compiled pages are the Markdown pages")
    func compiledPages() throws {
        let pages = try Self.markdownPages()
        #expect(Set(RuleDocumentation.pages.keys) == Set(pages.map(\.id)))
        for page in pages {
            let text = page.text.hasSuffix("\n") ? String(page.text.dropLast()) : page.text
            #expect(RuleDocumentation.pages[page.id] == text, "\(page.id)")
        }
    }

    @Test("explain prints a rule's page; an unknown id is a usage error with a suggestion")
    func explain() throws {
        var output = ""
        var errors = ""
        let environment = CLIEnvironment(
            writeOutput: { output += $0 }, writeError: { errors += $0 },
            readStandardInput: { _ in .bytes([]) }, environmentVariable: { _ in nil }, outputIsTerminal: false,
            terminalWidth: 80)
        let pages = try Self.markdownPages()
        if let page = pages.first {
            #expect(OSSpecCommand(environment: environment).run(["explain", page.id]) == 0)
            let expected = RuleHelpCatalogue.absoluteLinks(page.text)
            #expect(output == (expected.hasSuffix("\n") ? expected : expected + "\n"))
        }
        // Every page's relative links come out absolute (an installed binary has no docs folder).
        for page in pages where page.text.contains("](../") {
            output = ""
            #expect(OSSpecCommand(environment: environment).run(["explain", page.id]) == 0)
            #expect(!output.contains("](../") && output.contains("](\(ToolInfo.informationURI)/blob/main/"), "\(page.id)")
        }
        #expect(OSSpecCommand(environment: environment).run(["explain", "unknown-modle"]) == 2)
        #expect(errors.hasPrefix("Error: Unknown rule 'unknown-modle'. Did you mean 'unknown-model'?"))
        // A configuration file's problems are printed with ids too, and explained.
        for problem in ConfigRules.all {
            output = ""
            #expect(OSSpecCommand(environment: environment).run(["explain", problem.id]) == 0)
            #expect(output.hasPrefix("# \(problem.id)\n") && output.contains(problem.summary), "\(output)")
        }
    }

    @Test("rules --format json lists the whole catalogue")
    func rulesJSON() throws {
        var output = ""
        let environment = CLIEnvironment(
            writeOutput: { output += $0 }, writeError: { _ in }, readStandardInput: { _ in .bytes([]) },
            environmentVariable: { _ in nil }, outputIsTerminal: false, terminalWidth: 80)
        #expect(OSSpecCommand(environment: environment).run(["rules", "--format", "json"]) == 0)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(output.utf8)) as? [String: [[String: String]]])
        let rules = try #require(object["rules"])
        #expect(rules.map { $0["id"] } == RuleRegistry.catalogue.map(\.id))
        #expect(rules.allSatisfy { Set($0.keys) == ["id", "category", "severity", "summary"] })
        #expect(rules.first { $0["id"] == "lethal-trifecta" }?["severity"] == "warning")
    }
}
