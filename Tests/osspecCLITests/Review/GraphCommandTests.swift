import Foundation
import Testing

/// A structural reading of `osspec graph --format mermaid`: every line is one of the forms we
/// emit, every label is quoted and holds no raw quote or markup, every edge and class names a
/// declared node.
struct MermaidStructure {
    var nodes: [String: String] = [:]
    var edges: [(from: String, arrow: String, to: String)] = []
    var classes: [String: [String]] = [:]

    static let identifier = #"[A-Za-z][A-Za-z0-9_]*"#
    static let nodePattern = try! NSRegularExpression(
        pattern: #"^    ("# + identifier + #")(\[|\(\[|\{\{|\[/|\(\(\(|\[\()"([^"]*)"(\]|\]\)|\}\}|/\]|\)\)\)|\)\])$"#)
    static let edgePattern = try! NSRegularExpression(
        pattern: #"^    ("# + identifier + #") (-->|-\.->|-\.-|-\. "[^"]*" \.->) ("# + identifier + #")$"#)
    static let classDefPattern = try! NSRegularExpression(pattern: #"^    classDef [a-z]+ [a-z0-9:#,.\- ]+$"#)
    static let classPattern = try! NSRegularExpression(pattern: #"^    class ([A-Za-z0-9_,]+) ([a-z]+)$"#)

    struct Problem: Error, CustomStringConvertible { var description: String }

    init(_ text: String) throws {
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        guard lines.first == "flowchart TD" else { throw Problem(description: "does not start with 'flowchart TD'") }
        guard lines.last == "" else { throw Problem(description: "does not end with a newline") }
        lines.removeFirst()
        lines.removeLast()
        for line in lines {
            let range = NSRange(line.startIndex..., in: line)
            func group(_ match: NSTextCheckingResult, _ number: Int) -> String { String(line[Range(match.range(at: number), in: line)!]) }
            if let match = Self.nodePattern.firstMatch(in: line, range: range) {
                let id = group(match, 1)
                guard nodes[id] == nil else { throw Problem(description: "node \(id) declared twice") }
                let label = group(match, 3)
                // The only markup in a label is our own line break.
                guard !label.replacingOccurrences(of: "<br/>", with: "").contains(where: { "<>\"`\n".contains($0) }) else {
                    throw Problem(description: "unescaped markup in label: \(line)")
                }
                nodes[id] = label
            } else if let match = Self.edgePattern.firstMatch(in: line, range: range) {
                let edge = (group(match, 1), group(match, 2), group(match, 3))
                guard nodes[edge.0] != nil, nodes[edge.2] != nil else { throw Problem(description: "edge to an undeclared node: \(line)") }
                edges.append(edge)
            } else if Self.classDefPattern.firstMatch(in: line, range: range) != nil {
                continue
            } else if let match = Self.classPattern.firstMatch(in: line, range: range) {
                let members = group(match, 1).split(separator: ",").map(String.init)
                for member in members where nodes[member] == nil { throw Problem(description: "class of an undeclared node: \(line)") }
                classes[group(match, 2), default: []] += members
            } else {
                throw Problem(description: "unexpected line: \(line)")
            }
        }
    }
}

@Suite("osspec graph")
struct GraphCommandTests {
    @Test("Mermaid for every example spec, with tools and stores: well-formed, one node per process, one edge per handoff",
        arguments: ReviewFixtures.exampleSpecs)
    func mermaidExamples(spec: String) throws {
        for flags in [[], ["--tools"], ["--stores"], ["--tools", "--stores"]] {
            let result = try OSSpec.run(["graph"] + flags + [spec], directory: TestFiles.packageRoot)
            #expect(result.exitCode == 0, "\(result)")
            #expect(result.stderr.isEmpty, "\(result)")
            let structure = try MermaidStructure(result.stdout)
            #expect(structure.classes["entry"]?.count == 1)
            #expect(structure.nodes.keys.contains { $0.hasPrefix("p_") })
            if flags.contains("--tools") && spec.contains("interviewlm") {
                #expect(structure.nodes.keys.filter { $0.hasPrefix("t_") }.count == 5)
                #expect(structure.classes["approval"] == ["t_submit_scorecard"])
            }
            if flags.contains("--stores") && spec.contains("interviewlm") {
                #expect(structure.nodes.keys.filter { $0.hasPrefix("s_") }.count == 3)
            }
        }
        let interview = try MermaidStructure(try OSSpec.run(["graph", "specs/interviewlm.osspec.yaml"], directory: TestFiles.packageRoot).stdout)
        #expect(interview.nodes.count == 8)
        #expect(interview.edges.filter { $0.arrow == "-->" }.count == 14)
        #expect(interview.nodes["p_coordinator"] == "▶ coordinator<br/>large · 24,000 tokens")
    }

    @Test("Mermaid of a hostile spec: ids become safe identifiers, labels are entity-escaped")
    func mermaidHostile() throws {
        let result = try OSSpec.run(["graph", "--tools", "--stores", ReviewFixtures.hostile])
        #expect(result.exitCode == 0, "\(result)")
        #expect(result.stderr.contains("has lint errors"))
        let structure = try MermaidStructure(result.stdout)
        #expect(structure.nodes["p_evil_id"] == "▶ evil#34;id<br/>big#34;model · 4,000 tokens")
        // A tool named `end` (a Mermaid keyword) is a prefixed identifier.
        #expect(structure.nodes["t_end"] != nil)
        #expect(structure.nodes["t_tool_x"]?.hasPrefix("tool\\x<br/>write · human approval") == true)
        #expect(structure.nodes["s_st_ore_"] == "st#60;ore#62;<br/>document")
        let breakout = structure.nodes.first { $0.value.contains("click") }
        #expect(breakout?.value.contains("x#34;]; click x call alert(1) #37;#37; #35;35; |y| z #60;script#62;") == true)
        #expect(structure.classes["unreachable"]?.count == 1)
        #expect(!result.stdout.contains("<script"))
    }

    @Test(
        "DOT for every example spec renders with the real Graphviz",
        .enabled(if: ExternalTool.isAvailableOrRequired("dot"), "Graphviz 'dot' is not on PATH (apt-get install graphviz)"),
        arguments: ReviewFixtures.exampleSpecs + [ReviewFixtures.hostile])
    func dotRenders(spec: String) throws {
        let dot = try #require(ExternalTool.find("dot"), "Graphviz 'dot' is not on PATH; .ci/run installs it (apt-get install graphviz).")
        let result = try OSSpec.run(["graph", "--format", "dot", "--tools", "--stores", spec], directory: TestFiles.packageRoot)
        #expect(result.exitCode == 0, "\(result)")
        #expect(result.stdout.hasPrefix("digraph \""))
        let rendered = try ExternalTool.capture(dot, ["-Tsvg"], stdin: result.stdoutData)
        #expect(rendered.status == 0, "\(rendered.stderr)")
        #expect(rendered.stderr.isEmpty, "\(rendered.stderr)")
        #expect(rendered.stdout.contains("<svg"))
        let declared = result.stdout.split(separator: "\n").filter { $0.contains(" [label=") }.count
        let drawn = rendered.stdout.components(separatedBy: "class=\"node\"").count - 1
        #expect(drawn == declared, "every declared node is drawn, and no spec text created others")
        if spec == ReviewFixtures.hostile {
            // The ids survive the round trip through DOT's escapes exactly.
            #expect(rendered.stdout.contains("<title>process:evil&quot;id</title>"))
            // DOT keeps `\\` in ids (only `\"` is unescaped there) but renders labels exactly.
            #expect(rendered.stdout.contains("<title>tool:tool\\\\x</title>"))
            #expect(rendered.stdout.contains(">tool\\x</text>"))
            #expect(rendered.stdout.contains(">evil&quot;id</text>"))
            #expect(rendered.stdout.contains("<title>store:st&lt;ore&gt;</title>"))
            #expect(!rendered.stdout.contains("<script"))
        }
    }

    @Test("DOT escapes quotes and backslashes in ids and labels")
    func dotEscapes() throws {
        let result = try OSSpec.run(["graph", "--format", "dot", "--tools", ReviewFixtures.hostile])
        #expect(result.stdout.contains(#""process:evil\"id" [label="evil\"id\nbig\"model · 4,000 tokens""#))
        #expect(result.stdout.contains(#""tool:tool\\x" [label="tool\\x\nwrite · human approval""#))
        #expect(result.stdout.contains("peripheries=2"), "human approval is marked")
    }

    @Test("Usage: one spec, a known format")
    func usage() throws {
        let none = try OSSpec.run(["graph"])
        #expect(none.exitCode == 2)
        let badFormat = try OSSpec.run(["graph", "--format", "svg", "specs/minimal.osspec.yaml"], directory: TestFiles.packageRoot)
        #expect(badFormat.exitCode == 2)
    }
}
