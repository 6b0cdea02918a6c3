internal import OSSpecDiagnostics
internal import OSSpecModel

/// Sessions that share one process space share their failures.
struct SharedIsolationRule: Rule {
    let descriptor = RuleDescriptor(
        id: "shared-isolation", category: .userSpace, defaultSeverity: .warning,
        summary: "isolation shared with concurrency above 1: one session's failure or state reaches the others.")

    func check(_ context: RuleContext) -> [Diagnostic] {
        guard let userSpace = context.userSpace, let isolation = userSpace.isolation, isolation.value == .shared,
            let concurrency = userSpace.concurrency, concurrency.value > 1
        else { return [] }
        return [
            descriptor.diagnostic(
                "\(concurrency.value) concurrent sessions share one isolation domain; one session's failure or state reaches the others.",
                at: isolation.range, hint: "Use `isolation: per-session` (or per-user).",
                related: [RelatedLocation(range: concurrency.range, message: "concurrency is set here")])
        ]
    }
}
