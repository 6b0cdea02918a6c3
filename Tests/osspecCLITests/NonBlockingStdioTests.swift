import Foundation
import Testing

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A parent may hand osspec a non-blocking pipe (O_NONBLOCK lives on the pipe, which the
/// child shares: Node.js and some CI runners do this). Then a read finding no data yet, or a
/// write finding the pipe full, fails with EAGAIN; that means "wait", not an I/O error.
@Suite("Non-blocking standard input and output")
struct NonBlockingStdioTests {
    static func spec() throws -> Data { try TestFiles.bytes(TestFiles.specs.appendingPathComponent("interviewlm.osspec.yaml")) }

    /// `lint --format sarif -` (about 240 KB of output, more than a pipe holds: 64 KiB on Linux,
    /// 16 to 64 KiB on macOS) with the spec written and the report read 0.3 s late.
    static func lateRun(nonBlockingInput: Bool, nonBlockingOutput: Bool) throws -> (status: Int32, output: Data, errors: String) {
        let process = Process()
        process.executableURL = try OSSpecBinary.url()
        process.arguments = ["lint", "--format", "sarif", "-"]
        process.environment = ["PATH": "/usr/bin:/bin", "LC_ALL": "C"]
        let input = Pipe()
        let output = Pipe()
        let errors = Pipe()
        process.standardInput = input
        process.standardOutput = output
        process.standardError = errors
        let childEnds = (nonBlockingInput ? [input.fileHandleForReading] : []) + (nonBlockingOutput ? [output.fileHandleForWriting] : [])
        for end in childEnds {
            #expect(fcntl(end.fileDescriptor, F_SETFL, fcntl(end.fileDescriptor, F_GETFL) | O_NONBLOCK) == 0)
        }
        try process.run()
        Thread.sleep(forTimeInterval: 0.3)
        // A child that quit early makes this write fail (EPIPE): SIGPIPE is ignored in the
        // test process (OSSpec.run, called before this, sees to it).
        try? input.fileHandleForWriting.write(contentsOf: try spec())
        try input.fileHandleForWriting.close()
        Thread.sleep(forTimeInterval: 0.3)
        let printed = output.fileHandleForReading.readDataToEndOfFile()
        let complaints = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, printed, String(decoding: complaints, as: UTF8.self))
    }

    static func expectedReport() throws -> Data {
        let expected = try OSSpec.run(["lint", "--format", "sarif", "-"], stdin: try spec())
        #expect(expected.exitCode == 0, "\(expected)")
        #expect(expected.stdoutData.count > 128 * 1024)
        return expected.stdoutData
    }

    @Test("a spec that arrives late on a non-blocking standard input is waited for", .timeLimit(.minutes(1)))
    func lateInput() throws {
        let expected = try Self.expectedReport()
        let run = try Self.lateRun(nonBlockingInput: true, nonBlockingOutput: false)
        #expect(run.status == 0, "\(run.errors)")
        #expect(run.errors.isEmpty, "\(run.errors)")
        #expect(run.output == expected)
    }

    @Test("a report larger than a non-blocking pipe that is read late is written whole", .timeLimit(.minutes(1)))
    func lateReader() throws {
        let expected = try Self.expectedReport()
        let run = try Self.lateRun(nonBlockingInput: false, nonBlockingOutput: true)
        #expect(run.status == 0, "\(run.errors)")
        #expect(run.errors.isEmpty, "\(run.errors)")
        #expect(run.output == expected)
    }
}
