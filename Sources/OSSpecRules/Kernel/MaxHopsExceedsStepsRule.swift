internal import OSSpecDiagnostics
internal import OSSpecModel

/// max_hops above max_steps can never be reached: one of the two is wrong.
struct MaxHopsExceedsStepsRule: Rule {
    let descriptor = RuleDescriptor(
        id: "max-hops-exceeds-steps", category: .kernel, defaultSeverity: .warning,
        summary: "ipc.handoffs.max_hops is larger than kernel.limits.max_steps, so it can never take effect.")

    func check(_ context: RuleContext) -> [Diagnostic] {
        guard let hops = context.ipc?.maxHops, let steps = context.kernel?.limits?.maxSteps, hops.value > steps.value else {
            return []
        }
        return [
            descriptor.diagnostic(
                "max_hops is \(hops.value), but a run stops after max_steps \(steps.value); the hop limit never takes effect.",
                at: hops.range, hint: "Set max_hops to at most \(steps.value), or raise max_steps.",
                related: [RelatedLocation(range: steps.range, message: "max_steps is set here")])
        ]
    }
}
