public import OSSpecModel

/// The agent graph as a Mermaid `flowchart`. Node ids are generated safe identifiers (never the
/// spec's ids, which may hold anything in a spec with errors); every label is quoted and its
/// text escaped with Mermaid's numeric entities.
public struct MermaidGraph: Sendable {
    public let graph: AgentGraph

    public init(_ graph: AgentGraph) { self.graph = graph }

    public func render() -> String {
        var ids = SafeIdentifiers()
        let processIDs = graph.processes.map { ids.identifier(kind: "p", id: $0.id) }
        let toolIDs = graph.tools.map { ids.identifier(kind: "t", id: $0.id) }
        let storeIDs = graph.stores.map { ids.identifier(kind: "s", id: $0.id) }
        var lines = ["flowchart TD"]
        for (index, process) in graph.processes.enumerated() {
            var label = Escaping.mermaidLabel(process.id)
            if process.isEntry { label = "▶ " + label }
            let detail = graph.detail(of: process)
            if !detail.isEmpty { label += "<br/>" + Escaping.mermaidLabel(detail) }
            lines.append("    \(processIDs[index])[\"\(label)\"]")
        }
        for (index, tool) in graph.tools.enumerated() {
            let label = Escaping.mermaidLabel(tool.id) + "<br/>" + Escaping.mermaidLabel(graph.detail(of: tool))
            // Shapes by scope: a read is a rounded stadium, a change a hexagon, root a double circle.
            let (open, close) = Self.shape(tool.scope)
            lines.append("    \(toolIDs[index])\(open)\"\(label)\"\(close)")
        }
        for (index, store) in graph.stores.enumerated() {
            var label = Escaping.mermaidLabel(store.id)
            if let kind = store.kind { label += "<br/>" + kind.rawValue }
            lines.append("    \(storeIDs[index])[(\"\(label)\")]")
        }
        for edge in graph.edges {
            switch edge {
            case .handoff(let from, let to): lines.append("    \(processIDs[from]) --> \(processIDs[to])")
            case .holds(let process, let tool): lines.append("    \(processIDs[process]) -.-> \(toolIDs[tool])")
            case .touches(let tool, let store): lines.append("    \(toolIDs[tool]) -.- \(storeIDs[store])")
            case .uses(let process, let store, let tool):
                lines.append("    \(processIDs[process]) -. \"\(Escaping.mermaidLabel(tool))\" .-> \(storeIDs[store])")
            }
        }
        lines.append("    classDef entry stroke-width:3px,stroke:#1f6feb")
        lines.append("    classDef unreachable stroke-dasharray:4 3,color:#888")
        for scope in ToolScope.allCases { lines.append("    classDef \(scope.rawValue) fill:\(GraphColors.fill(scope)),stroke:\(GraphColors.stroke(scope))") }
        lines.append("    classDef approval stroke-width:3px,stroke-dasharray:6 2")
        lines.append("    classDef store fill:#eef2f7,stroke:#6b7a90")
        let entries = graph.processes.indices.filter { graph.processes[$0].isEntry }.map { processIDs[$0] }
        if !entries.isEmpty { lines.append("    class \(entries.joined(separator: ",")) entry") }
        let unreachable = graph.processes.indices.filter { !graph.processes[$0].isReachable }.map { processIDs[$0] }
        if !unreachable.isEmpty { lines.append("    class \(unreachable.joined(separator: ",")) unreachable") }
        for scope in ToolScope.allCases {
            let members = graph.tools.indices.filter { graph.tools[$0].scope == scope }.map { toolIDs[$0] }
            if !members.isEmpty { lines.append("    class \(members.joined(separator: ",")) \(scope.rawValue)") }
        }
        let approvals = graph.tools.indices.filter { graph.tools[$0].needsApproval }.map { toolIDs[$0] }
        if !approvals.isEmpty { lines.append("    class \(approvals.joined(separator: ",")) approval") }
        if !storeIDs.isEmpty { lines.append("    class \(storeIDs.joined(separator: ",")) store") }
        return lines.joined(separator: "\n") + "\n"
    }

    static func shape(_ scope: ToolScope?) -> (String, String) {
        switch scope {
        case .read: ("([", "])")
        case .write, .execute: ("{{", "}}")
        case .network: ("[/", "/]")
        case .admin: ("(((", ")))")
        case nil: ("[", "]")
        }
    }
}

/// The colours of tool scopes, shared by every drawing so that a scope looks the same everywhere.
public enum GraphColors {
    public static func fill(_ scope: ToolScope) -> String {
        switch scope {
        case .read: "#e3f2e1"
        case .write: "#fff1cc"
        case .execute: "#ffe0c2"
        case .network: "#dceafe"
        case .admin: "#ffd6d6"
        }
    }

    public static func stroke(_ scope: ToolScope) -> String {
        switch scope {
        case .read: "#3f8a3a"
        case .write: "#b58900"
        case .execute: "#c25e00"
        case .network: "#2f6fc0"
        case .admin: "#c0392b"
        }
    }
}
