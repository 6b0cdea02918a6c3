internal import OSSpecDiagnostics
internal import OSSpecModel

/// A process whose own tools only read must not gain write, execute or admin power by handing
/// off: its effective tools are its own plus those of every process it reaches.
struct HandoffEscalationRule: Rule {
    let descriptor = RuleDescriptor(
        id: "handoff-privilege-escalation", category: .permissions, defaultSeverity: .warning,
        summary: "A read-only process reaches, through handoffs, a write, execute or admin tool that needs no approval.")

    func check(_ context: RuleContext) -> [Diagnostic] {
        let processes = context.processes
        let tools = context.tools
        // The first unapproved privileged tool each process holds itself.
        let heldTool: [Int?] = processes.indices.map { index in
            firstToolPosition(ofProcess: index, in: context) { $0.isPrivileged && !$0.needsApproval }
        }
        let routes = context.graph.nearest(to: heldTool.map { $0 != nil })
        var findings: [Diagnostic] = []
        for index in processes.indices {
            guard let route = routes[index], let edge = route.firstEdge, isReadOnly(processes[index], at: index, context) else { continue }
            let process = processes[index]
            let path = context.graph.path(from: index, along: routes)
            guard let holder = path.last, let position = heldTool[holder] else { continue }
            let tool = tools.elements[position]
            guard let scope = tool.scope else { continue }
            let firstHandoff = context.graph.edgeItems[index][edge]
            findings.append(
                descriptor.diagnostic(
                    "Read-only process '\(process.id.value)' gains '\(tool.id.value)' (\(scope.value.rawValue)) through handoffs: "
                        + "\(context.describePath(path)) holds \(tool.id.value) (\(scope.value.rawValue)).",
                    at: firstHandoff.range,
                    hint: "Set `approval: human` on '\(tool.id.value)', or remove the handoff if '\(process.id.value)' should not be able to trigger it.",
                    related: [RelatedLocation(range: tool.id.range, message: "'\(tool.id.value)' is declared here")]))
        }
        return findings
    }

    /// A process whose own tools all have scope read (an empty allowlist counts: it has no
    /// power of its own to lose).
    private func isReadOnly(_ process: Process, at index: Int, _ context: RuleContext) -> Bool {
        guard process.tools != nil else { return false }
        let tools = context.tools.elements
        return context.grants.positions(ofProcess: index).allSatisfy { position in
            position.map { tools[$0].scope?.value == .read } ?? false
        }
    }
}
