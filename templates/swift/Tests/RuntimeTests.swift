import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
import Testing
@testable import Runtime

/// The generated package's own checks: the spec is enforced at run time.
@Suite("Runtime enforces the spec")
struct RuntimeTests {
    /// The spec with every session sampled, so each test sees its whole trace.
    static var spec: SpecDefinition {
        var spec = SpecDefinition.generated
        spec.tracing.sampleRate = 1
        return spec
    }

    static func folder() -> URL {
        FileManager.default.temporaryDirectory.appendingPathComponent("runtime-tests-" + UUID().uuidString)
    }

    static func kernel(_ spec: SpecDefinition, _ sink: MemoryTraceSink, now: @escaping @Sendable () -> Date = { Date() }) -> Kernel {
        Kernel(spec: spec, folder: folder(), tracer: Tracer(spec: spec, sink: sink, now: now), now: now)
    }

    static func events(_ sink: MemoryTraceSink) throws -> [[String: Any]] {
        try sink.lines.map { try #require(try JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any]) }
    }

    /// Runs a session to its end, approving every paused tool call.
    static func runApprovingAll(_ kernel: Kernel, session: String = "s1") throws -> RunOutcome {
        var outcome = try kernel.start(sessionID: session, input: "hello")
        var guardCount = 0
        while outcome.state.status == .pausedForApproval, guardCount < 100 {
            outcome = try kernel.resolve(outcome.state, approved: true)
            guardCount += 1
        }
        return outcome
    }

    /// Processes the stub reaches from the entry.
    static func reachable(_ spec: SpecDefinition) -> [ProcessDefinition] {
        var seen = [spec.entry]
        var index = 0
        while index < seen.count {
            for next in spec.process(seen[index])?.handoffs ?? [] where !seen.contains(next) { seen.append(next) }
            index += 1
        }
        return seen.compactMap(spec.process)
    }

    @Test("a tool outside the allowlist is refused, not run, and traced as a denial, for every process")
    func deniedTool() throws {
        for process in Self.spec.processes {
            let sink = MemoryTraceSink()
            let ran = MemoryTraceSink()
            var tools = ToolImplementations.registry
            let forbidden = Self.spec.tools.first { !process.tools.contains($0.id) }?.id ?? "not-granted-tool"
            tools[forbidden] = { _ in ran.write("ran"); return "ran" }
            var kernel = Self.kernel(Self.spec, sink)
            kernel.tools = tools
            var state = SessionState(sessionID: "deny", input: "x", entry: process.id)
            try kernel.callTool(forbidden, process: process.id, input: "x", state: &state, parent: nil)
            #expect(ran.lines.isEmpty, "\(process.id) ran \(forbidden)")
            #expect(state.history[process.id]?.last?.content.contains("refused") == true)
            let denials = try Self.events(sink).filter { $0["event"] as? String == "denial" }
            #expect(denials.count == (Self.spec.traces(.denial) ? 1 : 0), "\(process.id)")
            if let denial = denials.first {
                #expect(denial["gen_ai.tool.name"] as? String == forbidden)
                #expect(denial["gen_ai.agent.name"] as? String == process.id)
            }
        }
    }

    @Test("a handoff outside the process's handoffs is refused")
    func deniedHandoff() throws {
        let sink = MemoryTraceSink()
        let kernel = Self.kernel(Self.spec, sink)
        var state = SessionState(sessionID: "h", input: "x", entry: Self.spec.entry)
        try kernel.handoff(to: "no-such-process", state: &state, parent: nil)
        #expect(state.status == .failed)
        #expect(state.current == Self.spec.entry)
    }

    @Test("a stub run exercises the architecture and emits every event kind the spec lists")
    func stubRunEvents() throws {
        let spec = Self.spec
        let sink = MemoryTraceSink()
        let kernel = Self.kernel(spec, sink)
        let outcome = try Self.runApprovingAll(kernel)
        #expect(outcome.state.status == .completed, "\(outcome.message)")
        var state = outcome.state
        try kernel.callTool("not-granted-tool", process: spec.entry, input: "x", state: &state, parent: nil)
        let events = try Self.events(sink)
        let kinds = Set(events.compactMap { $0["event"] as? String })
        let reachable = Self.reachable(spec)
        var possible: Set<String> = ["model_call", "denial"]
        if reachable.contains(where: { !$0.tools.isEmpty }) { possible.insert("tool_call") }
        if reachable.contains(where: { !$0.handoffs.isEmpty }) { possible.insert("handoff") }
        if spec.checkpoints != nil { possible.insert("checkpoint") }
        if reachable.contains(where: { $0.tools.contains { spec.tool($0)?.needsApproval == true } }) { possible.insert("approval") }
        #expect(Set(spec.tracing.events).intersection(possible).isSubset(of: kinds), "emitted \(kinds.sorted())")
        #expect(kinds.isSubset(of: Set(spec.tracing.events)), "emitted a kind the spec does not list")
        for event in events {
            for key in ["event", "session_id", "trace_id", "step", "span_id", "parent_span_id", "timestamp"] {
                #expect(event[key] != nil, "missing \(key) in \(event)")
            }
            if event["event"] as? String == "model_call" {
                #expect(event["gen_ai.operation.name"] as? String == "chat")
                #expect(event["gen_ai.request.model"] is String)
                #expect(event["gen_ai.usage.input_tokens"] is Int)
            }
        }
        // Each reachable process called each of its tools once.
        for process in reachable {
            #expect(outcome.state.toolsCalled[process.id, default: 0] == process.tools.count, "\(process.id)")
        }
    }

    @Test("an approval pauses the run at a checkpoint and resumes from it", .enabled(if: RuntimeTests.spec.tools.contains { $0.needsApproval }))
    func approval() throws {
        let sink = MemoryTraceSink()
        let kernel = Self.kernel(Self.spec, sink)
        var outcome = try kernel.start(sessionID: "a", input: "hello")
        try #require(outcome.state.status == .pausedForApproval, "the run did not reach an approval: \(outcome.message)")
        let pending = try #require(outcome.state.pending)
        // The person deciding sees what the tool would run with.
        #expect(outcome.message.contains("Input: \(pending.input.debugDescription)"), "\(outcome.message)")
        let saved = try #require(try kernel.checkpoints.latest())
        #expect(saved.pending == pending)
        #expect(!sink.lines.contains { $0.contains("\"event\":\"tool_call\"") && $0.contains("\"gen_ai.tool.name\":\"\(pending.tool)\"") })
        outcome = try kernel.resolve(saved, approved: true)
        #expect(sink.lines.contains { $0.contains("\"event\":\"tool_call\"") && $0.contains(pending.tool) } || !Self.spec.traces(.toolCall))
        // Denying instead: the tool never runs.
        let deniedSink = MemoryTraceSink()
        let other = Self.kernel(Self.spec, deniedSink)
        let paused = try other.start(sessionID: "d", input: "hello")
        let denied = try other.resolve(paused.state, approved: false)
        #expect(denied.state.history[pending.process]?.contains { $0.content.contains("denied by a person") } == true)
    }

    @Test("a replay from a checkpoint reproduces the rest of the trace")
    func replay() throws {
        var spec = Self.spec
        spec.checkpoints = CheckpointPolicy(backend: "file", every: "node", retentionDays: nil)
        spec.tracing.events = TraceEventKind.allCases.map(\.rawValue)
        let sink = MemoryTraceSink()
        let fixedTime: @Sendable () -> Date = { Date(timeIntervalSince1970: 0) }
        let kernel = Self.kernel(spec, sink, now: fixedTime)
        _ = try Self.runApprovingAll(kernel)
        let first = try #require(kernel.checkpoints.list().first)
        let marker = "\"osspec.checkpoint.id\":\"\(first)\""
        let original = try #require(sink.lines.firstIndex { $0.contains("\"event\":\"checkpoint\"") && $0.contains(marker) })
        let replaySink = MemoryTraceSink()
        var replay = kernel
        replay.tracer = Tracer(spec: spec, sink: replaySink, now: fixedTime)
        let before = kernel.checkpoints.list()
        var outcome = try replay.replay(from: first)
        while outcome.state.status == .pausedForApproval { outcome = try replay.resolve(outcome.state, approved: true) }
        // Checkpoint and span ids are new; everything else repeats.
        let rest = Array(sink.lines[(original + 1)...]).filter { !$0.contains("\"event\":\"checkpoint\"") && !$0.contains("\"event\":\"approval\"") }
        let replayed = replaySink.lines.filter { !$0.contains("\"event\":\"checkpoint\"") && !$0.contains("\"event\":\"approval\"") }
        #expect(try rest.map(Self.withoutSpanIDs) == replayed.map(Self.withoutSpanIDs))
        // The replay's spans join the session's trace: each id is new, each parent is a span
        // of the replay.
        let originalSpans = try Set(sink.lines.map { try Self.field("span_id", $0) })
        let replaySpans = try replaySink.lines.map { try Self.field("span_id", $0) }
        #expect(Set(replaySpans).count == replaySpans.count && originalSpans.isDisjoint(with: replaySpans))
        for line in replaySink.lines {
            let parent = try Self.field("parent_span_id", line)
            #expect(parent.isEmpty || replaySpans.contains(parent), "\(line)")
        }
        // The replay goes on in the session's history: the original checkpoints stay, the
        // replay's come after them (none when the first checkpoint is already the end).
        let after = kernel.checkpoints.list()
        #expect(Array(after.prefix(before.count)) == before)
        if try kernel.checkpoints.load(first).status == .completed {
            #expect(after == before)
        } else {
            #expect(after.count > before.count)
        }
    }

    static func object(_ line: String) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
    }

    static func field(_ key: String, _ line: String) throws -> String {
        try #require(try object(line)[key] as? String)
    }

    /// A trace line without its span ids, for comparing a replay with the original.
    static func withoutSpanIDs(_ line: String) throws -> String {
        var event = try object(line)
        event["span_id"] = nil
        event["parent_span_id"] = nil
        return String(decoding: try JSONSerialization.data(withJSONObject: event, options: [.sortedKeys]), as: UTF8.self)
    }

    /// Two processes that hand off to each other, and a tool-less stub run.
    static func cycleSpec() -> SpecDefinition {
        var spec = Self.spec
        spec.tools = []
        spec.processes = [
            ProcessDefinition(id: "a", description: "a", task: nil, model: nil, budgetTokens: nil, context: [], tools: [], handoffs: ["b"]),
            ProcessDefinition(id: "b", description: "b", task: nil, model: nil, budgetTokens: nil, context: [], tools: [], handoffs: ["a"]),
        ]
        spec.entry = "a"
        spec.defaultModel = spec.models.first?.id
        spec.routes = []
        spec.maxHops = nil
        return spec
    }

    @Test("max_steps stops a handoff cycle; max_hops stops it too")
    func limits() throws {
        var spec = Self.cycleSpec()
        spec.maxSteps = 2
        let stopped = try Self.kernel(spec, MemoryTraceSink()).start(sessionID: "c", input: "x")
        #expect(stopped.state.status == .maxSteps)
        #expect(stopped.state.step == 2)
        spec.maxSteps = 100
        spec.maxHops = 1
        let hops = try Self.kernel(spec, MemoryTraceSink()).start(sessionID: "c", input: "x")
        #expect(hops.state.status == .maxHops)
    }

    @Test("timeout_seconds ends a run with status timeout")
    func timeout() throws {
        var spec = Self.cycleSpec()
        spec.timeoutSeconds = 15
        final class Clock: @unchecked Sendable {
            var seconds = 0.0
        }
        let clock = Clock()
        let now: @Sendable () -> Date = {
            clock.seconds += 10
            return Date(timeIntervalSince1970: clock.seconds)
        }
        let outcome = try Self.kernel(spec, MemoryTraceSink(), now: now).start(sessionID: "t", input: "x")
        #expect(outcome.state.status == .timeout)
    }

    @Test("context is trimmed to the budget, and evictions are paged out per ram.paging")
    func budget() throws {
        var spec = Self.cycleSpec()
        spec.processes[0].budgetTokens = 40
        let assembler = ContextAssembler(spec: spec)
        var state = SessionState(sessionID: "r", input: "hi", entry: "a")
        state.history["a"] = (0..<20).map { Message(role: "tool", content: "result number \($0) with some words in it") }
        let model = try #require(spec.models.first)
        let stores = StoreSet(spec: spec, folder: Self.folder())
        let assembled = try assembler.assemble(spec.processes[0], model: model, state: &state, stores: stores)
        #expect(assembled.tokens <= 40)
        #expect(!assembled.evicted.isEmpty)
        #expect(state.history["a"]!.count < 20)
        if let paging = spec.ram?.pagingEvict, paging != "drop", let store = spec.ram?.pagingStore.flatMap(stores.store) {
            #expect(try store.all().count == assembled.evicted.count)
        }
    }

    @Test("an input longer than the budget is clipped to it; the system prompt comes first")
    func longInputIsClipped() throws {
        var spec = Self.cycleSpec()
        spec.processes[0].budgetTokens = 40
        var state = SessionState(sessionID: "long", input: String(repeating: "word ", count: 400), entry: "a")
        let model = try #require(spec.models.first)
        let assembled = try ContextAssembler(spec: spec).assemble(
            spec.processes[0], model: model, state: &state, stores: StoreSet(spec: spec, folder: Self.folder()))
        #expect(assembled.tokens <= 40, "\(assembled.tokens)")
        #expect(assembled.messages.first?.role == "system")
        let input = try #require(assembled.messages.first { $0.role == "user" })
        #expect(input.content.hasPrefix("word"))
        #expect(input.content + (assembled.evicted.first?.content ?? "") == state.input, "the clipped end is evicted, to be paged")
        // Paged once, although every step clips it again.
        if spec.ram?.pagingEvict != "drop", let storeID = spec.ram?.pagingStore {
            let stores = StoreSet(spec: spec, folder: Self.folder())
            for _ in 0..<3 { _ = try ContextAssembler(spec: spec).assemble(spec.processes[0], model: model, state: &state, stores: stores) }
            #expect(try #require(stores.store(storeID)).all().filter { $0.key.hasSuffix("/paged/input") }.count == 1)
        }
    }

    @Test("a tool reaches only the store its resource names, and only reads it with scope read")
    func toolsReachOnlyTheirStore() throws {
        var spec = Self.spec
        spec.stores = [
            StoreDefinition(id: "kb", kind: "kv", backend: "memory", embedding: nil),
            StoreDefinition(id: "crm", kind: "kv", backend: "memory", embedding: nil),
        ]
        let stores = StoreSet(spec: spec, folder: Self.folder())
        let reader = ToolDefinition(id: "search_kb", scope: "read", resource: "kb", approval: "none", justification: nil, description: "")
        let writer = ToolDefinition(id: "note", scope: "write", resource: "kb", approval: "none", justification: nil, description: "")
        let outside = ToolDefinition(id: "pay", scope: "execute", resource: "external:payments", approval: "none", justification: nil, description: "")
        #expect(stores.scoped(to: reader).store("crm") == nil)
        #expect(stores.scoped(to: outside).store("kb") == nil)
        #expect(throws: RunError.self) { try stores.scoped(to: reader).store("kb")?.put(key: "k", value: "v") }
        try #require(stores.scoped(to: writer).store("kb")).put(key: "k", value: "written")
        #expect(try #require(stores.scoped(to: reader).store("kb")).all().map(\.value) == ["written"])
    }

    @Test("a backend: memory store keeps what is put in it as long as the kernel runs; a torn line in a file store is skipped")
    func storesKeepWhatIsWritten() throws {
        var spec = Self.spec
        spec.stores = [
            StoreDefinition(id: "scratch", kind: "kv", backend: "memory", embedding: nil),
            StoreDefinition(id: "notes", kind: "kv", backend: "jsonl", embedding: nil),
        ]
        let kernel = Self.kernel(spec, MemoryTraceSink())
        try #require(kernel.stores.store("scratch")).put(key: "k", value: "kept")
        #expect(try #require(kernel.stores.store("scratch")).all().map(\.value) == ["kept"])

        let notes = try #require(kernel.stores.store("notes"))
        try notes.put(key: "a", value: "first")
        // A write cut short by a killed process: half a line at the end of the file.
        let url = kernel.folder.appendingPathComponent("notes.jsonl")
        try AppendOnlyFile.append(Data("{\"key\":\"b\",\"val".utf8), to: url)
        #expect(try notes.all().map(\.value) == ["first"])
        try notes.put(key: "c", value: "after")
        #expect(try notes.all().map(\.value) == ["first", "after"])
    }

    @Test("redaction masks e-mail addresses, phone numbers and key-like strings")
    func redaction() {
        let redactor = Redactor(classes: ["pii", "secrets"])
        let text = redactor.redact("mail ann@example.com, call +1 415 555 0100, key sk-abcdefghijklmnopqrstuvwx")
        #expect(!text.contains("ann@example.com") && !text.contains("555 0100") && !text.contains("sk-abcdefghijkl"))
        // In a trace, ids and the names the spec declares stay as written; a name the model
        // made up (a denied call's) is redacted like other text.
        var spec = Self.spec
        spec.tracing.redact = ["pii", "secrets"]
        if var process = spec.processes.first {
            process.id = "customer_support_triage_agent_v2"
            spec.processes.append(process)
        }
        if !spec.models.isEmpty { spec.models[0].model = "gpt-4.1-2025-04-14" }
        spec.tracing.events = TraceEventKind.allCases.map(\.rawValue)
        let sink = MemoryTraceSink()
        var state = SessionState(sessionID: "r", input: "hello", entry: spec.entry)
        Tracer(spec: spec, sink: sink).emit(.denial, state: &state, parent: nil, [
            "gen_ai.agent.name": .string("customer_support_triage_agent_v2"), "gen_ai.request.model": .string("gpt-4.1-2025-04-14"),
            "gen_ai.tool.call.id": .string("call_4155550100"), "osspec.denial.reason": .string("mail ann@example.com"),
            "gen_ai.tool.name": .string("mail_bob@example.com"), "osspec.handoff.to": .string("sk-abcdefghijklmnopqrstuvwx"),
        ])
        let line = sink.lines.joined()
        #expect(line.contains("\"customer_support_triage_agent_v2\"") && line.contains("\"gpt-4.1-2025-04-14\"") && line.contains("\"call_4155550100\""), "\(line)")
        #expect(!line.contains("ann@example.com") && !line.contains("bob@example.com") && !line.contains("sk-abcdefghijkl"), "\(line)")
    }

    @Test("the router pins, routes by task, and falls back")
    func routing() throws {
        let spec = Self.spec
        for process in spec.processes {
            let route = try #require(Router(spec: spec).route(process), "\(process.id) has no model")
            if let pinned = process.model { #expect(route.primary.id == pinned) }
        }
    }

    /// A provider that answers from a script, recording what it was sent.
    final class ScriptedTransport: HTTPTransport, @unchecked Sendable {
        var answers: [String]
        var sent: [URLRequest] = []
        init(_ answers: [String]) { self.answers = answers }
        func send(_ request: URLRequest) throws -> (status: Int, body: Data) {
            sent.append(request)
            return (200, Data(answers.isEmpty ? "{}".utf8 : answers.removeFirst().utf8))
        }
    }

    /// Answers once with a finish and extra calls, as a provider asking for several at once.
    struct SeveralCalls: ChatModel {
        func respond(_ request: ModelRequest) throws -> ModelResponse {
            ModelResponse(decision: .finish("done"), outputTokens: 1, notRun: ["lookup_a", "lookup_b"])
        }
    }

    @Test("calls beyond the one a step runs are answered and traced as not run, never dropped unseen")
    func extraCallsAreAnswered() throws {
        let spec = Self.spec
        let process = try #require(spec.process(spec.entry))
        let model = try #require(Router(spec: spec).route(process)?.primary)
        let request = ModelRequest(model: model, process: process, messages: [Message(role: "user", content: "hi")],
            toolsCalled: 0, visited: [process.id], returnTo: nil)
        let two = ScriptedTransport([
            #"{"choices":[{"message":{"content":null,"tool_calls":[{"function":{"name":"first","arguments":"{\"input\":\"q\"}"}},{"function":{"name":"second","arguments":"{}"}}]}}]}"#,
            #"{"choices":[{"message":{"content":null,"tool_calls":[{"function":{"name":"first","arguments":"{}"}},{"function":{"name":"handoff","arguments":"{\"target\":\"x\"}"}}]}}]}"#,
        ])
        let provider = HTTPChatModel(flavor: .openAICompatible, baseURL: URL(string: "http://localhost:1/v1")!, apiKey: "k", spec: spec, transport: two)
        let response = try provider.respond(request)
        #expect(response.decision == .callTool("first", input: "q"))
        #expect(response.notRun == ["second"])
        // A handoff wins, as in the LangGraph target: the process leaves; its other calls are not run.
        let leaving = try provider.respond(request)
        #expect(leaving.decision == .handoff(to: "x"))
        #expect(leaving.notRun == ["first"])

        let sink = MemoryTraceSink()
        var kernel = Self.kernel(spec, sink)
        kernel.model = SeveralCalls()
        let outcome = try kernel.start(sessionID: "several", input: "hi")
        #expect(outcome.state.history[spec.entry]?.filter { $0.content.contains("not run, one tool call per step") }.count == 2)
        let denials = try Self.events(sink).filter { $0["event"] as? String == "denial" }
        #expect(denials.count == (spec.traces(.denial) ? 2 : 0))
    }

    @Test("a real provider's answers become tool calls, handoffs and answers; the kernel still checks them")
    func httpProviders() throws {
        let spec = Self.spec
        let process = try #require(spec.process(spec.entry))
        let model = try #require(Router(spec: spec).route(process)?.primary)
        let request = ModelRequest(model: model, process: process, messages: [Message(role: "system", content: "p"), Message(role: "user", content: "hi")],
            toolsCalled: 0, visited: [process.id], returnTo: nil)
        let openAI = ScriptedTransport([
            #"{"choices":[{"message":{"content":null,"tool_calls":[{"function":{"name":"some_tool","arguments":"{\"input\":\"q\"}"}}]}}],"usage":{"completion_tokens":3}}"#,
            #"{"choices":[{"message":{"content":"done"}}]}"#,
        ])
        let provider = HTTPChatModel(flavor: .openAICompatible, baseURL: URL(string: "http://localhost:1/v1")!, apiKey: "k", spec: spec, transport: openAI)
        #expect(try provider.respond(request).decision == .callTool("some_tool", input: "q"))
        #expect(try provider.respond(request).decision == .finish("done"))
        #expect(openAI.sent.first?.url?.absoluteString == "http://localhost:1/v1/chat/completions")
        #expect(openAI.sent.first?.value(forHTTPHeaderField: "Authorization") == "Bearer k")
        let anthropic = ScriptedTransport([#"{"content":[{"type":"tool_use","name":"handoff","input":{"target":"x"}}],"usage":{"output_tokens":2}}"#])
        let claude = HTTPChatModel(flavor: .anthropic, baseURL: URL(string: "http://localhost:1")!, apiKey: "k", spec: spec, transport: anthropic)
        #expect(try claude.respond(request).decision == .handoff(to: "x"))
        #expect(anthropic.sent.first?.value(forHTTPHeaderField: "x-api-key") == "k")
        // A declared tool named `handoff` is a tool call; the handoff function is `_handoff` then.
        var shadowed = spec
        shadowed.tools.append(ToolDefinition(id: "handoff", scope: "read", resource: nil, approval: "none", justification: nil, description: "a tool"))
        let answers = ScriptedTransport([
            #"{"content":[{"type":"tool_use","name":"handoff","input":{"input":"q"}}],"usage":{"output_tokens":2}}"#,
            #"{"content":[{"type":"tool_use","name":"_handoff","input":{"target":"x"}}],"usage":{"output_tokens":2}}"#,
        ])
        let shadowedModel = HTTPChatModel(flavor: .anthropic, baseURL: URL(string: "http://localhost:1")!, apiKey: "k", spec: shadowed, transport: answers)
        #expect(try shadowedModel.respond(request).decision == .callTool("handoff", input: "q"))
        #expect(try shadowedModel.respond(request).decision == .handoff(to: "x"))
        var withHandoffs = process
        withHandoffs.handoffs = ["x"]
        withHandoffs.tools = ["handoff"]
        let names = shadowedModel.tools(ModelRequest(model: model, process: withHandoffs, messages: [], toolsCalled: 0, visited: [], returnTo: nil))
            .compactMap { $0["name"] as? String }
        #expect(names == ["handoff", "_handoff"])
        // Without a key, a configured provider is unavailable: calls fail and the fallback takes over.
        #expect(ModelProviders.fromEnvironment(["OSSPEC_PROVIDER": "anthropic"], spec: spec) is UnavailableModel)
        #expect(ModelProviders.fromEnvironment([:], spec: spec) is StubModel)
    }

    /// Fails for one model, like a provider outage for it.
    struct FailingFor: ChatModel {
        var modelID: String
        func respond(_ request: ModelRequest) throws -> ModelResponse {
            if request.model.id == modelID { throw ProviderError(description: "outage") }
            return try StubModel().respond(request)
        }
    }

    /// The cycle spec with every process routed to `primary-model`, falling back to `backup-model`.
    static func routedSpec() throws -> SpecDefinition {
        var spec = Self.cycleSpec()
        let base = try #require(spec.models.first)
        var primary = base
        primary.id = "primary-model"
        primary.model = "primary"
        var backup = base
        backup.id = "backup-model"
        backup.model = "backup"
        spec.models = [primary, backup]
        spec.processes = spec.processes.map { process in
            var process = process
            process.task = "t"
            return process
        }
        spec.routes = [RouteDefinition(tasks: ["t"], use: "primary-model", fallback: "backup-model")]
        return spec
    }

    @Test("on a provider error the route's fallback model answers")
    func fallback() throws {
        var spec = try Self.routedSpec()
        spec.tracing.events = ["model_call"]
        let sink = MemoryTraceSink()
        var kernel = Self.kernel(spec, sink)
        kernel.model = FailingFor(modelID: "primary-model")
        let outcome = try kernel.start(sessionID: "f", input: "x")
        #expect(outcome.state.status == .completed, "\(outcome.message)")
        let models = try Self.events(sink).compactMap { $0["gen_ai.request.model"] as? String }
        #expect(!models.isEmpty && models.allSatisfy { $0 == "backup" })
        spec.routes[0].fallback = nil
        var noFallback = Self.kernel(spec, MemoryTraceSink())
        noFallback.model = FailingFor(modelID: "primary-model")
        #expect(try noFallback.start(sessionID: "g", input: "x").state.status == .failed)
    }

    @Test("the otlp exporter posts each event as an OTLP/HTTP JSON span")
    func otlp() throws {
        let transport = ScriptedTransport([])
        let sink = OTLPTraceSink(endpoint: URL(string: "http://collector:4318")!, serviceName: "svc", transport: transport)
        let tracer = Tracer(spec: Self.spec, sink: sink)
        var state = SessionState(sessionID: "o", input: "x", entry: Self.spec.entry)
        tracer.emit(.modelCall, state: &state, parent: nil, ["gen_ai.request.model": .string("m"), "gen_ai.usage.input_tokens": .int(3)])
        guard Self.spec.traces(.modelCall) else { return }
        let request = try #require(transport.sent.first)
        #expect(request.url?.absoluteString == "http://collector:4318/v1/traces")
        let body = try #require(try JSONSerialization.jsonObject(with: request.httpBody ?? Data()) as? [String: Any])
        let span = try #require((((body["resourceSpans"] as? [[String: Any]])?.first?["scopeSpans"] as? [[String: Any]])?.first?["spans"] as? [[String: Any]])?.first)
        #expect(span["name"] as? String == "model_call")
        #expect((span["traceId"] as? String)?.count == 32 && (span["spanId"] as? String)?.count == 16)
        let attributes = span["attributes"] as? [[String: Any]] ?? []
        #expect(attributes.contains { $0["key"] as? String == "gen_ai.request.model" })
    }

    /// A collector that takes `seconds` to answer each POST.
    final class SlowTransport: HTTPTransport, @unchecked Sendable {
        let seconds: TimeInterval
        private let lock = NSLock()
        private var count = 0
        init(seconds: TimeInterval) { self.seconds = seconds }
        var sent: Int { lock.withLock { count } }
        func send(_ request: URLRequest) throws -> (status: Int, body: Data) {
            lock.withLock { count += 1 }
            Thread.sleep(forTimeInterval: seconds)
            return (200, Data())
        }
    }

    @Test("a slow collector gets the exporter's time budget, no more: later spans are dropped")
    func otlpBudget() {
        let transport = SlowTransport(seconds: 0.2)
        let sink = OTLPTraceSink(endpoint: URL(string: "http://collector:4318")!, serviceName: "svc", transport: transport, seconds: 0.5)
        let line = #"{"event":"model_call","trace_id":"00000000000000000000000000000001","span_id":"0000000000000001"}"#
        for _ in 0..<10 { sink.write(line) }
        // 0.5 s at 0.2 s a POST: three at most (fewer if the machine is slow), never all ten.
        #expect((1...3).contains(transport.sent), "\(transport.sent) POSTs")
    }

    @Test("sample_rate: a session is traced whole or not at all, decided from its id")
    func sampling() {
        var spec = Self.spec
        spec.tracing.sampleRate = 0
        #expect(!Tracer(spec: spec, sink: MemoryTraceSink()).isSampled("any"))
        spec.tracing.sampleRate = 0.5
        let tracer = Tracer(spec: spec, sink: MemoryTraceSink())
        let sampled = (0..<200).filter { tracer.isSampled("session-\($0)") }.count
        #expect(sampled > 50 && sampled < 150)
        #expect(tracer.isSampled("session-7") == tracer.isSampled("session-7"))
    }
}
