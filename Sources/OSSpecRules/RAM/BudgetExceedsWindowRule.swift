internal import OSSpecDiagnostics
internal import OSSpecModel

/// A process's budget fits its model's window once the output is reserved: the RAM it is
/// promised must exist.
struct BudgetExceedsWindowRule: Rule {
    let descriptor = RuleDescriptor(
        id: "budget-exceeds-window", category: .ram, defaultSeverity: .error,
        summary: "A process's context budget is larger than its model's context_window minus max_output_tokens.")

    func check(_ context: RuleContext) -> [Diagnostic] {
        var findings: [Diagnostic] = []
        for process in context.processes {
            guard let (budget, inherited) = context.budget(for: process), let choice = context.modelChoice(for: process),
                let model = context.models[choice.reference.value], let usable = context.usableWindow(of: model),
                budget.value > usable
            else { continue }
            let window = model.contextWindow?.value ?? 0
            let reserved = model.maxOutputTokens?.value ?? 0
            var related = [RelatedLocation(range: model.id.range, message: "model '\(model.id.value)' is declared here")]
            if inherited { related.insert(RelatedLocation(range: budget.range, message: "the default budget"), at: 0) }
            findings.append(
                descriptor.diagnostic(
                    "Process '\(process.id.value)' has a budget of \(budget.value) tokens, but its model '\(model.id.value)' "
                        + "(\(choice.explanation)) leaves \(usable) (context_window \(window) - max_output_tokens \(reserved)).",
                    at: inherited ? process.id.range : budget.range,
                    hint: inherited
                        ? "Give '\(process.id.value)' `budget_tokens:` of at most \(usable), or lower ram.default_budget_tokens."
                        : "Lower budget_tokens to at most \(usable), or run '\(process.id.value)' on a model with a larger window.",
                    related: related))
        }
        return findings
    }
}
