internal import OSSpecDiagnostics
internal import OSSpecModel

/// Sessions that are not sampled cannot be replayed.
struct PartialSamplingRule: Rule {
    let descriptor = RuleDescriptor(
        id: "partial-trace-sampling", category: .tracing, defaultSeverity: .warning,
        summary: "tracing.sample_rate below 1: unsampled sessions cannot be replayed.")

    func check(_ context: RuleContext) -> [Diagnostic] {
        guard let rate = context.kernel?.tracing?.sampleRate, rate.value >= 0, rate.value < 1 else { return [] }
        let unsampled = (1 - rate.value) * 100
        let share = unsampled >= 1 ? "about \(Int(unsampled.rounded()))%" : "about \(RuleContext.describe((unsampled * 10).rounded() / 10))%"
        return [
            descriptor.diagnostic(
                "tracing.sample_rate is \(RuleContext.describe(rate.value)): \(share) of sessions leave no trace and cannot be replayed.",
                at: rate.range,
                hint: "Trace every session (sample_rate: 1.0); control what traces hold with redact instead.")
        ]
    }
}
