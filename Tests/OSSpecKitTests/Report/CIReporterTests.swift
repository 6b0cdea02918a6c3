import Foundation
@testable import OSSpecCLI
@testable import OSSpecReport
import OSSpecKit
import Testing

/// The CI formats (SARIF, GitHub annotations, JUnit) on the fixed run of `ReporterTests`, with
/// goldens, and their escaping and path rules one by one.
@Suite("CI reporters")
struct CIReporterTests {
    static let rules = [
        RuleHelp(
            descriptor: RuleDescriptor(id: "unknown-key", category: .schema, defaultSeverity: .error, summary: "A key the format does not define."),
            fullDescription: "A mapping key that the format does not define.", helpText: "How to fix:\n\nRename it.",
            helpMarkdown: "## How to fix\n\nRename it."),
        RuleHelp(descriptor: RuleDescriptor(id: "file-too-large", category: .syntax, defaultSeverity: .error, summary: "Too large.")),
    ]

    private func compare(_ output: String, golden name: String) throws {
        let url = TestPaths.fixture("Report/Goldens/\(name)")
        if ProcessInfo.processInfo.environment["OSSPEC_UPDATE_GOLDENS"] == "1" {
            try output.write(to: url, atomically: true, encoding: .utf8)
        }
        let expected = try String(contentsOf: url, encoding: .utf8)
        #expect(output == expected, "differs from \(name); run with OSSPEC_UPDATE_GOLDENS=1 after an intended change")
    }

    @Test("SARIF matches its golden; undescribed rules get an entry so every ruleIndex is valid")
    func sarif() throws {
        var run = ReporterTests.run
        run.inputErrors = [InputError(path: "gone.osspec.yaml", message: "Cannot read 'gone.osspec.yaml': permission denied.")]
        let output = SARIFReporter(rules: Self.rules, workingDirectory: "/work/project").render(run)
        try compare(output, golden: "sarif.json")
        let log = try #require(try JSONSerialization.jsonObject(with: Data(output.utf8)) as? [String: Any])
        let sarifRun = try #require((log["runs"] as? [[String: Any]])?.first)
        let driver = try #require((sarifRun["tool"] as? [String: Any])?["driver"] as? [String: Any])
        let ruleIDs = try #require(driver["rules"] as? [[String: Any]]).map { $0["id"] as? String }
        #expect(ruleIDs == ["unknown-key", "file-too-large", "yaml11-boolean", "unused-store"])
        let results = try #require(sarifRun["results"] as? [[String: Any]])
        for result in results {
            let index = try #require(result["ruleIndex"] as? Int)
            #expect(ruleIDs[index] == result["ruleId"] as? String)
        }
        #expect(results.map { $0["level"] as? String } == ["warning", "error", "note", "error"])
        #expect((sarifRun["invocations"] as? [[String: Any]])?.first?["executionSuccessful"] as? Bool == false)
    }

    @Test("GitHub annotations match their golden")
    func github() throws {
        var run = ReporterTests.run
        run.inputErrors = [InputError(path: "gone.osspec.yaml", message: "Cannot read 'gone.osspec.yaml': permission denied.")]
        try compare(GitHubReporter(workingDirectory: "/work/project").render(run), golden: "github.txt")
    }

    @Test("JUnit matches its golden; --strict turns the warning into a failure")
    func junit() throws {
        try compare(JUnitReporter().render(ReporterTests.run), golden: "junit.xml")
        let strict = JUnitReporter(warningsFail: true).render(ReporterTests.run)
        #expect(strict.contains("<testsuites name=\"osspec\" tests=\"5\" failures=\"3\" errors=\"0\">"), "\(strict)")
        #expect(strict.contains("<failure type=\"warning\" "))
        #expect(!strict.contains("<failure type=\"info\" "), "infos never fail")
    }

    @Test("GitHub's escaping: data escapes %, CR and LF; properties also ':' and ','")
    func githubEscaping() {
        #expect(GitHubReporter.escapedData("100% done\r\nnext: a, b") == "100%25 done%0D%0Anext: a, b")
        #expect(GitHubReporter.escapedProperty("100% done\r\nnext: a, b") == "100%25 done%0D%0Anext%3A a%2C b")
        #expect(GitHubReporter.escapedData("%0A") == "%250A", "an escape in the input is not decoded later")
        #expect(GitHubReporter.escapedProperty("::") == "%3A%3A")
    }

    @Test("A message cannot start a second command; a finding over several lines has no columns")
    func githubInjection() {
        let rule = RuleDescriptor(id: "x", category: .schema, defaultSeverity: .warning, summary: "s")
        let range = SourceRange(start: SourcePosition(line: 3, column: 4), end: SourcePosition(line: 5, column: 2))
        let diagnostic = rule.diagnostic("bad\n::error file=evil.yaml::pwned", at: range, hint: "h, i: j")
        let line = GitHubReporter(workingDirectory: nil).command(diagnostic, path: "dir, a:b/x.yaml")
        #expect(line == "::warning file=dir%2C a%3Ab/x.yaml,line=3,endLine=5,title=x::bad%0A::error file=evil.yaml::pwned%0AHint: h, i: j")
        #expect(!line.contains("\n"))

        let oneLine = SourceRange(start: SourcePosition(line: 2, column: 3), end: SourcePosition(line: 2, column: 3))
        let empty = GitHubReporter(workingDirectory: nil).command(rule.diagnostic("m", at: oneLine), path: "a")
        #expect(empty == "::warning file=a,line=2,col=3,endLine=2,endColumn=3,title=x::m", "an empty span marks one column")
    }

    @Test("XML escaping: markup characters, line breaks in attributes, characters XML 1.0 forbids")
    func xmlEscaping() {
        #expect(XMLText.attribute("a&b<c>d\"e'f") == "a&amp;b&lt;c&gt;d&quot;e&apos;f")
        #expect(XMLText.attribute("1\n2\r3\t4") == "1&#10;2&#13;3&#9;4")
        #expect(XMLText.content("a&b<c>]]>\"'\n\t\r") == "a&amp;b&lt;c&gt;]]&gt;\"'\n\t&#13;")
        #expect(XMLText.content("nul\u{0} bell\u{7} esc\u{1B} \u{FFFE}\u{FFFF} ok\u{85}é🎉") == "nul\u{FFFD} bell\u{FFFD} esc\u{FFFD} \u{FFFD}\u{FFFD} ok\u{85}é🎉")
        #expect(XMLText.attribute("\u{1}") == "\u{FFFD}")
    }

    @Test(
        "Paths relative to the working directory, lexically",
        arguments: [
            ("specs/a.yaml", "/w", "specs/a.yaml", "/w/specs/a.yaml"),
            ("./specs/./a.yaml", "/w", "specs/a.yaml", "/w/specs/a.yaml"),
            ("/w/specs/a.yaml", "/w/", "specs/a.yaml", "/w/specs/a.yaml"),
            ("/w2/a.yaml", "/w", nil, "/w2/a.yaml"),
            ("../x/a.yaml", "/w/sub", nil, "/w/x/a.yaml"),
            ("sub/../a.yaml", "/w", "a.yaml", "/w/a.yaml"),
            ("a.yaml", "/", "a.yaml", "/a.yaml"),
        ] as [(String, String, String?, String)])
    func reportPaths(path: String, directory: String, relative: String?, absolute: String) {
        let reported = ReportPath(path, workingDirectory: directory)
        #expect(reported.relative == relative)
        #expect(reported.absolute == absolute)
    }

    @Test("Without a working directory, relative paths stay relative unless they climb out")
    func noWorkingDirectory() {
        #expect(ReportPath("./a/b.yaml", workingDirectory: nil).relative == "a/b.yaml")
        #expect(ReportPath("../b.yaml", workingDirectory: nil).relative == nil)
        #expect(ReportPath("/abs/b.yaml", workingDirectory: nil).absolute == "/abs/b.yaml")
    }

    @Test("Percent-encoding keeps unreserved characters and '/', encodes every other byte")
    func percentEncoding() {
        #expect(ReportPath.percentEncoded("a-b_c.d~e/F9") == "a-b_c.d~e/F9")
        #expect(ReportPath.percentEncoded("a b#c?d%e:f,g") == "a%20b%23c%3Fd%25e%3Af%2Cg")
        #expect(ReportPath.percentEncoded("ç🎉") == "%C3%A7%F0%9F%8E%89")
        #expect(ReportPath.percentEncoded("<stdin>") == "%3Cstdin%3E")
    }

    @Test("Fingerprints ignore line numbers, count repeats, and change with rule, path, line text or message")
    func fingerprints() {
        let rule = RuleDescriptor(id: "r", category: .schema, defaultSeverity: .error, summary: "s")
        let at = { (line: Int) in SourceRange(at: SourcePosition(line: line, column: 3)) }
        let source = SourceLines(Array("a: 1\n  bad: x\n  bad: x\nother: 2\n".utf8))
        let moved = SourceLines(Array("# new\n# lines\na: 1\n  bad: x\n  bad: x\nother: 2\n".utf8))
        let findings = [rule.diagnostic("Bad 'bad' (see line 1).", at: at(2)), rule.diagnostic("Bad 'bad' (see line 1).", at: at(3))]
        let first = FindingFingerprint.fingerprints(of: findings, path: "a.yaml", lines: source)
        #expect(first.count == 2 && first[0].hasSuffix(":1") && first[1].hasSuffix(":2"))
        #expect(first[0].dropLast(2) == first[1].dropLast(2), "the same text twice: one hash, two occurrences")
        let shifted = [rule.diagnostic("Bad 'bad' (see line 3).", at: at(4)), rule.diagnostic("Bad 'bad' (see line 3).", at: at(5))]
        #expect(FindingFingerprint.fingerprints(of: shifted, path: "a.yaml", lines: moved) == first)

        let base = FindingFingerprint.fingerprints(of: [findings[0]], path: "a.yaml", lines: source)
        #expect(FindingFingerprint.fingerprints(of: [findings[0]], path: "b.yaml", lines: source) != base)
        #expect(FindingFingerprint.fingerprints(of: [rule.diagnostic("Other.", at: at(2))], path: "a.yaml", lines: source) != base)
        #expect(FindingFingerprint.fingerprints(of: [rule.diagnostic("Bad 'bad' (see line 1).", at: at(4))], path: "a.yaml", lines: source) != base)
        #expect(FindingFingerprint.fingerprints(of: [findings[0]], path: "a.yaml", lines: nil).count == 1)
        #expect(FindingFingerprint.hash([]) == "cbf29ce484222325", "FNV-1a's offset basis for no input")
    }

    @Test("Rule help from a documentation page: What it checks, Why, How to fix; links made absolute")
    func ruleHelp() throws {
        let page = """
            # some-rule

            Category: `schema` · Default severity: `error`

            One line.

            ## What it checks

            A thing, see [`other-rule`](other-rule.md) and
            [the spec](../spec.md#keys):

            - first item
              continued;
            - second.

            ## Why

            Because [web](https://example.com/x).

            ## Failing example

            [`fires.yaml`](../../Tests/fires.yaml)

            ## How to fix

            Fix it:

            ```yaml
            key:
              value: 1
            ```

            ## Suppressing

            Later.
            """
        let descriptor = RuleDescriptor(id: "some-rule", category: .schema, defaultSeverity: .error, summary: "One line.")
        let help = RuleHelpCatalogue.help(for: descriptor, page: page)
        #expect(help.fullDescription == "A thing, see `other-rule` and the spec:\n\n- first item continued;\n- second.")
        #expect(
            help.helpText
                == "One line.\n\nWhat it checks:\n\nA thing, see `other-rule` and the spec:\n\n- first item continued;\n- second."
                + "\n\nWhy:\n\nBecause web.\n\nHow to fix:\n\nFix it:\n\n    key:\n      value: 1")
        let site = ToolInfo.informationURI + "/blob/main/"
        #expect(
            help.helpMarkdown == """
                One line.

                ## What it checks

                A thing, see [`other-rule`](\(site)docs/rules/other-rule.md) and
                [the spec](\(site)docs/spec.md#keys):

                - first item
                  continued;
                - second.

                ## Why

                Because [web](https://example.com/x).

                ## How to fix

                Fix it:

                ```yaml
                key:
                  value: 1
                ```
                """)
    }

    @Test("Every rule of the catalogue has help from its page")
    func catalogueHelp() {
        let rules = RuleHelpCatalogue.rules()
        #expect(rules.map(\.descriptor.id) == RuleRegistry.catalogue.map(\.id))
        for rule in rules {
            #expect(rule.fullDescription != rule.descriptor.summary, "\(rule.descriptor.id) has no 'What it checks'")
            #expect(rule.helpMarkdown.contains("## How to fix"), "\(rule.descriptor.id)")
        }
    }
}
