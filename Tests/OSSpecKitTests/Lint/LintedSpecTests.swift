import Foundation
@testable import OSSpecLint
import OSSpecKit
import Testing

/// `Linter.lintKeepingSpec`: one pass of the chain gives lint's report and what generation and
/// review need besides it (the typed spec, the findings before anything silenced them).
@Suite("Lint keeping the spec")
struct LintedSpecTests {
    static func minimal() throws -> String {
        try String(contentsOf: TestPaths.specs.appendingPathComponent("minimal.osspec.yaml"), encoding: .utf8)
    }

    /// The chain step by step, nothing silenced: what generate and the review commands ran as
    /// a second pass before `lintKeepingSpec` kept it from the first.
    static func chainFindings(_ bytes: [UInt8]) -> [Diagnostic] {
        let loaded = YAMLLoader().load(bytes)
        var findings = loaded.diagnostics
        if let document = loaded.document {
            let decoded = SpecDecoder.decode(document)
            findings += decoded.diagnostics
            if let spec = decoded.spec { findings += RuleRegistry.check(spec) }
        }
        return findings.inReportOrder()
    }

    @Test("the default findings are the chain's, whatever the file")
    func chainFindingsKept() throws {
        var inputs = try ["minimal.osspec.yaml", "support-desk.osspec.yaml", "interviewlm.osspec.yaml"].map {
            try TestPaths.bytes(TestPaths.specs.appendingPathComponent($0))
        }
        let findings = try TestPaths.bytes(TestPaths.packageRoot.appendingPathComponent("Tests/osspecCLITests/Fixtures/findings.osspec.yaml"))
        inputs += [findings, Array("kernel: [unclosed\n".utf8), Array("- a list\n".utf8), []]
        for bytes in inputs {
            let linted = Linter().lintKeepingSpec(bytes: bytes, path: "x.osspec.yaml")
            #expect(linted.defaultFindings == Self.chainFindings(bytes))
            #expect(linted.uncollected.total == 0)
        }
        #expect(!Self.chainFindings(findings).isEmpty)
    }

    @Test("a finding a comment silences, or the configuration turns off, is still among the default errors")
    func silencedFindingsKept() throws {
        let text = try Self.minimal().replacingOccurrences(
            of: "  entry: assistant\n", with: "  # osspec:disable-next-line unknown-entry -- renamed later\n  entry: asistant\n")
        let linted = Linter().lintKeepingSpec(bytes: Array(text.utf8), path: "app.osspec.yaml")
        #expect(linted.report.count(of: .error) == 0, "\(linted.report.diagnostics)")
        #expect(linted.defaultErrors.map(\.rule) == ["unknown-entry"])
        #expect(linted.defaultErrors.first?.range.start.line == 21)
        #expect(linted.spec?.kernel.content?.entry?.value == "asistant")

        let turnedOff = Linter().lintKeepingSpec(bytes: Array(text.utf8), path: "app.osspec.yaml") { _ in [] }
        #expect(turnedOff.report.diagnostics.isEmpty)
        #expect(turnedOff.defaultErrors.map(\.rule) == ["unknown-entry"])
    }

    @Test("errors only counted past the collection bound stand as one error, so nothing unknown passes for clean")
    func countedErrors() throws {
        var counted = UncollectedFindings()
        counted.add(.warning)
        let onlyWarnings = LintedSpec(
            report: FileReport(path: "x", diagnostics: [], source: nil), spec: nil, defaultFindings: [], uncollected: counted)
        #expect(onlyWarnings.defaultErrors.isEmpty)
        counted.add(.error)
        counted.add(.error)
        let withErrors = LintedSpec(
            report: FileReport(path: "x", diagnostics: [], source: nil), spec: nil, defaultFindings: [], uncollected: counted)
        #expect(withErrors.defaultErrors.map(\.rule) == ["too-many-findings"])
        #expect(withErrors.defaultErrors.first?.severity == .error)
        #expect(withErrors.defaultErrors.first?.message == "2 more errors were only counted, past the first 0 findings.")
    }
}
