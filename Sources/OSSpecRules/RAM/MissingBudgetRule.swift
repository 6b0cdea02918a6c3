internal import OSSpecDiagnostics
internal import OSSpecModel

/// No process gets unlimited RAM: each has a budget, its own or the default.
struct MissingBudgetRule: Rule {
    let descriptor = RuleDescriptor(
        id: "missing-budget", category: .ram, defaultSeverity: .error,
        summary: "A process has no budget_tokens and there is no ram.default_budget_tokens: unlimited RAM.")

    func check(_ context: RuleContext) -> [Diagnostic] {
        guard context.ram?.defaultBudgetTokens == nil else { return [] }
        return context.processes.compactMap { process in
            guard process.budgetTokens == nil else { return nil }
            return descriptor.diagnostic(
                "Process '\(process.id.value)' has no context budget (no budget_tokens, no ram.default_budget_tokens): unlimited RAM.",
                at: process.id.range,
                hint: "Add `budget_tokens:` to '\(process.id.value)', or `default_budget_tokens:` under ram.")
        }
    }
}
