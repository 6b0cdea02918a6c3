internal import OSSpecModel
internal import OSSpecRules

/// Tokens and dollars per session and per N sessions, from routing, budgets, output limits and
/// model prices. An upper-bound estimate: every step is a model call whose input fills the
/// process's budget and whose output fills the model's output limit. Every assumption is kept
/// as a sentence so that the output states it; a model without prices is unknown, never free.
public struct CostEstimate: Sendable {
    public struct Options: Sendable {
        public var sessions: Int
        /// nil: the kernel's max_steps, else `fallbackSteps`.
        public var steps: Int?
        /// nil: each model's max_output_tokens, else `assumedOutputTokens`.
        public var outputTokens: Int?
        public init(sessions: Int = 1000, steps: Int? = nil, outputTokens: Int? = nil) {
            self.sessions = sessions
            self.steps = steps
            self.outputTokens = outputTokens
        }
    }

    /// Output tokens per call assumed for a model without `max_output_tokens`.
    public static let assumedOutputTokens = 1000
    /// Steps per session assumed when neither --steps nor kernel.limits.max_steps gives them.
    public static let fallbackSteps = 10
    /// Characters per token, for the size of a system prompt.
    public static let charactersPerToken = 4

    public struct ProcessShare: Sendable {
        public let process: String
        public let model: String?
        public let calls: Double
        public let inputTokens: Double
        public let cachedInputTokens: Double
        public let outputTokens: Double
    }

    public struct ModelCost: Sendable {
        public let model: String
        public let inputTokens: Double
        public let cachedInputTokens: Double
        public let outputTokens: Double
        /// USD per session; nil when the model has no input or output price.
        public let dollars: Double?
        /// What the cache saves per session; nil when unknown (no cached price) or no cache.
        public let cacheSavings: Double?
        public let missingPrices: [String]
    }

    public let specName: String
    public let sessions: Int
    public let steps: Int
    public let assumptions: [String]
    public let processes: [ProcessShare]
    public let models: [ModelCost]
    public let cacheEnabled: Bool

    public var tokensPerSession: Double { models.reduce(0) { $0 + $1.inputTokens + $1.outputTokens } }
    /// The sum over models with prices.
    public var knownDollarsPerSession: Double { models.reduce(0) { $0 + ($1.dollars ?? 0) } }
    public var unpricedModels: [ModelCost] { models.filter { $0.dollars == nil } }
    public var cacheSavingsPerSession: Double { models.reduce(0) { $0 + ($1.cacheSavings ?? 0) } }

    /// The model entry of the processes that have none (a task without a route and no default).
    public static let noModel = "(no model)"

    /// `process 'a'`, `processes 'a', 'b' and 3 more`.
    static func names(_ ids: [String]) -> String {
        let shown = ids.prefix(5).map { "'\($0)'" }.joined(separator: ", ")
        return (ids.count == 1 ? "process " : "processes ") + shown + (ids.count > 5 ? " and \(ids.count - 5) more" : "")
    }

    public init(_ reviewed: ReviewedSpec, options: Options = Options()) {
        specName = reviewed.name
        sessions = options.sessions
        var assumptions: [String] = []
        guard let context = reviewed.context else {
            steps = options.steps ?? Self.fallbackSteps
            self.assumptions = ["The spec could not be read; nothing to estimate."]
            processes = []
            models = []
            cacheEnabled = false
            return
        }
        if let given = options.steps {
            steps = given
            assumptions.append("\(NumberText.grouped(given)) model calls per session (--steps).")
        } else if let maxSteps = context.kernel?.limits?.maxSteps?.value {
            steps = maxSteps
            assumptions.append("\(NumberText.grouped(maxSteps)) model calls per session: kernel.limits.max_steps, the most a run may take (change with --steps).")
        } else {
            steps = Self.fallbackSteps
            assumptions.append("\(Self.fallbackSteps) model calls per session: the spec sets no kernel.limits.max_steps (change with --steps).")
        }
        assumptions.append("\(NumberText.grouped(options.sessions)) sessions for the totals (change with --sessions).")

        // The processes that can run: those reachable from the entry (all, without an entry).
        let entry = context.kernel?.entry?.value
        let entryIndex = entry.flatMap { context.processIndex[$0] }
        let reachable = entryIndex.map { context.graph.reachable(from: $0) } ?? Array(repeating: true, count: context.processes.count)
        let running = context.processes.indices.filter { reachable[$0] && context.processIndex[context.processes[$0].id.value] == $0 }
        let callsEach = running.isEmpty ? 0 : Double(steps) / Double(running.count)
        if let entry, entryIndex != nil {
            assumptions.append(
                "The calls are shared equally by the \(Plural.count(running.count, "process", plural: "processes")) reachable from the entry '\(entry)' (\(NumberText.approximate(callsEach)) each).")
        } else {
            assumptions.append("The calls are shared equally by all \(Plural.count(running.count, "process", plural: "processes")) (no entry to start from).")
        }
        if let output = options.outputTokens {
            assumptions.append(
                "Each call's input fills the process's context budget, and it writes \(NumberText.grouped(output)) output tokens (--output-tokens).")
        } else {
            assumptions.append(
                "Each call's input fills the process's context budget, and its output fills the model's max_output_tokens (\(NumberText.grouped(Self.assumedOutputTokens)) when not set): an upper bound (change with --output-tokens).")
        }
        assumptions.append("Each process runs on its pinned, routed or default model; fallback models are not counted.")

        let cache = context.ram?.promptCache
        cacheEnabled = cache?.enabled?.value == true
        let cacheScope = cache?.scope?.value ?? .process
        if cacheEnabled {
            let reuse = cacheScope == .kernel
                ? "every call but the first of each process over all sessions (scope kernel)"
                : "every call but the first of each process in a session (scope process)"
            assumptions.append(
                "Prompt cache on: a process's system prompt (its 'prompt', about \(Self.charactersPerToken) characters per token) is read from the cache on \(reuse), at the model's cached_input_per_mtok.")
        } else {
            assumptions.append("No prompt cache (ram.prompt_cache is not enabled): every input token is billed at the full input price.")
        }
        assumptions.append("Prices are cpu.models.<id>.cost in USD per million tokens; a model without them is listed as unknown, not as free.")

        var shares: [ProcessShare] = []
        // Processes without a context budget: what their input is taken to be instead.
        var windowFilled: [String] = []
        var unknownInput: [String] = []
        for index in running {
            let process = context.processes[index]
            let modelID = context.modelChoice(for: process)?.reference.value
            let model = modelID.flatMap { context.models[$0] }
            let budget: Double
            if let tokens = context.budget(for: process)?.tokens.value {
                budget = Double(tokens)
            } else if let model, let window = context.usableWindow(of: model), window > 0 {
                // Unlimited RAM fills the model's window: still an upper bound.
                budget = Double(window)
                windowFilled.append(process.id.value)
            } else {
                budget = 0
                unknownInput.append(process.id.value)
            }
            let output = Double(options.outputTokens ?? model?.maxOutputTokens?.value ?? Self.assumedOutputTokens)
            var cached = 0.0
            if cacheEnabled, callsEach > 0 {
                let promptTokens = min(budget, Double(((process.prompt?.value.count ?? 0) + Self.charactersPerToken - 1) / Self.charactersPerToken))
                // Calls that find the prompt in the cache, per session.
                let hits = cacheScope == .kernel
                    ? callsEach - 1 / Double(max(options.sessions, 1))
                    : max(callsEach - 1, 0)
                cached = promptTokens * max(hits, 0)
            }
            shares.append(
                ProcessShare(
                    process: process.id.value, model: modelID, calls: callsEach, inputTokens: budget * callsEach,
                    cachedInputTokens: cached, outputTokens: output * callsEach))
        }
        processes = shares
        if !windowFilled.isEmpty {
            assumptions.append(
                "No context budget for \(Self.names(windowFilled)): each call's input fills its model's context_window less max_output_tokens.")
        }
        if !unknownInput.isEmpty {
            assumptions.append(
                "No context budget for \(Self.names(unknownInput)), and no window to fill instead (no model, or a context_window no larger than max_output_tokens): input tokens unknown, counted as 0, so the totals are too low.")
        }
        self.assumptions = assumptions

        var order: [String] = []
        var byModel: [String: (input: Double, cached: Double, output: Double)] = [:]
        for share in shares {
            let key = share.model ?? Self.noModel
            if byModel[key] == nil { order.append(key) }
            let sum = byModel[key] ?? (0, 0, 0)
            byModel[key] = (sum.input + share.inputTokens, sum.cached + share.cachedInputTokens, sum.output + share.outputTokens)
        }
        models = order.map { id in
            let tokens = byModel[id]!
            let cost = context.models[id]?.cost
            var missing: [String] = []
            if cost?.inputPerMTok == nil { missing.append("input_per_mtok") }
            if cost?.outputPerMTok == nil { missing.append("output_per_mtok") }
            var dollars: Double?
            var savings: Double?
            if let input = cost?.inputPerMTok?.value, let output = cost?.outputPerMTok?.value {
                let cachedPrice = cost?.cachedInputPerMTok?.value
                let cachedBilled = cachedPrice == nil ? 0 : tokens.cached
                dollars = ((tokens.input - cachedBilled) * input + cachedBilled * (cachedPrice ?? input) + tokens.output * output) / 1_000_000
                if let cachedPrice, tokens.cached > 0 { savings = tokens.cached * (input - cachedPrice) / 1_000_000 }
            }
            if tokens.cached > 0, cost?.cachedInputPerMTok == nil { missing.append("cached_input_per_mtok") }
            return ModelCost(
                model: id, inputTokens: tokens.input, cachedInputTokens: tokens.cached, outputTokens: tokens.output, dollars: dollars,
                cacheSavings: savings, missingPrices: missing)
        }
    }
}
