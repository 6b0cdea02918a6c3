internal import OSSpecDiagnostics
internal import OSSpecModel

/// The lethal trifecta: private data, untrusted content and a way out, within one process's
/// effective tools and none needing approval. Injected text in the untrusted content can then
/// make the agent read the private data and send it out.
struct LethalTrifectaRule: Rule {
    let descriptor = RuleDescriptor(
        id: "lethal-trifecta", category: .permissions, defaultSeverity: .warning,
        summary: "A process's effective tools combine private data, untrusted content and a way out, none needing approval.")

    private enum Leg: CaseIterable {
        case privateData, untrustedContent, wayOut

        var name: String {
            switch self {
            case .privateData: "private data"
            case .untrustedContent: "untrusted content"
            case .wayOut: "a way out"
            }
        }

        func holds(_ tool: Tool) -> Bool {
            guard !tool.needsApproval else { return false }
            switch self {
            case .privateData: return tool.readsPrivateData
            case .untrustedContent: return tool.bringsUntrustedContent
            case .wayOut: return tool.canExfiltrate
            }
        }
    }

    func check(_ context: RuleContext) -> [Diagnostic] {
        let processes = context.processes
        // For each leg: the tool each process holds itself, and the nearest holder by handoffs.
        // Positions in `tools.elements`, not copies of the tools: three per process.
        let tools = context.tools
        var held: [[Int?]] = []
        var routes: [[HandoffGraph.Route?]] = []
        for leg in Leg.allCases {
            let legHeld: [Int?] = processes.indices.map { index in firstToolPosition(ofProcess: index, in: context, where: leg.holds) }
            held.append(legHeld)
            routes.append(context.graph.nearest(to: legHeld.map { $0 != nil }))
        }
        var findings: [Diagnostic] = []
        for index in processes.indices where routes.allSatisfy({ $0[index] != nil }) {
            let process = processes[index]
            var parts: [String] = []
            var related: [RelatedLocation] = []
            for (legIndex, leg) in Leg.allCases.enumerated() {
                let path = context.graph.path(from: index, along: routes[legIndex])
                guard let holder = path.last, let position = held[legIndex][holder] else { continue }
                let tool = tools.elements[position]
                let via = path.count > 1 ? " via \(context.describePath(path))" : ""
                parts.append("\(leg.name) from '\(tool.id.value)'\(via)")
                related.append(RelatedLocation(range: tool.id.range, message: "'\(tool.id.value)' gives \(leg.name)"))
            }
            findings.append(
                descriptor.diagnostic(
                    "Process '\(process.id.value)' holds the lethal trifecta with no approval: \(parts.joined(separator: "; ")).",
                    at: process.id.range,
                    hint: "Set `approval: human` on one of the three tools, or split them across processes that cannot reach each other.",
                    related: related))
        }
        return findings
    }
}
