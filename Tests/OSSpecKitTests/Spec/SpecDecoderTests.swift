import Foundation
import OSSpecKit
import Testing

@Suite("Spec decoder")
struct SpecDecoderTests {
    private func decode(_ text: String) throws -> (spec: Spec?, diagnostics: [Diagnostic]) {
        let loaded = YAMLLoader().load(Array(text.utf8))
        let document = try #require(loaded.document)
        return SpecDecoder.decode(document)
    }

    private static let minimal = """
        osspec: 1
        name: tiny
        cpu:
          default: main
          models:
            main: { provider: stub, model: echo, context_window: 8192, max_output_tokens: 1024 }
        ram: { policy: sliding-window, default_budget_tokens: 4096 }
        filesystem: "n/a: stateless, nothing is kept"
        processes:
          assistant: { description: Answers, task: answer, tools: [] }
        ipc: "n/a: one agent with no tools"
        kernel:
          orchestrator: swift
          entry: assistant
          limits: { max_steps: 5, timeout_seconds: 30 }
          tracing: { enabled: true, exporter: stdout, events: [model_call] }
        user_space: "n/a: embedded as a library call"

        """

    @Test("a complete spec decodes into typed values with their positions")
    func decodesTypedValues() throws {
        let (spec, diagnostics) = try decode(Self.minimal)
        #expect(diagnostics.isEmpty)
        let decoded = try #require(spec)
        #expect(decoded.name?.value == "tiny")
        let cpu = try #require(decoded.cpu.content)
        #expect(cpu.models.map(\.id.value) == ["main"])
        #expect(cpu.models.first?.contextWindow?.value == 8192)
        #expect(cpu.models.first?.maxOutputTokens?.value == 1024)
        #expect(cpu.default?.range.start == SourcePosition(line: 4, column: 12))
        #expect(decoded.ram.content?.policy?.value == .slidingWindow)
        #expect(decoded.filesystem.isNotApplicable)
        let process = try #require(decoded.processes.content?.entries.first)
        #expect(process.id.value == "assistant")
        #expect(process.id.range.start == SourcePosition(line: 10, column: 3))
        #expect(process.tools?.isEmpty == true)
        #expect(decoded.kernel.content?.tracing?.events?.value.map(\.value) == [.modelCall])
        #expect(decoded.kernel.content?.limits?.timeoutSeconds?.value == 30)
    }

    @Test("the shipped examples decode without findings")
    func shippedExamples() throws {
        let files = try FileManager.default.contentsOfDirectory(atPath: TestPaths.specs.path).filter { $0.hasSuffix(".osspec.yaml") }
        #expect(files.count >= 3)
        for file in files {
            let bytes = try TestPaths.bytes(TestPaths.specs.appendingPathComponent(file))
            let report = Linter().lint(bytes: bytes, path: file)
            #expect(report.diagnostics.isEmpty, "\(file): \(report.diagnostics.map(\.message))")
        }
    }

    @Test("every missing row is reported at the document's start")
    func missingRows() throws {
        let (_, diagnostics) = try decode("osspec: 1\nname: x\ncpu:\n  models: {m: {provider: stub, model: m, context_window: 1}}\n")
        let missing = diagnostics.filter { $0.rule == "missing-row" }
        #expect(missing.count == 6)
        #expect(missing.allSatisfy { $0.range.start == SourcePosition(line: 1, column: 1) })
        #expect(missing.contains { $0.message.contains("'user_space'") })
    }

    @Test("n/a needs a reason of three words and is not allowed on cpu, processes or kernel")
    func notApplicableRules() throws {
        let text = Self.minimal
            .replacingOccurrences(of: "filesystem: \"n/a: stateless, nothing is kept\"", with: "filesystem: n/a")
            .replacingOccurrences(of: "ipc: \"n/a: one agent with no tools\"", with: "ipc: \"n/a: none\"")
            .replacingOccurrences(of: "user_space: \"n/a: embedded as a library call\"", with: "user_space: \"N/A: no app, only batch\"")
        let (spec, diagnostics) = try decode(text + "")
        #expect(diagnostics.map(\.rule) == ["invalid-not-applicable", "invalid-not-applicable"])
        #expect(diagnostics.map(\.range.start.line) == [8, 11])
        #expect(spec?.userSpace.isNotApplicable == true)

        let (_, kernelNA) = try decode("osspec: 1\nname: x\nkernel: \"n/a: no kernel needed here\"\n")
        #expect(kernelNA.contains { $0.rule == "invalid-not-applicable" && $0.message.contains("cannot be n/a") })
    }

    @Test("n/a written as a mapping is explained")
    func notApplicableAsMapping() throws {
        let text = Self.minimal.replacingOccurrences(
            of: "ipc: \"n/a: one agent with no tools\"", with: "ipc:\n  n/a: one agent with no tools")
        let (_, diagnostics) = try decode(text)
        #expect(diagnostics.map(\.rule) == ["invalid-not-applicable"])
        #expect(diagnostics.first?.hint?.contains("in quotes") == true)
    }

    @Test("an empty row is a completeness error at its key")
    func emptyRow() throws {
        let text = Self.minimal.replacingOccurrences(of: "ipc: \"n/a: one agent with no tools\"", with: "ipc: {}")
        let (_, diagnostics) = try decode(text)
        #expect(diagnostics.map(\.rule) == ["empty-row"])
        #expect(diagnostics.first?.range.start == SourcePosition(line: 11, column: 1))
    }

    @Test("unknown keys suggest the nearest known key; x- keys are ignored")
    func unknownKeys() throws {
        let text = Self.minimal.replacingOccurrences(
            of: "assistant: { description: Answers, task: answer, tools: [] }",
            with: "assistant: { description: Answers, task: answer, tools: [], modle: main, x-owner: me, x-n: {deep: [1]} }")
        let (_, diagnostics) = try decode(text)
        #expect(diagnostics.map(\.rule) == ["unknown-key"])
        #expect(diagnostics.first?.message == "Unknown key 'modle' in process 'assistant'. Did you mean 'model'?")
        #expect(diagnostics.first?.range.start == SourcePosition(line: 10, column: 63))
    }

    @Test("a misspelled required key is one finding (rename it), not also a missing key")
    func misspelledRequiredKey() throws {
        let text = Self.minimal.replacingOccurrences(of: "{ provider: stub,", with: "{ provder: stub,")
        let (_, diagnostics) = try decode(text)
        #expect(diagnostics.map(\.rule) == ["unknown-key"])
        #expect(diagnostics.first?.hint == "Rename it to 'provider'.")
        // A key that is missing and not misspelled is still reported.
        let missing = Self.minimal.replacingOccurrences(of: "{ provider: stub,", with: "{ zzzzzzz: stub,")
        #expect(try decode(missing).diagnostics.map(\.rule).sorted() == ["missing-key", "unknown-key"])
    }

    @Test("wrong types, bad enum values and bad ids are each reported, all in one pass")
    func manyProblemsInOnePass() throws {
        let text = Self.minimal
            .replacingOccurrences(of: "policy: sliding-window", with: "policy: sliding")
            .replacingOccurrences(of: "context_window: 8192", with: "context_window: big")
            .replacingOccurrences(of: "enabled: true", with: "enabled: yes")
            .replacingOccurrences(of: "name: tiny", with: "name: 9tiny")
        let (_, diagnostics) = try decode(text)
        #expect(Set(diagnostics.map(\.rule)) == ["invalid-enum-value", "wrong-type", "invalid-identifier"])
        #expect(diagnostics.count == 4)
        let policy = try #require(diagnostics.first { $0.rule == "invalid-enum-value" })
        #expect(policy.message.contains("Did you mean 'sliding-window'?"))
        #expect(policy.hint == "Use one of: relevant-only, sliding-window, summarize, full-history.")
        let enabled = try #require(diagnostics.first { $0.message.contains("'yes'") })
        #expect(enabled.hint == "Write true.")
    }

    @Test("placeholders count as not filled", arguments: ["TODO", "tbd: later", "FIXME", "???", "...", "<model name>", "changeme", "Fill me in"])
    func placeholders(value: String) throws {
        let text = Self.minimal.replacingOccurrences(of: "model: echo", with: "model: \"\(value)\"")
        let (_, diagnostics) = try decode(text)
        #expect(diagnostics.map(\.rule) == ["placeholder-value"])
    }

    @Test("words that merely start like a placeholder are values", arguments: ["Todoist sync", "tbdx", "<role>You are</role> a helper", "xxxl"])
    func notPlaceholders(value: String) throws {
        let text = Self.minimal.replacingOccurrences(of: "model: echo", with: "model: \"\(value)\"")
        let (_, diagnostics) = try decode(text)
        #expect(diagnostics.isEmpty)
    }

    @Test("required keys are reported at the key of the mapping that lacks them")
    func missingKeys() throws {
        let text = Self.minimal.replacingOccurrences(
            of: "main: { provider: stub, model: echo, context_window: 8192, max_output_tokens: 1024 }",
            with: "main: { provider: stub }")
        let (_, diagnostics) = try decode(text)
        #expect(diagnostics.map(\.rule) == ["missing-key", "missing-key"])
        #expect(diagnostics.allSatisfy { $0.range.start == SourcePosition(line: 6, column: 5) })
        #expect(diagnostics.map(\.message) == [
            "Model 'main' is missing required key 'model'.", "Model 'main' is missing required key 'context_window'.",
        ])
    }

    @Test("a process needs a task or a model; a read tool needs a resource")
    func conditionalKeys() throws {
        let text = Self.minimal
            .replacingOccurrences(of: "{ description: Answers, task: answer, tools: [] }", with: "{ description: Answers, tools: [look] }")
            .replacingOccurrences(of: "ipc: \"n/a: one agent with no tools\"", with: "ipc:\n  tools:\n    look: {scope: read, description: Looks}")
        let (_, diagnostics) = try decode(text)
        #expect(diagnostics.map(\.rule) == ["missing-key", "missing-key"])
        #expect(diagnostics.map(\.range.start.line) == [10, 13])
    }

    @Test("the format version must be 1")
    func version() throws {
        let (_, diagnostics) = try decode(Self.minimal.replacingOccurrences(of: "osspec: 1", with: "osspec: 2"))
        #expect(diagnostics.map(\.rule) == ["unsupported-version"])
    }

    @Test("a document that is not a mapping is a wrong type")
    func notAMapping() throws {
        let (spec, diagnostics) = try decode("- a\n- b\n")
        #expect(spec == nil)
        #expect(diagnostics.map(\.rule) == ["wrong-type"])
    }

    @Test("YAML 1.1 pitfalls in string values are warned about once")
    func pitfallInString() throws {
        let text = Self.minimal.replacingOccurrences(of: "model: echo", with: "model: no")
        let (_, diagnostics) = try decode(text)
        #expect(diagnostics.map(\.rule) == ["yaml11-boolean"])
        #expect(diagnostics.first?.severity == .warning)
        #expect(diagnostics.first?.hint == "Write false for a boolean, or quote it (\"no\") for a string.")
    }

    @Test("numbers where strings belong are wrong types with a quoting hint")
    func numberForString() throws {
        let (_, diagnostics) = try decode(Self.minimal.replacingOccurrences(of: "model: echo", with: "model: 4.1"))
        #expect(diagnostics.map(\.rule) == ["wrong-type"])
        #expect(diagnostics.first?.hint == "Quote it if it is meant as text.")
    }

    @Test("merge keys are named as unsupported")
    func mergeKey() throws {
        let text = Self.minimal.replacingOccurrences(
            of: "ram: { policy: sliding-window, default_budget_tokens: 4096 }",
            with: "x-base: &base { policy: sliding-window }\nram: { <<: *base, default_budget_tokens: 4096 }")
        let (_, diagnostics) = try decode(text)
        #expect(diagnostics.contains { $0.rule == "unknown-key" && $0.message.contains("Merge keys") })
    }

    @Test("aliases are followed when decoding")
    func aliasesDecoded() throws {
        let text = Self.minimal
            .replacingOccurrences(of: "name: tiny", with: "name: tiny\nx-limits: &lim { max_steps: 5, timeout_seconds: 30 }")
            .replacingOccurrences(of: "limits: { max_steps: 5, timeout_seconds: 30 }", with: "limits: *lim")
        let (spec, diagnostics) = try decode(text)
        #expect(diagnostics.isEmpty)
        #expect(spec?.kernel.content?.limits?.maxSteps?.value == 5)
    }

    @Test("YAML 1.1 pitfalls in ids are warned about: a model named 'on' is the key true for 1.1 tools")
    func pitfallInID() throws {
        let text = Self.minimal.replacingOccurrences(of: "default: main", with: "default: \"on\"")
            .replacingOccurrences(of: "    main: {", with: "    on: {")
        let (_, diagnostics) = try decode(text)
        #expect(diagnostics.map(\.rule) == ["yaml11-boolean"])
        #expect(diagnostics.first?.range.start == SourcePosition(line: 6, column: 5))
    }

    @Test("a merge key is reported once, without the missing keys it would have supplied")
    func mergeKeyReportedOnce() throws {
        let text = Self.minimal.replacingOccurrences(
            of: "main: { provider: stub, model: echo, context_window: 8192, max_output_tokens: 1024 }",
            with: "main: { <<: {provider: stub, model: echo}, context_window: 8192 }")
        let (_, diagnostics) = try decode(text)
        #expect(diagnostics.map(\.rule) == ["unknown-key"])
    }
}
