import Foundation
import Testing

/// Help and version: exit 0, on standard output, in the OVERVIEW / USAGE / OPTIONS layout.
@Suite("Help and version")
struct HelpTests {
    static func run(_ arguments: [String], columns: Int = 80) throws -> RunResult {
        try OSSpec.run(arguments, environment: ["COLUMNS": String(columns)])
    }

    @Test(
        "Every way of asking for help exits 0 and prints the sections to standard output",
        arguments: [["help"], ["--help"], ["-h"], ["help", "lint"], ["lint", "--help"], ["lint", "-h"]])
    func helpSections(arguments: [String]) throws {
        let result = try Self.run(arguments)
        #expect(result.exitCode == 0, "\(result)")
        #expect(result.stderr.isEmpty, "\(result)")
        let lines = result.stdout.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines.first?.hasPrefix("OVERVIEW: ") == true, "\(result)")
        #expect(lines.contains { $0.hasPrefix("USAGE: osspec ") }, "\(result)")
        #expect(lines.contains("OPTIONS:"), "\(result)")
        #expect(lines.contains { $0.hasPrefix("  -h, --help ") }, "\(result)")
        #expect(result.stdout.hasSuffix("\n"))
    }

    @Test("The root help lists the subcommands")
    func rootHelp() throws {
        let result = try Self.run(["help"])
        #expect(result.stdout.contains("USAGE: osspec <subcommand>\n"))
        #expect(result.stdout.contains("SUBCOMMANDS:\n  lint "))
        #expect(result.stdout.contains("\n  --version "))
        #expect(try Self.run(["--help"]).stdout == result.stdout)
        #expect(try Self.run(["-h"]).stdout == result.stdout)
    }

    @Test("The lint help: usage, every option, examples")
    func lintHelp() throws {
        let result = try Self.run(["lint", "--help"])
        let text = result.stdout
        #expect(text.contains("\nUSAGE: osspec lint [<options>] <path> ...\n"))
        #expect(text.contains("\nARGUMENTS:\n  <path> "))
        for option in [
            "--format <format>", "--strict", "-q, --quiet", "--color <when>", "--stdin-filename <name>",
            "--max-file-size <bytes>", "--max-depth <levels>", "--max-warnings <count>",
        ] {
            #expect(text.contains("\n  \(option) "), "\(option) missing from:\n\(text)")
        }
        let unwrapped = text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        #expect(unwrapped.contains("(values: text, json, sarif, github, junit; default: text)"))
        #expect(text.contains("\nEXAMPLES:\n  osspec lint "))
    }

    @Test("'osspec help lint', 'osspec lint --help' and 'osspec lint -h' are the same bytes")
    func sameHelp() throws {
        let help = try Self.run(["help", "lint"])
        let long = try Self.run(["lint", "--help"])
        let short = try Self.run(["lint", "-h"])
        #expect(help.stdoutData == long.stdoutData)
        #expect(help.stdoutData == short.stdoutData)
        // --help wins over other arguments, even a path that does not exist.
        let withPath = try Self.run(["lint", "--format", "json", "no-such-file", "--help"])
        #expect(withPath.exitCode == 0, "\(withPath)")
        #expect(withPath.stdoutData == help.stdoutData)
        // Also over a usage problem on the same line, and before the command's name.
        for arguments in [
            ["lint", "--bogus", "--help"], ["lint", "--format", "xml", "-h"], ["--help", "lint"], ["-h", "lint"], ["lint", "-qh", "--bogus"],
        ] {
            let result = try Self.run(arguments)
            #expect(result.exitCode == 0 && result.stdoutData == help.stdoutData, "\(arguments): \(result)")
        }
        // `help help` is the overview, as `help` alone is.
        let overview = try Self.run(["help"])
        for arguments in [["help", "help"], ["help", "--help"]] {
            let result = try Self.run(arguments)
            #expect(result.exitCode == 0 && result.stdoutData == overview.stdoutData, "\(arguments): \(result)")
        }
    }

    @Test("Help wraps at COLUMNS")
    func wrapping() throws {
        let narrow = try Self.run(["lint", "--help"], columns: 60)
        let wide = try Self.run(["lint", "--help"], columns: 200)
        #expect(narrow.exitCode == 0 && wide.exitCode == 0)
        #expect(narrow.stdout != wide.stdout)
        // The option and argument entries (label column plus wrapped help) fit in 60 columns.
        let lines = narrow.stdout.split(separator: "\n")
        let options = lines.drop { $0 != "ARGUMENTS:" }.prefix { $0 != "EXAMPLES:" }
        #expect(!options.isEmpty)
        for line in options {
            #expect(line.count <= 60, "\(line.count) columns: \(line)")
        }
        let overview = lines.filter { $0.hasPrefix("OVERVIEW:") }
        #expect(overview.count == 1)
        for line in overview {
            #expect(line.count <= 60, "\(line.count) columns: \(line)")
        }
    }

    @Test("--version prints only the version")
    func version() throws {
        let result = try Self.run(["--version"])
        #expect(result.exitCode == 0, "\(result)")
        #expect(result.stderr.isEmpty)
        #expect(result.stdout.wholeMatch(of: /\d+\.\d+\.\d+\n/) != nil, "\(result)")
    }
}
