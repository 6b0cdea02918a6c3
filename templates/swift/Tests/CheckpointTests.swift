import Foundation
import Testing
@testable import Runtime

/// Filesystem: how many checkpoints each `checkpoints.every` value keeps, and the retention
/// sweep for `checkpoints.retention_days`.
@Suite("Checkpoints follow checkpoints.every and retention_days")
struct CheckpointTests {
    /// `a` calls a tool that needs approval, then hands off to `b`, which ends the run: two
    /// commands (`run`, then `approve`) over several steps and one handoff.
    static func approvalSpec(every: String) -> SpecDefinition {
        var spec = RuntimeTests.cycleSpec()
        spec.tools = [ToolDefinition(id: "gate", scope: "write", resource: nil, approval: "human", justification: "test", description: "gate")]
        spec.processes = [
            ProcessDefinition(id: "a", description: "a", task: nil, model: nil, budgetTokens: nil, context: [], tools: ["gate"], handoffs: ["b"]),
            ProcessDefinition(id: "b", description: "b", task: nil, model: nil, budgetTokens: nil, context: [], tools: [], handoffs: []),
        ]
        spec.checkpoints = CheckpointPolicy(backend: "file", every: every, retentionDays: nil)
        return spec
    }

    /// Runs `approvalSpec(every:)` to its end and returns the checkpoints listed after each
    /// command, the newest after the pause (what `approve` resumes from) and the newest at the end.
    static func checkpointsPerCommand(every: String) throws -> (afterRun: [String], paused: SessionState, afterApprove: [String], final: SessionState?) {
        let kernel = RuntimeTests.kernel(approvalSpec(every: every), MemoryTraceSink())
        defer { try? FileManager.default.removeItem(at: kernel.folder) }
        let paused = try kernel.start(sessionID: "c", input: "hello")
        try #require(paused.state.status == .pausedForApproval, "\(paused.message)")
        let afterRun = kernel.checkpoints.list()
        let saved = try #require(try kernel.checkpoints.latest())
        let done = try kernel.resolve(saved, approved: true)
        try #require(done.state.status == .completed, "\(done.message)")
        #expect(done.state.hops == 1)
        return (afterRun, saved, kernel.checkpoints.list(), try kernel.checkpoints.latest())
    }

    @Test("every: node saves after every step, so more than once per command")
    func everyNode() throws {
        let node = try Self.checkpointsPerCommand(every: "node")
        let turn = try Self.checkpointsPerCommand(every: "turn")
        #expect(node.afterApprove.count > turn.afterApprove.count)
        #expect(node.afterApprove.count >= 3)
    }

    @Test("every: turn saves once per command: at the pause, then when the run ends (not at handoffs)")
    func everyTurn() throws {
        let turn = try Self.checkpointsPerCommand(every: "turn")
        #expect(turn.afterRun == ["0001"])
        #expect(turn.afterApprove == ["0001", "0002"])
        #expect(turn.final?.status == .completed)
    }

    @Test("every: session keeps only the newest checkpoint, and a pause stays resumable")
    func everySession() throws {
        let session = try Self.checkpointsPerCommand(every: "session")
        #expect(session.afterRun == ["0001"])
        #expect(session.paused.pending?.checkpoint == "0001")
        #expect(session.afterApprove == ["0002"])
        #expect(session.final?.status == .completed)
    }

    @Test("without a checkpoints row the pause's checkpoint is gone once decided, so a second approve runs nothing")
    func pauseWithoutCheckpointsRow() throws {
        var spec = Self.approvalSpec(every: "turn")
        spec.checkpoints = nil
        let root = RuntimeTests.folder()
        defer { try? FileManager.default.removeItem(at: root) }
        final class Runs: @unchecked Sendable {
            var count = 0
            var pauseSavedWhileRunning = false
        }
        let runs = Runs()
        let pauseFile = root.appendingPathComponent("p/checkpoints/0001.json")
        var tools = ToolImplementations.registry
        tools["gate"] = { _ in
            runs.count += 1
            runs.pauseSavedWhileRunning = FileManager.default.fileExists(atPath: pauseFile.path)
            return "gate: done"
        }
        let kernel = Kernel(spec: spec, folder: root.appendingPathComponent("p"), tracer: Tracer(spec: spec, sink: MemoryTraceSink()), tools: tools)
        let paused = try kernel.start(sessionID: "p", input: "hello")
        try #require(paused.state.status == .pausedForApproval)
        #expect(kernel.checkpoints.list() == ["0001"])
        let stale = try #require(try kernel.checkpoints.latest())
        let done = try kernel.resolve(stale, approved: true)
        #expect(done.state.status == .completed)
        #expect(runs.count == 1)
        #expect(!runs.pauseSavedWhileRunning, "the pause must be gone before the tool runs")
        #expect(kernel.checkpoints.list().isEmpty)
        // A second decision on the same pause (say, a second approve started at the same time).
        #expect(throws: RunError.self) { try kernel.resolve(stale, approved: true) }
        #expect(runs.count == 1)
    }

    /// Writes a checkpoint of session `session`, saved `daysAgo` days before `now`.
    static func checkpoint(_ folder: URL, _ id: String, daysAgo: Double, now: Date, session: String = "s") throws {
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        var state = SessionState(sessionID: session, input: "x", entry: "a")
        state.checkpointCount = Int(id) ?? 0
        _ = try CheckpointStore(folder: folder).save(state)
        let file = folder.appendingPathComponent(id + ".json")
        try FileManager.default.setAttributes([.modificationDate: now.addingTimeInterval(-daysAgo * 86_400)], ofItemAtPath: file.path)
    }

    static func exists(_ url: URL) -> Bool { FileManager.default.fileExists(atPath: url.path) }

    @Test("the retention sweep deletes the checkpoints of sessions whose newest one is older, and nothing else")
    func retentionSweep() throws {
        let now = Date(timeIntervalSince1970: 2_000_000_000)
        let root = RuntimeTests.folder()
        let outside = RuntimeTests.folder()
        defer {
            try? FileManager.default.removeItem(at: root)
            try? FileManager.default.removeItem(at: outside)
        }
        try Self.checkpoint(outside.appendingPathComponent("checkpoints"), "0001", daysAgo: 90, now: now, session: "linked")
        try Self.checkpoint(outside, "0001", daysAgo: 90, now: now, session: "half")
        // Expired: every checkpoint is older than 14 days. Its stores and trace stay, and so do
        // files the runtime did not write: another name, another session's state, a link.
        let old = root.appendingPathComponent("old")
        try Self.checkpoint(old.appendingPathComponent("checkpoints"), "0001", daysAgo: 20, now: now, session: "old")
        try Self.checkpoint(old.appendingPathComponent("checkpoints"), "0002", daysAgo: 15, now: now, session: "old")
        try Self.checkpoint(old.appendingPathComponent("checkpoints"), "0003", daysAgo: 15, now: now, session: "other")
        try Data("{}\n".utf8).write(to: old.appendingPathComponent("trace.jsonl"))
        try Data("{}".utf8).write(to: old.appendingPathComponent("checkpoints/notes.json"))
        try FileManager.default.createSymbolicLink(
            at: old.appendingPathComponent("checkpoints/0004.json"), withDestinationURL: outside.appendingPathComponent("0001.json"))
        // Kept: the newest checkpoint is recent, however old the others are.
        let replayed = root.appendingPathComponent("replayed")
        try Self.checkpoint(replayed.appendingPathComponent("checkpoints"), "0001", daysAgo: 30, now: now, session: "replayed")
        try Self.checkpoint(replayed.appendingPathComponent("checkpoints"), "0002", daysAgo: 1, now: now, session: "replayed")
        let recent = root.appendingPathComponent("recent")
        try Self.checkpoint(recent.appendingPathComponent("checkpoints"), "0001", daysAgo: 13, now: now, session: "recent")
        // Left alone: a name that is no session id, a link to a session folder elsewhere, and a
        // session whose checkpoints folder is a link.
        let strange = root.appendingPathComponent("not a session")
        try Self.checkpoint(strange.appendingPathComponent("checkpoints"), "0001", daysAgo: 90, now: now, session: "not a session")
        try FileManager.default.createSymbolicLink(at: root.appendingPathComponent("linked"), withDestinationURL: outside)
        let half = root.appendingPathComponent("half")
        try FileManager.default.createDirectory(at: half, withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(at: half.appendingPathComponent("checkpoints"), withDestinationURL: outside)

        let expired = RetentionSweep(root: root, days: 14).run(now: now)

        #expect(expired == ["old"])
        #expect(!Self.exists(old.appendingPathComponent("checkpoints/0001.json")))
        #expect(!Self.exists(old.appendingPathComponent("checkpoints/0002.json")))
        #expect(Self.exists(old.appendingPathComponent("checkpoints/0003.json")))
        #expect(Self.exists(old.appendingPathComponent("checkpoints/notes.json")))
        #expect(Self.exists(old.appendingPathComponent("trace.jsonl")))
        #expect(Self.exists(replayed.appendingPathComponent("checkpoints/0001.json")))
        #expect(Self.exists(recent.appendingPathComponent("checkpoints/0001.json")))
        #expect(Self.exists(strange.appendingPathComponent("checkpoints/0001.json")))
        #expect(Self.exists(outside.appendingPathComponent("checkpoints/0001.json")))
        #expect(Self.exists(outside.appendingPathComponent("0001.json")))
        // The links themselves stay too (fileExists above follows them).
        for link in ["linked", "half/checkpoints", "old/checkpoints/0004.json"] {
            #expect((try? FileManager.default.destinationOfSymbolicLink(atPath: root.appendingPathComponent(link).path)) != nil, "\(link)")
        }
        // A second sweep finds nothing left to delete; a missing state folder is no error.
        #expect(RetentionSweep(root: root, days: 14).run(now: now).isEmpty)
        #expect(RetentionSweep(root: root.appendingPathComponent("missing"), days: 14).run(now: now).isEmpty)
    }

    @Test("the sweep deletes a session that ran, once its checkpoints are older than retention_days")
    func retentionAfterARun() throws {
        var spec = Self.approvalSpec(every: "turn")
        spec.checkpoints?.retentionDays = 7
        // A state folder of its own: a sweep of the shared temporary folder would reach the
        // other tests' sessions.
        let root = RuntimeTests.folder()
        defer { try? FileManager.default.removeItem(at: root) }
        let kernel = Kernel(spec: spec, folder: root.appendingPathComponent("s"), tracer: Tracer(spec: spec, sink: MemoryTraceSink()))
        _ = try RuntimeTests.runApprovingAll(kernel, session: "s")
        #expect(RetentionSweep(root: root, days: 7).run(now: Date().addingTimeInterval(6 * 86_400)).isEmpty)
        #expect(!kernel.checkpoints.list().isEmpty)
        // A command using the session (its lock held) keeps the sweep away until it ends.
        let lock = try #require(try SessionLock.acquire(folder: kernel.folder))
        #expect(RetentionSweep(root: root, days: 7).run(now: Date().addingTimeInterval(8 * 86_400)).isEmpty)
        #expect(!kernel.checkpoints.list().isEmpty)
        lock.release()
        let expired = RetentionSweep(root: root, days: 7).run(now: Date().addingTimeInterval(8 * 86_400))
        #expect(expired == ["s"])
        #expect(kernel.checkpoints.list().isEmpty)
        #expect(Self.exists(kernel.folder))
    }

    @Test("the run command sweeps before a new session starts, when retention_days is set", arguments: [7, nil] as [Int?])
    func runSweeps(retentionDays: Int?) throws {
        var spec = Self.approvalSpec(every: "turn")
        spec.checkpoints?.retentionDays = retentionDays
        let root = RuntimeTests.folder()
        let traces = RuntimeTests.folder()
        try FileManager.default.createDirectory(at: traces, withIntermediateDirectories: true)
        defer {
            try? FileManager.default.removeItem(at: root)
            try? FileManager.default.removeItem(at: traces)
        }
        let expired = root.appendingPathComponent("expired/checkpoints")
        try Self.checkpoint(expired, "0001", daysAgo: 30, now: Date(), session: "expired")
        let tool = CommandLineTool(spec: spec, environment: [:])
        let trace = ["--trace", traces.appendingPathComponent("trace.jsonl").path]
        let status = tool.main(["run", "--session", "new", "--state-dir", root.path] + trace + ["hello"])
        #expect(status == 0)
        #expect(!CheckpointStore(folder: root.appendingPathComponent("new/checkpoints")).list().isEmpty)
        #expect(Self.exists(expired.appendingPathComponent("0001.json")) == (retentionDays == nil))
        // The expired id stays taken: its folder still holds what the session left.
        #expect(tool.main(["run", "--session", "expired", "--state-dir", root.path] + trace + ["hello"]) == 2)
    }

    @Test("ids that differ only in case never reach each other's session, also where the file system ignores case")
    func caseTwins() throws {
        #expect(CommandLineTool.caseTwin(of: "alice", among: ["Alice", "bob"]) == "Alice")
        #expect(CommandLineTool.caseTwin(of: "Alice", among: ["Alice", "alice"]) == nil)
        #expect(CommandLineTool.caseTwin(of: "carol", among: ["Alice"]) == nil)
        let root = RuntimeTests.folder()
        defer { try? FileManager.default.removeItem(at: root) }
        let tool = CommandLineTool(spec: Self.approvalSpec(every: "turn"), environment: [:])
        let options = ["--state-dir", root.path, "--trace", root.appendingPathComponent("trace.jsonl").path]
        #expect(tool.main(["run", "--session", "Alice"] + options + ["hello"]) == 0)
        // Not waiting (a folder of its own) or refused (one folder for both, as on macOS): never Alice's pause.
        #expect(tool.main(["approve", "--session", "alice"] + options) == 1)
        #expect(try CheckpointStore(folder: root.appendingPathComponent("Alice/checkpoints")).latest()?.status == .pausedForApproval)
    }

    @Test("an option's value is never the next option; '--' ends the options, so INPUT may start with '--'")
    func optionValues() throws {
        let root = RuntimeTests.folder()
        defer { try? FileManager.default.removeItem(at: root) }
        let tool = CommandLineTool(spec: RuntimeTests.cycleSpec(), environment: [:])
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        #expect(tool.main(["run", "--session", "v", "--state-dir", root.path, "--trace", "--from", "x", "hello"]) == 2)
        #expect(!FileManager.default.fileExists(atPath: root.appendingPathComponent("v").path))
        let trace = root.appendingPathComponent("trace.jsonl").path
        #expect(tool.main(["run", "--session", "w", "--state-dir", root.path, "--trace", trace, "--", "--verbose, please"]) == 0)
    }

    @Test("a command on a session that another command holds is refused at once, and changes nothing")
    func busySession() throws {
        let root = RuntimeTests.folder()
        defer { try? FileManager.default.removeItem(at: root) }
        let tool = CommandLineTool(spec: Self.approvalSpec(every: "turn"), environment: [:])
        let options = ["--session", "b", "--state-dir", root.path, "--trace", root.appendingPathComponent("trace.jsonl").path]
        #expect(tool.main(["run"] + options + ["hello"]) == 0)
        let store = CheckpointStore(folder: root.appendingPathComponent("b/checkpoints"))
        let paused = store.list()
        #expect(try store.latest()?.status == .pausedForApproval)
        // Another process's command, as far as flock is concerned: its own open of the file.
        let held = try #require(try SessionLock.acquire(folder: root.appendingPathComponent("b")))
        #expect(try SessionLock.acquire(folder: root.appendingPathComponent("b")) == nil)
        #expect(tool.main(["approve"] + options) == 1)
        #expect(tool.main(["run"] + options + ["again"]) == 1)
        #expect(store.list() == paused)
        #expect(try store.latest()?.status == .pausedForApproval)
        held.release()
        #expect(tool.main(["approve"] + options) == 0)
        #expect(try store.latest()?.status == .completed)
        #expect(tool.main(["approve"] + options) == 1, "decided already")
    }

    @Test("with a checkpoints row a pause is decided once, even by a command that found it before another decided")
    func decidedOnce() throws {
        let kernel = RuntimeTests.kernel(Self.approvalSpec(every: "node"), MemoryTraceSink())
        defer { try? FileManager.default.removeItem(at: kernel.folder) }
        #expect(try kernel.start(sessionID: "d", input: "hello").state.status == .pausedForApproval)
        let saved = try #require(try kernel.checkpoints.latest())
        let pause = try #require(saved.pending?.checkpoint)
        #expect(try kernel.resolve(saved, approved: true).state.status == .completed)
        // A second approve that loaded the pause before (or after a first one died past the
        // decision) is refused: the tool cannot run twice.
        #expect(throws: RunError.self) { try kernel.resolve(saved, approved: true) }
        // A replay of the decided pause asks again, under a new id that takes its own decision.
        let again = try kernel.replay(from: pause)
        #expect(again.state.status == .pausedForApproval && again.state.pending?.checkpoint != pause)
        #expect(try kernel.resolve(again.state, approved: false).state.status == .completed)
    }

    @Test("a decision whose command died before saving what followed: approve is refused, replay asks again")
    func decisionOfADeadCommand() throws {
        let kernel = RuntimeTests.kernel(Self.approvalSpec(every: "session"), MemoryTraceSink())
        defer { try? FileManager.default.removeItem(at: kernel.folder) }
        #expect(try kernel.start(sessionID: "k", input: "hello").state.status == .pausedForApproval)
        let saved = try #require(try kernel.checkpoints.latest())
        let pause = try #require(saved.pending?.checkpoint)
        // What a command killed after recording the decision leaves: the pause, marked.
        try Data().write(to: kernel.checkpoints.decisionMark(of: pause))
        #expect(throws: RunError.self) { try kernel.resolve(saved, approved: true) }
        let again = try kernel.replay(from: pause)
        #expect(again.state.status == .pausedForApproval && again.state.pending?.checkpoint != pause)
        // `every: session` keeps the newest checkpoint only, and the old mark goes with its pause.
        #expect(kernel.checkpoints.list() == [try #require(again.state.pending?.checkpoint)])
        #expect(!FileManager.default.fileExists(atPath: kernel.checkpoints.decisionMark(of: pause).path))
    }

    @Test("a replay from a checkpoint at the step limit runs nothing and saves nothing")
    func replayAtTheLimit() throws {
        var spec = RuntimeTests.cycleSpec()
        spec.maxSteps = 2
        spec.checkpoints = CheckpointPolicy(backend: "file", every: "node", retentionDays: nil)
        let kernel = RuntimeTests.kernel(spec, MemoryTraceSink())
        defer { try? FileManager.default.removeItem(at: kernel.folder) }
        #expect(try kernel.start(sessionID: "l", input: "x").state.status == .maxSteps)
        let saved = kernel.checkpoints.list()
        let atLimit = try #require(try saved.first { try kernel.checkpoints.load($0).step == 2 && kernel.checkpoints.load($0).status == .running })
        #expect(try kernel.replay(from: atLimit).state.status == .maxSteps)
        #expect(kernel.checkpoints.list() == saved)
    }

    @Test("a session id is taken by its run even when the session leaves nothing else in its folder")
    func idTakenWithoutCheckpoints() throws {
        var spec = RuntimeTests.cycleSpec()
        spec.checkpoints = nil
        let root = RuntimeTests.folder()
        defer { try? FileManager.default.removeItem(at: root) }
        let tool = CommandLineTool(spec: spec, environment: [:])
        let options = ["--session", "once", "--state-dir", root.path, "--trace", root.appendingPathComponent("trace.jsonl").path]
        #expect([0, 1].contains(tool.main(["run"] + options + ["hello"])))
        #expect(tool.main(["run"] + options + ["again"]) == 2)
        // A trace put in the session's own folder is no earlier session's.
        let inFolder = ["--session", "own", "--state-dir", root.path, "--trace", root.appendingPathComponent("own/trace.jsonl").path]
        #expect([0, 1].contains(tool.main(["run"] + inFolder + ["hello"])))
        #expect(FileManager.default.fileExists(atPath: root.appendingPathComponent("own/started").path))
    }

    @Test("an unusable state folder or --trace path fails before anything runs")
    func unusablePaths() throws {
        let root = RuntimeTests.folder()
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: root) }
        let tool = CommandLineTool(spec: Self.approvalSpec(every: "node"), environment: [:])
        let state = root.appendingPathComponent("state")
        let missingFolder = ["--trace", root.appendingPathComponent("missing/trace.jsonl").path]
        #expect(tool.main(["run", "--session", "t", "--state-dir", state.path] + missingFolder + ["hello"]) == 1)
        #expect(tool.main(["run", "--session", "t", "--state-dir", state.path, "--trace", root.path, "hello"]) == 1, "a folder is no trace file")
        #expect(CheckpointStore(folder: state.appendingPathComponent("t/checkpoints")).list().isEmpty, "nothing ran")
        let aFile = root.appendingPathComponent("a-file")
        try Data().write(to: aFile)
        #expect(tool.main(["run", "--session", "t", "--state-dir", aFile.path, "hello"]) == 1)
        #expect(tool.main(["checkpoints", "--session", "t", "--state-dir", aFile.path]) == 1)
        #expect(SessionLock.reason(creating: aFile.appendingPathComponent("t")) == "'\(aFile.path)' is a file, not a folder")
    }

    @Test("checkpoints are only what save writes, in number order, so the newest stays the newest past 9999")
    func listedCheckpoints() throws {
        let folder = RuntimeTests.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        for id in ["10000", "9999", "0002"] { try Self.checkpoint(folder, id, daysAgo: 0, now: Date()) }
        // Not checkpoints: another name, a short number, a folder, a link.
        try Data("{}".utf8).write(to: folder.appendingPathComponent("notes.json"))
        try Data("{}".utf8).write(to: folder.appendingPathComponent("123.json"))
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("20000.json"), withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(at: folder.appendingPathComponent("30000.json"), withDestinationURL: folder.appendingPathComponent("0002.json"))
        let store = CheckpointStore(folder: folder)
        #expect(store.list() == ["0002", "9999", "10000"])
        #expect(store.newestNumber == 10000)
        store.removeAll(except: "9999")
        #expect(store.list() == ["9999"])
        #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent("notes.json").path))
        #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent("20000.json").path))
    }

    @Test("a replay goes on in the session's history: new ids, listed, and a pause in it is approved like any other")
    func replayThenApprove() throws {
        // `start` hands off to `a`, whose tool needs approval: the first checkpoint (every
        // step) comes before the pause, so a replay from it pauses again.
        var spec = Self.approvalSpec(every: "node")
        spec.processes = [
            ProcessDefinition(id: "start", description: "start", task: nil, model: nil, budgetTokens: nil, context: [], tools: [], handoffs: ["a"]),
            ProcessDefinition(id: "a", description: "a", task: nil, model: nil, budgetTokens: nil, context: [], tools: ["gate"], handoffs: []),
        ]
        spec.entry = "start"
        let root = RuntimeTests.folder()
        defer { try? FileManager.default.removeItem(at: root) }
        let tool = CommandLineTool(spec: spec, environment: [:])
        let options = ["--session", "r", "--state-dir", root.path, "--trace", root.appendingPathComponent("trace.jsonl").path]
        let store = CheckpointStore(folder: root.appendingPathComponent("r/checkpoints"))
        #expect(tool.main(["run"] + options + ["hello"]) == 0)
        #expect(try store.latest()?.status == .pausedForApproval)
        #expect(tool.main(["approve"] + options) == 0)
        #expect(try store.latest()?.status == .completed)
        let original = store.list()
        let first = try #require(original.first)
        #expect(try store.load(first).pending == nil)

        #expect(tool.main(["replay"] + options + ["--from", first]) == 0)
        let paused = try #require(try store.latest())
        #expect(paused.status == .pausedForApproval)
        #expect(paused.pending?.checkpoint == store.list().last)
        #expect(Array(store.list().prefix(original.count)) == original)
        #expect(store.list().count == original.count + 1)
        #expect(tool.main(["approve"] + options) == 0)
        #expect(try store.latest()?.status == .completed)
    }

    @Test("a replay from a completed session's last checkpoint runs nothing and saves nothing")
    func replayOfTheEnd() throws {
        let sink = MemoryTraceSink()
        let kernel = RuntimeTests.kernel(Self.approvalSpec(every: "turn"), sink)
        defer { try? FileManager.default.removeItem(at: kernel.folder) }
        _ = try RuntimeTests.runApprovingAll(kernel, session: "e")
        let last = try #require(kernel.checkpoints.list().last)
        let saved = kernel.checkpoints.list()
        let traced = sink.lines.count
        let outcome = try kernel.replay(from: last)
        #expect(outcome.state.status == .completed)
        #expect(outcome.state == (try kernel.checkpoints.load(last)))
        #expect(kernel.checkpoints.list() == saved)
        #expect(sink.lines.count == traced)
    }

    @Test("a replay from a pause decided since asks again, at the end of the history, and can be decided the other way")
    func replayOfADecidedPause() throws {
        let root = RuntimeTests.folder()
        defer { try? FileManager.default.removeItem(at: root) }
        let spec = Self.approvalSpec(every: "turn")
        let kernel = Kernel(spec: spec, folder: root.appendingPathComponent("d"), tracer: Tracer(spec: spec, sink: MemoryTraceSink()))
        let paused = try kernel.start(sessionID: "d", input: "hello")
        #expect(throws: RunError.self) { try kernel.replay(from: "0001") }  // not decided yet
        let denied = try kernel.resolve(paused.state, approved: false)
        #expect(denied.state.status == .completed)
        #expect(kernel.checkpoints.list() == ["0001", "0002"])
        let again = try kernel.replay(from: "0001")
        #expect(again.state.status == .pausedForApproval)
        #expect(again.state.pending?.checkpoint == "0003")
        #expect(kernel.checkpoints.list() == ["0001", "0002", "0003"])
        let approved = try kernel.resolve(try #require(try kernel.checkpoints.latest()), approved: true)
        #expect(approved.state.status == .completed)
        #expect(approved.state.history["a"]?.contains { $0.content.contains("denied") } == false)
    }

    @Test("a replay from where max_steps stopped the run has nothing to run under the same limit")
    func replayAtTheStepLimit() throws {
        var spec = RuntimeTests.cycleSpec()
        spec.maxSteps = 2
        spec.checkpoints = CheckpointPolicy(backend: "file", every: "turn", retentionDays: nil)
        let kernel = RuntimeTests.kernel(spec, MemoryTraceSink())
        defer { try? FileManager.default.removeItem(at: kernel.folder) }
        let stopped = try kernel.start(sessionID: "m", input: "x")
        try #require(stopped.state.status == .maxSteps)
        let saved = kernel.checkpoints.list()
        let last = try #require(saved.last)
        let replayed = try kernel.replay(from: last)
        #expect(replayed.state.status == .maxSteps)
        #expect(replayed.state.step == 2)
        #expect(kernel.checkpoints.list() == saved)
    }
}
