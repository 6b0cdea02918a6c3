import Foundation
import Testing

/// The review commands that read one spec say so when given none or two (exit 2).
@Suite("Review commands: one spec")
struct ReviewUsageTests {
    @Test("no spec, or two: a usage error naming the problem", arguments: ["table", "graph", "report", "cost"])
    func oneSpec(command: String) throws {
        let missing = try OSSpec.run([command], directory: TestFiles.packageRoot)
        #expect(missing.exitCode == 2, "\(missing)")
        #expect(missing.stderr.hasPrefix("Error: Missing expected argument '<spec>'.\n"), "\(missing)")
        let two = try OSSpec.run([command, "specs/minimal.osspec.yaml", "specs/minimal.osspec.yaml"], directory: TestFiles.packageRoot)
        #expect(two.exitCode == 2, "\(two)")
        #expect(two.stderr.hasPrefix("Error: Give one spec.\n"), "\(two)")
        #expect(two.stdout.isEmpty)
    }
}
