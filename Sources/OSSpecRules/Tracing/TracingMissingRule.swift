internal import OSSpecDiagnostics
internal import OSSpecModel

/// The kernel is instrumented: without `kernel.tracing` no session can be replayed.
struct TracingMissingRule: Rule {
    let descriptor = RuleDescriptor(
        id: "tracing-missing", category: .tracing, defaultSeverity: .error,
        summary: "kernel has no tracing: no session can be replayed or audited.")

    func check(_ context: RuleContext) -> [Diagnostic] {
        guard let kernel = context.kernel, !kernel.hasTracingKey else { return [] }
        return [
            descriptor.diagnostic(
                "The kernel has no 'tracing'; no session can be replayed.",
                at: context.anchor(of: .kernel),
                hint: "Add `tracing: {enabled: true, exporter: otlp, events: [model_call]}` under kernel, listing every event kind the spec makes possible.")
        ]
    }
}
