import Foundation
import Testing

@Suite("osspec diff")
struct DiffCommandTests {
    static let folder = ReviewFixtures.folder.appendingPathComponent("diff")
    static func pair(_ name: String) -> [String] {
        [folder.appendingPathComponent("base.osspec.yaml").path, folder.appendingPathComponent("\(name).osspec.yaml").path]
    }

    /// Each hand-made pair changes one thing; the expected kind of change, in the JSON output.
    static let escalations: [(fixture: String, kinds: [String])] = [
        ("tool-granted", ["tool-granted"]),
        ("reachable-tool-gained", ["reachable-tool-gained", "reachable-tool-gained"]),
        ("scope-widened", ["scope-widened"]),
        ("approval-removed", ["approval-removed"]),
        // front hands off to worker, so it reaches the grant too.
        ("wildcard-granted", ["reachable-wildcard-gained", "wildcard-granted"]),
        ("tracing-disabled", ["tracing-disabled"]),
        ("events-dropped", ["events-dropped"]),
        ("sampling-lowered", ["sampling-lowered"]),
        ("limits-loosened", ["max_steps-raised"]),
        ("budget-raised", ["budget-raised"]),
        ("isolation-weakened", ["isolation-weakened"]),
        ("redaction-dropped", ["redaction-dropped"]),
    ]

    struct DiffJSON {
        var summary: [String: Int]
        var changes: [[String: Any]]
        init(_ result: RunResult) throws {
            let object = try result.json()
            #expect(Set(object.keys) == ["old", "new", "summary", "changes"])
            summary = try #require(object["summary"] as? [String: Int])
            changes = try #require(object["changes"] as? [[String: Any]])
            for change in changes {
                #expect(Set(change.keys) == ["classification", "subject", "id", "kind", "message", "line", "side"])
            }
        }
        func kinds(_ classification: String) -> [String] {
            changes.filter { $0["classification"] as? String == classification }.compactMap { $0["kind"] as? String }
        }
    }

    @Test("Each escalation kind is classified as an escalation, and nothing else changes", arguments: escalations.map(\.fixture))
    func escalation(fixture: String) throws {
        let expected = Self.escalations.first { $0.fixture == fixture }!.kinds
        let result = try OSSpec.run(["diff", "--format", "json", "--fail-on", "escalation"] + Self.pair(fixture))
        #expect(result.exitCode == 1, "\(result)")
        let diff = try DiffJSON(result)
        #expect(diff.kinds("escalation") == expected, "\(result)")
        #expect(diff.summary["relaxation"] == 0)
        // Each change points at its line in the new spec, spec-wide settings included.
        for change in diff.changes {
            #expect(change["line"] is Int, "\(change)")
            #expect(change["side"] as? String == "new")
        }
        // Without --fail-on the same diff exits 0.
        #expect(try OSSpec.run(["diff"] + Self.pair(fixture)).exitCode == 0)
    }

    @Test("The reverse of each escalation is a relaxation", arguments: escalations.map(\.fixture))
    func relaxation(fixture: String) throws {
        let result = try OSSpec.run(["diff", "--format", "json", "--fail-on", "escalation"] + Self.pair(fixture).reversed())
        #expect(result.exitCode == 0, "\(result)")
        let diff = try DiffJSON(result)
        #expect(diff.summary["escalation"] == 0, "\(result)")
        #expect(diff.summary["relaxation", default: 0] >= 1, "\(result)")
    }

    @Test("Every other architectural change is neutral, in both directions, and --fail-on any sees it")
    func neutralChanges() throws {
        let expected: Set<String> = [
            "context-changed", "store-changed", "endpoint-changed", "prices-changed", "prompt-cache-changed", "paging-changed",
            "trace-endpoint-changed", "interface-changed", "concurrency-changed", "slo-changed", "checkpoints-changed",
        ]
        for pair in [Self.pair("neutral-changes"), Self.pair("neutral-changes").reversed()] {
            let result = try OSSpec.run(["diff", "--format", "json", "--fail-on", "any"] + pair)
            #expect(result.exitCode == 1, "\(result)")
            let diff = try DiffJSON(result)
            #expect(diff.summary["escalation"] == 0 && diff.summary["relaxation"] == 0, "\(result)")
            #expect(diff.kinds("neutral").count == expected.count && Set(diff.kinds("neutral")) == expected, "\(result)")
        }
        let text = try OSSpec.run(["diff"] + Self.pair("neutral-changes")).stdout
        #expect(text.contains("NEUTRAL     Checkpoints every turn on postgres, kept 7 days (was every node on postgres, kept 7 days). (new line 17)"))
        #expect(text.contains("NEUTRAL     Process 'front' sees context 'current_turn', 'plan' (was no context slots). (new line 19)"))
        #expect(text.contains("NEUTRAL     Traces are exported to 'http://otel-collector:4318' (was no endpoint). (new line 48)"))
    }

    @Test("A process left without a context budget is an escalation (unlimited RAM); getting one back a relaxation")
    func budgetRemoved() throws {
        let result = try OSSpec.run(["diff", "--format", "json", "--fail-on", "escalation"] + Self.pair("budget-removed"))
        #expect(result.exitCode == 1, "\(result)")
        let diff = try DiffJSON(result)
        #expect(diff.kinds("escalation") == ["budget-removed", "budget-removed", "default_budget_tokens-removed"], "\(result)")
        #expect(diff.changes.filter { $0["kind"] as? String == "budget-removed" }.compactMap { $0["id"] as? String } == ["front", "auditor"])
        #expect(try OSSpec.run(["diff"] + Self.pair("budget-removed")).stdout.contains(
            "ESCALATION  Process 'front' has no context budget any more (was 8,000 tokens): unlimited RAM. (new line 15)"))
        let reverse = try DiffJSON(try OSSpec.run(["diff", "--format", "json"] + Self.pair("budget-removed").reversed()))
        #expect(reverse.kinds("relaxation") == ["budget-added", "budget-added", "default_budget_tokens-added"])
        #expect(reverse.summary["escalation"] == 0)
    }

    @Test("Handing off to a process with a wildcard grant reaches every tool: an escalation")
    func wildcardReached() throws {
        let pair = [Self.folder.appendingPathComponent("wildcard-granted.osspec.yaml").path, Self.folder.appendingPathComponent("wildcard-reached.osspec.yaml").path]
        let result = try OSSpec.run(["diff", "--format", "json", "--fail-on", "escalation"] + pair)
        #expect(result.exitCode == 1, "\(result)")
        let diff = try DiffJSON(result)
        #expect(diff.kinds("escalation") == ["reachable-tool-gained", "reachable-wildcard-gained"], "\(result)")
        #expect(diff.changes.allSatisfy { $0["id"] as? String == "auditor" })
        let text = try OSSpec.run(["diff"] + pair).stdout
        #expect(text.contains("ESCALATION  Process 'auditor' can now reach a wildcard tool grant (every tool) through handoffs. (new line 27)"))
        let reverse = try DiffJSON(try OSSpec.run(["diff", "--format", "json"] + pair.reversed()))
        #expect(reverse.kinds("relaxation") == ["reachable-tool-lost", "reachable-wildcard-lost"])
        #expect(reverse.summary["escalation"] == 0)
    }

    @Test("Text-only edits (descriptions, comments, key order) are no architectural change")
    func textOnly() throws {
        let result = try OSSpec.run(["diff", "--fail-on", "any"] + Self.pair("text-only"))
        #expect(result.exitCode == 0, "\(result)")
        #expect(result.stdout.hasSuffix("No architectural changes.\n"))
        let any = try OSSpec.run(["diff", "--fail-on", "any"] + Self.pair("reachable-tool-gained"))
        #expect(any.exitCode == 1)
        #expect(any.stdout.contains("NEUTRAL     Process 'worker' may now hand off to 'auditor'."))
    }

    @Test("Markdown is made for a pull-request comment: heading, summary, one section per class")
    func markdown() throws {
        let result = try OSSpec.run(["diff", "--format", "markdown"] + Self.pair("reachable-tool-gained"))
        #expect(result.exitCode == 0)
        let lines = result.stdout.split(separator: "\n").map(String.init)
        #expect(lines.first == "### Architecture diff")
        #expect(result.stdout.contains("**2 escalations, 0 relaxations, 1 neutral change.**"))
        #expect(result.stdout.contains("#### Escalations (need a reviewer's decision) (2)"))
        #expect(result.stdout.contains("#### Neutral changes (1)"))
        #expect(!result.stdout.contains("#### Relaxations"))
        #expect(result.stdout.contains("- ⚠️ Process 'front' can now reach 'publish' through handoffs. (new line 16)"))
    }

    @Test("Spec text quoted in changes is escaped for each format")
    func hostileValues() throws {
        let pair = Self.pair("hostile-values")
        let text = try OSSpec.run(["diff"] + pair)
        #expect(text.exitCode == 0, "\(text)")
        #expect(text.stdout.contains("gpt <script>alert(1)</script> | `x` \\ \"q\" line2 ü"), "one line per change in text")
        #expect(text.stdout.split(separator: "\n").count == 5, "header, summary, three changes")
        let markdown = try OSSpec.run(["diff", "--format", "markdown"] + pair).stdout
        #expect(!markdown.contains("<script>"))
        #expect(!markdown.contains("<img"))
        #expect(markdown.contains("gpt &lt;script&gt;alert(1)&lt;/script&gt; \\| \\`x\\` \\\\ \"q\" line2 ü"))
        let json = try DiffJSON(try OSSpec.run(["diff", "--format", "json"] + pair))
        let messages = json.changes.compactMap { $0["message"] as? String }
        #expect(messages.contains("Model 'small' is openai gpt <script>alert(1)</script> | `x` \\ \"q\"\nline2 ü (was openai gpt-4.1-mini)."))
        #expect(json.kinds("escalation") == ["resource-changed"], "a tool now reaching outside the system")
    }

    @Test("Every example spec against itself: no changes; against each other: a full diff", arguments: ReviewFixtures.exampleSpecs)
    func examples(spec: String) throws {
        let same = try OSSpec.run(["diff", "--fail-on", "any", spec, spec], directory: TestFiles.packageRoot)
        #expect(same.exitCode == 0, "\(same)")
        for other in ReviewFixtures.exampleSpecs where other != spec {
            for format in ["text", "json", "markdown"] {
                let result = try OSSpec.run(["diff", "--format", format, spec, other], directory: TestFiles.packageRoot)
                #expect(result.exitCode == 0, "\(result)")
                #expect(result.stderr.isEmpty)
                if format == "json" { _ = try DiffJSON(result) }
            }
        }
    }

    @Test(
        "OLD may be git:REV:PATH, read from the repository of the working directory",
        .enabled(if: ExternalTool.isAvailableOrRequired("git"), "git is not on PATH"))
    func git() throws {
        let gitPath = try #require(ExternalTool.find("git"), "git is not on PATH")
        let directory = try TemporaryDirectory()
        let base = try String(contentsOfFile: Self.pair("tool-granted")[0], encoding: .utf8)
        let changed = try String(contentsOfFile: Self.pair("tool-granted")[1], encoding: .utf8)
        _ = try directory.write(base, to: "app.osspec.yaml")
        let repo = ["-C", directory.url.path]
        let identity = ["-c", "user.name=osspec tests", "-c", "user.email=tests@example.invalid", "-c", "commit.gpgsign=false"]
        for arguments in [["init", "-q"], ["add", "app.osspec.yaml"], identity + ["commit", "-q", "-m", "base"]] {
            let run = try ExternalTool.capture(gitPath, repo + arguments)
            try #require(run.status == 0, "\(run.stderr)")
        }
        _ = try directory.write(changed, to: "app.osspec.yaml")
        let result = try OSSpec.run(
            ["diff", "--fail-on", "escalation", "git:HEAD:app.osspec.yaml", "app.osspec.yaml"], directory: directory.url)
        #expect(result.exitCode == 1, "\(result)")
        #expect(result.stdout.contains("Architecture diff: git:HEAD:app.osspec.yaml -> app.osspec.yaml"))
        #expect(result.stdout.contains("ESCALATION  Process 'front' gains tool 'write_notes'."))
        let missing = try OSSpec.run(["diff", "git:HEAD:nope.yaml", "app.osspec.yaml"], directory: directory.url)
        #expect(missing.exitCode == 2)
        #expect(missing.stderr.contains("Cannot read 'git:HEAD:nope.yaml' from git"))
        let option = try OSSpec.run(["diff", "git:--output=/tmp/x:app.osspec.yaml", "app.osspec.yaml"], directory: directory.url)
        #expect(option.exitCode == 2, "a revision that looks like an option is refused")
    }

    @Test("A spec that does not read completely is refused with its findings (exit 1)")
    func refusesUnreadable() throws {
        let result = try OSSpec.run(["diff", Self.pair("base")[0], ReviewFixtures.hostile])
        #expect(result.exitCode == 1)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr.contains("Cannot compare a spec that does not read completely"))
        #expect(result.stderr.contains("[invalid-identifier]"))
    }

    @Test("Usage: exactly two specs")
    func usage() throws {
        #expect(try OSSpec.run(["diff", "a"]).exitCode == 2)
        #expect(try OSSpec.run(["diff", "--fail-on", "sometimes", "a", "b"]).exitCode == 2)
    }
}
