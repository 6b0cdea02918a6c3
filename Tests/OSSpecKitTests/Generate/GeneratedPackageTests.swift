import Foundation
@testable import OSSpecCLI
import OSSpecKit
import OSSpecPlatform
import Testing

/// The Swift target end to end: generate from each shipped spec and from a hostile one, build
/// the package and run its own tests once per spec (each with its own scratch folder), run a
/// session with the stub model, and check that every free-text value of the spec reached the
/// generated code exactly. Slow (a Swift build per spec), so the specs run one after another.
@Suite("Generated Swift packages build, pass their tests and hold the spec exactly", .serialized)
struct GeneratedPackageTests {
    static let hostile = TestPaths.packageRoot.appendingPathComponent("Tests/osspecCLITests/Fixtures/generate/hostile.osspec.yaml")
    static let specFiles: [URL] = {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: TestPaths.specs.path)) ?? []
        return names.filter { $0.hasSuffix(".osspec.yaml") }.sorted().map { TestPaths.specs.appendingPathComponent($0) } + [hostile]
    }()

    /// Runs a command with this process's environment (PATH finds `swift`).
    static func run(_ arguments: [String], in directory: URL, environment: [String: String] = [:]) throws -> (status: Int32, output: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = arguments
        process.currentDirectoryURL = directory
        process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
        let output = FileManager.default.temporaryDirectory.appendingPathComponent("osspec-run-\(UUID().uuidString).log")
        _ = FileManager.default.createFile(atPath: output.path, contents: nil)
        let handle = try FileHandle(forWritingTo: output)
        process.standardOutput = handle
        process.standardError = handle
        process.standardInput = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        try handle.close()
        let text = (try? String(contentsOf: output, encoding: .utf8)) ?? ""
        try? FileManager.default.removeItem(at: output)
        return (process.terminationStatus, text)
    }

    /// `osspec generate ...` in process.
    static func generate(_ arguments: [String]) -> (status: Int32, output: String, errors: String) {
        nonisolated(unsafe) var output = ""
        nonisolated(unsafe) var errors = ""
        let environment = CLIEnvironment(
            writeOutput: { output += $0 }, writeError: { errors += $0 }, readStandardInput: { _ in .bytes([]) },
            environmentVariable: { _ in nil }, outputIsTerminal: false, terminalWidth: 80)
        let status = OSSpecCommand(environment: environment).run(["generate"] + arguments)
        return (status, output, errors)
    }

    /// What `NAME describe` must print: the spec's free-text values as the decoder read them.
    static func expectedStrings(_ spec: Spec) -> [String: String] {
        var strings: [String: String] = [:]
        let kernel = spec.kernel.content
        strings["name"] = spec.name?.value
        strings["description"] = spec.description?.value
        strings["entry"] = kernel?.entry?.value
        strings["orchestrator"] = kernel?.orchestrator?.value
        strings["tracing.exporter"] = kernel?.tracing?.exporter?.value
        strings["tracing.endpoint"] = kernel?.tracing?.endpoint?.value
        for (index, value) in (kernel?.tracing?.redact?.value ?? []).enumerated() { strings["tracing.redact.\(index)"] = value.value }
        for model in spec.cpu.content?.models ?? [] {
            strings["models.\(model.id.value).provider"] = model.provider?.value
            strings["models.\(model.id.value).model"] = model.model?.value
            strings["models.\(model.id.value).endpoint"] = model.endpoint?.value
        }
        for (index, route) in (spec.cpu.content?.routing ?? []).enumerated() {
            for (taskIndex, task) in route.tasks.enumerated() { strings["routes.\(index).tasks.\(taskIndex)"] = task.value }
        }
        for store in spec.filesystem.content?.stores ?? [] {
            strings["stores.\(store.id.value).backend"] = store.backend?.value
            strings["stores.\(store.id.value).embedding"] = store.embedding?.value
        }
        strings["checkpoints.backend"] = spec.filesystem.content?.checkpoints?.backend?.value
        for process in spec.processes.content?.entries ?? [] {
            let id = process.id.value
            strings["processes.\(id).description"] = process.description?.value
            strings["processes.\(id).prompt"] = process.prompt?.value ?? process.description?.value
            strings["processes.\(id).task"] = process.task?.value
            for (index, slot) in process.context.enumerated() { strings["processes.\(id).context.\(index)"] = slot.value }
        }
        for tool in spec.ipc.content?.tools ?? [] {
            strings["tools.\(tool.id.value).description"] = tool.description?.value
            strings["tools.\(tool.id.value).resource"] = tool.resource?.value
            strings["tools.\(tool.id.value).justification"] = tool.justification?.value
        }
        strings["user_space.app"] = spec.userSpace.content?.app?.value
        strings["user_space.interface"] = spec.userSpace.content?.interface?.value
        let rows: [(String, String?)] = [
            ("ram", reason(spec.ram)), ("filesystem", reason(spec.filesystem)), ("ipc", reason(spec.ipc)), ("user_space", reason(spec.userSpace)),
        ]
        for (row, reason) in rows { strings["n/a.\(row)"] = reason }
        return strings
    }

    static func reason<T>(_ row: Row<T>) -> String? {
        if case .notApplicable(let reason, _) = row { return reason.value }
        return nil
    }

    @Test("generate, build, test, run and describe", arguments: GeneratedPackageTests.specFiles)
    func buildAndRun(specFile: URL) throws {
        if ProcessInfo.processInfo.environment["OSSPEC_SKIP_GENERATED_BUILDS"] == "1", ProcessInfo.processInfo.environment["CI"] != "true" {
            return  // local opt-out while iterating; CI always builds
        }
        let work = FileManager.default.temporaryDirectory.appendingPathComponent("osspec-generated-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: work, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: work) }
        let out = work.appendingPathComponent("project")
        let generated = Self.generate([specFile.path, "--target", "swift", "--out", out.path])
        try #require(generated.status == 0, "\(generated.errors)")

        let bytes = try TestPaths.bytes(specFile)
        let document = try #require(YAMLLoader().load(bytes).document)
        let spec = try #require(SpecDecoder.decode(document).spec)
        let name = try #require(spec.name?.value)

        // Every generated file starts with the header: osspec's version and the spec's SHA-256.
        let digest = SHA256.hex(bytes)
        let manager = FileManager.default
        let files = try #require(manager.enumerator(atPath: out.path)?.allObjects as? [String]).filter { path in
            var isDirectory: ObjCBool = false
            return manager.fileExists(atPath: out.appendingPathComponent(path).path, isDirectory: &isDirectory) && !isDirectory.boolValue
        }
        #expect(files.count > 10)
        for path in files {
            let text = try String(contentsOf: out.appendingPathComponent(path), encoding: .utf8)
            let head = text.split(separator: "\n").prefix(3).joined(separator: "\n")
            #expect(head.contains("osspec \(ToolInfo.version)") && head.contains("sha256 \(digest)"), "\(path)")
        }

        // In sync right after generation.
        #expect(Self.generate([specFile.path, "--target", "swift", "--out", out.path, "--check"]).status == 0)

        let scratch = work.appendingPathComponent("build").path
        let build = try Self.run(["swift", "build", "--build-tests", "--scratch-path", scratch], in: out)
        try #require(build.status == 0, "swift build failed:\n\(build.output)")
        #expect(!build.output.contains("warning:"), "the generated package builds with warnings:\n\(build.output)")
        let test = try Self.run(["swift", "test", "--skip-build", "--scratch-path", scratch], in: out)
        #expect(test.status == 0, "swift test failed:\n\(test.output)")

        let binary = URL(fileURLWithPath: scratch).appendingPathComponent("debug").appendingPathComponent(name).path
        let describe = try Self.run([binary, "describe"], in: out)
        try #require(describe.status == 0, "\(describe.output)")
        let described = try #require(try JSONSerialization.jsonObject(with: Data(describe.output.utf8)) as? [String: String])
        let expected = Self.expectedStrings(spec)
        #expect(Set(described.keys) == Set(expected.keys))
        for (key, value) in expected {
            #expect(described[key] == value, "\(key) did not round-trip")
        }

        // A session with the stub model, approving every pause, leaves a JSON-lines trace.
        let state = work.appendingPathComponent("sessions").path
        var session = try Self.run([binary, "run", "--session", "s1", "--state-dir", state, "--trace", work.appendingPathComponent("trace.jsonl").path, "hello"], in: out)
        var approvals = 0
        while session.status == 0, session.output.contains("paused"), approvals < 20 {
            session = try Self.run([binary, "approve", "--session", "s1", "--state-dir", state, "--trace", work.appendingPathComponent("trace.jsonl").path], in: out)
            approvals += 1
        }
        #expect(session.status == 0 && session.output.contains("completed"), "\(session.output)")
        let trace = (try? String(contentsOf: work.appendingPathComponent("trace.jsonl"), encoding: .utf8)) ?? ""
        let events = trace.split(separator: "\n").compactMap { try? JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any] }
        #expect(!events.isEmpty && events.count == trace.split(separator: "\n").count)
        #expect(events.allSatisfy { $0["session_id"] as? String == "s1" && $0["event"] is String })

        // A reader that goes away (`run --trace - | head`) does not kill the run: it saves its state.
        let gone = Pipe()
        let reader = Process()
        reader.executableURL = URL(fileURLWithPath: binary)
        reader.arguments = ["run", "--session", "s2", "--state-dir", state, "--trace", "-", "hello"]
        reader.standardOutput = gone
        reader.standardError = FileHandle.nullDevice
        try gone.fileHandleForReading.close()
        try reader.run()
        reader.waitUntilExit()
        #expect(reader.terminationReason == .exit, "killed by signal \(reader.terminationStatus)")
        let saved = try Self.run([binary, "checkpoints", "--session", "s2", "--state-dir", state], in: out)
        #expect(saved.status == 0 && (saved.output.contains(" step ") || saved.output.contains("the spec takes none")), "\(saved.output)")
    }

    @Test("the hostile spec's strings are the hostile ones (the check above compares the right things)")
    func hostileSpecIsHostile() throws {
        let document = try #require(YAMLLoader().load(try TestPaths.bytes(Self.hostile)).document)
        let spec = try #require(SpecDecoder.decode(document).spec)
        let description = try #require(spec.description?.value)
        for needle in ["\"\"\"", "\\(interp)", "*/", "${shell}", "$(rm -rf /)", "</script>", "\n", "\r\n", "🚀", "\u{202E}", "\u{2028}", "\u{0}", "\u{1B}"] {
            #expect(description.contains(needle), Comment(rawValue: needle))
        }
        #expect(spec.processes.content?.entries.first?.prompt?.value.contains("\\(interp)") == true)
    }
}
