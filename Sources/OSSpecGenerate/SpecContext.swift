internal import OSSpecModel
internal import OSSpecTemplate

/// The typed spec as template values. Every key a template may ask for is present (absent
/// optionals are `null`), so a misspelt name in a template is an error, not an empty string.
enum SpecContext {
    static func values(_ spec: Spec, specDigest: String, toolVersion: String) -> [String: TemplateValue] {
        let cpu = spec.cpu.content
        let ram = spec.ram.content
        let filesystem = spec.filesystem.content
        let ipc = spec.ipc.content
        let kernel = spec.kernel.content
        let userSpace = spec.userSpace.content
        let tracing = kernel?.tracing
        let tools = ipc?.tools ?? []
        return [
            "osspec_version": .string(toolVersion),
            "spec_sha256": .string(specDigest),
            "name": string(spec.name),
            "python_package": spec.name.map { .string(PythonNames.package($0.value)) } ?? .null,
            "python_project": spec.name.map { .string(PythonNames.project($0.value)) } ?? .null,
            "description": string(spec.description),
            "models": .list((cpu?.models ?? []).map { model in
                .object([
                    "id": .string(model.id.value), "provider": string(model.provider), "model": string(model.model),
                    "context_window": int(model.contextWindow), "max_output_tokens": int(model.maxOutputTokens),
                    "endpoint": string(model.endpoint),
                ])
            }),
            "default_model": string(cpu?.default),
            "routes": .list((cpu?.routing ?? []).map { route in
                .object(["tasks": .list(route.tasks.map { .string($0.value) }), "use": string(route.use), "fallback": string(route.fallback)])
            }),
            "ram": ram.map { ram in
                .object([
                    "policy": string(ram.policy?.value.rawValue, at: ram.policy),
                    "default_budget_tokens": int(ram.defaultBudgetTokens),
                    "prompt_cache": .bool(ram.promptCache?.enabled?.value ?? false),
                    "paging": ram.paging.map { paging in
                        .object(["evict": string(paging.evict?.value.rawValue, at: paging.evict), "to": string(paging.to)])
                    } ?? .null,
                ])
            } ?? .null,
            "stores": .list((filesystem?.stores ?? []).map { store in
                .object([
                    "id": .string(store.id.value), "kind": string(store.kind?.value.rawValue, at: store.kind),
                    "backend": string(store.backend), "embedding": string(store.embedding),
                ])
            }),
            "checkpoints": filesystem?.checkpoints.map { checkpoints in
                .object([
                    "backend": string(checkpoints.backend),
                    "every": string(checkpoints.every?.value.rawValue, at: checkpoints.every),
                    "retention_days": int(checkpoints.retentionDays),
                ])
            } ?? .null,
            "processes": .list((spec.processes.content?.entries ?? []).map { process in
                .object([
                    "id": .string(process.id.value), "description": string(process.description), "task": string(process.task),
                    "model": string(process.model), "budget_tokens": int(process.budgetTokens),
                    "context": .list(process.context.map { .string($0.value) }),
                    "tools": .list((process.tools ?? []).map { .string($0.value) }),
                    "handoffs": .list(process.handoffs.map { .string($0.value) }),
                    "prompt": string(process.prompt),
                ])
            }),
            "tools": .list(tools.map { tool in
                .object([
                    "id": .string(tool.id.value), "scope": string(tool.scope?.value.rawValue, at: tool.scope),
                    "resource": string(tool.resource), "approval": .string(tool.effectiveApproval.rawValue),
                    "needs_approval": .bool(tool.effectiveApproval == .human),
                    "justification": string(tool.justification), "description": string(tool.description),
                ])
            }),
            "max_hops": int(ipc?.maxHops),
            "kernel": .object([
                "orchestrator": string(kernel?.orchestrator), "entry": string(kernel?.entry),
                "max_steps": int(kernel?.limits?.maxSteps), "timeout_seconds": double(kernel?.limits?.timeoutSeconds),
                "exporter": string(tracing?.exporter), "endpoint": string(tracing?.endpoint),
                "sample_rate": .double(tracing?.sampleRate?.value ?? 1.0),
                "events": .list((tracing?.events?.value ?? []).map { .string($0.value.rawValue) }),
                "redact": .list((tracing?.redact?.value ?? []).map { .string($0.value) }),
            ]),
            "user_space": userSpace.map { userSpace in
                .object([
                    "app": string(userSpace.app), "interface": string(userSpace.interface),
                    "isolation": string(userSpace.isolation?.value.rawValue, at: userSpace.isolation),
                    "concurrency": int(userSpace.concurrency),
                ])
            } ?? .null,
            "not_applicable": .list(notApplicableRows(spec)),
        ]
    }

    private static func notApplicableRows(_ spec: Spec) -> [TemplateValue] {
        let rows: [(String, SourceRangeless)] = [
            ("ram", .init(spec.ram)), ("filesystem", .init(spec.filesystem)), ("ipc", .init(spec.ipc)),
            ("user_space", .init(spec.userSpace)),
        ]
        return rows.compactMap { name, row in
            row.reason.map { .object(["row": .string(name), "reason": .string($0)]) }
        }
    }

    private static func string(_ located: Located<String>?) -> TemplateValue { located.map { .string($0.value) } ?? .null }
    private static func string<T>(_ value: String?, at _: Located<T>?) -> TemplateValue { value.map(TemplateValue.string) ?? .null }
    private static func int(_ located: Located<Int>?) -> TemplateValue { located.map { .int($0.value) } ?? .null }
    private static func double(_ located: Located<Double>?) -> TemplateValue { located.map { .double($0.value) } ?? .null }
}

/// The `n/a` reason of a row, whatever the row's content type.
private struct SourceRangeless {
    var reason: String?
    init<Content>(_ row: Row<Content>) {
        if case .notApplicable(let reason, _) = row { self.reason = reason.value } else { reason = nil }
    }
}
