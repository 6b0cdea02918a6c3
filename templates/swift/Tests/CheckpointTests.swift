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
    /// command, and the newest one after the pause (what `approve` resumes from).
    static func checkpointsPerCommand(every: String) throws -> (afterRun: [String], paused: SessionState, afterApprove: [String], kernel: Kernel) {
        let kernel = RuntimeTests.kernel(approvalSpec(every: every), MemoryTraceSink())
        let paused = try kernel.start(sessionID: "c", input: "hello")
        try #require(paused.state.status == .pausedForApproval, "\(paused.message)")
        let afterRun = kernel.checkpoints.list()
        let saved = try #require(try kernel.checkpoints.latest())
        let done = try kernel.resolve(saved, approved: true)
        try #require(done.state.status == .completed, "\(done.message)")
        #expect(done.state.hops == 1)
        return (afterRun, saved, kernel.checkpoints.list(), kernel)
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
        #expect(try turn.kernel.checkpoints.load("0002").status == .completed)
    }

    @Test("every: session keeps only the newest checkpoint, and a pause stays resumable")
    func everySession() throws {
        let session = try Self.checkpointsPerCommand(every: "session")
        #expect(session.afterRun == ["0001"])
        #expect(session.paused.pending?.checkpoint == "0001")
        #expect(session.afterApprove == ["0002"])
        #expect(try session.kernel.checkpoints.load("0002").status == .completed)
    }

    /// Writes an empty checkpoint file saved `daysAgo` days before `now`.
    static func checkpoint(_ folder: URL, _ id: String, daysAgo: Double, now: Date) throws {
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let file = folder.appendingPathComponent(id + ".json")
        try Data("{}".utf8).write(to: file)
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
        // Expired: every checkpoint is older than 14 days. A file the runtime did not write stays.
        let old = root.appendingPathComponent("old")
        try Self.checkpoint(old.appendingPathComponent("checkpoints"), "0001", daysAgo: 20, now: now)
        try Self.checkpoint(old.appendingPathComponent("checkpoints"), "0002", daysAgo: 15, now: now)
        try Data("{}\n".utf8).write(to: old.appendingPathComponent("trace.jsonl"))
        let emptied = root.appendingPathComponent("emptied")
        try Self.checkpoint(emptied.appendingPathComponent("checkpoints"), "0001", daysAgo: 20, now: now)
        try Data("{}".utf8).write(to: old.appendingPathComponent("checkpoints/notes.json"))
        // Kept: the newest checkpoint is recent, however old the others are.
        let replayed = root.appendingPathComponent("replayed")
        try Self.checkpoint(replayed.appendingPathComponent("checkpoints"), "0001", daysAgo: 30, now: now)
        try Self.checkpoint(replayed.appendingPathComponent("checkpoints"), "0002", daysAgo: 1, now: now)
        let recent = root.appendingPathComponent("recent")
        try Self.checkpoint(recent.appendingPathComponent("checkpoints"), "0001", daysAgo: 13, now: now)
        // Left alone: a name that is no session id, and a link to a session folder elsewhere.
        let strange = root.appendingPathComponent("not a session")
        try Self.checkpoint(strange.appendingPathComponent("checkpoints"), "0001", daysAgo: 90, now: now)
        try Self.checkpoint(outside.appendingPathComponent("checkpoints"), "0001", daysAgo: 90, now: now)
        try FileManager.default.createSymbolicLink(at: root.appendingPathComponent("linked"), withDestinationURL: outside)

        let expired = try RetentionSweep(root: root, days: 14).run(now: now)

        #expect(expired == ["emptied", "old"])
        #expect(!Self.exists(old.appendingPathComponent("checkpoints/0001.json")))
        #expect(!Self.exists(old.appendingPathComponent("checkpoints/0002.json")))
        #expect(Self.exists(old.appendingPathComponent("checkpoints/notes.json")))
        #expect(Self.exists(old.appendingPathComponent("trace.jsonl")))
        #expect(!Self.exists(emptied.appendingPathComponent("checkpoints")))
        #expect(Self.exists(emptied))
        #expect(Self.exists(replayed.appendingPathComponent("checkpoints/0001.json")))
        #expect(Self.exists(recent.appendingPathComponent("checkpoints/0001.json")))
        #expect(Self.exists(strange.appendingPathComponent("checkpoints/0001.json")))
        #expect(Self.exists(outside.appendingPathComponent("checkpoints/0001.json")))
        // A second sweep finds nothing left to delete; a missing state folder is no error.
        #expect(try RetentionSweep(root: root, days: 14).run(now: now).isEmpty)
        #expect(try RetentionSweep(root: root.appendingPathComponent("missing"), days: 14).run(now: now).isEmpty)
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
        #expect(try RetentionSweep(root: root, days: 7).run(now: Date().addingTimeInterval(6 * 86_400)).isEmpty)
        #expect(!kernel.checkpoints.list().isEmpty)
        let expired = try RetentionSweep(root: root, days: 7).run(now: Date().addingTimeInterval(8 * 86_400))
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
        defer {
            try? FileManager.default.removeItem(at: root)
            try? FileManager.default.removeItem(at: traces)
        }
        let expired = root.appendingPathComponent("expired/checkpoints")
        try Self.checkpoint(expired, "0001", daysAgo: 30, now: Date())
        let tool = CommandLineTool(spec: spec, environment: [:])
        let status = tool.main(["run", "--session", "new", "--state-dir", root.path, "--trace", traces.appendingPathComponent("trace.jsonl").path, "hello"])
        #expect(status == 0)
        #expect(!CheckpointStore(folder: root.appendingPathComponent("new/checkpoints")).list().isEmpty)
        #expect(Self.exists(expired.appendingPathComponent("0001.json")) == (retentionDays == nil))
    }

    @Test("checkpoint ids sort by number, so the newest stays the newest past 9999")
    func idsSortByNumber() throws {
        let folder = RuntimeTests.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        for id in ["10000", "9999", "0002"] { try Self.checkpoint(folder, id, daysAgo: 0, now: Date()) }
        let store = CheckpointStore(folder: folder)
        #expect(store.list() == ["0002", "9999", "10000"])
        #expect(store.newestNumber == 10000)
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
}
