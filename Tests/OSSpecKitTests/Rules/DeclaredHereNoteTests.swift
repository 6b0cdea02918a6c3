import Foundation
import OSSpecKit
import Testing

/// An unknown reference without a "did you mean" carries a note pointing where such things are
/// declared: at the key that holds them (`ipc.tools`), not at the row.
@Suite("Where unknown references say things are declared")
struct DeclaredHereNoteTests {
    @Test("unknown-tool points at the ipc.tools key, not at ipc")
    func notesPointAtTheDeclaringKey() throws {
        let file = TestPaths.fixture("Rules/Fixtures/unknown-tool/fires-undeclared.yaml")
        let bytes = try TestPaths.bytes(file)
        let lines = String(decoding: bytes, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
        let toolsLine = try #require(lines.firstIndex { $0 == "  tools:" }) + 1
        #expect(lines[toolsLine - 2] == "ipc:", "the fixture declares its tools right under ipc:")
        let report = Linter().lint(bytes: bytes, path: file.path)
        let finding = try #require(report.diagnostics.first { $0.rule == "unknown-tool" })
        #expect(finding.related.map(\.range.start) == [SourcePosition(line: toolsLine, column: 3)])
        #expect(finding.related.first?.message == "tools are declared here")
    }
}
