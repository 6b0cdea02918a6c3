internal import OSSpecDiagnostics
internal import OSSpecModel

/// `kernel.entry` names a declared process.
struct UnknownEntryRule: Rule {
    let descriptor = RuleDescriptor(
        id: "unknown-entry", category: .reference, defaultSeverity: .error,
        summary: "kernel.entry names no declared process, so no session can start.")

    func check(_ context: RuleContext) -> [Diagnostic] {
        guard let entry = context.kernel?.entry, context.processIndex[entry.value] == nil, context.spec.processes.content != nil
        else { return [] }
        return [
            descriptor.unknownReference(
                entry, kind: "process", usedIn: "kernel.entry", candidates: context.processes.map(\.id.value),
                declaredAt: context.spec.processes.keyRange)
        ]
    }
}
