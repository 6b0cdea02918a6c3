import Foundation

/// The package's command line: run a session, approve or deny a paused tool call, list
/// checkpoints, replay from one, and describe the spec (as JSON, for checks).
public struct CommandLineTool {
    public var spec: SpecDefinition
    public var environment: [String: String]

    public init(spec: SpecDefinition = .generated, environment: [String: String] = ProcessInfo.processInfo.environment) {
        self.spec = spec
        self.environment = environment
    }

    /// The session whose folder `session` opens when the file system ignores case (macOS's
    /// default): `approve --session alice` must not decide Alice's pause. Nil when `session`
    /// has a folder of its own name, or no folder differs from it only in case.
    static func caseTwin(of session: String, among folderNames: [String]) -> String? {
        guard !folderNames.contains(session) else { return nil }
        return folderNames.first { $0.lowercased() == session.lowercased() }
    }

    var usage: String {
        """
        Usage:
          \(spec.name) run --session ID [--trace FILE] [--state-dir DIR] [--] INPUT
          \(spec.name) approve --session ID [--trace FILE] [--state-dir DIR]
          \(spec.name) deny --session ID [--trace FILE] [--state-dir DIR]
          \(spec.name) checkpoints --session ID [--state-dir DIR]
          \(spec.name) replay --session ID --from CHECKPOINT [--trace FILE] [--state-dir DIR]
          \(spec.name) describe
        """
    }

    /// Runs a command; returns the exit status (0 ok, also for a run paused for approval;
    /// 1 for a run that ended on a limit or failed; 2 for a usage error).
    public func main(_ arguments: [String]) -> Int32 {
        guard let command = arguments.first else { return fail(usage, 2) }
        var options: [String: String] = [:]
        var positionals: [String] = []
        var index = 1
        while index < arguments.count {
            let argument = arguments[index]
            if argument == "--" {
                // The rest is INPUT, even where it starts with '--'.
                positionals += arguments[(index + 1)...]
                break
            } else if ["--session", "--trace", "--state-dir", "--from"].contains(argument) {
                // The next option is no value: `--trace --state-dir d` must not write a file '--state-dir'.
                guard index + 1 < arguments.count, !arguments[index + 1].hasPrefix("--") else {
                    return fail("\(argument) needs a value.\n\(usage)", 2)
                }
                options[String(argument.dropFirst(2))] = arguments[index + 1]
                index += 2
            } else if argument.hasPrefix("--") {
                return fail("Unknown option '\(argument)'.\n\(usage)", 2)
            } else {
                positionals.append(argument)
                index += 1
            }
        }
        if command == "describe" {
            print(describe())
            return 0
        }
        guard let session = options["session"] else { return fail("--session is required.\n\(usage)", 2) }
        guard SessionState.isValidID(session) else {
            return fail("A session id may use only letters, digits, '-' and '_', at most 128 of them.", 2)
        }
        let root = URL(fileURLWithPath: options["state-dir"] ?? environment["OSSPEC_STATE_DIR"] ?? ".osspec-sessions")
        var isFolder: ObjCBool = false
        if FileManager.default.fileExists(atPath: root.path, isDirectory: &isFolder), !isFolder.boolValue {
            return fail("The state folder '\(root.path)' is not a folder.", 1)
        }
        let folder = root.appendingPathComponent(session)
        if FileManager.default.fileExists(atPath: folder.path),
            let other = Self.caseTwin(of: session, among: (try? FileManager.default.contentsOfDirectory(atPath: root.path)) ?? []) {
            return fail("Session '\(session)' would use the folder of session '\(other)': this file system does not tell ids apart by case. Use another id.", 1)
        }
        // Commands that change the session run one at a time (`SessionLock`).
        let changesSession = ["run", "approve", "deny", "replay"].contains(command)
        var lock: SessionLock?
        if changesSession {
            do {
                guard let taken = try SessionLock.acquire(folder: folder) else {
                    return fail("Session '\(session)' is busy: another command is running on it; try again when it ends.", 1)
                }
                lock = taken
            } catch {
                return fail("\(error)", 1)
            }
        }
        defer { lock?.release() }
        if command == "run" {
            guard positionals.count == 1 else { return fail("Give one INPUT.\n\(usage)", 2) }
            // Anything in the folder (checkpoints, stores, a trace) is an earlier session's,
            // also after the retention sweep took its checkpoints: sessions share nothing.
            // Hidden files (a Finder .DS_Store, the lock) are not a session's. Checked before
            // the trace file is opened, which `--trace` may put in this folder.
            let earlier: [String]
            do {
                earlier = try Self.contents(of: folder).filter { !$0.hasPrefix(".") }
            } catch {
                return fail("\(error)", 1)
            }
            guard earlier.isEmpty else {
                return fail("Session '\(session)' already exists (its folder holds \(earlier.joined(separator: ", "))); use a new id.", 2)
            }
        }
        let traceSink: any TraceSink
        do {
            // A --trace file that cannot be written fails here, before anything runs.
            traceSink = try sink(options["trace"], folder: folder, checked: changesSession)
        } catch {
            return fail("\(error)", 1)
        }
        let kernel = Kernel(spec: spec, folder: folder, tracer: Tracer(spec: spec, sink: traceSink),
            model: ModelProviders.fromEnvironment(environment, spec: spec))
        do {
            let outcome: RunOutcome
            switch command {
            case "run":
                // The id is taken from now on, even when the session leaves nothing else here
                // (no checkpoints row, its trace sent elsewhere): a second run would reuse its
                // trace id and span ids.
                try Data((ISO8601DateFormatter().string(from: kernel.now()) + "\n").utf8)
                    .write(to: folder.appendingPathComponent("started"), options: .withoutOverwriting)
                if let days = spec.checkpoints?.retentionDays { RetentionSweep(root: root, days: days).run(now: kernel.now()) }
                outcome = try kernel.start(sessionID: session, input: positionals[0])
            case "approve", "deny":
                guard let state = try kernel.checkpoints.latest(), state.pending != nil else {
                    return fail("Session '\(session)' is not waiting for an approval.", 1)
                }
                outcome = try kernel.resolve(state, approved: command == "approve")
            case "checkpoints":
                let ids = kernel.checkpoints.list()
                if ids.isEmpty {
                    // Say why there is nothing, rather than print nothing.
                    print(spec.checkpoints == nil
                        ? "Session '\(session)' has no checkpoints: the spec takes none (filesystem.checkpoints), only pauses for approval are saved."
                        : "Session '\(session)' has no checkpoints yet.")
                    return 0
                }
                for id in ids {
                    let state = try kernel.checkpoints.load(id)
                    print("\(id)  step \(state.step)  process \(state.current)  \(state.status.rawValue)")
                }
                return 0
            case "replay":
                guard let from = options["from"] else { return fail("--from CHECKPOINT is required.\n\(usage)", 2) }
                outcome = try kernel.replay(from: from)
            default:
                return fail("Unknown command '\(command)'.\n\(usage)", 2)
            }
            print(outcome.message)
            switch outcome.state.status {
            case .completed, .pausedForApproval: return 0
            default: return 1
            }
        } catch {
            return fail("\(error)", 1)
        }
    }

    private func sink(_ trace: String?, folder: URL, checked: Bool) throws -> any TraceSink {
        if let trace {
            if trace == "-" { return StandardOutputTraceSink() }
            let url = URL(fileURLWithPath: trace)
            return checked ? try FileTraceSink.appending(to: url) : FileTraceSink(url: url)
        }
        if spec.tracing.exporter == "stdout" { return StandardOutputTraceSink() }
        if spec.tracing.exporter == "otlp", let endpoint = (environment["OTEL_EXPORTER_OTLP_ENDPOINT"] ?? spec.tracing.endpoint).flatMap(URL.init(string:)) {
            return OTLPTraceSink(endpoint: endpoint, serviceName: spec.name)
        }
        // jsonl, otlp without an endpoint, and exporters this runtime does not ship (langsmith): a JSON-lines file.
        try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return FileTraceSink(url: folder.appendingPathComponent("trace.jsonl"))
    }

    /// A folder's entries, sorted; none when it does not exist, an error when it cannot be read.
    static func contents(of folder: URL) throws -> [String] {
        guard FileManager.default.fileExists(atPath: folder.path) else { return [] }
        return try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
    }

    private func fail(_ message: String, _ status: Int32) -> Int32 {
        // The throwing write: the old one raises an exception on Darwin when the reader is gone.
        try? FileHandle.standardError.write(contentsOf: Data((message + "\n").utf8))
        return status
    }

    /// The spec's free-text values as JSON, so a test can check that each survived generation exactly.
    public func describe() -> String {
        var strings: [String: String] = ["name": spec.name, "entry": spec.entry, "orchestrator": spec.orchestrator,
            "tracing.exporter": spec.tracing.exporter]
        if let description = spec.description { strings["description"] = description }
        if let endpoint = spec.tracing.endpoint { strings["tracing.endpoint"] = endpoint }
        for (index, value) in spec.tracing.redact.enumerated() { strings["tracing.redact.\(index)"] = value }
        for model in spec.models {
            strings["models.\(model.id).provider"] = model.provider
            strings["models.\(model.id).model"] = model.model
            if let endpoint = model.endpoint { strings["models.\(model.id).endpoint"] = endpoint }
        }
        for (index, route) in spec.routes.enumerated() {
            for (taskIndex, task) in route.tasks.enumerated() { strings["routes.\(index).tasks.\(taskIndex)"] = task }
        }
        for store in spec.stores {
            strings["stores.\(store.id).backend"] = store.backend
            if let embedding = store.embedding { strings["stores.\(store.id).embedding"] = embedding }
        }
        if let checkpoints = spec.checkpoints { strings["checkpoints.backend"] = checkpoints.backend }
        for process in spec.processes {
            strings["processes.\(process.id).description"] = process.description
            strings["processes.\(process.id).prompt"] = Prompts.byProcess[process.id]
            if let task = process.task { strings["processes.\(process.id).task"] = task }
            for (index, slot) in process.context.enumerated() { strings["processes.\(process.id).context.\(index)"] = slot }
        }
        for tool in spec.tools {
            strings["tools.\(tool.id).description"] = tool.description
            if let resource = tool.resource { strings["tools.\(tool.id).resource"] = resource }
            if let justification = tool.justification { strings["tools.\(tool.id).justification"] = justification }
        }
        if let userSpace = spec.userSpace {
            strings["user_space.app"] = userSpace.app
            strings["user_space.interface"] = userSpace.interface
        }
        for (row, reason) in spec.notApplicable { strings["n/a.\(row)"] = reason }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        return String(decoding: (try? encoder.encode(strings)) ?? Data("{}".utf8), as: UTF8.self)
    }
}
