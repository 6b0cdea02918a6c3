internal import OSSpecDiagnostics

extension DecodeSession {
    static let kernelFields: [Field] = [
        .required(
            "orchestrator", "langgraph, swift, or another orchestrator's name", .openChoice(["langgraph", "swift"]),
            help: "The orchestration layer that schedules the agents, e.g. langgraph; it selects the default generator target."),
        .required("entry", "the process id where every session starts", .identifier, help: "The process id where every session starts, like init."),
        // Absent limits and tracing are reported by the kernel and tracing rules, which explain
        // them in OS terms; the decoder only reads them.
        .requiredElsewhere(
            "limits", "{max_steps, timeout_seconds}", .mapping(limitFields),
            help: "Bounds on every run, like a process's CPU-time limit: no run loops forever."),
        .requiredElsewhere(
            "tracing", "{enabled: true, exporter, events: [...]}", .mapping(tracingFields),
            help: "The kernel's instrumentation: every model call, tool call, handoff and checkpoint is traced, so any session can be replayed."),
    ]
    static let limitFields: [Field] = [
        .required("max_steps", "the most steps in one run", .integer(minimum: 1), help: "The most steps (graph nodes) in one run."),
        .required(
            "timeout_seconds", "the longest a run may take", .number(minimum: 0, exclusiveMinimum: true, maximum: 1e9),
            help: "The longest a run may take, in seconds."),
    ]
    static let tracingFields: [Field] = [
        .required("enabled", "true", .boolean, help: "Whether tracing is on; false is an error: an uninstrumented kernel cannot be replayed."),
        .required(
            "exporter", "otlp, langsmith, jsonl, stdout or another exporter", .openChoice(["otlp", "langsmith", "jsonl", "stdout"]),
            help: "Where traces go: otlp, langsmith, jsonl, stdout or another exporter."),
        .optional("endpoint", "the exporter's URL", .url, help: "The exporter's URL."),
        .optional(
            "sample_rate", "a number from 0 to 1; default 1.0", .number(minimum: 0, exclusiveMinimum: false, maximum: 1),
            help: "The share of sessions traced, from 0 to 1 (default 1.0). Below 1 is a warning: unsampled sessions cannot be replayed."),
        .required(
            "events", "the kinds traced: model_call, tool_call, handoff, checkpoint, approval, denial", .list(of: .choice(of: TraceEvent.self), nonEmpty: false),
            help: "The kinds of event traced. Every kind the spec makes possible must be listed (tool_call if any tool, handoff if any handoff, ...)."),
        .optional(
            "redact", "what is redacted from traces, e.g. [pii, secrets]", .list(of: .text, nonEmpty: false),
            help: "What is redacted from traces before export, e.g. [pii, secrets, prompts]."),
    ]

    func decodeKernel(_ node: Int, key ownerKey: SourceRange) -> Kernel {
        var kernel = Kernel(range: range(node))
        fields(of: node, owner: "row 'kernel'", ownerKey: ownerKey, fields: Self.kernelFields) { name, key, value in
            switch name {
            case "orchestrator": kernel.orchestrator = string(value, key: key, what: "'kernel.orchestrator'")
            case "entry": kernel.entry = string(value, key: key, what: "'kernel.entry'")
            case "limits":
                kernel.hasLimitsKey = true
                kernel.limits = decodeLimits(value, key: key)
            case "tracing":
                kernel.hasTracingKey = true
                kernel.tracing = decodeTracing(value, key: key)
            default: break
            }
        }
        return kernel
    }

    private func decodeLimits(_ node: Int, key: Int) -> Limits? {
        var limits = Limits(key: range(key), range: range(node))
        let isMapping = fields(of: node, owner: "'kernel.limits'", ownerKey: range(key), fields: Self.limitFields) { name, key, value in
            switch name {
            case "max_steps": limits.maxSteps = integer(value, key: key, what: "'kernel.limits.max_steps'")
            case "timeout_seconds":
                limits.timeoutSeconds = number(
                    value, key: key, what: "'kernel.limits.timeout_seconds'", bounds: Double.leastNonzeroMagnitude...1e9,
                    boundsText: "greater than 0")
            default: break
            }
        }
        return isMapping ? limits : nil
    }

    private func decodeTracing(_ node: Int, key: Int) -> Tracing? {
        var tracing = Tracing(key: range(key), range: range(node))
        let isMapping = fields(of: node, owner: "'kernel.tracing'", ownerKey: range(key), fields: Self.tracingFields) { name, key, value in
            switch name {
            case "enabled": tracing.enabled = boolean(value, key: key, what: "'kernel.tracing.enabled'")
            case "exporter": tracing.exporter = string(value, key: key, what: "'kernel.tracing.exporter'")
            case "endpoint": tracing.endpoint = url(value, key: key, what: "'kernel.tracing.endpoint'")
            case "sample_rate":
                // The 0..1 range is the tracing rules' concern (they explain replay); here only the type.
                tracing.sampleRate = number(
                    value, key: key, what: "'kernel.tracing.sample_rate'", bounds: -Double.greatestFiniteMagnitude...Double.greatestFiniteMagnitude,
                    boundsText: "a finite number")
            case "events":
                guard let items = list(value, key: key, what: "'kernel.tracing.events'") else { return }
                let events = items.compactMap { choice($0, key: $0, what: "trace event kind", as: TraceEvent.self) }
                tracing.events = Located(events, at: range(key))
            case "redact":
                tracing.hasRedactKey = true
                guard let items = stringList(value, key: key, what: "'kernel.tracing.redact'") else { return }
                tracing.redact = Located(items, at: range(key))
            default: break
            }
        }
        return isMapping ? tracing : nil
    }
}
