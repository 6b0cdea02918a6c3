internal import OSSpecModel

/// The agent graph in Graphviz DOT. Every id and label is a DOT double-quoted string with `"`
/// and `\` escaped, so no spec value can end a string or start an escape sequence.
public struct DOTGraph: Sendable {
    public let graph: AgentGraph

    public init(_ graph: AgentGraph) { self.graph = graph }

    public func render() -> String {
        var lines = ["digraph \(Escaping.dotString(graph.name)) {"]
        lines.append("    rankdir=TB;")
        lines.append("    node [shape=box, style=\"rounded,filled\", fillcolor=\"#ffffff\", fontname=\"Helvetica\"];")
        lines.append("    edge [fontname=\"Helvetica\", fontsize=10];")
        let processID = { (index: Int) in Escaping.dotString("process:" + graph.processes[index].id) }
        let toolID = { (index: Int) in Escaping.dotString("tool:" + graph.tools[index].id) }
        let storeID = { (index: Int) in Escaping.dotString("store:" + graph.stores[index].id) }
        for (index, process) in graph.processes.enumerated() {
            var label = process.id
            let detail = graph.detail(of: process)
            if !detail.isEmpty { label += "\n" + detail }
            var attributes = ["label=\(Escaping.dotString(label))"]
            if process.isEntry { attributes += ["penwidth=3", "color=\"#1f6feb\"", "xlabel=\"entry\""] }
            if !process.isReachable { attributes += ["style=\"rounded,dashed\"", "fontcolor=\"#888888\""] }
            lines.append("    \(processID(index)) [\(attributes.joined(separator: ", "))];")
        }
        for (index, tool) in graph.tools.enumerated() {
            var attributes = [
                "label=\(Escaping.dotString(tool.id + "\n" + graph.detail(of: tool)))", "shape=\(Self.shape(tool.scope))",
                "style=filled",
            ]
            if let scope = tool.scope {
                attributes += ["fillcolor=\"\(GraphColors.fill(scope))\"", "color=\"\(GraphColors.stroke(scope))\""]
            }
            if tool.needsApproval { attributes += ["peripheries=2", "penwidth=2"] }
            lines.append("    \(toolID(index)) [\(attributes.joined(separator: ", "))];")
        }
        for (index, store) in graph.stores.enumerated() {
            var label = store.id
            if let kind = store.kind { label += "\n" + kind.rawValue }
            lines.append("    \(storeID(index)) [label=\(Escaping.dotString(label)), shape=cylinder, style=filled, fillcolor=\"#eef2f7\"];")
        }
        for edge in graph.edges {
            switch edge {
            case .handoff(let from, let to): lines.append("    \(processID(from)) -> \(processID(to));")
            case .holds(let process, let tool): lines.append("    \(processID(process)) -> \(toolID(tool)) [style=dashed, arrowhead=open];")
            case .touches(let tool, let store): lines.append("    \(toolID(tool)) -> \(storeID(store)) [style=dotted, arrowhead=none];")
            case .uses(let process, let store, let tool):
                lines.append("    \(processID(process)) -> \(storeID(store)) [style=dotted, label=\(Escaping.dotString(tool))];")
            }
        }
        lines.append("}")
        return lines.joined(separator: "\n") + "\n"
    }

    static func shape(_ scope: ToolScope?) -> String {
        switch scope {
        case .read: "ellipse"
        case .write: "hexagon"
        case .execute: "diamond"
        case .network: "parallelogram"
        case .admin: "octagon"
        case nil: "box"
        }
    }
}
