import Foundation
import Testing

/// The limits of issue 8 as flags: findings per file, alias expansion, and the 32-bit ceilings.
@Suite("Limit flags")
struct LimitFlagsTests {
    static let sample = "readme-sample.osspec.yaml"

    @Test("--max-findings lists the first N and counts the rest, as severe as the worst of them")
    func maxFindings() throws {
        let all = try OSSpec.run(["lint", "--format", "json", Self.sample], directory: TestFiles.fixtures)
        let findings = try LintJSON(all).files[0].diagnostics
        try #require(findings.count == 3, "\(all)")
        let capped = try OSSpec.run(["lint", "--max-findings", "1", Self.sample], directory: TestFiles.fixtures)
        #expect(capped.exitCode == 1, "\(capped)")
        #expect(capped.stdout.hasPrefix(
            "\(Self.sample):1:1: error: 2 more findings (2 errors) after the first 1 are not listed. [too-many-findings]\n"),
            "\(capped)")
        // The one listed is the first in report order, with its snippet.
        #expect(capped.stdout.contains("\(Self.sample):13:42: warning: "), "\(capped)")
        #expect(!capped.stdout.contains(":18:5: error: Unknown key 'modle'"), "\(capped)")
        // The exit code is the one every finding would have given.
        let uncapped = try OSSpec.run(["lint", "--max-findings", "3", Self.sample], directory: TestFiles.fixtures)
        #expect(uncapped.exitCode == 1)
        #expect(!uncapped.stdout.contains("too-many-findings"))
    }

    @Test("--max-alias-nodes lowers the alias budget's floor")
    func maxAliasNodes() throws {
        let directory = try TemporaryDirectory()
        // 40-odd nodes written that expand to over a thousand: within the default floor of 100,000.
        let yaml = """
            a: &a [1, 2, 3, 4, 5, 6, 7, 8, 9, 10]
            b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]
            c: [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]

            """
        _ = try directory.write(yaml, to: "aliases.osspec.yaml")
        let byDefault = try OSSpec.run(["lint", "--format", "json", "aliases.osspec.yaml"], directory: directory.url)
        #expect(try !LintJSON(byDefault).files[0].diagnostics.contains { $0.rule == "alias-expansion-limit" }, "\(byDefault)")
        let lowered = try OSSpec.run(["lint", "--format", "json", "--max-alias-nodes", "50", "aliases.osspec.yaml"], directory: directory.url)
        #expect(lowered.exitCode == 1)
        #expect(try LintJSON(lowered).files[0].diagnostics.map(\.rule) == ["alias-expansion-limit"], "\(lowered)")
    }

    @Test(
        "Limits must be whole numbers above 0, and within 32 bits where osspec counts in 32 bits",
        arguments: [
            (["--max-findings", "0"], "'--max-findings' needs a whole number above 0."),
            (["--max-alias-nodes", "-1"], "'--max-alias-nodes' needs a whole number above 0."),
            (["--max-nodes", "2147483648"], "'--max-nodes' needs a whole number from 1 to 2147483647."),
            (["--max-file-size", "99999999999"], "'--max-file-size' needs a whole number of bytes from 1 to 2147483647."),
        ])
    func validated(arguments: [String], message: String) throws {
        let result = try OSSpec.run(["lint"] + arguments + [Self.sample], directory: TestFiles.fixtures)
        #expect(result.exitCode == 2, "\(result)")
        #expect(result.stderr.hasPrefix("Error: \(message)\n"), "\(result)")
    }
}
