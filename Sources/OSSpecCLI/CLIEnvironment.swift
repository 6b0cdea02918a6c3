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

    public init(
        writeOutput: @escaping (String) -> Void, writeError: @escaping (String) -> Void,
        readStandardInput: @escaping (_ maxBytes: Int) throws(FileError) -> FileContents,
        environmentVariable: @escaping (String) -> String?, outputIsTerminal: Bool, terminalWidth: Int
    ) {
        self.writeOutput = writeOutput
        self.writeError = writeError
        self.readStandardInput = readStandardInput
        self.environmentVariable = environmentVariable
        self.outputIsTerminal = outputIsTerminal
        self.terminalWidth = terminalWidth
    }

    /// The process's own streams and environment.
    public static func process() -> CLIEnvironment {
        CLIEnvironment(
            writeOutput: { text in
                var stream = FileDescriptorStream.standardOutput
                stream.write(text)
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
            terminalWidth: Terminal.width(of: STDOUT_FILENO))
    }
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
