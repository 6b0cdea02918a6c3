import Foundation
import OSSpecKit
import OSSpecPlatform
import Testing

/// One file's lint split across threads (`Parallelism`): the large rows decoded side by side,
/// the rules run in groups. Whatever the threads, the spec, the findings, their order, and which
/// findings a bounded collector keeps or only counts must be those of one thread.
@Suite("Parallel lint of one file")
struct ParallelLintTests {
    /// Splits every document, however small, so the fixtures take the parallel paths.
    static let everywhere = Parallelism(threads: 3, minimumNodes: 0)

    /// The shipped specs and every YAML fixture of the tests: valid specs, and specs with
    /// findings in every row and every rule.
    static let inputs: [URL] = {
        var files = ((try? FileManager.default.contentsOfDirectory(atPath: TestPaths.specs.path)) ?? [])
            .filter { $0.hasSuffix(".yaml") }
            .map { TestPaths.specs.appendingPathComponent($0) }
        let enumerator = FileManager.default.enumerator(at: TestPaths.testsFolder, includingPropertiesForKeys: nil)
        while let url = enumerator?.nextObject() as? URL {
            if url.pathExtension == "yaml", url.path.contains("/Fixtures/") { files.append(url) }
        }
        return files.sorted { $0.path < $1.path }
    }()

    @Test("the inputs include the shipped specs and the rule fixtures")
    func inputsAreThere() {
        #expect(Self.inputs.count { $0.path.contains("/specs/") } >= 3)
        #expect(Self.inputs.count { $0.path.contains("/Rules/Fixtures/") } >= 30)
    }

    @Test("every spec and fixture gets the same report on one thread and on three")
    func sameReports() throws {
        for url in Self.inputs {
            let bytes = try TestPaths.bytes(url)
            let alone = Linter(parallelism: .sequential).lint(bytes: bytes, path: url.lastPathComponent)
            let split = Linter(parallelism: Self.everywhere).lint(bytes: bytes, path: url.lastPathComponent)
            #expect(split.diagnostics == alone.diagnostics, "\(url.lastPathComponent)")
        }
    }

    @Test("a small bound keeps and counts the same findings on one thread and on three", arguments: [1, 2, 5])
    func sameBoundedFindings(bound: Int) throws {
        for url in Self.inputs {
            let loaded = YAMLLoader().load(try TestPaths.bytes(url))
            guard let document = loaded.document else { continue }
            var alone = FindingCollector(bound: bound)
            var split = FindingCollector(bound: bound)
            let aloneSpec = SpecDecoder.decode(document, into: &alone)
            let splitSpec = SpecDecoder.decode(document, into: &split, parallelism: Self.everywhere)
            #expect(split.findings == alone.findings, "\(url.lastPathComponent): decoder")
            #expect(split.uncounted == alone.uncounted, "\(url.lastPathComponent): decoder")
            guard let aloneSpec, let splitSpec else {
                #expect(aloneSpec == nil && splitSpec == nil)
                continue
            }
            RuleRegistry.check(aloneSpec, into: &alone)
            RuleRegistry.check(splitSpec, into: &split, threads: 3)
            #expect(split.findings == alone.findings, "\(url.lastPathComponent): rules")
            #expect(split.uncounted == alone.uncounted, "\(url.lastPathComponent): rules")
        }
    }

    /// Rows out of table order, a row written twice (the first is read), an aliased row, and
    /// findings in every row: where each row's findings join the others is what could go wrong.
    static let scrambled = """
        osspec: 1
        name: scrambled
        ipc:
          tools:
            lookup: {scope: read, resource: kb, description: Looks up.}
            wipe: {scope: admin, description: Wipes.}
            stray: {scope: read, descripton: typo}
        user_space: &app {kind: chat}
        processes:
          first: {description: First., model: nope, tools: [lookup, missing]}
          second: {description: Second., task: unrouted, tools: [wipe], handoffs: [ghost]}
        processes:
          ignored: {description: The repeat is not read., tools: []}
        kernel:
          orchestrator: supervisor
          limits: {max_steps: 0}
        cpu:
          models:
            small: {provider: acme, model: s, context_window: 10}
          default: large
        ram: {default_budget_tokens: 100000, policy: everything}
        filesystem:
          stores:
            kb: {kind: vector}
        """

    @Test("rows out of order, repeated and aliased give the same findings in the same order")
    func scrambledRows() throws {
        let bytes = Array(Self.scrambled.utf8)
        let alone = Linter(parallelism: .sequential).lint(bytes: bytes, path: "scrambled.osspec.yaml")
        let split = Linter(parallelism: Self.everywhere).lint(bytes: bytes, path: "scrambled.osspec.yaml")
        #expect(alone.diagnostics.count >= 10, "\(alone.diagnostics.map(\.rule))")
        #expect(Set(alone.diagnostics.map(\.rule)).isSuperset(of: ["duplicate-key", "unknown-key", "unknown-model"]))
        #expect(split.diagnostics == alone.diagnostics)

        let document = try #require(YAMLLoader().load(bytes).document)
        for bound in 1...alone.diagnostics.count {
            var one = FindingCollector(bound: bound)
            var three = FindingCollector(bound: bound)
            _ = SpecDecoder.decode(document, into: &one)
            _ = SpecDecoder.decode(document, into: &three, parallelism: Self.everywhere)
            #expect(three.findings == one.findings, "bound \(bound)")
            #expect(three.uncounted == one.uncounted, "bound \(bound)")
        }
    }

    @Test("a document below the size threshold is not split")
    func threshold() {
        let parallelism = Parallelism(threads: 4)
        #expect(parallelism.threads(forNodes: Parallelism.defaultMinimumNodes - 1) == 1)
        #expect(parallelism.threads(forNodes: Parallelism.defaultMinimumNodes) == 4)
        #expect(Parallelism.sequential.threads(forNodes: 10_000_000) == 1)
        #expect(Parallelism(threads: 0).threads == 1)
    }

    @Test("collectors merged in order keep what one collector would have kept")
    func collectorMerge() {
        let findings = (1...7).map { index in
            YAMLRules.duplicateKey.diagnostic(
                "finding \(index)", at: SourceRange(at: SourcePosition(line: index, column: 1)), hint: "")
        }
        for bound in 1...8 {
            var whole = FindingCollector(bound: bound)
            for finding in findings { whole.append(finding) }
            var first = FindingCollector(bound: bound)
            var second = FindingCollector(bound: bound)
            for finding in findings.prefix(3) { first.append(finding) }
            for finding in findings.dropFirst(3) { second.append(finding) }
            var merged = FindingCollector(bound: bound)
            merged.append(contentsOf: first)
            merged.append(contentsOf: second)
            #expect(merged.findings == whole.findings, "bound \(bound)")
            #expect(merged.uncounted == whole.uncounted, "bound \(bound)")
            #expect(merged.findings.count + merged.uncounted.total == findings.count)
        }
    }
}
