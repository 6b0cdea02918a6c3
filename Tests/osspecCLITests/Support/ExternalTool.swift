import Foundation
import Testing

/// A test-time tool from `.ci/requirements.txt` (check-jsonschema, pre-commit, actionlint),
/// found on PATH: `.ci/run` puts its venv's bin folder first. Locally a missing tool skips its
/// tests (with the reason); in CI (`CI=true`) they run and fail, since `.ci/run` installs it.
enum ExternalTool {
    static var isCI: Bool { ProcessInfo.processInfo.environment["CI"] == "true" }

    /// The tool's path on PATH, if any.
    static func find(_ name: String) -> URL? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        for folder in path.split(separator: ":") where !folder.isEmpty {
            let candidate = URL(fileURLWithPath: String(folder)).appendingPathComponent(name)
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
        }
        return nil
    }

    /// For `.enabled(if:)`: run when the tool is there, and always in CI.
    static func shouldRun(_ names: String...) -> Bool { isCI || names.allSatisfy { find($0) != nil } }

    static func skipReason(_ name: String) -> Comment {
        "\(name) is not on PATH; run .ci/run (installs .ci/requirements.txt into .venv) or put .venv/bin on PATH"
    }

    struct Missing: Error, CustomStringConvertible {
        let name: String
        var description: String { "\(name) is not on PATH, though .ci/run installs it (.ci/requirements.txt)." }
    }

    static func require(_ name: String) throws -> URL {
        guard let url = find(name) else { throw Missing(name: name) }
        return url
    }

    struct Result: CustomStringConvertible {
        var exitCode: Int32
        var output: String
        var description: String { "exit \(exitCode)\n\(output)" }
    }

    /// Runs a tool with the test's environment plus `environment`, standard output and error
    /// together (through a file, so a chatty tool never blocks on a full pipe).
    static func run(
        _ name: String, _ arguments: [String], directory: URL? = nil, environment: [String: String] = [:],
        timeout: TimeInterval = 300
    ) throws -> Result {
        try run(executable: try require(name), arguments, directory: directory, environment: environment, timeout: timeout)
    }

    static func run(
        executable: URL, _ arguments: [String], directory: URL? = nil, environment: [String: String] = [:],
        timeout: TimeInterval = 300
    ) throws -> Result {
        let logFolder = try TemporaryDirectory()
        let log = logFolder.url.appendingPathComponent("output.log")
        _ = FileManager.default.createFile(atPath: log.path, contents: nil)
        let handle = try FileHandle(forWritingTo: log)
        defer { try? handle.close() }
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        var fullEnvironment = ProcessInfo.processInfo.environment
        fullEnvironment.merge(environment) { _, new in new }
        process.environment = fullEnvironment
        if let directory { process.currentDirectoryURL = directory }
        process.standardOutput = handle
        process.standardError = handle
        process.standardInput = FileHandle.nullDevice
        let finished = DispatchSemaphore(value: 0)
        process.terminationHandler = { _ in finished.signal() }
        try process.run()
        if finished.wait(timeout: .now() + timeout) == .timedOut {
            process.terminate()
            finished.wait()
            let output = (try? String(contentsOf: log, encoding: .utf8)) ?? ""
            return Result(exitCode: -1, output: "timed out after \(Int(timeout)) s\n" + output)
        }
        let output = (try? String(contentsOf: log, encoding: .utf8)) ?? ""
        return Result(exitCode: process.terminationStatus, output: output)
    }

    /// Whether a test should run that needs one of `names` (alternatives, e.g. `chromium` or
    /// `chromium-browser`): when one is on PATH, and always in CI, where absence must fail.
    static func isAvailableOrRequired(_ names: String...) -> Bool {
        isCI || names.contains { find($0) != nil }
    }

    /// Runs a program with arguments and optional standard input; returns its status, and its
    /// standard output and error apart (for tools whose output is checked, like `dot -Tsvg`).
    static func capture(_ executable: URL, _ arguments: [String], stdin: Data? = nil, timeout: TimeInterval = 60) throws
        -> (status: Int32, stdout: String, stderr: String)
    {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        let outFile = FileManager.default.temporaryDirectory.appendingPathComponent("osspec-tool-out-\(UUID().uuidString)")
        let errFile = FileManager.default.temporaryDirectory.appendingPathComponent("osspec-tool-err-\(UUID().uuidString)")
        _ = FileManager.default.createFile(atPath: outFile.path, contents: nil)
        _ = FileManager.default.createFile(atPath: errFile.path, contents: nil)
        defer {
            try? FileManager.default.removeItem(at: outFile)
            try? FileManager.default.removeItem(at: errFile)
        }
        let out = try FileHandle(forWritingTo: outFile)
        let err = try FileHandle(forWritingTo: errFile)
        process.standardOutput = out
        process.standardError = err
        let input = Pipe()
        process.standardInput = input
        try process.run()
        if let stdin { try? input.fileHandleForWriting.write(contentsOf: stdin) }
        try? input.fileHandleForWriting.close()
        let deadline = Date().addingTimeInterval(timeout)
        while process.isRunning && Date() < deadline { Thread.sleep(forTimeInterval: 0.05) }
        if process.isRunning {
            process.terminate()
            process.waitUntilExit()
        }
        try out.close()
        try err.close()
        return (
            process.terminationStatus, String(decoding: try Data(contentsOf: outFile), as: UTF8.self),
            String(decoding: try Data(contentsOf: errFile), as: UTF8.self)
        )
    }
}
