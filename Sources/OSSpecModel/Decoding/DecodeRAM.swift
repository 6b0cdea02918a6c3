internal import OSSpecDiagnostics

extension DecodeSession {
    static let ramFields: [Field] = [
        .required(
            "policy", "relevant-only, sliding-window, summarize or full-history", .choice(of: RAMPolicy.self),
            help: "How each agent's context is kept within its budget: the paging policy. full-history means unlimited RAM (a warning)."),
        .optional(
            "default_budget_tokens", "the context budget of processes that set none", .integer(minimum: 1),
            help: "The context budget in tokens of every process that sets no budget_tokens: no process gets unlimited RAM."),
        .optional(
            "prompt_cache", "{enabled: true, scope: kernel | process}", .mapping(promptCacheFields),
            help: "Whether the stable prefix (system prompt, tools) stays in the provider's prompt cache, like a CPU cache."),
        .optional(
            "paging", "{evict: summarize | drop | offload, to: store id}", .mapping(pagingFields),
            help: "Where context goes when it is evicted. Required when the policy is summarize or relevant-only."),
    ]
    static let promptCacheFields: [Field] = [
        .required("enabled", "true or false", .boolean, help: "Whether the prompt cache is used."),
        .optional("scope", "kernel or process", .choice(of: PromptCacheScope.self), help: "One cache shared by the kernel, or one per process."),
    ]
    static let pagingFields: [Field] = [
        .required(
            "evict", "summarize, drop or offload", .choice(of: EvictionMode.self),
            help: "What happens to evicted context: summarized, dropped, or offloaded to a store."),
        .optional(
            "to", "the store id evicted context goes to; required unless evict is drop", .identifier,
            help: "The store id (filesystem.stores) that receives evicted context, like swap space. Required unless evict is drop."),
    ]

    func decodeRAM(_ node: Int, key ownerKey: SourceRange) -> RAM {
        var ram = RAM(range: range(node))
        fields(of: node, owner: "row 'ram'", ownerKey: ownerKey, fields: Self.ramFields) { name, key, value in
            switch name {
            case "policy": ram.policy = choice(value, key: key, what: "RAM policy", as: RAMPolicy.self)
            case "default_budget_tokens":
                ram.defaultBudgetTokens = integer(value, key: key, what: "'ram.default_budget_tokens'")
            case "prompt_cache":
                var cache = PromptCache(range: range(value))
                fields(of: value, owner: "'ram.prompt_cache'", ownerKey: range(key), fields: Self.promptCacheFields) {
                    name, key, value in
                    switch name {
                    case "enabled": cache.enabled = boolean(value, key: key, what: "'ram.prompt_cache.enabled'")
                    case "scope": cache.scope = choice(value, key: key, what: "prompt cache scope", as: PromptCacheScope.self)
                    default: break
                    }
                }
                ram.promptCache = cache
            case "paging":
                var paging = Paging(key: range(key), range: range(value))
                let isMapping = fields(of: value, owner: "'ram.paging'", ownerKey: range(key), fields: Self.pagingFields) { name, key, value in
                    switch name {
                    case "evict": paging.evict = choice(value, key: key, what: "eviction mode", as: EvictionMode.self)
                    case "to": paging.to = string(value, key: key, what: "'ram.paging.to'")
                    default: break
                    }
                }
                // Dropped context goes nowhere; summarized or offloaded context needs a store.
                if let evict = paging.evict, evict.value != .drop, paging.to == nil, !hasKey("to", in: value),
                    document[document.resolved(value)].kind == .mapping
                {
                    reportMissingKey(
                        .required("to", "the store id that receives evicted context, needed with evict: \(evict.value.rawValue)", .identifier, help: ""), owner: "'ram.paging'",
                        at: range(key))
                }
                ram.paging = isMapping ? paging : nil
            default: break
            }
        }
        return ram
    }
}
