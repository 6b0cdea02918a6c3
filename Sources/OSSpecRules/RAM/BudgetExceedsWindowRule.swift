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
        // A model whose reserved output fills its whole window leaves no RAM to budget: that is
        // the one finding, at the reservation, instead of one per process on the model.
        var modelsWithoutRoom = Set<String>()
        for model in context.cpu?.models ?? [] {
            guard let usable = context.usableWindow(of: model), usable <= 0, let reserved = model.maxOutputTokens,
                let window = model.contextWindow
            else { continue }
            modelsWithoutRoom.insert(model.id.value)
            findings.append(
                descriptor.diagnostic(
                    "Model '\(model.id.value)' reserves \(reserved.value) output tokens of its \(window.value)-token window, "
                        + "leaving no room for context.",
                    at: reserved.range,
                    hint: "Lower max_output_tokens below \(window.value), or correct context_window."))
        }
        for index in context.processes.indices {
            // The model is resolved once by the context; the choice (for the message) only for findings.
            guard let (budget, inherited) = context.budget(for: context.processes[index]), let model = context.model(ofProcess: index),
                let usable = context.usableWindow(of: model), budget.value > usable,
                !modelsWithoutRoom.contains(model.id.value)
            else { continue }
            let process = context.processes[index]
            guard let choice = context.modelChoice(for: process) else { continue }
            let window = model.contextWindow?.value ?? 0
            let reservation = model.maxOutputTokens.map { "context_window \(window) - max_output_tokens \($0.value)" }
                ?? "context_window \(window), no max_output_tokens reserved"
            let budgetSource = inherited ? " (ram.default_budget_tokens)" : ""
            var related = [
                RelatedLocation(range: choice.reference.range, message: "'\(process.id.value)' runs on '\(model.id.value)' (\(choice.explanation))"),
                RelatedLocation(range: model.id.range, message: "model '\(model.id.value)' is declared here"),
            ]
            if inherited { related.insert(RelatedLocation(range: budget.range, message: "the default budget"), at: 0) }
            findings.append(
                descriptor.diagnostic(
                    "Process '\(process.id.value)' has a budget of \(budget.value) tokens\(budgetSource), but its model "
                        + "'\(model.id.value)' (\(choice.explanation)) leaves \(usable) (\(reservation)).",
                    at: inherited ? process.id.range : budget.range,
                    hint: inherited
                        ? "Give '\(process.id.value)' `budget_tokens:` of at most \(usable), or lower ram.default_budget_tokens."
                        : "Lower budget_tokens to at most \(usable), or run '\(process.id.value)' on a model with a larger window.",
                    related: related))
        }
        return findings
    }
}
