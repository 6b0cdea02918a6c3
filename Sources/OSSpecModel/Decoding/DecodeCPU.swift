internal import OSSpecDiagnostics

extension DecodeSession {
    static let cpuFields: [Field] = [
        .required(
            "models", "a mapping from model ids to {provider, model, context_window}", .entries(of: .mapping(modelFields), nonEmpty: true),
            help: "The CPUs: every model the system may call, by id. Processes run on them by routing or by pinning."),
        .optional(
            "default", "the model id used when no route matches", .identifier,
            help: "The model id a process runs on when no route matches its task and it pins no model. Required unless every task is routed."),
        .optional(
            "routing", "a list of {when: {task: [...]}, use: model id, fallback: model id}", .list(of: .mapping(routeFields), nonEmpty: false),
            help: "The scheduler: which model runs which tasks, e.g. a large model for planning and a small one for formatting."),
    ]
    static let modelFields: [Field] = [
        .required(
            "provider", "e.g. anthropic, openai, ollama, stub", .openChoice(Model.knownProviders),
            help: "Who serves the model. Another value than the known providers is a warning (unknown-provider)."),
        .required("model", "the provider's model name", .text, help: "The provider's name for the model, e.g. gpt-4.1-mini."),
        .required(
            "context_window", "the window in tokens", .integer(minimum: 1),
            help: "The model's context window in tokens: the physical RAM every budget must fit in."),
        .optional(
            "max_output_tokens", "tokens reserved for output", .integer(minimum: 0),
            help: "Tokens reserved for the model's reply, taken out of the context window."),
        .optional(
            "cost", "{input_per_mtok, output_per_mtok, cached_input_per_mtok} in USD", .mapping(costFields),
            help: "Prices in USD per million tokens, for cost estimates."),
        .optional("endpoint", "a URL, for self-hosted providers", .url, help: "The model server's URL, for self-hosted providers (ollama, vllm, ...)."),
    ]
    static let costFields: [Field] = [
        .optional("input_per_mtok", "USD per million input tokens", .price, help: "USD per million input tokens."),
        .optional("output_per_mtok", "USD per million output tokens", .price, help: "USD per million output tokens."),
        .optional("cached_input_per_mtok", "USD per million cached input tokens", .price, help: "USD per million input tokens read from the prompt cache."),
    ]
    static let routeFields: [Field] = [
        .required("when", "{task: [task, ...]}", .mapping(routeConditionFields), help: "The condition of the route: which tasks it takes."),
        .required("use", "the model id for these tasks", .identifier, help: "The model id that runs these tasks."),
        .optional(
            "fallback", "the model id used when the first fails", .identifier,
            help: "The model id used when the first one fails; its window must hold the same budgets."),
    ]
    static let routeConditionFields: [Field] = [
        .required(
            "task", "a list of task names", .list(of: .text, nonEmpty: true),
            help: "Task names, matched against each process's `task`.")
    ]

    func decodeCPU(_ node: Int, key ownerKey: SourceRange) -> CPU {
        var cpu = CPU(range: range(node))
        fields(of: node, owner: "row 'cpu'", ownerKey: ownerKey, fields: Self.cpuFields) { name, key, value in
            switch name {
            case "models":
                cpu.modelsKey = range(key)
                if isNull(value) || document.childCount(document.resolved(value)) == 0 && document[document.resolved(value)].kind == .mapping {
                    report(
                        CompletenessRules.emptyValue.diagnostic(
                            "'cpu.models' lists no model; a system needs at least one.", at: range(key),
                            hint: "Add a model: `large: {provider: ..., model: ..., context_window: ...}`."))
                    return
                }
                cpu.models.reserveCapacity(entryCount(of: value))
                entries(of: value, owner: "'cpu.models'") { id, _, entry in
                    cpu.models.append(decodeModel(id: id, node: entry))
                }
            case "default": cpu.default = string(value, key: key, what: "'cpu.default'")
            case "routing":
                guard let routes = list(value, key: key, what: "'cpu.routing'") else { return }
                cpu.routing.reserveCapacity(routes.count)
                for (index, route) in routes.enumerated() {
                    cpu.routing.append(decodeRoute(route, index: index))
                }
            default: break
            }
        }
        return cpu
    }

    private func decodeModel(id: Located<String>, node: Int) -> Model {
        var model = Model(id: id)
        func owner() -> String { "model '\(id.value)'" }
        fields(of: node, owner: owner(), ownerKey: id.range, fields: Self.modelFields) { name, key, value in
            switch name {
            case "provider": model.provider = string(value, key: key, what: "the provider of \(owner())")
            case "model": model.model = string(value, key: key, what: "the model name of \(owner())")
            case "context_window": model.contextWindow = integer(value, key: key, what: "the context window of \(owner())")
            case "max_output_tokens":
                model.maxOutputTokens = integer(value, key: key, what: "max_output_tokens of \(owner())", minimum: 0)
            case "cost": model.cost = decodeCost(value, key: key, owner: owner())
            case "endpoint": model.endpoint = url(value, key: key, what: "the endpoint of \(owner())")
            default: break
            }
        }
        return model
    }

    private func decodeCost(_ node: Int, key: Int, owner: String) -> ModelCost {
        var cost = ModelCost(range: range(node))
        let price = { (value: Int, key: Int, field: String) -> Located<Double>? in
            self.number(value, key: key, what: "\(field) of \(owner)", bounds: 0...1_000_000, boundsText: "0 or more")
        }
        fields(of: node, owner: "the cost of \(owner)", ownerKey: range(key), fields: Self.costFields) { name, key, value in
            switch name {
            case "input_per_mtok": cost.inputPerMTok = price(value, key, name)
            case "output_per_mtok": cost.outputPerMTok = price(value, key, name)
            case "cached_input_per_mtok": cost.cachedInputPerMTok = price(value, key, name)
            default: break
            }
        }
        return cost
    }

    private func decodeRoute(_ node: Int, index: Int) -> Route {
        var route = Route(range: range(node))
        func owner() -> String { "route \(index + 1) of 'cpu.routing'" }
        fields(of: node, owner: owner(), ownerKey: range(node), fields: Self.routeFields) { name, key, value in
            switch name {
            case "when":
                fields(of: value, owner: "'when' of \(owner())", ownerKey: range(key), fields: Self.routeConditionFields) {
                    _, key, value in
                    route.tasks = stringList(value, key: key, what: "the tasks of \(owner())", nonEmpty: true) ?? []
                }
            case "use": route.use = string(value, key: key, what: "'use' of \(owner())")
            case "fallback": route.fallback = string(value, key: key, what: "'fallback' of \(owner())")
            default: break
            }
        }
        return route
    }

    /// A URL: a string with a scheme (`https://...`).
    func url(_ value: Int, key: Int, what: @autoclosure () -> String) -> Located<String>? {
        guard let text = string(value, key: key, what: what()) else { return nil }
        guard let schemeEnd = text.value.range(of: "://"), !text.value[..<schemeEnd.lowerBound].isEmpty,
            !text.value.contains(where: \.isWhitespace)
        else {
            report(
                SchemaRules.invalidValue.diagnostic(
                    "\(DecodeSession.capitalized(what())) is not a URL: '\(DecodeSession.shortened(text.value))'.",
                    at: text.range, hint: "Write a full URL such as https://host:port/path."))
            return nil
        }
        return text
    }
}

extension String {
    /// The range of `needle` in the string, without Foundation.
    fileprivate func range(of needle: String) -> Range<String.Index>? {
        guard !needle.isEmpty else { return nil }
        var index = startIndex
        while index < endIndex {
            if self[index...].hasPrefix(needle) { return index..<self.index(index, offsetBy: needle.count) }
            index = self.index(after: index)
        }
        return nil
    }
}
