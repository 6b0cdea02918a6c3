internal import OSSpecDiagnostics
internal import OSSpecModel

/// Every run is bounded in steps and time, so a looping agent cannot run forever.
struct MissingLimitsRule: Rule {
    let descriptor = RuleDescriptor(
        id: "missing-limits", category: .kernel, defaultSeverity: .error,
        summary: "kernel has no limits: a looping agent could run (and bill) forever.")

    func check(_ context: RuleContext) -> [Diagnostic] {
        guard let kernel = context.kernel, !kernel.hasLimitsKey else { return [] }
        return [
            descriptor.diagnostic(
                "The kernel has no 'limits'; a run that loops never stops.", at: context.anchor(of: .kernel),
                hint: "Add `limits: {max_steps: 50, timeout_seconds: 120}` under kernel.")
        ]
    }
}
