public import OSSpecModel
internal import OSSpecRules

/// Processes x tools: which tools each process holds, and which it can reach by handing off to
/// a process that holds them (the shortest such way), with each tool's scope and approval.
public struct PermissionsMatrix: Sendable {
    public enum Cell: Sendable, Hashable {
        case none
        case own
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
    /// `cells[process][tool]`.
    public let cells: [[Cell]]

    public init(_ reviewed: ReviewedSpec) {
        guard let context = reviewed.context else {
            processes = []
            columns = []
            cells = []
            return
        }
        var seen = Set<String>()
        let tools = (context.ipc?.tools ?? []).filter { seen.insert($0.id.value).inserted }
        columns = tools.map { Column(tool: $0.id.value, scope: $0.scope?.value, needsApproval: $0.needsApproval) }
        processes = context.processes.map(\.id.value)
        let holds = context.processes.map { Set(($0.tools ?? []).map(\.value)) }
        var cells = [[Cell]](repeating: [Cell](repeating: .none, count: tools.count), count: context.processes.count)
        for (column, tool) in tools.enumerated() {
            let holders = holds.map { $0.contains(tool.id.value) }
            let routes = context.graph.nearest(to: holders)
            for row in context.processes.indices {
                if holders[row] {
                    cells[row][column] = .own
                } else if routes[row] != nil {
                    let path = context.graph.path(from: row, along: routes)
                    cells[row][column] = .reachable(path: path.dropFirst().map { context.processes[$0].id.value })
                }
            }
        }
        self.cells = cells
    }
}
