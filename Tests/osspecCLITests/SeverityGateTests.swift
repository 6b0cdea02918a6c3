import Foundation
import Testing

/// `--max-warnings N`: exit 1 when there are more than N warnings (ESLint's option), saying so
/// on standard error; errors fail as always.
@Suite("Severity gates")
struct SeverityGateTests {
    static func run(_ arguments: [String]) throws -> RunResult {
        try OSSpec.run(arguments, directory: TestFiles.fixtures)
    }

    @Test("At or under the maximum: exit 0; over it: exit 1 with a line on standard error")
    func maxWarnings() throws {
        // warnings.osspec.yaml has exactly one warning.
        for maximum in ["1", "5"] {
            let result = try Self.run(["lint", "--max-warnings", maximum, "warnings.osspec.yaml"])
            #expect(result.exitCode == 0, "\(maximum): \(result)")
            #expect(result.stderr.isEmpty, "\(result)")
        }
        let over = try Self.run(["lint", "--max-warnings", "0", "warnings.osspec.yaml"])
        #expect(over.exitCode == 1, "\(over)")
        #expect(over.stdout.hasSuffix("\n1 warning in 1 file.\n"), "\(over)")
        #expect(over.stderr == "Too many warnings: 1, more than the maximum of 0 (--max-warnings).\n", "\(over)")

        // Two files, two warnings.
        let two = try Self.run(["lint", "--max-warnings=1", "warnings.osspec.yaml", "findings.osspec.yaml"])
        #expect(two.exitCode == 1, "\(two)")
        #expect(two.stderr == "Too many warnings: 2, more than the maximum of 1 (--max-warnings).\n", "\(two)")
    }

    @Test("Errors still fail under a generous maximum")
    func errorsStillFail() throws {
        let result = try Self.run(["lint", "--max-warnings", "100", "findings.osspec.yaml"])
        #expect(result.exitCode == 1, "\(result)")
        #expect(result.stderr.isEmpty, "\(result)")
    }

    @Test("With --quiet, warnings are shown when there are too many, since they fail the run")
    func quiet() throws {
        let under = try Self.run(["lint", "--quiet", "--max-warnings", "1", "warnings.osspec.yaml"])
        #expect(under.exitCode == 0, "\(under)")
        #expect(under.stdout == "No problems in 1 file.\n", "\(under)")
        let over = try Self.run(["lint", "--quiet", "--max-warnings", "0", "--format", "json", "warnings.osspec.yaml"])
        #expect(over.exitCode == 1, "\(over)")
        #expect(try LintJSON(over).allDiagnostics.map(\.severity) == ["warning"])
    }

    @Test("A bad count is a usage error", arguments: ["-1", "many", "1.5", ""])
    func badCount(count: String) throws {
        let result = try Self.run(["lint", "--max-warnings", count, "warnings.osspec.yaml"])
        #expect(result.exitCode == 2, "\(result)")
        let problem = count.isEmpty ? "The value of '--max-warnings' is empty." : "'--max-warnings' needs a whole number of warnings, 0 or more."
        #expect(result.stderr.hasPrefix("Error: \(problem)\n"), "\(result)")
    }
}
