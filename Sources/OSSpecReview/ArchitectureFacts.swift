internal import OSSpecDiagnostics
internal import OSSpecModel
internal import OSSpecRules

/// What a spec says about its architecture, as plain values that two versions can be compared
/// by: text that does not change the architecture (comments, order, prompts, descriptions) is
/// left out.
struct ArchitectureFacts: Sendable {
    struct ProcessFacts: Sendable, Equatable {
        var model: String?
        var budget: Int?
        var tools: Set<String>
        /// Its own tools, by number (see `ToolNumbering`).
        var toolBits: ReachableTools.Bits
        /// Tools it can reach by handing off (held by a process reachable from it), not its own.
        var reachableTools: ReachableTools.Bits
        var handoffs: Set<String>
        var hasWildcard: Bool
        /// Whether it can hand off, directly or not, to a process with a wildcard grant (every
        /// tool) without holding one itself.
        var reachesWildcard: Bool
        /// Its context slots, in order.
        var context: [String]
        var line: Int
    }

    struct ToolFacts: Sendable, Equatable {
        var scope: ToolScope?
        var resource: String?
        var approval: Approval
        var line: Int
    }

    struct StoreFacts: Sendable, Equatable {
        var kind: StoreKind?
        var backend: String?
        var embedding: String?
        var line: Int
    }

    struct ModelFacts: Sendable, Equatable {
        var provider: String?
        var model: String?
        var window: Int?
        var maxOutput: Int?
        var endpoint: String?
        /// USD per million tokens: input, output, cached input.
        var prices: [Double?]
        var line: Int
    }

    struct RouteFacts: Sendable, Equatable {
        var use: String?
        var fallback: String?
        var line: Int
    }

    var processes: [String: ProcessFacts] = [:]
    var processOrder: [String] = []
    var tools: [String: ToolFacts] = [:]
    var toolOrder: [String] = []
    var stores: [String: StoreFacts] = [:]
    var storeOrder: [String] = []
    var models: [String: ModelFacts] = [:]
    var modelOrder: [String] = []
    var routes: [String: RouteFacts] = [:]
    var routeOrder: [String] = []
    var defaultModel: String?
    var entry: String?
    var orchestrator: String?
    var ramPolicy: RAMPolicy?
    var defaultBudget: Int?
    var promptCache: Bool?
    var promptCacheScope: PromptCacheScope?
    var pagingEvict: EvictionMode?
    var pagingTo: String?
    var maxSteps: Int?
    var timeoutSeconds: Double?
    var maxHops: Int?
    var hasLimits = false
    var tracingEnabled: Bool?
    var traceEvents: Set<TraceEvent> = []
    var sampleRate: Double?
    var exporter: String?
    var traceEndpoint: String?
    var redact: Set<String> = []
    var isolation: Isolation?
    var interface: String?
    var concurrency: Int?
    var sloLatencyMs: Double?
    var sloAvailability: Double?
    var hasCheckpoints = false
    var checkpointEvery: CheckpointFrequency?
    var checkpointBackend: String?
    var retentionDays: Int?
    /// The line of each spec-wide setting, by its key name, for pointing at a change.
    var lines: [String: Int] = [:]

    init(_ context: RuleContext, numbering: ToolNumbering) {
        let held = context.processes.map { process in
            (process.tools ?? []).compactMap { context.isWildcardGrant($0.value) ? nil : numbering.numbers[$0.value] }
        }
        let reach = ReachableTools(graph: context.graph, held: held, toolCount: numbering.names.count)
        // A wildcard grant is every tool, named or not: one more bit, reached the same way.
        let wildcards = context.processes.map { process in (process.tools ?? []).contains { context.isWildcardGrant($0.value) } }
        let wildcardReach = ReachableTools(graph: context.graph, held: wildcards.map { $0 ? [0] : [] }, toolCount: 1)
        for (index, process) in context.processes.enumerated() where processes[process.id.value] == nil {
            let own = Set((process.tools ?? []).map(\.value).filter { !context.isWildcardGrant($0) })
            var ownBits = ReachableTools.Bits(count: numbering.names.count)
            for tool in held[index] { ownBits.insert(tool) }
            processes[process.id.value] = ProcessFacts(
                model: context.modelChoice(for: process)?.reference.value, budget: context.budget(for: process)?.tokens.value,
                tools: own, toolBits: ownBits, reachableTools: reach.reach[index].subtracting(ownBits),
                handoffs: Set(process.handoffs.map(\.value)), hasWildcard: wildcards[index],
                reachesWildcard: !wildcards[index] && wildcardReach.reach[index].contains(0), context: process.context.map(\.value),
                line: process.id.range.start.line)
            processOrder.append(process.id.value)
        }
        for tool in context.ipc?.tools ?? [] where tools[tool.id.value] == nil {
            tools[tool.id.value] = ToolFacts(
                scope: tool.scope?.value, resource: tool.resource?.value, approval: tool.effectiveApproval, line: tool.id.range.start.line)
            toolOrder.append(tool.id.value)
        }
        for store in context.filesystem?.stores ?? [] where stores[store.id.value] == nil {
            stores[store.id.value] = StoreFacts(
                kind: store.kind?.value, backend: store.backend?.value, embedding: store.embedding?.value, line: store.id.range.start.line)
            storeOrder.append(store.id.value)
        }
        for model in context.cpu?.models ?? [] where models[model.id.value] == nil {
            models[model.id.value] = ModelFacts(
                provider: model.provider?.value, model: model.model?.value, window: model.contextWindow?.value,
                maxOutput: model.maxOutputTokens?.value, endpoint: model.endpoint?.value,
                prices: [model.cost?.inputPerMTok?.value, model.cost?.outputPerMTok?.value, model.cost?.cachedInputPerMTok?.value],
                line: model.id.range.start.line)
            modelOrder.append(model.id.value)
        }
        // The first route that lists a task is the one that applies (as for the rules).
        for route in context.cpu?.routing ?? [] {
            for task in route.tasks where routes[task.value] == nil {
                routes[task.value] = RouteFacts(use: route.use?.value, fallback: route.fallback?.value, line: route.range.start.line)
            }
        }
        routeOrder = routes.keys.sorted()
        defaultModel = context.cpu?.default?.value
        entry = context.kernel?.entry?.value
        orchestrator = context.kernel?.orchestrator?.value
        ramPolicy = context.ram?.policy?.value
        defaultBudget = context.ram?.defaultBudgetTokens?.value
        promptCache = context.ram?.promptCache?.enabled?.value
        promptCacheScope = context.ram?.promptCache?.scope?.value
        pagingEvict = context.ram?.paging?.evict?.value
        pagingTo = context.ram?.paging?.to?.value
        if let limits = context.kernel?.limits {
            hasLimits = true
            maxSteps = limits.maxSteps?.value
            timeoutSeconds = limits.timeoutSeconds?.value
        }
        maxHops = context.ipc?.maxHops?.value
        if let tracing = context.kernel?.tracing {
            tracingEnabled = tracing.enabled?.value
            traceEvents = Set(tracing.events?.value.map(\.value) ?? [])
            sampleRate = tracing.sampleRate?.value ?? 1
            exporter = tracing.exporter?.value
            traceEndpoint = tracing.endpoint?.value
            redact = Set(tracing.redact?.value.map(\.value) ?? [])
        }
        isolation = context.userSpace?.isolation?.value
        interface = context.userSpace?.interface?.value
        concurrency = context.userSpace?.concurrency?.value
        sloLatencyMs = context.userSpace?.slo?.p99LatencyMs?.value
        sloAvailability = context.userSpace?.slo?.availability?.value
        hasCheckpoints = context.filesystem?.checkpoints != nil
        checkpointEvery = context.filesystem?.checkpoints?.every?.value
        checkpointBackend = context.filesystem?.checkpoints?.backend?.value
        retentionDays = context.filesystem?.checkpoints?.retentionDays?.value
        let ranges: [String: SourceRange?] = [
            "max_steps": context.kernel?.limits?.maxSteps?.range ?? context.kernel?.limits?.key,
            "timeout_seconds": context.kernel?.limits?.timeoutSeconds?.range ?? context.kernel?.limits?.key,
            "max_hops": context.ipc?.maxHops?.range,
            "default_budget_tokens": context.ram?.defaultBudgetTokens?.range,
            "policy": context.ram?.policy?.range,
            "prompt_cache": context.ram?.promptCache?.range,
            "paging": context.ram?.paging?.key,
            "tracing": context.kernel?.tracing?.enabled?.range ?? context.kernel?.tracing?.key,
            "events": context.kernel?.tracing?.events?.range,
            "sample_rate": context.kernel?.tracing?.sampleRate?.range ?? context.kernel?.tracing?.key,
            "redact": context.kernel?.tracing?.redact?.range,
            "exporter": context.kernel?.tracing?.exporter?.range,
            "endpoint": context.kernel?.tracing?.endpoint?.range,
            "isolation": context.userSpace?.isolation?.range,
            "interface": context.userSpace?.interface?.range,
            "concurrency": context.userSpace?.concurrency?.range,
            "slo": context.userSpace?.slo?.range,
            "checkpoints": context.filesystem?.checkpoints?.key,
            "entry": context.kernel?.entry?.range,
            "orchestrator": context.kernel?.orchestrator?.range,
            "default": context.cpu?.default?.range,
        ]
        for (key, range) in ranges {
            if let range { lines[key] = range.start.line }
        }
    }
}

/// One number per tool name over both specs of a diff, so that tool sets of the old and the new
/// spec are bit sets of the same numbering.
struct ToolNumbering: Sendable {
    private(set) var names: [String] = []
    private(set) var numbers: [String: Int] = [:]

    init(_ contexts: [RuleContext]) {
        for context in contexts {
            for tool in context.ipc?.tools ?? [] { add(tool.id.value) }
            for process in context.processes {
                for name in process.tools ?? [] where !context.isWildcardGrant(name.value) { add(name.value) }
            }
        }
    }

    private mutating func add(_ name: String) {
        guard numbers[name] == nil else { return }
        numbers[name] = names.count
        names.append(name)
    }
}
