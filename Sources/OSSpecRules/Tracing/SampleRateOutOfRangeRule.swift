internal import OSSpecDiagnostics
internal import OSSpecModel

/// A sample rate is a fraction of sessions.
struct SampleRateOutOfRangeRule: Rule {
    let descriptor = RuleDescriptor(
        id: "sample-rate-out-of-range", category: .tracing, defaultSeverity: .error,
        summary: "tracing.sample_rate is outside 0..1.")

    func check(_ context: RuleContext) -> [Diagnostic] {
        guard let rate = context.kernel?.tracing?.sampleRate, !(0...1).contains(rate.value) else { return [] }
        return [
            descriptor.diagnostic(
                "tracing.sample_rate is \(RuleContext.describe(rate.value)), outside 0..1.", at: rate.range,
                hint: "Write a fraction of sessions from 0 to 1; 1.0 (the default) traces every session.")
        ]
    }
}
