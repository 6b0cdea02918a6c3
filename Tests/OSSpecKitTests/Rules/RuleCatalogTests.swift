import Foundation
import OSSpecKit
import Testing

// Fixtures live in `Rules/Fixtures/<rule-id>/`:
// - `fires-<case>.yaml`: makes the rule fire. Its `fires-<case>.out` lists every diagnostic the
//   linter reports for it (all rules), one per line in report order, as
//   `<line>:<column>: <severity>: <message> [<rule-id>]`.
// - `quiet-<case>.yaml`: the nearest correct version; the rule must not fire on it.
// - `<fires|quiet>-<case>.limits` (optional, beside its `.yaml`): the `LoaderLimits` to lint that
//   file with, one `name=value` per line (`maxFileBytes`, `maxDepth`, `maxNodes`,
//   `aliasExpansionFloor`, `aliasExpansionFactor`, `maxFindingsPerFile`; `#` starts a comment).
//   This is how the limit rules (`file-too-large`, `nesting-too-deep`, `too-many-nodes`,
//   `too-many-findings`) are shown with small files.
//
// Files are linted in process with `Linter(limits:).lint(bytes:path:)`, the chain the CLI runs on
// a file's bytes. (For a file over the size limit, the CLI words `file-too-large` slightly
// differently, "N bytes or more", because it checks the size before reading; see
// docs/rules/file-too-large.md.)
//
// Recording (`OSSPEC_RECORD_FIXTURES=1`) writes each `.out` from the linter's current output and
// reports every recorded file as a failure, so a recording run never passes by accident. Read
// every recorded line before committing it: the line and column must point at the offending key
// or value.

/// Every rule in the catalogue shows with real files that it fires and that it stays quiet, and
/// its docs page quotes the linter's real output. Record `.out` files with
/// `OSSPEC_RECORD_FIXTURES=1 swift test --filter RuleCatalog`, then read every line.
@Suite("Rule catalogue")
struct RuleCatalogTests {
    static let ruleIDs = RuleRegistry.catalogue.map(\.id)
    static let fixturesFolder = TestPaths.fixture("Rules/Fixtures")
    static let rulesDocsFolder = TestPaths.docs.appendingPathComponent("rules")
    static let isRecording = ProcessInfo.processInfo.environment["OSSPEC_RECORD_FIXTURES"] == "1"

    // MARK: Descriptors

    @Test("The id is kebab-case and unique; the summary is one line", arguments: ruleIDs)
    func descriptor(_ id: String) throws {
        let isKebabCase = id.wholeMatch(of: #/[a-z][a-z0-9]*(-[a-z0-9]+)*/#) != nil
        #expect(isKebabCase, "'\(id)' is not kebab-case")
        let occurrences = Self.ruleIDs.filter { $0 == id }.count
        #expect(occurrences == 1, "'\(id)' is in the catalogue more than once")
        let descriptor = try #require(RuleRegistry.descriptor(id: id))
        let summary = descriptor.summary
        #expect(!summary.trimmingCharacters(in: .whitespaces).isEmpty, "'\(id)' has an empty summary")
        let isOneLine = !summary.contains { $0.isNewline }
        #expect(isOneLine, "The summary of '\(id)' is more than one line")
    }

    // MARK: Fixtures

    @Test("The fixture folder holds fires and quiet cases, and nothing else", arguments: ruleIDs)
    func fixtureFolder(_ id: String) {
        guard FileManager.default.fileExists(atPath: Self.folder(of: id).path) else {
            Issue.record("Rules/Fixtures/\(id)/ is missing: add fires-*.yaml and quiet-*.yaml cases for \(id).")
            return
        }
        let files = Self.fixtureFiles(of: id)
        #expect(files.contains { $0.hasPrefix("fires-") && $0.hasSuffix(".yaml") }, "\(id): no fires-*.yaml fixture")
        #expect(files.contains { $0.hasPrefix("quiet-") && $0.hasSuffix(".yaml") }, "\(id): no quiet-*.yaml fixture")
        for file in files {
            let (stem, suffix) = Self.split(file)
            let known =
                (stem.hasPrefix("fires-") && [".yaml", ".out", ".limits"].contains(suffix))
                || (stem.hasPrefix("quiet-") && [".yaml", ".limits"].contains(suffix))
            #expect(known, "\(id)/\(file) is not a fires-*.yaml/.out/.limits or quiet-*.yaml/.limits file")
            if suffix != ".yaml" {
                #expect(files.contains(stem + ".yaml"), "\(id)/\(file) has no \(stem).yaml beside it")
            }
        }
    }

    @Test("Each fires case gives exactly its .out, with this rule among the findings", arguments: ruleIDs)
    func firesCases(_ id: String) throws {
        for fixture in Self.fixtureFiles(of: id) where fixture.hasPrefix("fires-") && fixture.hasSuffix(".yaml") {
            let stem = Self.split(fixture).stem
            let actual = try Self.lint(id, fixture).map(Self.line)
            let outURL = Self.folder(of: id).appendingPathComponent(stem + ".out")
            if Self.isRecording {
                try (actual.map { $0 + "\n" }.joined()).write(to: outURL, atomically: true, encoding: .utf8)
                Issue.record("Recorded \(id)/\(stem).out; read it, then run again without OSSPEC_RECORD_FIXTURES.")
                continue
            }
            guard let expected = try? Self.lines(of: outURL) else {
                Issue.record("\(id)/\(stem).out is missing; record it with OSSPEC_RECORD_FIXTURES=1.")
                continue
            }
            let matches = actual == expected
            #expect(
                matches,
                """
                \(id)/\(fixture) does not give its .out.
                expected:
                \(expected.joined(separator: "\n"))
                actual:
                \(actual.joined(separator: "\n"))
                """)
            let fires = actual.contains { $0.hasSuffix(" [\(id)]") }
            #expect(fires, "\(id)/\(fixture) does not make \(id) fire")
        }
    }

    @Test("Each quiet case gives no finding of this rule", arguments: ruleIDs)
    func quietCases(_ id: String) throws {
        for fixture in Self.fixtureFiles(of: id) where fixture.hasPrefix("quiet-") && fixture.hasSuffix(".yaml") {
            let findings = try Self.lint(id, fixture).filter { $0.rule == id }
            #expect(
                findings.isEmpty,
                "\(id)/\(fixture) should not make \(id) fire, but gives:\n\(findings.map(Self.line).joined(separator: "\n"))")
        }
    }

    // MARK: Docs

    @Test("docs/rules/<id>.md exists and quotes every line of every fires .out", arguments: ruleIDs)
    func docsPage(_ id: String) throws {
        let page = Self.rulesDocsFolder.appendingPathComponent("\(id).md")
        guard let text = try? String(contentsOf: page, encoding: .utf8) else {
            Issue.record("docs/rules/\(id).md is missing")
            return
        }
        let pageLines = Set(text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init))
        #expect(text.hasPrefix("# \(id)\n"), "docs/rules/\(id).md does not start with '# \(id)'")
        for fixture in Self.fixtureFiles(of: id) where fixture.hasPrefix("fires-") && fixture.hasSuffix(".out") {
            for line in try Self.lines(of: Self.folder(of: id).appendingPathComponent(fixture)) {
                let isQuoted = pageLines.contains(line)
                #expect(isQuoted, "docs/rules/\(id).md does not quote this line of \(fixture):\n\(line)")
            }
        }
    }

    @Test("Every line of every yaml example in docs/rules/<id>.md is taken from one of the rule's fixtures", arguments: ruleIDs)
    func docsExamplesAreFixtures(_ id: String) throws {
        // Their fixtures are bytes a page cannot show as text (NUL, Latin-1, UTF-16, a size);
        // their pages describe the bytes instead.
        let byteLevelRules: Set<String> = ["binary-file", "invalid-encoding", "file-too-large"]
        guard !byteLevelRules.contains(id) else { return }
        let page = Self.rulesDocsFolder.appendingPathComponent("\(id).md")
        guard let text = try? String(contentsOf: page, encoding: .utf8) else { return }
        var fixtureLines = Set<String>()
        for fixture in Self.fixtureFiles(of: id) where fixture.hasSuffix(".yaml") {
            let data = try Data(contentsOf: Self.folder(of: id).appendingPathComponent(fixture))
            let content = String(decoding: data, as: UTF8.self)
            fixtureLines.formUnion(content.split(separator: "\n", omittingEmptySubsequences: false).map(String.init))
        }
        var inYAML = false
        var checked = 0
        // The examples come before "How to fix", whose snippets show the remedy, not a fixture.
        let examples = text.components(separatedBy: "\n## How to fix")[0]
        for line in examples.split(separator: "\n", omittingEmptySubsequences: false).map(String.init) {
            if line.hasPrefix("```") {
                inYAML = line == "```yaml"
                continue
            }
            // "# ..." marks lines an excerpt leaves out.
            guard inYAML, !line.trimmingCharacters(in: .whitespaces).isEmpty, line.trimmingCharacters(in: .whitespaces) != "# ..."
            else { continue }
            checked += 1
            let isFromAFixture = fixtureLines.contains(line)
            #expect(isFromAFixture, "docs/rules/\(id).md shows a yaml line that no fixture of \(id) holds:\n\(line)")
        }
        #expect(checked > 0, "docs/rules/\(id).md shows no yaml example")
    }

    @Test("docs/rules/README.md links every rule's page")
    func docsIndex() throws {
        let text = try String(contentsOf: Self.rulesDocsFolder.appendingPathComponent("README.md"), encoding: .utf8)
        for id in Self.ruleIDs {
            let isLinked = text.contains("[`\(id)`](\(id).md)")
            #expect(isLinked, "docs/rules/README.md does not link \(id).md")
        }
    }

    // MARK: Orphans

    @Test("Every fixture folder names a registered rule")
    func noOrphanFixtureFolders() throws {
        let folders = try FileManager.default.contentsOfDirectory(atPath: Self.fixturesFolder.path)
            .filter { !$0.hasPrefix(".") }
        #expect(!folders.isEmpty, "No fixture folders in Rules/Fixtures")
        for folder in folders.sorted() {
            let isRegistered = Self.ruleIDs.contains(folder)
            #expect(isRegistered, "Rules/Fixtures/\(folder) names no rule in RuleRegistry.catalogue (renamed or removed rule?)")
        }
    }

    @Test("Every page in docs/rules names a registered rule")
    func noOrphanDocsPages() throws {
        let pages = try FileManager.default.contentsOfDirectory(atPath: Self.rulesDocsFolder.path)
            .filter { !$0.hasPrefix(".") && $0 != "README.md" }
        for page in pages.sorted() {
            let (stem, suffix) = Self.split(page)
            let isRulePage = suffix == ".md" && Self.ruleIDs.contains(stem)
            #expect(isRulePage, "docs/rules/\(page) names no rule in RuleRegistry.catalogue (renamed or removed rule?)")
        }
    }

    // MARK: Helpers

    static func folder(of id: String) -> URL {
        fixturesFolder.appendingPathComponent(id)
    }

    /// The names of the files in a rule's fixture folder, sorted; none when it is missing (the
    /// fixture-folder test reports that, once).
    static func fixtureFiles(of id: String) -> [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder(of: id).path)) ?? []
        return names.filter { !$0.hasPrefix(".") }.sorted()
    }

    /// "fires-x.yaml" -> ("fires-x", ".yaml").
    static func split(_ file: String) -> (stem: String, suffix: String) {
        guard let dot = file.lastIndex(of: ".") else { return (file, "") }
        return (String(file[..<dot]), String(file[dot...]))
    }

    /// The diagnostics for one fixture, linted with its `.limits` when it has one.
    static func lint(_ id: String, _ fixture: String) throws -> [Diagnostic] {
        let url = folder(of: id).appendingPathComponent(fixture)
        let limitsURL = folder(of: id).appendingPathComponent(split(fixture).stem + ".limits")
        var limits = LoaderLimits.default
        if FileManager.default.fileExists(atPath: limitsURL.path) {
            limits = try parseLimits(String(contentsOf: limitsURL, encoding: .utf8), file: "\(id)/\(limitsURL.lastPathComponent)")
        }
        return Linter(limits: limits).lint(bytes: try TestPaths.bytes(url), path: fixture).diagnostics
    }

    struct LimitsFileError: Error, CustomStringConvertible {
        let description: String
    }

    static func parseLimits(_ text: String, file: String) throws -> LoaderLimits {
        var limits = LoaderLimits.default
        for rawLine in text.split(whereSeparator: \.isNewline) {
            let line = rawLine.trimmingCharacters(in: .whitespaces)
            if line.isEmpty || line.hasPrefix("#") { continue }
            let parts = line.split(separator: "=", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
            guard parts.count == 2, let value = Int(parts[1]) else {
                throw LimitsFileError(description: "\(file): '\(line)' is not name=integer")
            }
            switch parts[0] {
            case "maxFileBytes": limits.maxFileBytes = value
            case "maxDepth": limits.maxDepth = value
            case "maxNodes": limits.maxNodes = value
            case "aliasExpansionFloor": limits.aliasExpansionFloor = value
            case "aliasExpansionFactor": limits.aliasExpansionFactor = value
            case "maxFindingsPerFile": limits.maxFindingsPerFile = value
            default: throw LimitsFileError(description: "\(file): unknown limit '\(parts[0])'")
            }
        }
        return limits
    }

    /// A diagnostic as a line of a `.out` file.
    static func line(_ diagnostic: Diagnostic) -> String {
        let start = diagnostic.range.start
        return "\(start.line):\(start.column): \(diagnostic.severity.rawValue): \(diagnostic.message) [\(diagnostic.rule)]"
    }

    /// The lines of a text file, without the final newline's empty line.
    static func lines(of url: URL) throws -> [String] {
        let text = try String(contentsOf: url, encoding: .utf8)
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        if lines.last == "" { lines.removeLast() }
        return lines
    }
}
