import Foundation
import Testing

@Suite("osspec cost")
struct CostCommandTests {
    static let partial = ReviewFixtures.path("cost-partial.osspec.yaml")

    @Test("Every example spec: text and JSON, every assumption printed", arguments: ReviewFixtures.exampleSpecs)
    func examples(spec: String) throws {
        let text = try OSSpec.run(["cost", spec], directory: TestFiles.packageRoot)
        #expect(text.exitCode == 0, "\(text)")
        #expect(text.stderr.isEmpty)
        for heading in ["Assumptions:", "Per session, by process:", "Per session, by model:", "Totals:"] {
            #expect(text.stdout.contains("\n\(heading)\n"), "\(heading)")
        }
        let json = try OSSpec.run(["cost", "--format", "json", spec], directory: TestFiles.packageRoot)
        #expect(json.exitCode == 0)
        let object = try json.json()
        #expect(Set(object.keys) == ["spec", "sessions", "steps", "assumptions", "processes", "models", "totals", "unknown_prices"])
        let assumptions = try #require(object["assumptions"] as? [String])
        #expect(assumptions.count >= 6)
        // The text prints the same assumptions, one per line.
        for assumption in assumptions { #expect(text.stdout.contains("  - \(assumption)\n")) }
    }

    @Test("The arithmetic: one call per process, prices per million tokens")
    func arithmetic() throws {
        let result = try OSSpec.run(
            ["cost", "--format", "json", "--steps", "8", "--sessions", "1", "--output-tokens", "1000", "specs/interviewlm.osspec.yaml"],
            directory: TestFiles.packageRoot)
        #expect(result.exitCode == 0, "\(result)")
        let object = try result.json()
        let models = try #require(object["models"] as? [[String: Any]])
        let large = try #require(models.first { $0["model"] as? String == "large" })
        let small = try #require(models.first { $0["model"] as? String == "small" })
        // large: coordinator 24,000 + three personas 4,000 each + evaluator 48,000 in; 5 x 1,000 out.
        #expect(large["input_tokens"] as? Int == 84_000)
        #expect(large["output_tokens"] as? Int == 5_000)
        #expect(abs((large["usd_per_session"] as? Double ?? 0) - (84_000 * 3 + 5_000 * 15) / 1e6) < 1e-9)
        // One session, one call each: the kernel-scoped cache has nothing to reuse yet.
        #expect(large["cached_input_tokens"] as? Int == 0)
        #expect(abs((small["usd_per_session"] as? Double ?? 0) - (24_000 * 1 + 3_000 * 5) / 1e6) < 1e-9)
        let totals = try #require(object["totals"] as? [String: Any])
        #expect(totals["complete"] as? Bool == true)
        #expect(totals["tokens_per_session"] as? Int == 84_000 + 5_000 + 24_000 + 3_000)
    }

    @Test("Prompt-cache savings appear when the cache is on and prompts repeat")
    func cacheSavings() throws {
        let result = try OSSpec.run(["cost", "specs/interviewlm.osspec.yaml"], directory: TestFiles.packageRoot)
        #expect(result.stdout.contains("  prompt-cache savings:  $"))
        let off = try OSSpec.run(["cost", "specs/support-desk.osspec.yaml"], directory: TestFiles.packageRoot)
        #expect(!off.stdout.contains("prompt-cache savings"))
        #expect(off.stdout.contains("No prompt cache"))
    }

    @Test("Models without prices are unknown, never zero")
    func unknownPrices() throws {
        let result = try OSSpec.run(["cost", Self.partial])
        #expect(result.exitCode == 0, "\(result)")
        #expect(result.stdout.contains("  unpriced         2,000       0          2,000  unknown\n"))
        #expect(result.stdout.contains("  per session:  7,000 tokens, $0.0120 + unknown\n"))
        #expect(result.stdout.contains("Unknown prices (not counted in the dollar totals):\n  - model 'unpriced': no input_per_mtok, output_per_mtok"))
        #expect(result.stdout.contains("(more for models without a cached price)"))
        let json = try OSSpec.run(["cost", "--format", "json", Self.partial]).json()
        #expect(json["unknown_prices"] as? [String] == ["unpriced"])
        let models = try #require(json["models"] as? [[String: Any]])
        #expect(models.first { $0["model"] as? String == "unpriced" }?["usd_per_session"] is NSNull)
        #expect((json["totals"] as? [String: Any])?["complete"] as? Bool == false)

        let none = try OSSpec.run(["cost", "specs/minimal.osspec.yaml"], directory: TestFiles.packageRoot)
        #expect(none.stdout.contains("25,480 tokens, unknown (no model has prices)"))
        #expect(!none.stdout.contains("$0.0000"))
    }

    @Test("Without a context budget a call's input fills the model's window; without a model it is unknown, and said so")
    func noBudget() throws {
        let result = try OSSpec.run(["cost", ReviewFixtures.path("cost-no-budget.osspec.yaml")])
        #expect(result.exitCode == 0, "\(result)")
        #expect(result.stdout.contains(
            "  - No context budget for processes 'planner', 'writer': each call's input fills its model's context_window less max_output_tokens.\n"))
        #expect(result.stdout.contains("  - No context budget for process 'orphan', and no window to fill instead (no model, or a context_window no larger than max_output_tokens): input tokens unknown, counted as 0, so the totals are too low.\n"))
        let json = try OSSpec.run(["cost", "--format", "json", ReviewFixtures.path("cost-no-budget.osspec.yaml")]).json()
        #expect(json["unknown_prices"] as? [String] == [], "a process without a model is no model with unknown prices")
        let (report, html) = try ReportCommandTests.render(ReviewFixtures.path("cost-no-budget.osspec.yaml"), directory: nil)
        #expect(report.exitCode == 0, "\(report)")
        #expect(html.contains("Processes without a model: no price applies") && !html.contains("(no model)</span>"))
        // 10,000 window less 1,000 output; 8,000 with no output limit; the orphan's input is unknown.
        #expect(result.stdout.contains("  planner  windowed      1         9,000       0          1,000\n"))
        #expect(result.stdout.contains("  writer       open      1         8,000       0          1,000\n"))
        #expect(result.stdout.contains("  per session:  20,000 tokens, $0.0210 + unknown\n"))
        #expect(result.stdout.contains("  - processes without a model: no price applies; 1,000 tokens per session\n"))
        #expect(!result.stdout.contains("cpu.models.(no model)"))
    }

    @Test("Totals past what an integer holds are printed, never a crash")
    func hugeTotals() throws {
        let result = try OSSpec.run(
            ["cost", "--sessions", "1000000000", "--steps", "1000000", "specs/interviewlm.osspec.yaml"], directory: TestFiles.packageRoot)
        #expect(result.exitCode == 0, "\(result)")
        #expect(result.stdout.contains("  per 1,000,000,000 sessions:  2.0156e+19 tokens, $"), "\(result)")
        let directory = try TemporaryDirectory()
        let spec = try String(contentsOf: TestFiles.packageRoot.appendingPathComponent("specs/interviewlm.osspec.yaml"), encoding: .utf8)
            .replacingOccurrences(of: "max_steps: 60", with: "max_steps: 1000000000000000")
        let file = try directory.write(spec, to: "huge.osspec.yaml")
        #expect(try OSSpec.run(["cost", file.path]).exitCode == 0)
        let report = try OSSpec.run(["report", "-o", directory.url.appendingPathComponent("report.html").path, file.path])
        #expect(report.exitCode == 0, "\(report)")
    }

    @Test("A small share of calls is never printed as 0")
    func smallShares() throws {
        var lines = ["osspec: 1", "name: many", "cpu:", "  default: m", "  models:", "    m: { provider: openai, model: gpt-4.1, context_window: 10000 }",
                     "ram: { policy: sliding-window, default_budget_tokens: 3 }", "filesystem: \"n/a: nothing is stored between runs\"", "processes:"]
        for index in 0..<300 { lines.append("  p\(index): { description: d, model: m, tools: [], handoffs: [\(index < 299 ? "p\(index + 1)" : "")] }") }
        lines += ["ipc: { tools: {} }", "kernel:", "  orchestrator: swift", "  entry: p0", "  limits: { max_steps: 1, timeout_seconds: 30 }",
                  "  tracing: { enabled: true, exporter: stdout, events: [model_call], redact: [secrets] }",
                  "user_space: { app: A, interface: cli, isolation: per-session }"]
        let directory = try TemporaryDirectory()
        let file = try directory.write(lines.joined(separator: "\n") + "\n", to: "many.osspec.yaml")
        let result = try OSSpec.run(["cost", file.path])
        #expect(result.exitCode == 0, "\(result)")
        #expect(result.stdout.contains("reachable from the entry 'p0' (0.0033 each)."), "\(result)")
        #expect(result.stdout.split(separator: "\n").contains { $0.hasPrefix("  p0 ") && $0.contains(" 0.0033 ") }, "\(result)")
    }

    @Test("A spec that does not read completely is refused (exit 1); bad numbers are usage errors (exit 2)")
    func refusals() throws {
        let hostile = try OSSpec.run(["cost", ReviewFixtures.hostile])
        #expect(hostile.exitCode == 1)
        #expect(hostile.stderr.contains("Cannot estimate the cost of a spec that does not read completely"))
        for bad in [["--sessions", "0"], ["--steps", "-3"], ["--output-tokens", "many"], ["--sessions", "99999999999"]] {
            let result = try OSSpec.run(["cost"] + bad + ["specs/minimal.osspec.yaml"], directory: TestFiles.packageRoot)
            #expect(result.exitCode == 2, "\(bad)")
        }
    }
}
