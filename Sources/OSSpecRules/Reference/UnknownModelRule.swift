internal import OSSpecDiagnostics
internal import OSSpecModel

/// Every model reference (cpu.default, routing use and fallback, a process's pinned model)
/// names a declared model.
struct UnknownModelRule: Rule {
    let descriptor = RuleDescriptor(
        id: "unknown-model", category: .reference, defaultSeverity: .error,
        summary: "cpu.default, a route's use or fallback, or a process's model names no declared model.")

    func check(_ context: RuleContext) -> [Diagnostic] {
        guard let cpu = context.cpu else { return [] }
        // Only unknown references are collected, so the text naming each place is built for
        // findings only, not for every reference of a large spec.
        let isUnknown = { (reference: Located<String>) in context.models[reference.value] == nil }
        var references: [(Located<String>, String)] = []
        if let fallbackDefault = cpu.default, isUnknown(fallbackDefault) { references.append((fallbackDefault, "cpu.default")) }
        for (index, route) in cpu.routing.enumerated() {
            if let use = route.use, isUnknown(use) { references.append((use, "'use' of route \(index + 1)")) }
            if let fallback = route.fallback, isUnknown(fallback) { references.append((fallback, "'fallback' of route \(index + 1)")) }
        }
        for process in context.processes {
            if let model = process.model, isUnknown(model) { references.append((model, "the model of process '\(process.id.value)'")) }
        }
        guard !references.isEmpty else { return [] }
        let declared = cpu.models.map(\.id.value)
        var findings: [Diagnostic] = []
        for (reference, place) in references {
            findings.append(
                descriptor.unknownReference(
                    reference, kind: "model", usedIn: place, candidates: declared, declaredAt: cpu.modelsKey,
                    suggest: findings.count < RuleDescriptor.suggestionLimit))
        }
        return findings
    }
}
