import Foundation

/// The review commands' fixtures (Fixtures/review) and helpers for their outputs.
enum ReviewFixtures {
    static let folder = TestFiles.fixture("review")
    static var hostile: String { folder.appendingPathComponent("hostile.osspec.yaml").path }
    static func path(_ name: String) -> String { folder.appendingPathComponent(name).path }

    /// The shipped example specs, as paths relative to the package root.
    static var exampleSpecs: [String] { TestFiles.specNames.map { "specs/\($0)" } }
}

/// Whether an external tool is on PATH, for tests that need `dot` or `chromium`. In CI
/// (`CI=true`) `.ci/run` installs them, so their absence there is a failure, not a skip.
enum ExternalTool {
    static func find(_ name: String) -> String? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        for directory in path.split(separator: ":") {
            let candidate = "\(directory)/\(name)"
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
        }
        return nil
    }

    static var inCI: Bool { ProcessInfo.processInfo.environment["CI"] == "true" }

    /// Runs the test when the tool is there, and always in CI, where its absence must fail.
    static func isAvailableOrRequired(_ names: String...) -> Bool {
        inCI || names.contains { find($0) != nil }
    }

    /// Runs a program with arguments; returns status, standard output and standard error.
    static func run(_ executable: String, _ arguments: [String], stdin: Data? = nil, timeout: TimeInterval = 60) throws
        -> (status: Int32, stdout: String, stderr: String)
    {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
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
