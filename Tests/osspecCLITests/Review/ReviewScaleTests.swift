import Foundation
import Testing

/// A large spec (a ring of 2,000 agents, each with its own tool) stays fast: the reachable tools
/// of every process are computed at once, not by a walk from each, and the report caps what it
/// draws. A quadratic version of either takes minutes here.
@Suite("Review commands on a large spec")
struct ReviewScaleTests {
    static func ring(_ count: Int, brokenAt: Int? = nil) -> String {
        var lines = [
            "osspec: 1", "name: ring", "cpu:", "  default: m", "  models:",
            "    m: {provider: stub, model: x, context_window: 100000, cost: {input_per_mtok: 1, output_per_mtok: 2}}",
            "ram: {policy: sliding-window, default_budget_tokens: 1000}",
            "filesystem: {stores: {s: {kind: kv, backend: redis}}, checkpoints: {backend: redis, every: node}}", "processes:",
        ]
        for index in 0..<count {
            let next = index == brokenAt ? "" : "p\((index + 1) % count)"
            lines.append("  p\(index): {description: d, task: t, tools: [t\(index)], handoffs: [\(next)]}")
        }
        lines += ["ipc:", "  handoffs: {max_hops: 5}", "  tools:"]
        for index in 0..<count { lines.append("    t\(index): {scope: read, resource: s, description: d}") }
        lines += [
            "kernel:", "  orchestrator: swift", "  entry: p0", "  limits: {max_steps: 10, timeout_seconds: 10}",
            "  tracing: {enabled: true, exporter: stdout, events: [model_call, tool_call, handoff, checkpoint]}",
            "user_space: {app: a, interface: cli, isolation: per-session}",
        ]
        return lines.joined(separator: "\n") + "\n"
    }

    @Test("diff, report, cost, table and graph of 2,000 agents finish within the run's timeout")
    func large() throws {
        let directory = try TemporaryDirectory()
        let ring = try directory.write(Self.ring(2000), to: "ring.osspec.yaml").path
        let broken = try directory.write(Self.ring(2000, brokenAt: 1000), to: "broken.osspec.yaml").path
        let diff = try OSSpec.run(["diff", "--format", "json", broken, ring], timeout: .seconds(20))
        #expect(diff.exitCode == 0, "\(diff)")
        let summary = try #require(try diff.json()["summary"] as? [String: Int])
        #expect(summary["escalation"] == 1999, "all but p1001, which already reached every other tool, reach more")
        #expect(diff.stdout.contains("and 990 more through handoffs."))
        let report = try OSSpec.run(["report", ring], timeout: .seconds(20))
        #expect(report.exitCode == 0)
        #expect(report.stdout.contains("2000 processes are too many to draw legibly"))
        #expect(report.stdout.contains("Showing the first 120 of 2000 processes and the first 60 of 2000 tools."))
        #expect(report.stdout.utf8.count < 5_000_000)
        for command in [["cost"], ["table"], ["graph", "--tools"]] {
            let result = try OSSpec.run(command + [ring], timeout: .seconds(20))
            #expect(result.exitCode == 0, "\(command)")
        }
    }
}
