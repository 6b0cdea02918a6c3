import Foundation
import Testing

@Suite("osspec table")
struct TableCommandTests {
    static let concepts = ["CPU", "RAM", "Filesystem", "Processes", "IPC", "Kernel", "User space"]

    /// The Markdown table's rows split into cells at unescaped `|`.
    static func cells(of line: String) -> [String] {
        var cells: [String] = []
        var current = ""
        var escaped = false
        for character in line {
            if escaped {
                current.append(character)
                escaped = false
            } else if character == "\\" {
                current.append(character)
                escaped = true
            } else if character == "|" {
                cells.append(current)
                current = ""
            } else {
                current.append(character)
            }
        }
        cells.append(current)
        // The leading and trailing pipes give empty first and last pieces.
        return cells.dropFirst().dropLast().map { $0.trimmingCharacters(in: .whitespaces) }
    }

    @Test("Every example spec gives the seven rows, three cells each, in order", arguments: ReviewFixtures.exampleSpecs)
    func examples(spec: String) throws {
        let result = try OSSpec.run(["table", spec], directory: TestFiles.packageRoot)
        #expect(result.exitCode == 0, "\(result)")
        #expect(result.stderr.isEmpty)
        let lines = result.stdout.split(separator: "\n").map(String.init)
        #expect(lines.count == 9, "\(result)")
        #expect(lines[0] == "| OS concept | LLM equivalent | This system |")
        #expect(lines[1] == "|---|---|---|")
        for (line, concept) in zip(lines.dropFirst(2), Self.concepts) {
            let cells = Self.cells(of: line)
            #expect(cells.count == 3, "\(line)")
            #expect(cells.first == concept)
            #expect(cells.last?.isEmpty == false)
        }
    }

    @Test("The kernel row reads as the issue's example")
    func kernelRow() throws {
        let result = try OSSpec.run(["table", "specs/interviewlm.osspec.yaml"], directory: TestFiles.packageRoot)
        #expect(result.stdout.contains(
            "| Kernel | orchestration layer | langgraph, entry coordinator, max 60 steps / 120 s, traces model_call, tool_call, handoff, checkpoint, approval, denial to otlp |"))
    }

    @Test("Availability keeps its nines: 0.999999 is not 100%")
    func availability() throws {
        let directory = try TemporaryDirectory()
        let spec = try String(contentsOf: TestFiles.packageRoot.appendingPathComponent("specs/interviewlm.osspec.yaml"), encoding: .utf8)
        #expect(spec.contains("availability: 0.999 }"))
        let file = try directory.write(spec.replacingOccurrences(of: "availability: 0.999 }", with: "availability: 0.999999 }"), to: "nines.osspec.yaml")
        let result = try OSSpec.run(["table", file.path])
        #expect(result.stdout.contains("p99 2000 ms, 99.9999% available |"), "\(result)")
        let nines = try directory.write(spec.replacingOccurrences(of: "availability: 0.999 }", with: "availability: 0.999999999 }"), to: "nines9.osspec.yaml")
        #expect(try OSSpec.run(["table", nines.path]).stdout.contains(", 99.9999999% available |"))
    }

    @Test("Rows marked n/a say so with the reason")
    func notApplicable() throws {
        let result = try OSSpec.run(["table", "specs/minimal.osspec.yaml"], directory: TestFiles.packageRoot)
        #expect(result.stdout.contains("| Filesystem | vector stores, memory, checkpoints | n/a: stateless, nothing is kept between runs |"))
        #expect(result.stdout.contains("| IPC | tool calls and handoffs | n/a: one agent with no tools |"))
    }

    @Test("Hostile text cannot break the Markdown table: pipes, backslashes, markup and newlines are escaped")
    func hostileMarkdown() throws {
        let result = try OSSpec.run(["table", ReviewFixtures.hostile])
        #expect(result.exitCode == 0, "\(result)")
        let lines = result.stdout.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let rows = lines.filter { $0.hasPrefix("| ") }
        #expect(rows.count == 8)
        for row in rows { #expect(Self.cells(of: row).count == 3, "\(row)") }
        #expect(!result.stdout.contains("<img"))
        #expect(!result.stdout.contains("<b>"))
        #expect(result.stdout.contains("open\\|ai"))
        #expect(result.stdout.contains("post\\\\gres"))
        #expect(result.stdout.contains("App &lt;img src=x onerror=alert(1)&gt;<br>line two"))
        #expect(result.stdout.contains("ümlaut-agent"))
        #expect(result.stdout.contains("the spec has lint errors") || result.stdout.contains("The spec has lint errors"))
    }

    @Test("Text format: aligned columns, control characters and newlines flattened")
    func textFormat() throws {
        let result = try OSSpec.run(["table", "--format", "text", ReviewFixtures.hostile])
        #expect(result.exitCode == 0)
        let lines = result.stdout.split(separator: "\n").map(String.init)
        #expect(lines[0].hasPrefix("OS concept  LLM equivalent"))
        let column = lines[0].range(of: "This system")!.lowerBound.utf16Offset(in: lines[0])
        for line in lines[2..<9] { #expect(line.utf16.count > column, "\(line)") }
        #expect(result.stdout.contains("App <img src=x onerror=alert(1)> line two"))
        #expect(result.stdout.contains("Note: the spec has lint errors (6 errors, 2 warnings)"))
    }

    @Test("A missing file is an input error (exit 2); git:REV:PATH reads from git")
    func inputs() throws {
        let missing = try OSSpec.run(["table", "nope.osspec.yaml"])
        #expect(missing.exitCode == 2)
        #expect(missing.stderr.contains("Cannot read 'nope.osspec.yaml'"))
        let badGit = try OSSpec.run(["table", "git:onlyrev"])
        #expect(badGit.exitCode == 2)
        #expect(badGit.stderr.contains("not of the form git:REV:PATH"))
    }

    @Test(
        "A failed git show is an input error even when the parent ignores SIGCHLD (git's exit status is still read)",
        .enabled(if: ExternalTool.find("python3") != nil, "needs python3 to hand SIGCHLD down ignored (a shell's trap does not)"))
    func gitFailureWithSIGCHLDIgnored() throws {
        let python = try #require(ExternalTool.find("python3"))
        let argument = "git:no-such-revision-\(UUID().uuidString):specs/minimal.osspec.yaml"
        // As some supervisors do: SIGCHLD ignored, then exec (ignored signals stay ignored).
        let program = "import os, signal, sys; signal.signal(signal.SIGCHLD, signal.SIG_IGN); os.execv(sys.argv[1], sys.argv[1:])"
        let process = Process()
        process.executableURL = python
        process.arguments = ["-c", program, try OSSpecBinary.url().path, "table", argument]
        process.currentDirectoryURL = TestFiles.packageRoot
        let errors = Pipe()
        process.standardOutput = FileHandle.nullDevice
        process.standardError = errors
        try process.run()
        let message = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 2, "\(message)")
        #expect(message.contains("Cannot read '\(argument)' from git"), "\(message)")
    }
}
