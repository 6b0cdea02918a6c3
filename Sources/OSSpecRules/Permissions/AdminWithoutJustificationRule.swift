internal import OSSpecDiagnostics
internal import OSSpecModel

/// An admin tool is root: it needs a written reason.
struct AdminWithoutJustificationRule: Rule {
    let descriptor = RuleDescriptor(
        id: "admin-without-justification", category: .permissions, defaultSeverity: .error,
        summary: "A tool with scope admin has no justification saying why root is needed.")

    func check(_ context: RuleContext) -> [Diagnostic] {
        let tools = context.ipc?.tools ?? []
        // The scope is read in place; only admin tools are looked at as a whole.
        return tools.indices.compactMap { index in
            guard tools[index].scope?.value == .admin else { return nil }
            let tool = tools[index]
            guard let scope = tool.scope, tool.justification == nil else { return nil }
            return descriptor.diagnostic(
                "Tool '\(tool.id.value)' has scope admin but no justification.",
                at: scope.range,
                hint: "Add `justification:` saying why root is needed, or narrow the scope to write or execute.")
        }
    }
}
