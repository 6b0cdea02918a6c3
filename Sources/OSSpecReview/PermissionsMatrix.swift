public import OSSpecModel
internal import OSSpecRules

/// Processes x tools: which tools each process holds, and which it can reach by handing off to
/// a process that holds them (the shortest such way), with each tool's scope and approval.
public struct PermissionsMatrix: Sendable {
    public enum Cell: Sendable, Hashable {
        case none
        case own
        /// Held through a wildcard grant (`"*"`): every tool.
        case wildcard
        /// Reachable by handoffs; the processes on the way, the holder last.
        case reachable(path: [String])
    }

    public struct Column: Sendable {
        public let tool: String
        public let scope: ToolScope?
        public let needsApproval: Bool
    }

    public let processes: [String]
    public let columns: [Column]
    /// How many processes and tools the spec has; the matrix shows at most `maxRows` x `maxColumns`.
    public let totalProcesses: Int
    public let totalTools: Int
    public static let maxRows = 120
    public static let maxColumns = 60
    /// `cells[process][tool]`.
    public let cells: [[Cell]]

    public init(_ reviewed: ReviewedSpec) {
        guard let context = reviewed.context else {
            processes = []
            columns = []
            cells = []
            totalProcesses = 0
            totalTools = 0
            return
        }
        var seen = Set<String>()
        let allTools = (context.ipc?.tools ?? []).filter { seen.insert($0.id.value).inserted }
        totalTools = allTools.count
        totalProcesses = context.processes.count
        // A matrix past this size is unreadable, and each column costs a walk of the graph.
        let tools = Array(allTools.prefix(Self.maxColumns))
        let rows = min(context.processes.count, Self.maxRows)
        columns = tools.map { Column(tool: $0.id.value, scope: $0.scope?.value, needsApproval: $0.needsApproval) }
        processes = context.processes.prefix(rows).map(\.id.value)
        let holds = context.processes.map { Set(($0.tools ?? []).map(\.value)) }
        let wildcards = context.processes.map { process in (process.tools ?? []).contains { context.isWildcardGrant($0.value) } }
        var cells = [[Cell]](repeating: [Cell](repeating: .none, count: tools.count), count: rows)
        for (column, tool) in tools.enumerated() {
            let holders = zip(holds, wildcards).map { held, wildcard in wildcard || held.contains(tool.id.value) }
            let routes = context.graph.nearest(to: holders)
            for row in 0..<rows {
                if holds[row].contains(tool.id.value) {
                    cells[row][column] = .own
                } else if wildcards[row] {
                    cells[row][column] = .wildcard
                } else if routes[row] != nil {
                    cells[row][column] = .reachable(path: Self.way(from: row, along: routes, in: context))
                }
            }
        }
        self.cells = cells
    }

    /// The processes on the shortest way to the holder: the first `limit`, then how many are
    /// left out, then the holder.
    static func way(from start: Int, along routes: [HandoffGraph.Route?], in context: RuleContext, limit: Int = 8) -> [String] {
        var names: [String] = []
        var skipped = 0
        var node = start
        while let route = routes[node], let edge = route.firstEdge {
            node = context.graph.successors[node][edge]
            if names.count < limit || route.distance == 1 {
                names.append(context.processes[node].id.value)
            } else {
                skipped += 1
            }
        }
        if skipped > 0 { names.insert("… \(skipped) more", at: names.count - 1) }
        return names
    }
}
