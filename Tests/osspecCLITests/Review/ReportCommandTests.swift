import Foundation
import Testing

@Suite("osspec report")
struct ReportCommandTests {
    static let sectionIDs = ["summary", "os-table", "agent-graph", "permissions", "ram", "tracing", "cost", "findings"]

    /// The only elements the report may contain: spec text can never add another.
    static let allowedTags: Set<String> = [
        "!doctype", "html", "head", "meta", "title", "style", "body", "main", "section", "h1", "h2", "p", "dl", "dt", "dd", "span",
        "strong", "table", "thead", "tbody", "tr", "th", "td", "div", "svg", "defs", "marker", "path", "g", "rect", "text", "br",
        "ul", "li", "footer",
    ]

    static func tags(in html: String) -> Set<String> {
        let pattern = try! NSRegularExpression(pattern: #"<(!?[A-Za-z][A-Za-z0-9]*)"#)
        let range = NSRange(html.startIndex..., in: html)
        return Set(pattern.matches(in: html, range: range).map { String(html[Range($0.range(at: 1), in: html)!]).lowercased() })
    }

    static func render(_ spec: String, directory: URL? = TestFiles.packageRoot) throws -> (RunResult, String) {
        let output = try TemporaryDirectory()
        let file = output.url.appendingPathComponent("report.html")
        let result = try OSSpec.run(["report", "-o", file.path, spec], directory: directory)
        let html = (try? String(contentsOf: file, encoding: .utf8)) ?? ""
        return (result, html)
    }

    /// Self-contained: no scripts, nothing fetched from anywhere.
    static func expectSelfContained(_ html: String) {
        #expect(!html.lowercased().contains("<script"))
        let external = try! NSRegularExpression(pattern: #"(src|href)\s*=\s*["']?\s*(https?:)?//"#, options: [.caseInsensitive])
        #expect(external.firstMatch(in: html, range: NSRange(html.startIndex..., in: html)) == nil, "no src= or href= to http(s)")
        let sourceAttribute = try! NSRegularExpression(pattern: #"<[^>]*\s(src|href)\s*="#, options: [.caseInsensitive])
        #expect(sourceAttribute.firstMatch(in: html, range: NSRange(html.startIndex..., in: html)) == nil, "no src= or href= at all")
        #expect(!html.contains("@import"))
        #expect(!html.contains("url(http"))
        #expect(!html.contains("@font-face"))
    }

    @Test("Every example spec: one self-contained page with every section, in order", arguments: ReviewFixtures.exampleSpecs)
    func examples(spec: String) throws {
        let (result, html) = try Self.render(spec)
        #expect(result.exitCode == 0, "\(result)")
        #expect(result.stdout.isEmpty)
        #expect(html.hasPrefix("<!DOCTYPE html>"))
        Self.expectSelfContained(html)
        var last = html.startIndex
        for id in Self.sectionIDs {
            let range = try #require(html.range(of: "<section id=\"\(id)\">"), "section \(id)")
            #expect(range.lowerBound > last, "section \(id) in order")
            last = range.lowerBound
        }
        #expect(html.contains("@media (prefers-color-scheme: dark)"))
        #expect(html.contains("@media print"))
        #expect(html.contains("<svg class=\"agent-graph\""))
        #expect(Self.tags(in: html).isSubset(of: Self.allowedTags), "\(Self.tags(in: html).subtracting(Self.allowedTags))")
        // Standard output without -o.
        let stdout = try OSSpec.run(["report", spec], directory: TestFiles.packageRoot)
        #expect(stdout.stdout == html)
    }

    @Test("The agent graph: entry at the top, one box per process, handoffs down, cycles drawn back")
    func graph() throws {
        let (_, html) = try Self.render("specs/interviewlm.osspec.yaml")
        #expect(html.components(separatedBy: "<g class=\"node").count - 1 == 8)
        #expect(html.contains("<g class=\"node entry\"><title>coordinator (entry)</title><rect x=\"") )
        // The entry's box is the only one in the top row.
        let rows = try NSRegularExpression(pattern: #"<rect x="[0-9.]+" y="([0-9.]+)""#)
        let ys = rows.matches(in: html, range: NSRange(html.startIndex..., in: html)).map { Double(html[Range($0.range(at: 1), in: html)!])! }
        #expect(ys.count == 8)
        #expect(ys.filter { $0 == ys.min() }.count == 1)
        #expect(ys.first == ys.min(), "the entry is declared first and drawn highest")
        // 14 handoffs: 8 going down (coordinator to 7, none else down), 7 going back up or sideways... 
        let down = html.components(separatedBy: "<path class=\"edge\" ").count - 1
        let back = html.components(separatedBy: "<path class=\"edge back\" ").count - 1
        #expect(down + back == 14)
        #expect(back == 7, "six agents hand back to the coordinator, the evaluator hands sideways")
        #expect(html.contains("the handoffs form 1 cycle"))
    }

    @Test("Permissions: own and reachable cells, scope colour, approval marked")
    func permissions() throws {
        let (_, html) = try Self.render("specs/support-desk.osspec.yaml")
        #expect(html.contains("<td class=\"cell own scope-read\" title=\"holds it\">● own</td>"))
        #expect(html.contains("<td class=\"cell reachable scope-write\" title=\"through handoffs: refunds\">○ via refunds <span class=\"approval-mark\""))
        #expect(html.contains("<td class=\"cell own scope-write\" title=\"holds it\">● own <span class=\"approval-mark\""))
    }

    @Test("Permissions: a wildcard grant holds every tool, and is reached through handoffs like any tool")
    func wildcardPermissions() throws {
        let (result, html) = try Self.render(ReviewFixtures.folder.appendingPathComponent("diff/wildcard-reached.osspec.yaml").path, directory: nil)
        #expect(result.exitCode == 0, "\(result)")
        // worker holds "*" and write_notes: its own tool is own, the others come from the grant.
        #expect(html.contains("<tr><th scope=\"row\" class=\"mono\">worker</th><td class=\"cell own scope-read\" title=\"holds every tool: a wildcard grant\">● all</td><td class=\"cell own scope-write\" title=\"holds it\">● own</td>"))
        // auditor hands off to worker, so it reaches read_notes through the grant.
        #expect(html.contains("<tr><th scope=\"row\" class=\"mono\">auditor</th><td class=\"cell reachable scope-read\" title=\"through handoffs: worker\">○ via worker</td>"))
        #expect(html.contains("● all: a wildcard grant (every tool)"))
        let (_, plain) = try Self.render("specs/support-desk.osspec.yaml")
        #expect(!plain.contains("● all"), "no legend entry without a wildcard grant")
    }

    @Test("Permissions: a long way to a tool names the first processes, how many are left out, and the holder")
    func longWay() throws {
        var lines = ["osspec: 1", "name: chain", "cpu:", "  default: m", "  models:", "    m: { provider: openai, model: gpt-4.1, context_window: 10000 }",
                     "ram: { policy: sliding-window, default_budget_tokens: 1000 }", "filesystem: \"n/a: nothing is stored between runs\"", "processes:"]
        for index in 0..<12 {
            lines.append("  p\(index): { description: d, model: m, tools: [\(index == 11 ? "search" : "")], handoffs: [\(index < 11 ? "p\(index + 1)" : "")] }")
        }
        lines += ["ipc:", "  tools:", "    search: { scope: read, resource: \"external:web\", description: Searches }", "kernel:", "  orchestrator: swift",
                  "  entry: p0", "  limits: { max_steps: 10, timeout_seconds: 30 }",
                  "  tracing: { enabled: true, exporter: stdout, events: [model_call], redact: [secrets] }",
                  "user_space: { app: A, interface: cli, isolation: per-session }"]
        let directory = try TemporaryDirectory()
        let file = try directory.write(lines.joined(separator: "\n") + "\n", to: "chain.osspec.yaml")
        let (result, html) = try Self.render(file.path, directory: nil)
        #expect(result.exitCode == 0, "\(result)")
        #expect(html.contains("title=\"through handoffs: p1 → p2 → p3 → p4 → p5 → p6 → p7 → p8 → … 2 more → p11\">○ via p1</td>"), "\(result)")
        #expect(html.contains("title=\"through handoffs: p2 → p3 → p4 → p5 → p6 → p7 → p8 → p9 → … 1 more → p11\">○ via p2</td>"))
        #expect(html.contains("title=\"through handoffs: p3 → p4 → p5 → p6 → p7 → p8 → p9 → p10 → p11\">○ via p3</td>"))
    }

    @Test("RAM, tracing and cost sections carry the numbers")
    func numbers() throws {
        let (_, html) = try Self.render("specs/interviewlm.osspec.yaml")
        // evaluator: 48,000 of 200,000 - 8,192 = 191,808 usable.
        #expect(html.contains("<td class=\"mono\">evaluator</td><td class=\"mono\">large</td><td class=\"number\">48,000</td><td class=\"number\">191,808</td><td class=\"number\">25%</td>"))
        #expect(html.contains("Coverage: 5 of 5 required event kinds traced."))
        #expect(html.contains("Prompt-cache savings: $"))
        let (_, minimal) = try Self.render("specs/minimal.osspec.yaml")
        #expect(minimal.contains("Unknown prices: <span class=\"mono\">main</span>"))
        #expect(minimal.contains("No tools are declared"))
    }

    @Test("A hostile spec: every value escaped, no markup from the spec, findings listed with their lines")
    func hostile() throws {
        let (result, html) = try Self.render(ReviewFixtures.hostile, directory: nil)
        #expect(result.exitCode == 0, "\(result)")
        #expect(result.stderr.contains("has lint errors"))
        Self.expectSelfContained(html)
        #expect(Self.tags(in: html).isSubset(of: Self.allowedTags), "\(Self.tags(in: html).subtracting(Self.allowedTags))")
        #expect(!html.contains("<img"))
        #expect(!html.contains("<b>"))
        #expect(html.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;"))
        #expect(html.contains("App &lt;img src=x onerror=alert(1)&gt;"))
        #expect(html.contains("evil&quot;id"))
        #expect(html.contains("ünïcødé 🚀"))
        #expect(html.contains("This spec has lint errors"))
        #expect(html.contains("Not estimated: the spec does not read completely"))
        let lint = try LintJSON(try OSSpec.run(["lint", "--format", "json", ReviewFixtures.hostile]))
        let diagnostics = lint.allDiagnostics
        #expect(!diagnostics.isEmpty)
        for diagnostic in diagnostics {
            #expect(html.contains("<td class=\"number\">\(diagnostic.line):\(diagnostic.column)</td><td class=\"mono\">\(diagnostic.rule)</td>"),
                "finding \(diagnostic.rule) at \(diagnostic.line):\(diagnostic.column)")
        }
    }

    @Test("The header's SHA-256 is the file's")
    func hash() throws {
        guard let sha256sum = ExternalTool.find("sha256sum") else { return }
        let spec = TestFiles.specs.appendingPathComponent("support-desk.osspec.yaml").path
        let expected = try ExternalTool.capture(sha256sum, [spec]).stdout.prefix(64)
        let (_, html) = try Self.render(spec, directory: nil)
        #expect(html.contains("<dt>SHA-256</dt><dd class=\"mono\" title=\"\(expected)\">\(expected)</dd>"))
    }

    @Test("-o follows a symbolic link to its file; a folder, a pipe or a device is refused and stays as it was")
    func outputThroughLinks() throws {
        let directory = try TemporaryDirectory()
        let target = try directory.write("old\n", to: "site.html")
        let link = directory.url.appendingPathComponent("report.html")
        try FileManager.default.createSymbolicLink(atPath: link.path, withDestinationPath: "site.html")
        let spec = "specs/minimal.osspec.yaml"
        let linked = try OSSpec.run(["report", "-o", link.path, spec], directory: TestFiles.packageRoot)
        #expect(linked.exitCode == 0, "\(linked)")
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: link.path) == "site.html")
        #expect(try String(contentsOf: target, encoding: .utf8).hasPrefix("<!DOCTYPE html>"))
        // A pipe stands for any device (as root, /dev/null would have become a file for everyone).
        let pipe = directory.url.appendingPathComponent("pipe.html").path
        try #require(mkfifo(pipe, 0o600) == 0)
        let refused = try OSSpec.run(["report", "-o", pipe, spec], directory: TestFiles.packageRoot)
        #expect(refused.exitCode == 2)
        #expect(refused.stderr == "Error: Cannot write '\(pipe)': it is not a regular file (a device, a pipe or a socket); for standard output use '-'.\n")
        #expect(try FileManager.default.attributesOfItem(atPath: pipe)[.type] as? FileAttributeType != .typeRegular)  // still the pipe
        let folder = try OSSpec.run(["report", "-o", directory.url.path, spec], directory: TestFiles.packageRoot)
        #expect(folder.exitCode == 2 && folder.stderr.contains("is a folder"), "\(folder)")
    }

    @Test("An unwritable output is an input error (exit 2)")
    func unwritable() throws {
        let result = try OSSpec.run(["report", "-o", "/nonexistent-dir/x.html", "specs/minimal.osspec.yaml"], directory: TestFiles.packageRoot)
        #expect(result.exitCode == 2)
        #expect(result.stderr.contains("Cannot write '/nonexistent-dir/x.html'"))
    }
}
