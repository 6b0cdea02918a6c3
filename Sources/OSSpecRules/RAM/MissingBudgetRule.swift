internal import OSSpecDiagnostics
internal import OSSpecModel

/// No process gets unlimited RAM: each has a budget, its own or the default.
struct MissingBudgetRule: Rule {
    let descriptor = RuleDescriptor(
        id: "missing-budget", category: .ram, defaultSeverity: .error,
        summary: "A process has no budget_tokens and there is no ram.default_budget_tokens: unlimited RAM.")

    func check(_ context: RuleContext) -> [Diagnostic] {
        // A missing or unreadable ram row is reported by the decoder; n/a leaves each process
        // to carry its own budget.
        let ramIsNotApplicable = context.spec.ram.isNotApplicable
        guard context.ram != nil || ramIsNotApplicable, context.ram?.defaultBudgetTokens == nil else { return [] }
        return context.processes.compactMap { process in
            guard process.budgetTokens == nil else { return nil }
            return descriptor.diagnostic(
                "Process '\(process.id.value)' has no context budget (no budget_tokens, no ram.default_budget_tokens): unlimited RAM.",
                at: process.id.range,
                hint: ramIsNotApplicable
                    ? "Add `budget_tokens:` to '\(process.id.value)' (ram is n/a, so there is no default)."
                    : "Add `budget_tokens:` to '\(process.id.value)', or `default_budget_tokens:` under ram.")
        }
    }
}
