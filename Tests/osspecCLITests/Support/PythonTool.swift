import Foundation

/// A Python interpreter with a test-time package (`jsonschema`), for checks that have no
/// Swift equivalent here. `.ci/run` installs the packages into `.venv` and puts `.venv/bin`
/// first on PATH; locally the tests look in the package's `.venv` too. Absent locally, the
/// tests that need it are skipped; in CI (`CI=true`) they run and fail, saying what is missing.
enum PythonTool {
    static var isCI: Bool { ProcessInfo.processInfo.environment["CI"] == "true" }

    /// The first interpreter that can import `module`, or nil.
    static func interpreter(importing module: String) -> URL? {
        var candidates = [TestFiles.packageRoot.appendingPathComponent(".venv/bin/python")]
        let path = ProcessInfo.processInfo.environment["PATH"] ?? ""
        for directory in path.split(separator: ":") {
            candidates.append(URL(fileURLWithPath: String(directory)).appendingPathComponent("python3"))
        }
        return candidates.first { candidate in
            FileManager.default.isExecutableFile(atPath: candidate.path)
                && (try? run(candidate, ["-c", "import \(module)"]).status) == 0
        }
    }

    static let jsonschema = interpreter(importing: "jsonschema")
    static let python = interpreter(importing: "xml.etree.ElementTree")

    /// Whether a test that needs `interpreter` should run: when there is one, and always in CI.
    static func shouldRun(_ interpreter: URL?) -> Bool { interpreter != nil || isCI }

    struct Missing: Error, CustomStringConvertible {
        let what: String
        var description: String { "\(what) is not installed; .ci/run installs it (pip install -r .ci/requirements.txt)." }
    }

    /// Runs a Python script with arguments; returns its exit status and combined output.
    static func run(_ interpreter: URL, _ arguments: [String], stdin: Data? = nil) throws -> (status: Int32, output: String) {
        let process = Process()
        process.executableURL = interpreter
        process.arguments = arguments
        let output = Pipe()
        let input = Pipe()
        process.standardOutput = output
        process.standardError = output
        process.standardInput = input
        try process.run()
        let writer = input.fileHandleForWriting
        let bytes = stdin ?? Data()
        Thread.detachNewThread {
            try? writer.write(contentsOf: bytes)
            try? writer.close()
        }
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }
}
