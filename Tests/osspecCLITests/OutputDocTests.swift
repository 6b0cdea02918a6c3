import Foundation
import Testing

/// docs/output.md quotes real output of the github and junit formats; it must stay real.
@Suite("docs/output.md examples")
struct OutputDocTests {
    @Test("The github and junit examples are what osspec prints", arguments: ["github", "junit"])
    func example(format: String) throws {
        // The folder the page describes: the CLI fixture as specs/ops.osspec.yaml and a clean spec.
        let directory = try TemporaryDirectory()
        try FileManager.default.createDirectory(at: directory.url.appendingPathComponent("specs"), withIntermediateDirectories: true)
        try directory.write(try TestFiles.bytes(TestFiles.fixture("findings.osspec.yaml")), to: "specs/ops.osspec.yaml")
        try directory.write(try TestFiles.bytes(TestFiles.specs.appendingPathComponent("minimal.osspec.yaml")), to: "specs/minimal.osspec.yaml")
        let result = try OSSpec.run(["lint", "--format", format, "specs"], directory: directory.url)
        #expect(result.exitCode == 1, "\(result)")
        let page = try String(contentsOf: TestFiles.packageRoot.appendingPathComponent("docs/output.md"), encoding: .utf8)
        #expect(page.contains("\n" + result.stdout + "```\n"), "docs/output.md does not quote this \(format) output:\n\(result.stdout)")
    }
}
