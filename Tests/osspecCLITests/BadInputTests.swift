import Foundation
import Testing

/// Issue 2's bad-input list, run through the built binary: each is exit 1 with a finding in
/// category `syntax`, well under 2 s, in a 1 GiB address space (`ulimit -v 1048576`; Linux).
@Suite("Bad input")
struct BadInputTests {
    /// One bad input: how to make its bytes, and the finding it must give.
    struct Case: Sendable, CustomTestStringConvertible {
        let name: String
        let rule: String
        /// [line, column] of the finding, when the position is part of the contract.
        let position: [Int]?
        /// Text the message must contain.
        let messageContains: String?
        let bytes: @Sendable () -> [UInt8]

        var testDescription: String { name }
    }

    static let minimal = (try? TestFiles.bytes(TestFiles.specs.appendingPathComponent("minimal.osspec.yaml"))).map(Array.init) ?? []

    /// 16 KiB from a fixed-seed LCG, with a NUL in it (checked by the test).
    static let randomBytes: [UInt8] = {
        var generator = SeededBytes(seed: 0x05_5EC)
        return generator.bytes(16 * 1024)
    }()

    static let cases: [Case] = [
        Case(name: "empty file", rule: "empty-file", position: [1, 1], messageContains: nil) { [] },
        Case(
            name: "billion laughs (10 levels of 10 aliases)", rule: "alias-expansion-limit", position: nil,
            messageContains: "past the budget"
        ) {
            var lines = ["a0: &a0 [" + Array(repeating: "\"lol\"", count: 10).joined(separator: ", ") + "]"]
            for level in 1..<10 {
                lines.append("a\(level): &a\(level) [" + Array(repeating: "*a\(level - 1)", count: 10).joined(separator: ", ") + "]")
            }
            return Array((lines.joined(separator: "\n") + "\n").utf8)
        },
        Case(name: "100,000 nested [", rule: "nesting-too-deep", position: [1, 257], messageContains: "256") {
            Array(repeating: UInt8(ascii: "["), count: 100_000)
        },
        Case(
            name: "invalid UTF-8 in a value", rule: "invalid-encoding", position: [3, 12],
            messageContains: "byte 0xFF"
        ) {
            // "name: café \xFF...": 'é' is two bytes but one column, so the bad byte is column 12.
            var text = String(decoding: minimal, as: UTF8.self)
            text = text.replacingOccurrences(of: "name: minimal\n", with: "name: café \u{0}minimal\n")
            return Array(text.utf8).map { $0 == 0 ? 0xFF : $0 }
        },
        Case(
            name: "16 KiB of random binary bytes", rule: "binary-file", position: nil,
            messageContains: "Not a text file"
        ) { randomBytes },
        Case(
            name: "tab indentation", rule: "yaml-tab-indentation", position: [4, 1], messageContains: "Tabs cannot indent YAML"
        ) {
            Array("osspec: 1\nname: tabs\ncpu:\n\tdefault: main\n".utf8)
        },
        Case(
            name: "two documents", rule: "multiple-documents", position: [28, 1], messageContains: "second YAML document"
        ) {
            minimal + Array("---\n".utf8) + minimal
        },
        Case(name: "UTF-16 with a byte order mark", rule: "invalid-encoding", position: [1, 1], messageContains: "UTF-16") {
            [0xFF, 0xFE] + String(decoding: minimal, as: UTF8.self).utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
        },
        Case(name: "UTF-16 without a byte order mark", rule: "binary-file", position: [1, 2], messageContains: "NUL") {
            String(decoding: minimal, as: UTF8.self).utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
        },
    ]

    @Test("Each bad input: exit 1, a syntax finding, < 2 s, in 1 GiB", arguments: cases)
    func badInput(_ input: Case) throws {
        let directory = try TemporaryDirectory()
        let file = try directory.write(Data(input.bytes()), to: "bad.osspec.yaml")
        let result = try OSSpec.run(
            ["lint", "--format", "json", file.path], timeout: .seconds(10), addressSpaceKiB: OSSpec.oneGiB)
        #expect(!result.timedOut && !result.killedBySignal, "\(result)")
        #expect(result.exitCode == 1, "\(result)")
        #expect(result.wallTime < .seconds(2), "\(input.name) took \(result.wallTime)")
        #expect(result.stderr.isEmpty, "\(result)")
        let report = try LintJSON(result)
        let first = try #require(report.allDiagnostics.first, "\(result)")
        #expect(first.rule == input.rule, "\(result)")
        #expect(first.category == "syntax")
        #expect(first.severity == "error")
        #expect(report.allDiagnostics.allSatisfy { $0.category == "syntax" }, "\(result)")
        if let position = input.position {
            #expect([first.line, first.column] == position, "\(result)")
        }
        if let text = input.messageContains {
            #expect(first.message.contains(text), "\(first.message)")
        }
        #expect(report.summary["errors"] == report.allDiagnostics.filter { $0.severity == "error" }.count)

        // The text format survives the same input (the source line may be binary).
        let text = try OSSpec.run(["lint", "--color", "never", file.path], timeout: .seconds(10), addressSpaceKiB: OSSpec.oneGiB)
        #expect(text.exitCode == 1, "\(text)")
        #expect(text.stdout.contains(": error: "), "\(text)")
        #expect(text.stdout.contains("[\(input.rule)]"), "\(text)")
        #expect(String(text.stdout.split(separator: "\n").last ?? "").hasSuffix("in 1 file."), "\(text)")
    }

    @Test("The random bytes are fixed and hold a NUL")
    func randomBytesAreDeterministic() {
        #expect(Self.randomBytes.count == 16 * 1024)
        #expect(Self.randomBytes.contains(0))
        var again = SeededBytes(seed: 0x05_5EC)
        #expect(again.bytes(16 * 1024) == Self.randomBytes)
    }

    @Test("The invalid UTF-8 case points at the bad byte in the text report too")
    func invalidUTF8Text() throws {
        let input = try #require(Self.cases.first { $0.rule == "invalid-encoding" && $0.position == [3, 12] })
        let directory = try TemporaryDirectory()
        try directory.write(Data(input.bytes()), to: "latin1.osspec.yaml")
        let result = try OSSpec.run(["lint", "--color", "never", "latin1.osspec.yaml"], directory: directory.url)
        #expect(result.exitCode == 1, "\(result)")
        #expect(result.stdout.hasPrefix("latin1.osspec.yaml:3:12: error: Invalid UTF-8: byte 0xFF cannot appear here. [invalid-encoding]\n"), "\(result)")
    }

    @Test("A UTF-8 byte order mark is accepted: the minimal spec with one lints clean")
    func utf8BOM() throws {
        let directory = try TemporaryDirectory()
        let file = try directory.write(Data([0xEF, 0xBB, 0xBF] + Self.minimal), to: "bom.osspec.yaml")
        let result = try OSSpec.run(["lint", file.path], addressSpaceKiB: OSSpec.oneGiB)
        #expect(result.exitCode == 0, "\(result)")
        #expect(result.stdout == "No problems in 1 file.\n", "\(result)")

        // And positions after it count from the first character, not the BOM.
        let typo = Data([0xEF, 0xBB, 0xBF] + Array("osspec: 1\nnmae: x\n".utf8))
        let json = try OSSpec.run(["lint", "--format", "json", "-"], stdin: typo)
        let unknown = try #require(try LintJSON(json).allDiagnostics.first { $0.rule == "unknown-key" })
        #expect(unknown.span == [2, 1, 2, 5])
    }

    @Test("A 50 MB file of valid YAML: over the size cap by default; in bounds when the cap is raised")
    func fiftyMegabytes() throws {
        let directory = try TemporaryDirectory()
        // The minimal spec, then an ignored x- key holding a long list of strings: valid YAML
        // and a valid spec, about 600,000 nodes.
        let line = "  - \"" + String(repeating: "lorem ipsum dolor sit amet ", count: 3) + "\"\n"
        let target = 50 * 1024 * 1024
        let header = String(decoding: Self.minimal, as: UTF8.self) + "x-padding:\n"
        let count = (target - header.utf8.count) / line.utf8.count + 1
        let file = try directory.write(header + String(repeating: line, count: count), to: "big.osspec.yaml")
        let size = try #require(try FileManager.default.attributesOfItem(atPath: file.path)[.size] as? Int)
        #expect(size >= target)

        let capped = try OSSpec.run(["lint", "--format", "json", file.path], addressSpaceKiB: OSSpec.oneGiB)
        #expect(capped.exitCode == 1, "\(capped)")
        #expect(capped.wallTime < .seconds(2), "took \(capped.wallTime)")
        let report = try LintJSON(capped)
        #expect(report.allDiagnostics.map(\.rule) == ["file-too-large"])
        #expect(report.allDiagnostics.map(\.category) == ["syntax"])
        #expect(report.allDiagnostics.map(\.span) == [[1, 1, 1, 1]])
        #expect(report.allDiagnostics.first?.message.contains("\(size)") == true)

        let raised = try OSSpec.run(
            ["lint", "--max-file-size", "100000000", file.path], timeout: .seconds(30), addressSpaceKiB: OSSpec.oneGiB)
        #expect(!raised.timedOut, "\(raised)")
        #expect(!raised.killedBySignal, "\(raised)")
        #expect(raised.exitCode == 0, "\(raised)")
        #expect(raised.stdout == "No problems in 1 file.\n", "\(raised)")
        #expect(raised.wallTime < .seconds(30))
    }

    /// Millions of findings from a few megabytes: a million repeated keys, or 380,000 processes
    /// that each miss a field and have an unknown one. Before the collector's bound, each kept
    /// every finding's text (about 900 MB) and the second aborted under the 1 GiB limit.
    @Test("A file of millions of findings: exit 1 in 1 GiB, the report capped, the rest counted", arguments: ["keys", "processes"])
    func millionsOfFindings(shape: String) throws {
        let directory = try TemporaryDirectory()
        let text: String
        if shape == "keys" {
            text = "osspec: 1\n" + String(repeating: "a: 1\n", count: 1_000_000)
        } else {
            text = "osspec: 1\nname: x\nprocesses:\n" + (0..<380_000).map { "  a\($0): {zz: 1}\n" }.joined()
        }
        let file = try directory.write(text, to: "many.osspec.yaml")
        let result = try OSSpec.run(["lint", "--format", "json", file.path], timeout: .seconds(60), addressSpaceKiB: OSSpec.oneGiB)
        #expect(!result.killedBySignal && !result.timedOut, "\(result.exitCode) \(result.stderr.prefix(500))")
        #expect(result.exitCode == 1, "\(result.stderr.prefix(500))")
        let report = try LintJSON(result)
        #expect(report.allDiagnostics.count == 1001)
        let summary = try #require(report.allDiagnostics.first)
        #expect(summary.rule == "too-many-findings")
        #expect(summary.message.contains("Past 100000 findings they were only counted"), "\(summary.message)")
    }
}
