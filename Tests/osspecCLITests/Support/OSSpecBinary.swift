import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The `osspec` executable that `swift build` produced, run as a user would run it.
///
/// Found through `OSSPEC_BINARY` when that is set; otherwise beside the test product: the
/// products directory holds both `osspec` and `osspecPackageTests.xctest` (an executable on
/// Linux, a bundle on macOS), so the search walks up from the image that holds this code.
enum OSSpecBinary {
    struct NotFound: Error, CustomStringConvertible {
        let searched: [String]
        var description: String {
            "The built osspec executable was not found (searched: \(searched.joined(separator: ", "))). "
                + "Build it with `swift build --build-tests`, or set OSSPEC_BINARY to its path."
        }
    }

    /// The binary's location, or why it could not be found.
    static let location: Result<URL, NotFound> = locate()

    static func url() throws -> URL { try location.get() }

    private static func locate() -> Result<URL, NotFound> {
        if let explicit = ProcessInfo.processInfo.environment["OSSPEC_BINARY"], !explicit.isEmpty {
            let url = URL(fileURLWithPath: explicit)
            return isExecutableFile(url) ? .success(url) : .failure(NotFound(searched: ["OSSPEC_BINARY=\(explicit)"]))
        }
        var searched: [String] = []
        for start in startingPoints() {
            // At most four levels: macOS's bundle is <products>/X.xctest/Contents/MacOS/X.
            var directory = start.deletingLastPathComponent()
            for _ in 0..<4 {
                let candidate = directory.appendingPathComponent("osspec")
                if !searched.contains(directory.path) { searched.append(directory.path) }
                if isExecutableFile(candidate) { return .success(candidate) }
                let parent = directory.deletingLastPathComponent()
                if parent.path == directory.path { break }
                directory = parent
            }
        }
        return .failure(NotFound(searched: searched))
    }

    /// The image that holds this code (macOS), the running executable (Linux: the test product
    /// itself), argv[0], the main bundle and any loaded .xctest bundle.
    private static func startingPoints() -> [URL] {
        var points: [URL] = []
        #if canImport(Darwin)
        // The test bundle's image, wherever the runner (xctest, swiftpm-testing-helper) lives.
        var info = Dl_info()
        if dladdr(#dsohandle, &info) != 0, let name = info.dli_fname {
            points.append(URL(fileURLWithPath: String(cString: name)).resolvingSymlinksInPath())
        }
        #endif
        #if os(Linux)
        if let executable = try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe") {
            points.append(URL(fileURLWithPath: executable))
        }
        #endif
        if let first = CommandLine.arguments.first, first.contains("/") {
            points.append(URL(fileURLWithPath: first).resolvingSymlinksInPath())
        }
        // A child of the main bundle, so that the walk starts in the bundle's own directory.
        points.append(Bundle.main.bundleURL.appendingPathComponent("-"))
        for bundle in Bundle.allBundles where bundle.bundleURL.pathExtension == "xctest" {
            points.append(bundle.bundleURL)
        }
        return points
    }

    private static func isExecutableFile(_ url: URL) -> Bool {
        var isDirectory: ObjCBool = false
        return FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory) && !isDirectory.boolValue
            && FileManager.default.isExecutableFile(atPath: url.path)
    }
}

/// What one run of the binary did.
struct RunResult: Sendable, CustomStringConvertible {
    var exitCode: Int32
    /// True when the process died of a signal (then `exitCode` is the signal number).
    var killedBySignal: Bool
    /// True when the run exceeded its timeout and was killed.
    var timedOut: Bool
    var stdoutData: Data
    var stderrData: Data
    var wallTime: Duration

    var stdout: String { String(decoding: stdoutData, as: UTF8.self) }
    var stderr: String { String(decoding: stderrData, as: UTF8.self) }

    /// The standard output parsed as JSON (for `--format json`).
    func json() throws -> [String: Any] {
        guard let object = try JSONSerialization.jsonObject(with: stdoutData) as? [String: Any] else {
            throw JSONShapeError(text: stdout)
        }
        return object
    }

    var seconds: Double {
        let parts = wallTime.components
        return Double(parts.seconds) + Double(parts.attoseconds) / 1e18
    }

    /// For failure messages: everything there is to know about the run.
    var description: String {
        let how = timedOut ? "timed out" : killedBySignal ? "killed by signal \(exitCode)" : "exit \(exitCode)"
        let shownStdout = stdout.count > 4000 ? String(stdout.prefix(4000)) + "…" : stdout
        return "\(how) after \(String(format: "%.3f", seconds)) s\n--- stdout ---\n\(shownStdout)--- stderr ---\n\(stderr)"
    }
}

struct JSONShapeError: Error, CustomStringConvertible {
    let text: String
    var description: String { "Standard output is not a JSON object:\n\(text)" }
}

/// Collects a pipe's bytes on a thread of its own, so a full pipe never blocks the child.
private final class PipeDrain: @unchecked Sendable {
    private let lock = NSLock()
    private var data = Data()
    private let done = DispatchSemaphore(value: 0)

    init(_ handle: FileHandle) {
        Thread.detachNewThread { [self] in
            let bytes = handle.readDataToEndOfFile()
            lock.lock()
            data = bytes
            lock.unlock()
            done.signal()
        }
    }

    func wait() -> Data {
        done.wait()
        lock.lock()
        defer { lock.unlock() }
        return data
    }
}

/// Runs `osspec`: arguments, standard input, environment, working directory, timeout and,
/// on Linux, an address-space limit (`ulimit -v`, in KiB) applied by a `/bin/sh` that then
/// `exec`s the binary, so the limit and the measured process are the binary itself.
enum OSSpec {
    /// One GiB, the bound of issue 2's bad-input list.
    static let oneGiB = 1_048_576

    /// Writes to a pipe whose reader has exited must fail, not kill the test process.
    private static let ignoreSIGPIPE: Void = { _ = signal(SIGPIPE, SIG_IGN) }()

    static func run(
        _ arguments: [String],
        stdin: Data? = nil,
        environment: [String: String] = [:],
        directory: URL? = nil,
        timeout: Duration = .seconds(10),
        addressSpaceKiB: Int? = nil
    ) throws -> RunResult {
        _ = ignoreSIGPIPE
        let binary = try OSSpecBinary.url()
        let process = Process()
        #if os(Linux)
        if let addressSpaceKiB {
            process.executableURL = URL(fileURLWithPath: "/bin/sh")
            process.arguments = ["-c", "ulimit -v \(addressSpaceKiB) || exit 125; exec \"$0\" \"$@\"", binary.path] + arguments
        } else {
            process.executableURL = binary
            process.arguments = arguments
        }
        #else
        // macOS has no dependable RLIMIT_AS; run without the limit there.
        _ = addressSpaceKiB
        process.executableURL = binary
        process.arguments = arguments
        #endif
        // A small, fixed environment: nothing from the developer's shell (NO_COLOR, COLUMNS,
        // TERM) changes the output unless a test sets it.
        var fullEnvironment = ["PATH": "/usr/bin:/bin", "LC_ALL": "C"]
        fullEnvironment.merge(environment) { _, new in new }
        process.environment = fullEnvironment
        if let directory { process.currentDirectoryURL = directory }

        let outPipe = Pipe()
        let errPipe = Pipe()
        let inPipe = Pipe()
        process.standardOutput = outPipe
        process.standardError = errPipe
        process.standardInput = inPipe

        let finished = DispatchSemaphore(value: 0)
        process.terminationHandler = { _ in finished.signal() }
        let clock = ContinuousClock()
        let start = clock.now
        try process.run()
        let outDrain = PipeDrain(outPipe.fileHandleForReading)
        let errDrain = PipeDrain(errPipe.fileHandleForReading)
        let stdinWriter = inPipe.fileHandleForWriting
        let stdinBytes = stdin ?? Data()
        Thread.detachNewThread {
            // The child may exit before reading everything (EPIPE): that is its business.
            try? stdinWriter.write(contentsOf: stdinBytes)
            try? stdinWriter.close()
        }

        let timeoutNanoseconds = UInt64(timeout.components.seconds) * 1_000_000_000
            + UInt64(timeout.components.attoseconds / 1_000_000_000)
        var timedOut = false
        if finished.wait(timeout: .now() + .nanoseconds(Int(timeoutNanoseconds))) == .timedOut {
            timedOut = true
            kill(process.processIdentifier, SIGKILL)
            finished.wait()
        }
        let wallTime = clock.now - start
        let stdoutData = outDrain.wait()
        let stderrData = errDrain.wait()
        return RunResult(
            exitCode: process.terminationStatus,
            killedBySignal: process.terminationReason == .uncaughtSignal,
            timedOut: timedOut,
            stdoutData: stdoutData,
            stderrData: stderrData,
            wallTime: wallTime)
    }
}
