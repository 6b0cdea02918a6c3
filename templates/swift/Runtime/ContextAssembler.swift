/// How many tokens a text takes. Approximate by default; a real tokenizer plugs in here.
public protocol TokenEstimator: Sendable {
    func tokens(_ text: String) -> Int
}

/// About four characters a token, never zero for non-empty text.
public struct ApproximateTokenEstimator: TokenEstimator {
    public init() {}
    public func tokens(_ text: String) -> Int { (text.count + 3) / 4 }
}

/// RAM: a process sees its system prompt, its `context` slots and its own messages, trimmed
/// to its budget. The oldest messages are evicted first (the prompt and the slots are only
/// clipped, when they alone pass the budget); per `ram.paging` they are summarized
/// (the summary stays in context), offloaded or dropped, and, unless dropped, written to the
/// paging store.
public struct ContextAssembler: Sendable {
    public var spec: SpecDefinition
    public var estimator: any TokenEstimator

    public init(spec: SpecDefinition, estimator: any TokenEstimator = ApproximateTokenEstimator()) {
        self.spec = spec
        self.estimator = estimator
    }

    public struct Assembled: Sendable {
        public var messages: [Message]
        public var tokens: Int
        public var evicted: [Message]
    }

    public func budget(of process: ProcessDefinition, model: ModelDefinition) -> Int {
        process.budgetTokens ?? spec.ram?.defaultBudgetTokens ?? model.contextWindow
    }

    /// The context for `process`; trims `state.history[process]` in place and pages out what it evicts.
    public func assemble(_ process: ProcessDefinition, model: ModelDefinition, state: inout SessionState, stores: StoreSet) throws -> Assembled {
        var fixed = [Message(role: "system", content: Prompts.byProcess[process.id] ?? process.description)]
        for slot in process.context {
            let content = slot == "current_turn" ? state.input : state.slots[slot]
            if let content, !content.isEmpty { fixed.append(Message(role: "user", content: "[\(slot)] \(content)")) }
        }
        if process.context.isEmpty { fixed.append(Message(role: "user", content: state.input)) }
        var history = state.history[process.id] ?? []
        let budget = budget(of: process, model: model)
        let size = { (messages: [Message]) in messages.reduce(0) { $0 + estimator.tokens($1.content) } }
        var evicted: [Message] = []
        while size(fixed + history) > budget, !history.isEmpty {
            evicted.append(history.removeFirst())
        }
        // What is always sent (the prompt and the context slots) is clipped when it alone passes
        // the budget, the last slot first and the prompt last: the budget is the RAM the process
        // is promised, and a long input must not overrun it. A slot's clipped end is evicted
        // context, paged once.
        var clipped: [Message] = []
        var index = fixed.count - 1
        while size(fixed) > budget, index >= 0 {
            let whole = fixed[index].content
            var text = whole
            while size(fixed) > budget, !text.isEmpty {
                let over = size(fixed) - budget
                text = String(text.prefix(max(0, text.count - max(over * 4, 1))))
                fixed[index].content = text
            }
            if index > 0, text.count < whole.count {
                clipped.append(Message(role: fixed[index].role, content: String(whole.dropFirst(text.count))))
            }
            index -= 1
        }
        evicted = clipped.reversed() + evicted
        if !evicted.isEmpty {
            let mode = spec.ram?.pagingEvict ?? "drop"
            // Summarized when history left; a clipped end alone, evicted again every step, would
            // add a summary each step.
            if mode == "summarize", evicted.count > clipped.count {
                let summary = Message(role: "system", content: "Summary of \(evicted.count) earlier messages: " + String(evicted.map(\.content).joined(separator: " / ").prefix(120)))
                if size(fixed + [summary] + history) <= budget { history.insert(summary, at: 0) }
            }
            if mode != "drop", let storeID = spec.ram?.pagingStore, let store = stores.store(storeID) {
                for message in evicted.dropFirst(clipped.count) {
                    try store.put(key: "\(process.id)/paged/\(state.step)", value: message.content)
                }
                // A clipped end is clipped again at every step (the slots are read anew): paged
                // once, under a key of its own.
                for message in clipped {
                    let key = "\(process.id)/paged/input"
                    if try !store.all().contains(where: { $0.key == key && $0.value == message.content }) {
                        try store.put(key: key, value: message.content)
                    }
                }
            }
        }
        state.history[process.id] = history
        let messages = fixed + history
        return Assembled(messages: messages, tokens: size(messages), evicted: evicted)
    }
}
