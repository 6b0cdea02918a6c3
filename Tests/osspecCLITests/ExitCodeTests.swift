import Foundation
import Testing

/// Exit codes of record: 0 no errors (warnings allowed), 1 errors (or warnings with --strict),
/// 2 usage or input error, with a one-line "Error: ..." on standard error.
@Suite("Exit codes and usage errors")
struct ExitCodeTests {
    static func run(_ arguments: [String]) throws -> RunResult {
        try OSSpec.run(arguments, directory: TestFiles.fixtures)
    }

    static let lintUsage = "Usage: osspec lint [<options>] <path> ...\n  See 'osspec lint --help' for more information.\n"

    @Test("Warnings only: exit 0, and the warning is printed")
    func warningsOnly() throws {
        let result = try Self.run(["lint", "warnings.osspec.yaml"])
        #expect(result.exitCode == 0, "\(result)")
        #expect(result.stdout.contains("warnings.osspec.yaml:15:11: warning: "))
        #expect(result.stdout.hasSuffix("\n1 warning in 1 file.\n"), "\(result)")
    }

    @Test(
        "A report that cannot be written (a full disk) is an error, not a clean exit",
        .enabled(if: FileManager.default.fileExists(atPath: "/dev/full"), "needs /dev/full (Linux)"))
    func unwritableOutput() throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = ["-c", "exec \"$0\" lint warnings.osspec.yaml > /dev/full", try OSSpecBinary.url().path]
        process.currentDirectoryURL = TestFiles.fixtures
        let errors = Pipe()
        process.standardError = errors
        try process.run()
        let message = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 2)
        #expect(message == "Error: Cannot write to standard output: no space left on device.\n")
    }

    @Test("Warnings with --strict: exit 1")
    func strict() throws {
        let result = try Self.run(["lint", "--strict", "warnings.osspec.yaml"])
        #expect(result.exitCode == 1, "\(result)")
        #expect(result.stdout.hasSuffix("\n1 warning in 1 file.\n"), "\(result)")
        #expect(result.stderr.isEmpty)
    }

    @Test("--quiet and -q print errors only")
    func quiet() throws {
        for flag in ["--quiet", "-q"] {
            let result = try Self.run(["lint", flag, "findings.osspec.yaml"])
            #expect(result.exitCode == 1, "\(result)")
            #expect(!result.stdout.contains("warning"), "\(flag): \(result)")
            #expect(!result.stdout.contains("yaml11-boolean"), "\(flag): \(result)")
            #expect(result.stdout.contains("findings.osspec.yaml:5:1: error: "))
            #expect(result.stdout.contains("findings.osspec.yaml:27:5: error: "))
            #expect(result.stdout.hasSuffix("\n2 errors in 1 file.\n"), "\(flag): \(result)")
        }
        let json = try Self.run(["lint", "--quiet", "--format", "json", "findings.osspec.yaml"])
        let report = try LintJSON(json)
        #expect(report.allDiagnostics.map(\.severity) == ["error", "error"])
        #expect(report.summary["warnings"] == 0)

        let warningsOnly = try Self.run(["lint", "--quiet", "warnings.osspec.yaml"])
        #expect(warningsOnly.exitCode == 0, "\(warningsOnly)")
        #expect(warningsOnly.stdout == "No problems in 1 file.\n")
    }

    @Test("Errors: exit 1")
    func errors() throws {
        let result = try Self.run(["lint", "findings.osspec.yaml"])
        #expect(result.exitCode == 1, "\(result)")
        #expect(result.stdout.hasSuffix("\n2 errors, 1 warning in 1 file.\n"))
        #expect(result.stderr.isEmpty)
    }

    @Test("Unknown option: exit 2 with did-you-mean and the usage line")
    func unknownOption() throws {
        let result = try Self.run(["lint", "--formt", "json", "findings.osspec.yaml"])
        #expect(result.exitCode == 2, "\(result)")
        #expect(result.stdout.isEmpty)
        #expect(result.stderr == "Error: Unknown option '--formt'. Did you mean '--format'?\n" + Self.lintUsage)
        #expect(result.stderr.split(separator: "\n").contains { $0.hasPrefix("Usage: ") })

        let short = try Self.run(["lint", "-x", "findings.osspec.yaml"])
        #expect(short.exitCode == 2, "\(short)")
        #expect(short.stderr.hasPrefix("Error: Unknown option '-x'.\n"), "\(short)")
    }

    @Test("Bad option values: exit 2 naming the option and the allowed values")
    func badValues() throws {
        let format = try Self.run(["lint", "--format", "xml", "findings.osspec.yaml"])
        #expect(format.exitCode == 2, "\(format)")
        #expect(format.stdout.isEmpty)
        #expect(format.stderr == "Error: The value 'xml' is invalid for '--format'. (values: text, json, sarif, github, junit)\n" + Self.lintUsage)

        let color = try Self.run(["lint", "--color", "sometimes", "findings.osspec.yaml"])
        #expect(color.exitCode == 2, "\(color)")
        #expect(color.stderr.hasPrefix("Error: The value 'sometimes' is invalid for '--color'."), "\(color)")

        let missingValue = try Self.run(["lint", "findings.osspec.yaml", "--format"])
        #expect(missingValue.exitCode == 2, "\(missingValue)")
        #expect(missingValue.stderr.hasPrefix("Error: Missing value for '--format <format>'.\n"), "\(missingValue)")

        for size in ["0", "-5", "lots"] {
            let result = try Self.run(["lint", "--max-file-size", size, "findings.osspec.yaml"])
            #expect(result.exitCode == 2, "\(size): \(result)")
            #expect(result.stderr.hasPrefix("Error: '--max-file-size' needs a whole number of bytes from 1 to 2147483647.\n"), "\(result)")
        }
        let depth = try Self.run(["lint", "--max-depth=0", "findings.osspec.yaml"])
        #expect(depth.exitCode == 2, "\(depth)")
        #expect(depth.stderr.hasPrefix("Error: '--max-depth' needs a whole number from 1 to 4096.\n"), "\(depth)")
        let tooDeep = try Self.run(["lint", "--max-depth", "1000000", "findings.osspec.yaml"])
        #expect(tooDeep.exitCode == 2, "\(tooDeep)")
        #expect(tooDeep.stderr.hasPrefix("Error: '--max-depth' needs a whole number from 1 to 4096.\n"), "\(tooDeep)")

        let flagWithValue = try Self.run(["lint", "--strict=yes", "findings.osspec.yaml"])
        #expect(flagWithValue.exitCode == 2, "\(flagWithValue)")
        #expect(flagWithValue.stderr.hasPrefix("Error: Option '--strict' takes no value.\n"), "\(flagWithValue)")
    }

    @Test("Missing file: exit 2 with one line naming it, and nothing linted")
    func missingFile() throws {
        let result = try Self.run(["lint", "findings.osspec.yaml", "no-such-spec.osspec.yaml"])
        #expect(result.exitCode == 2, "\(result)")
        #expect(result.stderr == "Error: Cannot read 'no-such-spec.osspec.yaml': no such file or directory.\n")
        #expect(result.stdout.isEmpty, "\(result)")
    }

    @Test("A file that cannot be read: exit 2", .enabled(if: getuid() != 0, "root can read a file without permissions"))
    func unreadable() throws {
        let directory = try TemporaryDirectory()
        let file = try directory.write("osspec: 1\n", to: "locked.osspec.yaml")
        try FileManager.default.setAttributes([.posixPermissions: 0o000], ofItemAtPath: file.path)
        defer { try? FileManager.default.setAttributes([.posixPermissions: 0o600], ofItemAtPath: file.path) }
        try #require(!FileManager.default.isReadableFile(atPath: file.path))
        let result = try OSSpec.run(["lint", file.path])
        #expect(result.exitCode == 2, "\(result)")
        #expect(result.stderr == "Error: Cannot read '\(file.path)': permission denied.\n", "\(result)")
        #expect(result.stdout.isEmpty, "\(result)")
    }

    @Test("No path: exit 2")
    func noPath() throws {
        for arguments in [["lint"], ["lint", "--strict"], ["lint", "--format", "json"]] {
            let result = try Self.run(arguments)
            #expect(result.exitCode == 2, "\(arguments): \(result)")
            #expect(result.stdout.isEmpty)
            #expect(result.stderr == "Error: Missing expected argument '<path> ...'.\n" + Self.lintUsage, "\(result)")
        }
    }

    @Test("Unknown subcommand: exit 2 with did-you-mean")
    func unknownSubcommand() throws {
        let result = try Self.run(["lnt", "findings.osspec.yaml"])
        #expect(result.exitCode == 2, "\(result)")
        #expect(result.stdout.isEmpty)
        #expect(
            result.stderr
                == "Error: Unknown command 'lnt'. Did you mean 'lint'?\nUsage: osspec <subcommand>\n  See 'osspec help' for more information.\n"
        )

        let helpTypo = try Self.run(["help", "lnt"])
        #expect(helpTypo.exitCode == 2, "\(helpTypo)")
        #expect(helpTypo.stderr.hasPrefix("Error: Unknown command 'lnt'. Did you mean 'lint'?\n"), "\(helpTypo)")

        let rootOption = try Self.run(["--verison"])
        #expect(rootOption.exitCode == 2, "\(rootOption)")
        #expect(rootOption.stderr.hasPrefix("Error: Unknown option '--verison'. Did you mean '--version'?\n"), "\(rootOption)")
    }

    @Test("No arguments at all: exit 2, with the overview on standard error")
    func noArguments() throws {
        let result = try Self.run([])
        #expect(result.exitCode == 2, "\(result)")
        #expect(result.stdout.isEmpty)
        #expect(result.stderr.hasPrefix("Error: Missing subcommand.\n"), "\(result)")
        #expect(result.stderr.contains("USAGE: osspec <subcommand>"), "\(result)")
        #expect(result.stderr.contains("SUBCOMMANDS:"), "\(result)")
    }

    @Test("--quiet with --strict shows the warnings that fail the run")
    func quietStrict() throws {
        let result = try Self.run(["lint", "--quiet", "--strict", "warnings.osspec.yaml"])
        #expect(result.exitCode == 1, "\(result)")
        #expect(result.stdout.contains("warning:"), "\(result)")
        #expect(result.stdout.hasSuffix("1 warning in 1 file.\n"), "\(result)")
    }

    @Test("A folder with no specs is an input error, not a clean run")
    func emptyFolder() throws {
        let directory = try TemporaryDirectory()
        _ = try directory.write("not a spec\n", to: "notes.yaml")
        let result = try OSSpec.run(["lint", directory.url.path])
        #expect(result.exitCode == 2, "\(result)")
        #expect(result.stderr.hasPrefix("Error: No spec files under '\(directory.url.path)'"), "\(result)")
        #expect(result.stdout.isEmpty, "\(result)")
    }

    @Test("A file named directly and through its folder is linted once")
    func namedTwice() throws {
        let specs = TestFiles.packageRoot.appendingPathComponent("specs")
        let result = try OSSpec.run(["lint", specs.path, specs.appendingPathComponent("minimal.osspec.yaml").path])
        #expect(result.exitCode == 0, "\(result)")
        #expect(result.stdout == "No problems in 3 files.\n", "\(result)")
    }

    @Test(
        "Stray arguments are usage errors",
        arguments: [
            (["--version", "extra"], "Error: Unexpected argument 'extra'.\n"),
            (["help", "lint", "extra"], "Error: Unexpected argument 'extra'.\n"),
            (["lint", "--stdin-filename", "x.yaml", "findings.osspec.yaml"],
                "Error: '--stdin-filename' names standard input, but no '-' is given.\n"),
            (["rules", "extra"], "Error: Unexpected argument 'extra'.\n"),
            (["explain"], "Error: Missing expected argument '<rule-id>'.\n"),
        ])
    func strayArguments(arguments: [String], message: String) throws {
        let result = try Self.run(arguments)
        #expect(result.exitCode == 2, "\(result)")
        #expect(result.stderr.hasPrefix(message), "\(result)")
    }

    @Test("'--' ends the options: a path that starts with '-' is a path")
    func doubleDash() throws {
        let directory = try TemporaryDirectory()
        let minimal = try TestFiles.bytes(TestFiles.specs.appendingPathComponent("minimal.osspec.yaml"))
        try directory.write(minimal, to: "--strict")
        let result = try OSSpec.run(["lint", "--format", "json", "--", "--strict"], directory: directory.url)
        #expect(result.exitCode == 0, "\(result)")
        #expect(try LintJSON(result).files.map(\.path) == ["--strict"])
    }
}
