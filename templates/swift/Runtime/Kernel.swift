import Foundation

/// A tool call as its implementation sees it.
public struct ToolCall: Sendable {
    public var tool: ToolDefinition
    public var process: String
    public var input: String
    /// The stores this tool may reach: its resource's, read-only when its scope is read.
    public var stores: StoreSet

    /// What a tool does until it is implemented: a read finds matches in its store, a write
    /// appends to it, anything else reports that it ran.
    public func defaultResult() throws -> String {
        if let resource = tool.resource, let store = stores.store(resource) {
            if tool.scope == "write" {
                try store.put(key: tool.id, value: input)
                return "\(tool.id): stored"
            }
            return "\(tool.id): " + (try store.search(input, limit: 3)).joined(separator: " | ")
        }
        return "\(tool.id): done"
    }
}

/// What a run did.
public struct RunOutcome: Sendable {
    public var state: SessionState
    public var message: String
}

/// The kernel: runs a session step by step and enforces the spec at each one. Processes and
/// IPC: a tool outside the process's allowlist is refused and traced as a denial; a tool that
/// needs human approval pauses the run at a checkpoint; a handoff outside the process's
/// `handoffs` is refused; hops count against `max_hops`. Kernel: `max_steps` and
/// `timeout_seconds` end the run with a clear status.
public struct Kernel: Sendable {
    // Fixed once made: the stores are opened from them in init.
    public let spec: SpecDefinition
    public let folder: URL
    public var tracer: Tracer
    public var model: any ChatModel
    public var fallbackModel: (any ChatModel)?
    public var checkpoints: CheckpointStore
    public var now: @Sendable () -> Date
    public var tools: [String: @Sendable (ToolCall) throws -> String]

    /// `folder` is the session's own folder: its stores, checkpoints and trace live there.
    public init(
        spec: SpecDefinition, folder: URL, tracer: Tracer, model: any ChatModel = StubModel(),
        checkpointFolder: URL? = nil, now: @escaping @Sendable () -> Date = { Date() },
        tools: [String: @Sendable (ToolCall) throws -> String] = ToolImplementations.registry
    ) {
        self.spec = spec
        self.folder = folder
        self.tracer = tracer
        self.model = model
        self.checkpoints = CheckpointStore(folder: checkpointFolder ?? folder.appendingPathComponent("checkpoints"))
        self.now = now
        self.tools = tools
        stores = StoreSet(spec: spec, folder: folder)
    }

    /// Made once: a `backend: memory` store lives as long as the kernel, not one step.
    let stores: StoreSet

    public func start(sessionID: String, input: String) throws -> RunOutcome {
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return try run(SessionState(sessionID: sessionID, input: input, entry: spec.entry))
    }

    /// Decides a paused tool call, then carries on from the checkpoint the pause saved.
    public func resolve(_ state: SessionState, approved: Bool) throws -> RunOutcome {
        guard let pending = state.pending else { throw RunError("Session '\(state.sessionID)' is not waiting for an approval.") }
        var state = state
        state.pending = nil
        state.status = .running
        // Without a checkpoints row the pause's checkpoint exists only to be decided once: it
        // goes before the tool runs, and only one decision can delete it, so a second approve
        // (even one started at the same time) cannot run the tool again. At most once: if the
        // run fails after this, the session has no checkpoint left.
        //
        // With a checkpoints row the pause stays in the history (a replay may ask again), so a
        // mark beside it records the decision, also before the tool runs: a command killed
        // after that leaves the decision taken, and the next approve cannot run the tool again.
        do {
            if spec.checkpoints == nil {
                try FileManager.default.removeItem(at: checkpoints.url(of: pending.checkpoint))
            } else {
                try Data().write(to: checkpoints.decisionMark(of: pending.checkpoint), options: .withoutOverwriting)
            }
        } catch {
            throw RunError("The approval at checkpoint \(pending.checkpoint) of session '\(state.sessionID)' was decided already"
                + (spec.checkpoints == nil ? "." : "; replay --from \(pending.checkpoint) asks again."))
        }
        tracer.emit(.approval, state: &state, parent: nil, [
            "gen_ai.tool.name": .string(pending.tool), "gen_ai.agent.name": .string(pending.process),
            "osspec.approval.decision": .string(approved ? "approved" : "denied"),
            "osspec.checkpoint.id": .string(pending.checkpoint),
        ])
        if approved {
            try execute(pending.tool, process: pending.process, input: pending.input, state: &state, parent: nil)
        } else {
            tracer.emit(.denial, state: &state, parent: nil, [
                "gen_ai.tool.name": .string(pending.tool), "gen_ai.agent.name": .string(pending.process),
                "osspec.denial.reason": .string("denied by a person"),
            ])
            state.history[pending.process, default: []].append(Message(role: "tool", content: "\(pending.tool): denied by a person"))
            state.toolsCalled[pending.process, default: 0] += 1
        }
        return try run(state)
    }

    /// Runs again from a saved checkpoint, in the session's own history: the replay's
    /// checkpoints are numbered after the session's newest, so each id names one saved state,
    /// `checkpoints` lists them all, and `approve` resumes a replay that pauses.
    public func replay(from id: String) throws -> RunOutcome {
        var state = try checkpoints.load(id)
        let newest = checkpoints.newestNumber ?? 0
        // Span ids go on after the newest checkpoint's, as the LangGraph target's do: the
        // original spans stay in the session's trace, and a trace backend needs each span id
        // to name one span there.
        if let latest = try checkpoints.latest() { state.nextSpan = max(state.nextSpan, latest.nextSpan) }
        if let pending = state.pending {
            // The newest pause takes approve or deny, unless a decision was recorded and its
            // command died before saving what followed: then it is a pause decided since.
            let decided = FileManager.default.fileExists(atPath: checkpoints.decisionMark(of: id).path)
            guard Int(id) != newest || decided else { throw RunError("Checkpoint \(id) waits for an approval: use approve or deny.") }
            // A pause decided since: replaying it asks again, as a new pause at the end of the
            // history, so the decision can go the other way.
            state.checkpointCount = max(state.checkpointCount, newest)
            try pause(pending.tool, process: pending.process, input: pending.input, state: &state, parent: nil)
            return RunOutcome(state: state, message: Self.describe(state, name: spec.name))
        }
        // Nothing is left to run after the end, or under the limit that stopped the run (or
        // would stop it at once); a timeout (the clock starts again) or a failure runs again
        // from there.
        if ![.completed, .maxHops].contains(state.status), state.step >= spec.maxSteps { state.status = .maxSteps }
        guard ![.completed, .maxSteps, .maxHops].contains(state.status) else {
            return RunOutcome(state: state, message: Self.describe(state, name: spec.name))
        }
        state.status = .running
        state.checkpointCount = max(state.checkpointCount, newest)
        return try run(state)
    }

    /// Runs from `state` until the session completes, pauses or hits a limit.
    public func run(_ initial: SessionState) throws -> RunOutcome {
        var state = initial
        let deadline = now().addingTimeInterval(spec.timeoutSeconds)
        while state.status == .running {
            if now() >= deadline {
                state.status = .timeout
                break
            }
            if state.step >= spec.maxSteps {
                state.status = .maxSteps
                break
            }
            state.step += 1
            try step(&state, deadline: deadline)
            if state.status == .running, spec.checkpoints?.every == "node" { try checkpoint(&state) }
        }
        // Every `every` value saves when the run stops (`turn`: one checkpoint per command), as
        // the LangGraph target does; a pause has saved already.
        if state.status != .pausedForApproval, spec.checkpoints != nil { try checkpoint(&state) }
        return RunOutcome(state: state, message: Self.describe(state, name: spec.name))
    }

    private func step(_ state: inout SessionState, deadline: Date) throws {
        guard let process = spec.process(state.current) else {
            state.status = .failed
            state.output = "unknown process '\(state.current)'"
            return
        }
        guard let route = Router(spec: spec).route(process) else {
            state.status = .failed
            state.output = "no model for process '\(process.id)'"
            return
        }
        var chosen = route.primary
        let assembled = try ContextAssembler(spec: spec).assemble(process, model: chosen, state: &state, stores: stores)
        let toolsCalled = state.toolsCalled[process.id] ?? 0
        let visited = state.visited
        let returnTo = state.returnStack.last
        // A model call gets what is left of timeout_seconds. One that runs out of it ends the
        // run with status timeout (not failed, and no fallback, which would have no time either);
        // the step is not counted, so a replay from the checkpoint runs it again (context paged
        // out stays paged out).
        let ask = { (provider: any ChatModel, definition: ModelDefinition) throws -> ModelResponse in
            let secondsLeft = deadline.timeIntervalSince(now())
            guard secondsLeft > 0 else { throw TimedOut(description: "no time left of timeout_seconds for a model call") }
            return try provider.respond(ModelRequest(
                model: definition, process: process, messages: assembled.messages, toolsCalled: toolsCalled,
                visited: visited, returnTo: returnTo, secondsLeft: secondsLeft))
        }
        let response: ModelResponse
        do {
            do {
                response = try ask(model, chosen)
            } catch where !(error is TimedOut) && now() < deadline {
                guard let fallback = route.fallback else { throw error }
                chosen = fallback
                response = try ask(fallbackModel ?? model, fallback)
            }
        } catch {
            if error is TimedOut || now() >= deadline {
                state.status = .timeout
                state.step -= 1
            } else {
                state.status = .failed
                state.output = "\(error)"
            }
            return
        }
        let span = tracer.emit(.modelCall, state: &state, parent: nil, [
            "gen_ai.operation.name": .string("chat"), "gen_ai.provider.name": .string(chosen.provider),
            "gen_ai.request.model": .string(chosen.model), "gen_ai.agent.name": .string(process.id),
            "gen_ai.usage.input_tokens": .int(assembled.tokens), "gen_ai.usage.output_tokens": .int(response.outputTokens),
            "osspec.context.evicted": .int(assembled.evicted.count),
        ])
        // Calls beyond the step's one are answered and traced, so the model (and whoever reads
        // the trace) sees they did not run; it can ask for them again.
        for name in response.notRun {
            tracer.emit(.denial, state: &state, parent: span, [
                "gen_ai.tool.name": .string(name), "gen_ai.agent.name": .string(process.id),
                "osspec.denial.reason": .string("not run: one tool call per step"),
            ])
            state.history[process.id, default: []].append(Message(role: "tool", content: "\(name): not run, one tool call per step; ask for it again"))
        }
        switch response.decision {
        case .callTool(let tool, let input):
            try callTool(tool, process: process.id, input: input, state: &state, parent: span)
        case .handoff(let target):
            try handoff(to: target, state: &state, parent: span)
        case .finish(let text):
            state.output = text
            state.status = .completed
        }
    }

    /// A tool call as the kernel allows it: refused outside the allowlist, paused for approval
    /// when the tool needs it, else run.
    public func callTool(_ toolID: String, process processID: String, input: String, state: inout SessionState, parent: String?) throws {
        guard let process = spec.process(processID), process.tools.contains(toolID), let tool = spec.tool(toolID) else {
            tracer.emit(.denial, state: &state, parent: parent, [
                "gen_ai.tool.name": .string(toolID), "gen_ai.agent.name": .string(processID),
                "osspec.denial.reason": .string("tool not in the process's allowlist"),
            ])
            state.history[processID, default: []].append(Message(role: "tool", content: "\(toolID): refused, not allowed for \(processID)"))
            // The stub moves on; a real model is told the call was refused.
            if spec.process(processID)?.tools.contains(toolID) == true { state.toolsCalled[processID, default: 0] += 1 }
            return
        }
        if tool.needsApproval {
            try pause(toolID, process: processID, input: input, state: &state, parent: parent)
            return
        }
        try execute(toolID, process: processID, input: input, state: &state, parent: parent)
    }

    /// Pauses the run for a person's decision on a tool call, at a checkpoint of its own.
    private func pause(_ toolID: String, process processID: String, input: String, state: inout SessionState, parent: String?) throws {
        state.status = .pausedForApproval
        let id = String(format: "%04d", state.checkpointCount + 1)
        state.pending = PendingApproval(process: processID, tool: toolID, input: input, checkpoint: id)
        tracer.emit(.approval, state: &state, parent: parent, [
            "gen_ai.tool.name": .string(toolID), "gen_ai.agent.name": .string(processID),
            "osspec.approval.decision": .string("requested"), "osspec.checkpoint.id": .string(id),
        ])
        try checkpoint(&state)
    }

    private func execute(_ toolID: String, process: String, input: String, state: inout SessionState, parent: String?) throws {
        guard let tool = spec.tool(toolID) else { return }
        let result: String
        if let implementation = tools[toolID] {
            result = (try? implementation(ToolCall(tool: tool, process: process, input: input, stores: stores.scoped(to: tool)))) ?? "\(toolID): failed"
        } else {
            result = "\(toolID): no implementation"
        }
        tracer.emit(.toolCall, state: &state, parent: parent, [
            "gen_ai.operation.name": .string("execute_tool"), "gen_ai.tool.name": .string(toolID),
            "gen_ai.agent.name": .string(process), "osspec.tool.scope": .string(tool.scope),
        ])
        state.history[process, default: []].append(Message(role: "tool", content: result))
        state.toolsCalled[process, default: 0] += 1
    }

    /// A handoff as the kernel allows it: only to a listed target, and within `max_hops`.
    public func handoff(to target: String, state: inout SessionState, parent: String?) throws {
        let from = state.current
        guard let process = spec.process(from), process.handoffs.contains(target), spec.process(target) != nil else {
            tracer.emit(.denial, state: &state, parent: parent, [
                "gen_ai.agent.name": .string(from), "osspec.handoff.to": .string(target),
                "osspec.denial.reason": .string("handoff not allowed"),
            ])
            state.status = .failed
            state.output = "handoff from '\(from)' to '\(target)' is not allowed"
            return
        }
        if let maxHops = spec.maxHops, state.hops >= maxHops {
            state.status = .maxHops
            return
        }
        state.hops += 1
        tracer.emit(.handoff, state: &state, parent: parent, [
            "gen_ai.agent.name": .string(from), "osspec.handoff.to": .string(target), "osspec.handoff.hops": .int(state.hops),
        ])
        if state.returnStack.last == target {
            state.returnStack.removeLast()
        } else {
            state.returnStack.append(from)
        }
        if !state.visited.contains(target) { state.visited.append(target) }
        state.current = target
    }

    private func checkpoint(_ state: inout SessionState) throws {
        guard spec.checkpoints != nil || state.pending != nil else { return }
        state.checkpointCount += 1
        // Traced first, so the saved state already counts the event's span, and a replay's
        // span ids start after every span the session traced up to here.
        tracer.emit(.checkpoint, state: &state, parent: nil, ["osspec.checkpoint.id": .string(String(format: "%04d", state.checkpointCount))])
        let id = try checkpoints.save(state)
        // `every: session` keeps one checkpoint per session, the newest; it is the one a paused
        // approval resumes from, so the pause stays resumable.
        if spec.checkpoints?.every == "session" { checkpoints.removeAll(except: id) }
    }

    static func describe(_ state: SessionState, name: String) -> String {
        switch state.status {
        case .completed: return "Session '\(state.sessionID)' completed in \(Self.steps(state.step)): \(state.output ?? "")"
        case .pausedForApproval:
            let pending = state.pending
            // What the tool would run with, so the person decides what they see.
            let input = pending?.input ?? ""
            let shown = input.count <= 300 ? input : String(input.prefix(299)) + "…"
            return "Session '\(state.sessionID)' paused: tool '\(pending?.tool ?? "")' of process '\(pending?.process ?? "")' needs a person's approval.\n"
                + "  Input: \(shown.debugDescription)\n"
                + "  Approve: \(name) approve --session \(state.sessionID)\n  Deny:    \(name) deny --session \(state.sessionID)"
        case .maxSteps: return "Session '\(state.sessionID)' stopped: max_steps reached (\(Self.steps(state.step)))."
        case .maxHops: return "Session '\(state.sessionID)' stopped: max_hops reached (\(state.hops) hops)."
        case .timeout: return "Session '\(state.sessionID)' stopped: timeout_seconds reached after \(state.step) steps."
        case .failed: return "Session '\(state.sessionID)' failed: \(state.output ?? "")"
        case .running: return "Session '\(state.sessionID)' is running."
        }
    }
}

extension Kernel {
    /// "1 step", "3 steps".
    static func steps(_ count: Int) -> String { count == 1 ? "1 step" : "\(count) steps" }
}
