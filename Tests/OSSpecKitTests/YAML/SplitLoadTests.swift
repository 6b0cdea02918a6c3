import Foundation
import OSSpecKit
import OSSpecPlatform
import Testing

@testable import OSSpecYAML

/// A large file loaded in two parts side by side (`SplitLoad`) must give the document one load
/// gives, node for node, or be refused so that the caller loads it whole.
@Suite("Split load")
struct SplitLoadTests {
    /// Splits every file, however small.
    static let everywhere = Parallelism(threads: 2, minimumNodes: 0)

    /// The shipped specs and every YAML fixture of the tests.
    static let inputs: [URL] = ParallelLintTests.inputs

    /// Every node, range, tag, scalar value and repeat mark of two documents is the same.
    static func expectSame(_ split: YAMLDocument, _ whole: YAMLDocument, _ name: String, sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(split.nodes == whole.nodes, "\(name): nodes", sourceLocation: sourceLocation)
        #expect(split.arena == whole.arena, "\(name): arena", sourceLocation: sourceLocation)
        guard split.nodes.count == whole.nodes.count else { return }
        for index in whole.nodes.indices {
            let same = split.range(index) == whole.range(index) && split.tag(index) == whole.tag(index)
                && split.scalarBytes(index) == whole.scalarBytes(index) && split.isRepeatedKey(index) == whole.isRepeatedKey(index)
            if !same {
                Issue.record("\(name): node \(index) differs", sourceLocation: sourceLocation)
                return
            }
        }
    }

    /// The starts of lines that begin with a letter: every cut `SplitLoad` could choose.
    static func cuts(in bytes: [UInt8]) -> [Int] {
        bytes.indices.dropFirst().filter { index in
            bytes[index - 1] == UInt8(ascii: "\n") && (bytes[index] | 0x20 >= UInt8(ascii: "a") && bytes[index] | 0x20 <= UInt8(ascii: "z"))
        }
    }

    @Test("every spec and fixture loads the same split as whole, with the same findings")
    func sameDocuments() throws {
        for url in Self.inputs {
            let bytes = try TestPaths.bytes(url)
            let whole = YAMLLoader().load(bytes)
            let split = YAMLLoader(parallelism: Self.everywhere).load(bytes)
            #expect(split.diagnostics == whole.diagnostics, "\(url.lastPathComponent)")
            #expect((split.document == nil) == (whole.document == nil), "\(url.lastPathComponent)")
            if let splitDocument = split.document, let wholeDocument = whole.document {
                Self.expectSame(splitDocument, wholeDocument, url.lastPathComponent)
            }
        }
    }

    @Test(
        "the YAML test suite loads the same split as whole",
        .enabled(if: TestPaths.sharedIsAvailable, "../shared/yaml-test-suite is not present beside the package"))
    func yamlTestSuite() throws {
        let suite = TestPaths.shared.appendingPathComponent("yaml-test-suite")
        let enumerator = FileManager.default.enumerator(at: suite, includingPropertiesForKeys: nil)
        var count = 0
        while let url = enumerator?.nextObject() as? URL {
            guard url.lastPathComponent == "in.yaml" else { continue }
            let bytes = try TestPaths.bytes(url)
            let whole = YAMLLoader().load(bytes)
            let split = YAMLLoader(parallelism: Self.everywhere).load(bytes)
            let name = url.deletingLastPathComponent().lastPathComponent
            #expect(split.diagnostics == whole.diagnostics, "\(name)")
            if let splitDocument = split.document, let wholeDocument = whole.document {
                Self.expectSame(splitDocument, wholeDocument, name)
            } else {
                #expect(split.document == nil && whole.document == nil, "\(name)")
            }
            count += 1
        }
        #expect(count > 300)
    }

    @Test("a shipped spec cut at any line that starts with a letter loads as the whole does, or not at all")
    func everyCut() throws {
        let specs = Self.inputs.filter { $0.path.contains("/specs/") }
        #expect(specs.count >= 3)
        for url in specs {
            let bytes = try TestPaths.bytes(url)
            let whole = try #require(YAMLLoader().load(bytes).document)
            var accepted = 0
            for cut in Self.cuts(in: bytes) {
                guard let split = SplitLoad.load(bytes, limits: .default, cut: cut) else { continue }
                accepted += 1
                Self.expectSame(split, whole, "\(url.lastPathComponent) cut at byte \(cut)")
            }
            // The rows start at column 0, so cuts before them are always accepted.
            #expect(accepted >= 6, "\(url.lastPathComponent): \(accepted) cuts accepted")
        }
    }

    /// Texts whose cut, before the line holding `cut here`'s key, must be accepted: the parts
    /// are independent, and the merged document is the whole one.
    static let accepted: [(String, String)] = [
        ("nested block collections end at the cut", "a:\n  x: 1\n  y:\n    - z\n    - {w: 1}\nb: 2\n"),
        ("a kept block scalar ends at the cut", "a: |+\n  x\n\nb: 2\n"),
        ("CR LF line breaks", "a: 1\r\nc: [1,\r\n  2]\r\nb: 2\r\n"),
        ("non-ASCII text and an LS and a NEL inside quotes", "a: \"é 中 \u{2028} x\u{85}y\"\nc: 日本\nb: 2\n"),
        ("anchors and aliases within the second part", "a: &x 1\nb: &y 2\nc: *y\n"),
        ("tags in both parts", "a: !!str 1\nb: !!str 2\nc: !custom {x: 1}\n"),
        ("comments and blank lines around the cut", "a: 1 # one\n\n# between\n\nb: 2\n"),
        ("a document start before the first part", "---\na: 1\nb: 2\n"),
        ("a comment, then a document start", "# spec\n--- # starts here\n\na: 1\nb: 2\n"),
    ]

    @Test("independent parts are loaded split, node for node as whole", arguments: accepted)
    func acceptedCuts(_ name: String, _ text: String) throws {
        let bytes = Array(text.utf8)
        let cut = try #require(Self.cuts(in: bytes).first { bytes[$0] == UInt8(ascii: "b") })
        let whole = try #require(YAMLLoader().load(bytes).document)
        let split = try #require(SplitLoad.load(bytes, limits: .default, cut: cut), "\(name): refused")
        Self.expectSame(split, whole, name)
    }

    /// Texts whose cut, at the line starting with `b`, must be refused.
    static let refused: [(String, String)] = [
        ("an alias to an anchor before the cut", "a: &x 1\nb: *x\n"),
        ("a flow collection open across the cut", "a: [1,\nb]\nc: 2\n"),
        ("a quoted scalar open across the cut", "a: \"x\nb\"\nc: 1\n"),
        ("a second document after the cut", "a: 1\nb: 2\n---\nc: 3\n"),
        ("a document end before the cut", "a: 1\n...\nb: 2\n"),
        ("a directive", "%YAML 1.2\n---\na: 1\nb: 2\n"),
        ("a tag directive", "%TAG !e! tag:example.com,2000:\n---\na: 1\nb: !e!x 2\n"),
        ("a root on the document start line, keys indented", "--- a: 1\nb: 2\n"),
        ("a document start, then an indented root", "---\n  a: 1\nb: 2\n"),
        ("an anchored root on the document start line", "--- &r\n  a: 1\nb: 2\n"),
        ("a root key repeated across the cut", "b: 0\na: 1\nb: 2\n"),
        ("a tagged root", "!!map\na: 1\nb: 2\n"),
        ("a byte order mark", "\u{FEFF}a: 1\nb: 2\n"),
        ("a duplicate key inside a part", "a: {x: 1, x: 2}\nb: 2\n"),
        ("a root that is not a mapping", "- a\nb\n"),
        // Found by the fuzzer: each part is a valid mapping, the whole is not.
        ("a root mapping indented further than the key at the cut", "    a: [x]\nb:\n  c: 1\n"),
        // Found by review: the anchor puts the root's start at column 1, its keys are indented.
        ("an anchored root whose keys are indented", "&a\n    k: v\nb: 1\n"),
        ("an anchored root with a comment, keys indented", "&a # c\n    k: v\nb: 1\n"),
    ]

    @Test("parts that depend on each other or have findings are refused", arguments: refused)
    func refusedCuts(_ name: String, _ text: String) throws {
        let bytes = Array(text.utf8)
        let cut = try #require(Self.cuts(in: bytes).last { bytes[$0] == UInt8(ascii: "b") }, "\(name): no cut")
        #expect(SplitLoad.load(bytes, limits: .default, cut: cut) == nil, "\(name)")
        // And the loader, splitting, reports what a whole load reports.
        let whole = YAMLLoader().load(bytes)
        let split = YAMLLoader(parallelism: Self.everywhere).load(bytes)
        #expect(split.diagnostics == whole.diagnostics, "\(name)")
        #expect(split.document?.nodes == whole.document?.nodes, "\(name)")
    }

    @Test("limits hold across the cut: nodes and alias expansion are counted over both parts")
    func limitsAcrossTheCut() throws {
        var text = "l0: &l0 [x, x, x, x, x, x, x, x, x, x]\n"
        for level in 1...4 { text += "l\(level): &l\(level) [" + Array(repeating: "*l\(level - 1)", count: 10).joined(separator: ", ") + "]\n" }
        text += "b: [" + Array(repeating: "1", count: 40).joined(separator: ", ") + "]\n"
        let bytes = Array(text.utf8)
        let cut = try #require(Self.cuts(in: bytes).last)
        // The parts hold 61 and 43 nodes, the whole file 103: exactly at a limit of 103, one
        // over a limit of 102.
        #expect(SplitLoad.load(bytes, limits: LoaderLimits(maxNodes: 103, aliasExpansionFloor: 200_000), cut: cut) != nil)
        let nodes = LoaderLimits(maxNodes: 102, aliasExpansionFloor: 200_000)
        #expect(SplitLoad.load(bytes, limits: nodes, cut: cut) == nil)
        let tooMany = YAMLLoader(limits: nodes, parallelism: Self.everywhere).load(bytes)
        #expect(tooMany.diagnostics == YAMLLoader(limits: nodes).load(bytes).diagnostics)
        #expect(tooMany.diagnostics.map(\.rule) == ["too-many-nodes"])
        // The aliases of the first part expand its root to 123,461 nodes. With 1,500 per node
        // written, the whole file (103 nodes) is within budget, though the first part alone (61)
        // would not be; with 1,000 per node the whole file is not, and neither is the split.
        let roomy = LoaderLimits(aliasExpansionFloor: 100, aliasExpansionFactor: 1_500)
        #expect(YAMLLoader(limits: roomy).load(bytes).diagnostics.isEmpty)
        let accepted = try #require(SplitLoad.load(bytes, limits: roomy, cut: cut))
        Self.expectSame(accepted, try #require(YAMLLoader(limits: roomy).load(bytes).document), "within budget")
        let tight = LoaderLimits(aliasExpansionFloor: 100, aliasExpansionFactor: 1_000)
        #expect(SplitLoad.load(bytes, limits: tight, cut: cut) == nil)
        let overBudget = YAMLLoader(limits: tight, parallelism: Self.everywhere).load(bytes)
        #expect(overBudget.diagnostics == YAMLLoader(limits: tight).load(bytes).diagnostics)
        #expect(overBudget.diagnostics.map(\.rule) == ["alias-expansion-limit"])
        #expect(overBudget.document == nil)
    }

    @Test("the origin of the second part counts lines and characters as libyaml does")
    func origin() {
        let text = Array("a\r\nb\rc\nd\u{85}e\u{2028}f\u{2029}é中\n".utf8)
        let origin = text.withUnsafeBufferPointer { SplitLoad.origin(of: $0, upTo: text.count) }
        #expect(origin?.lines == 7)
        #expect(origin?.characters == 16)
        let bom = Array("\u{FEFF}a: 1\n".utf8)
        #expect(bom.withUnsafeBufferPointer { SplitLoad.origin(of: $0, upTo: bom.count) } == nil)
    }

    @Test("the cut is the first line after the middle that starts with a letter, else the last before it")
    func cutPoint() {
        let text = Array("a: 1\nb: 2\n  c: 3\n  d: 4\n# e\n".utf8)
        #expect(text.withUnsafeBufferPointer { SplitLoad.cutPoint(in: $0) } == 5)
        let none = Array("- 1\n- 2\n".utf8)
        #expect(none.withUnsafeBufferPointer { SplitLoad.cutPoint(in: $0) } == nil)
        let late = Array("a: 1\n  x: 22222222222\nz: 3\n".utf8)
        #expect(late.withUnsafeBufferPointer { SplitLoad.cutPoint(in: $0) } == 22)
    }
}
