import OSSpecKit
import Testing

@Suite("Argument parsing")
struct ArgumentParserTests {
    static let spec = CommandSpec(
        name: "demo", abstract: "A demo.",
        arguments: [ArgumentSpec("path", repeats: true, help: "Paths.")],
        options: [
            .value("format", valueName: "format", allowed: ["text", "json"], default: "text", help: "Output format."),
            .flag("strict", help: "Strict."),
            .flag("quiet", short: "q", help: "Quiet."),
        ])

    @Test("options in both spellings, flags, positionals, '-' and '--'")
    func parses() throws {
        let parsed = try ArgumentParser.parse(["a", "--format=json", "-q", "-", "--", "--strict"], for: Self.spec)
        #expect(parsed.value("format", in: Self.spec) == "json")
        #expect(parsed.flag("quiet"))
        #expect(!parsed.flag("strict"))
        #expect(parsed.positionals == ["a", "-", "--strict"])
        let spaced = try ArgumentParser.parse(["--format", "json"], for: Self.spec)
        #expect(spaced.value("format", in: Self.spec) == "json")
    }

    @Test("short options together, as getopt reads them: flags, then one that takes the rest or the next argument")
    func shortClusters() throws {
        let spec = CommandSpec(
            name: "demo", abstract: "A demo.", arguments: [ArgumentSpec("path", repeats: true, help: "Paths.")],
            options: [
                .flag("quiet", short: "q", help: "Quiet."),
                .flag("verbose", short: "v", help: "Verbose."),
                .value("jobs", short: "j", valueName: "count", help: "Threads."),
            ])
        for arguments in [["-qvj2", "a"], ["-qv", "-j2", "a"], ["-vqj", "2", "a"], ["-q", "-v", "-j", "2", "a"]] {
            let parsed = try ArgumentParser.parse(arguments, for: spec)
            #expect(parsed.flag("quiet") && parsed.flag("verbose"), "\(arguments)")
            #expect(parsed.value("jobs", in: spec) == "2", "\(arguments)")
            #expect(parsed.positionals == ["a"], "\(arguments)")
        }
        // A letter that is no short option spoils the whole argument, which is reported as written.
        #expect(throws: UsageError("Unknown option '-qx'.")) { try ArgumentParser.parse(["-qx"], for: spec) }
        #expect(throws: UsageError("Unknown option '-quiet'. Did you mean '--quiet'?")) { try ArgumentParser.parse(["-quiet"], for: spec) }
        // A long name after one dash is the long option misspelt, not a cluster (`-jobs` is not `-j obs`).
        #expect(throws: UsageError("Unknown option '-jobs'. Did you mean '--jobs'?")) { try ArgumentParser.parse(["-jobs", "4"], for: spec) }
        #expect(throws: UsageError("Unknown option '-jobs=4'. Did you mean '--jobs'?")) { try ArgumentParser.parse(["-jobs=4"], for: spec) }
        // The start of a long name too (`-job` is not `-j ob`).
        #expect(throws: UsageError("Unknown option '-job'. Did you mean '--jobs'?")) { try ArgumentParser.parse(["-job", "4"], for: spec) }
        #expect(throws: UsageError("Write '-j VALUE' or '--jobs=VALUE': in '-j=4' the value would start with '='.")) {
            try ArgumentParser.parse(["-j=4"], for: spec)
        }
        // The value comes from the argument's rest before the next argument.
        #expect(try ArgumentParser.parse(["-j8", "-q"], for: spec).value("jobs", in: spec) == "8")
        #expect(throws: UsageError("Missing value for '--jobs <count>' ('--quiet' is an option; write --jobs=VALUE for a value that starts with '--').")) {
            try ArgumentParser.parse(["-qj", "--quiet"], for: spec)
        }
    }

    @Test("defaults apply when an option is absent")
    func defaults() throws {
        #expect(try ArgumentParser.parse([], for: Self.spec).value("format", in: Self.spec) == "text")
    }

    @Test(
        "usage errors name the problem",
        arguments: [
            (["--formt", "json"], "Unknown option '--formt'. Did you mean '--format'?"),
            (["--format", "xml"], "The value 'xml' is invalid for '--format'. (values: text, json)"),
            (["--format", "jsn"], "The value 'jsn' is invalid for '--format'. Did you mean 'json'? (values: text, json)"),
            (["--format"], "Missing value for '--format <format>'."),
            (["--strict=yes"], "Option '--strict' takes no value."),
            (["-x"], "Unknown option '-x'."),
            (["-quiet"], "Unknown option '-quiet'. Did you mean '--quiet'?"),
            (["-formt=json"], "Unknown option '-formt=json'. Did you mean '--format'?"),
            // The next argument is an option, not a value ('--out --check' must not write to './--check').
            (["--format", "--strict"], "Missing value for '--format <format>' ('--strict' is an option; write --format=VALUE for a value that starts with '--')."),
            (["--format", "--"], "Missing value for '--format <format>' ('--' is an option; write --format=VALUE for a value that starts with '--')."),
        ])
    func errors(arguments: [String], message: String) {
        #expect(throws: UsageError(message)) { try ArgumentParser.parse(arguments, for: Self.spec) }
    }

    @Test("a value may start with one dash ('-' or a negative number), or with two after '='; it may not be empty")
    func dashValuesAndEmptyValues() throws {
        let spec = CommandSpec(name: "demo", abstract: "A demo.", arguments: [], options: [.value("name", valueName: "name", help: "A name.")])
        #expect(try ArgumentParser.parse(["--name", "-"], for: spec).value("name", in: spec) == "-")
        #expect(try ArgumentParser.parse(["--name", "-1"], for: spec).value("name", in: spec) == "-1")
        #expect(try ArgumentParser.parse(["--name=--x"], for: spec).value("name", in: spec) == "--x")
        #expect(throws: UsageError("The value of '--name' is empty.")) { try ArgumentParser.parse(["--name="], for: spec) }
        #expect(throws: UsageError("The value of '--name' is empty.")) { try ArgumentParser.parse(["--name", ""], for: spec) }
    }

    @Test("help lists every option with its values and default, padded to column 26")
    func help() {
        let text = HelpFormatter(width: 80).help(for: Self.spec)
        #expect(text.hasPrefix("OVERVIEW: A demo.\n\nUSAGE: osspec demo [<options>] <path> ...\n"))
        #expect(text.contains("\n  --format <format>       Output format. (values: text, json; default: text)\n"))
        #expect(text.contains("\n  -q, --quiet             Quiet.\n"))
        #expect(text.contains("\n  -h, --help              Show help information.\n"))
    }

    @Test("help wraps at the given width")
    func wraps() {
        let text = HelpFormatter(width: 40).help(for: Self.spec)
        let entries = text.split(separator: "\n").filter { $0.hasPrefix("  ") }
        #expect(entries.count >= 5)
        #expect(entries.allSatisfy { $0.count <= 40 }, "\(entries.filter { $0.count > 40 })")
    }
}
