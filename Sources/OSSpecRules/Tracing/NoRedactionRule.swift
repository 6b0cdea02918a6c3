internal import OSSpecDiagnostics
internal import OSSpecModel

/// Traces hold prompts and tool results; say what is redacted before they leave the kernel.
struct NoRedactionRule: Rule {
    let descriptor = RuleDescriptor(
        id: "tracing-no-redaction", category: .tracing, defaultSeverity: .info,
        summary: "tracing has no redact list: traces carry prompts, user data and secrets as they are.")

    func check(_ context: RuleContext) -> [Diagnostic] {
        guard let tracing = context.kernel?.tracing, !tracing.hasRedactKey, tracing.enabled?.value != false else { return [] }
        return [
            descriptor.diagnostic(
                "Tracing redacts nothing; traces will carry prompts, user data and secrets as they are.",
                at: tracing.key,
                hint: "Add `redact: [pii, secrets]` (or `redact: []` to record that nothing needs redacting).")
        ]
    }
}
