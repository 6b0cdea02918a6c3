public import OSSpecPlatform

/// What a command may touch outside itself. The real one writes to the process's streams; tests
/// pass one that collects output, so the whole CLI runs in-process.
public struct CLIEnvironment {
    public var writeOutput: (String) -> Void
    public var writeError: (String) -> Void
    public var readStandardInput: (_ maxBytes: Int) throws(FileError) -> FileContents
    public var environmentVariable: (String) -> String?
    public var outputIsTerminal: Bool
    public var terminalWidth: Int
    /// Why writing to standard output failed, if it did (e.g. a full disk): the run must not
    /// then exit 0 as if its report had been delivered.
    public var outputFailure: () -> String?

    public init(
        writeOutput: @escaping (String) -> Void, writeError: @escaping (String) -> Void,
        readStandardInput: @escaping (_ maxBytes: Int) throws(FileError) -> FileContents,
        environmentVariable: @escaping (String) -> String?, outputIsTerminal: Bool, terminalWidth: Int,
        outputFailure: @escaping () -> String? = { nil }
    ) {
        self.outputFailure = outputFailure
        self.writeOutput = writeOutput
        self.writeError = writeError
        self.readStandardInput = readStandardInput
        self.environmentVariable = environmentVariable
        self.outputIsTerminal = outputIsTerminal
        self.terminalWidth = terminalWidth
    }

    /// The process's own streams and environment.
    public static func process() -> CLIEnvironment {
        let failure = WriteFailure()
        return CLIEnvironment(
            writeOutput: { text in
                if failure.reason == nil, let reason = FileDescriptorStream.standardOutput.writeReportingFailure(text) {
                    failure.reason = reason
                }
            },
            writeError: { text in
                var stream = FileDescriptorStream.standardError
                stream.write(text)
            },
            readStandardInput: { (maxBytes: Int) throws(FileError) -> FileContents in
                try FileSystem.readStandardInput(maxBytes: maxBytes)
            },
            environmentVariable: Terminal.environment,
            outputIsTerminal: Terminal.isTerminal(STDOUT_FILENO),
            terminalWidth: Terminal.width(of: STDOUT_FILENO),
            outputFailure: { failure.reason })
    }
}

/// The first failure to write standard output, shared by the closures of one environment.
private final class WriteFailure {
    var reason: String?
}

/// The exit statuses of record.
public enum ExitCode {
    /// No errors (warnings allowed unless --strict).
    public static let success: Int32 = 0
    /// Findings at or above the failing threshold.
    public static let findings: Int32 = 1
    /// Usage or input error.
    public static let usage: Int32 = 2
}
