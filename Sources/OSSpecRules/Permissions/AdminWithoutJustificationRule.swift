internal import OSSpecDiagnostics
internal import OSSpecModel

/// An admin tool is root: it needs a written reason.
struct AdminWithoutJustificationRule: Rule {
    let descriptor = RuleDescriptor(
        id: "admin-without-justification", category: .permissions, defaultSeverity: .error,
        summary: "A tool with scope admin has no justification saying why root is needed.")

    func check(_ context: RuleContext) -> [Diagnostic] {
        (context.ipc?.tools ?? []).compactMap { tool in
            guard let scope = tool.scope, scope.value == .admin, tool.justification == nil else { return nil }
            return descriptor.diagnostic(
                "Tool '\(tool.id.value)' has scope admin but no justification.",
                at: scope.range,
                hint: "Add `justification:` saying why root is needed, or narrow the scope to write or execute.")
        }
    }
}
