internal import OSSpecDiagnostics
internal import OSSpecModel

/// An admin tool runs only with a person's approval.
struct AdminWithoutApprovalRule: Rule {
    let descriptor = RuleDescriptor(
        id: "admin-without-approval", category: .permissions, defaultSeverity: .error,
        summary: "A tool with scope admin runs without human approval (approval none or not given).")

    func check(_ context: RuleContext) -> [Diagnostic] {
        let tools = context.ipc?.tools ?? []
        // The scope is read in place; only admin tools are looked at as a whole.
        return tools.indices.compactMap { index in
            guard tools[index].scope?.value == .admin else { return nil }
            let tool = tools[index]
            guard let scope = tool.scope, !tool.needsApproval else { return nil }
            return descriptor.diagnostic(
                "Admin tool '\(tool.id.value)' runs without human approval.",
                at: tool.approval?.range ?? scope.range,
                hint: "Set `approval: human` on '\(tool.id.value)'.")
        }
    }
}
