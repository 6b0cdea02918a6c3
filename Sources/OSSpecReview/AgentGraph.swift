public import OSSpecModel
internal import OSSpecRules

/// The agent graph of a spec, independent of any drawing language: processes and their
/// handoffs, and optionally the tools they hold and the stores those tools touch.
public struct AgentGraph: Sendable {
    public struct ProcessNode: Sendable {
        public let id: String
        public let isEntry: Bool
        /// The model it runs on (pinned, routed or default), when known.
        public let model: String?
        public let budgetTokens: Int?
        /// Reachable from the entry by handoffs (or there is no entry to start from).
        public let isReachable: Bool
    }

    public struct ToolNode: Sendable {
        public let id: String
        public let scope: ToolScope?
        public let needsApproval: Bool
        public let resource: String?
    }

    public struct StoreNode: Sendable {
        public let id: String
        public let kind: StoreKind?
    }

    public enum Edge: Sendable, Hashable {
        /// Process index -> process index.
        case handoff(from: Int, to: Int)
        /// Process index -> tool index (the process holds the tool).
        case holds(process: Int, tool: Int)
        /// Tool index -> store index (the tool's resource).
        case touches(tool: Int, store: Int)
        /// Process index -> store index, through a tool (when tools are not drawn).
        case uses(process: Int, store: Int, tool: String)
    }

    public let name: String
    public let processes: [ProcessNode]
    public let tools: [ToolNode]
    public let stores: [StoreNode]
    public let edges: [Edge]

    public struct Options: Sendable, Hashable {
        public var tools: Bool
        public var stores: Bool
        public init(tools: Bool = false, stores: Bool = false) {
            self.tools = tools
            self.stores = stores
        }
    }

    public init(_ reviewed: ReviewedSpec, options: Options = Options()) {
        name = reviewed.name
        guard let context = reviewed.context else {
            processes = []
            tools = []
            stores = []
            edges = []
            return
        }
        let entry = context.kernel?.entry?.value
        let entryIndex = entry.flatMap { context.processIndex[$0] }
        let reachable = entryIndex.map { context.graph.reachable(from: $0) }
        processes = context.processes.enumerated().map { index, process in
            ProcessNode(
                id: process.id.value, isEntry: process.id.value == entry && context.processIndex[process.id.value] == index,
                model: context.modelChoice(for: process)?.reference.value,
                budgetTokens: context.budget(for: process)?.tokens.value,
                isReachable: reachable?[index] ?? true)
        }
        var edges: [Edge] = []
        for (source, targets) in context.graph.successors.enumerated() {
            for target in targets { edges.append(.handoff(from: source, to: target)) }
        }
        // Tools held by some process, in declaration order (undeclared names are skipped: lint reports them).
        let declaredTools = context.ipc?.tools ?? []
        var toolIndex: [String: Int] = [:]
        var toolNodes: [ToolNode] = []
        if options.tools || options.stores {
            for tool in declaredTools where toolIndex[tool.id.value] == nil {
                toolIndex[tool.id.value] = toolNodes.count
                toolNodes.append(
                    ToolNode(id: tool.id.value, scope: tool.scope?.value, needsApproval: tool.needsApproval, resource: tool.resource?.value))
            }
        }
        var storeIndex: [String: Int] = [:]
        var storeNodes: [StoreNode] = []
        if options.stores {
            for store in context.filesystem?.stores ?? [] where storeIndex[store.id.value] == nil {
                storeIndex[store.id.value] = storeNodes.count
                storeNodes.append(StoreNode(id: store.id.value, kind: store.kind?.value))
            }
        }
        var seen = Set<Edge>()
        for (processNumber, process) in context.processes.enumerated() {
            for name in process.tools ?? [] {
                guard let tool = toolIndex[name.value] else { continue }
                if options.tools {
                    if seen.insert(.holds(process: processNumber, tool: tool)).inserted { edges.append(.holds(process: processNumber, tool: tool)) }
                } else if let resource = toolNodes[tool].resource, let store = storeIndex[resource] {
                    let edge = Edge.uses(process: processNumber, store: store, tool: name.value)
                    if seen.insert(edge).inserted { edges.append(edge) }
                }
            }
        }
        if options.tools && options.stores {
            for (number, tool) in toolNodes.enumerated() {
                if let resource = tool.resource, let store = storeIndex[resource] { edges.append(.touches(tool: number, store: store)) }
            }
        }
        // Without tool nodes, only tools that link a process to a store were needed.
        tools = options.tools ? toolNodes : []
        stores = storeNodes
        self.edges = edges
    }

    /// "large · 24,000 tokens": the second line of a process's label.
    public func detail(of process: ProcessNode) -> String {
        var parts: [String] = []
        if let model = process.model { parts.append(model) }
        if let budget = process.budgetTokens { parts.append(NumberText.grouped(budget) + " tokens") }
        return parts.joined(separator: " · ")
    }

    /// "write · approval": the second line of a tool's label.
    public func detail(of tool: ToolNode) -> String {
        var parts = [tool.scope?.rawValue ?? "scope?"]
        if tool.needsApproval { parts.append("human approval") }
        return parts.joined(separator: " · ")
    }
}
