internal import OSSpecDiagnostics
internal import OSSpecModel

/// `tracing.enabled: false` switches off the kernel's instrumentation.
struct TracingDisabledRule: Rule {
    let descriptor = RuleDescriptor(
        id: "tracing-disabled", category: .tracing, defaultSeverity: .error,
        summary: "kernel.tracing.enabled is false: no session can be replayed or audited.")

    func check(_ context: RuleContext) -> [Diagnostic] {
        guard let enabled = context.kernel?.tracing?.enabled, enabled.value == false else { return [] }
        return [
            descriptor.diagnostic(
                "Tracing is disabled; no session can be replayed or audited.", at: enabled.range,
                hint: "Set `enabled: true`; lower sample_rate or add redact if cost or privacy is the concern.")
        ]
    }
}
