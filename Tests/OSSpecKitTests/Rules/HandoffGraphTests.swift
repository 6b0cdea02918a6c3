import OSSpecKit
import Testing

/// The graph walks the permission, reference and kernel rules rely on: each is linear, and
/// none recurses, so huge or deeply chained specs cannot blow the stack.
@Suite("Handoff graph")
struct HandoffGraphTests {
    /// A spec whose processes hand off as `edges` says (process names p0, p1, ...).
    static func context(processes count: Int, edges: [(Int, Int)]) throws -> RuleContext {
        var text = """
            osspec: 1
            name: graph
            cpu: { default: m, models: { m: { provider: stub, model: m, context_window: 1000 } } }
            ram: { policy: sliding-window, default_budget_tokens: 100 }
            filesystem: "n/a: nothing is stored here"
            ipc: "n/a: no tools at all"
            kernel: { orchestrator: swift, entry: p0, limits: { max_steps: 5, timeout_seconds: 5 } }
            user_space: "n/a: a library call only"
            processes:\n
            """
        var targetsOf = [[String]](repeating: [], count: count)
        for (source, target) in edges { targetsOf[source].append("p\(target)") }
        for index in 0..<count {
            let targets = targetsOf[index].joined(separator: ", ")
            text += "  p\(index): { description: d, task: t, tools: [], handoffs: [\(targets)] }\n"
        }
        let loaded = YAMLLoader().load(Array(text.utf8))
        let document = try #require(loaded.document)
        let spec = try #require(SpecDecoder.decode(document).spec)
        return RuleContext(spec: spec)
    }

    @Test("reachability follows handoffs from the start")
    func reachability() throws {
        let graph = try Self.context(processes: 4, edges: [(0, 1), (1, 2)]).graph
        #expect(graph.reachable(from: 0) == [true, true, true, false])
        #expect(graph.reachable(from: 2) == [false, false, true, false])
    }

    @Test("nearest finds the shortest way to any target, and path follows it")
    func nearest() throws {
        // 0 -> 1 -> 2 -> 3 and 0 -> 3: the short way from 0 is the direct handoff.
        let graph = try Self.context(processes: 5, edges: [(0, 1), (1, 2), (2, 3), (0, 3)]).graph
        let routes = graph.nearest(to: [false, false, false, true, false])
        #expect(routes[0]?.distance == 1)
        #expect(graph.path(from: 0, along: routes) == [0, 3])
        #expect(graph.path(from: 1, along: routes) == [1, 2, 3])
        #expect(routes[3]?.distance == 0)
        #expect(routes[4] == nil)
    }

    @Test("cycles: components with a cycle, self-loops included; one cycle through a process")
    func cycles() throws {
        let graph = try Self.context(processes: 6, edges: [(0, 1), (1, 2), (2, 0), (3, 3), (4, 5)]).graph
        #expect(graph.cycles() == [[0, 1, 2], [3]])
        #expect(graph.cycle(through: 0, within: [0, 1, 2]) == [0, 1, 2])
        #expect(graph.cycle(through: 3, within: [3]) == [3])
    }

    @Test("a 20,000-process chain is walked without recursion")
    func longChain() throws {
        let count = 20_000
        let edges = (0..<(count - 1)).map { ($0, $0 + 1) } + [(count - 1, 0)]
        let context = try Self.context(processes: count, edges: edges)
        #expect(context.graph.reachable(from: 0).allSatisfy { $0 })
        let cycles = context.graph.cycles()
        #expect(cycles.count == 1)
        #expect(cycles.first?.count == count)
        let routes = context.graph.nearest(to: (0..<count).map { $0 == count - 1 })
        #expect(routes[0]?.distance == count - 1)
        #expect(context.describePath(context.graph.path(from: 0, along: routes)).contains("... (19992 more)"))
    }
}
