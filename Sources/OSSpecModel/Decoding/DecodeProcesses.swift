internal import OSSpecDiagnostics

extension DecodeSession {
    static let processFields: [Field] = [
        .required("description", "what this agent does", .text, help: "What this agent does, in a sentence."),
        .optional(
            "task", "the routing key matched against cpu.routing", .text,
            help: "The routing key, matched against cpu.routing[].when.task to choose its model. Required unless `model` is set."),
        .optional("model", "a model id that pins this process's model", .identifier, help: "A model id (cpu.models) that pins this process's model, overriding routing."),
        .optional(
            "budget_tokens", "this process's context budget", .integer(minimum: 1),
            help: "This process's context budget in tokens; defaults to ram.default_budget_tokens. It must fit the model's window."),
        .optional(
            "context", "the slots it sees, e.g. [current_turn, plan]", .list(of: .text, nonEmpty: false),
            help: "The slots the agent sees (current_turn, plan, transcript_summary, ...): its working set."),
        .required(
            "tools", "its tool allowlist; [] for none", .list(of: .text, nonEmpty: false),
            help: "Its tool allowlist, by tool id (ipc.tools); [] for none. No process gets root: '*' or 'all' is an error."),
        .optional(
            "handoffs", "the process ids it may hand off to", .list(of: .text, nonEmpty: false),
            help: "The process ids it may hand control to."),
        .optional("prompt", "its system prompt", .text, help: "Its system prompt; generators use it."),
    ]

    func decodeProcesses(_ node: Int, key ownerKey: SourceRange) -> Processes {
        var processes = Processes(range: range(node))
        processes.entries.reserveCapacity(entryCount(of: node))
        entries(of: node, owner: "'processes'") { id, _, entry in
            processes.entries.append(decodeProcess(id: id, node: entry))
        }
        return processes
    }

    private func decodeProcess(id: Located<String>, node: Int) -> Process {
        var process = Process(id: id, range: range(node))
        func owner() -> String { "process '\(id.value)'" }
        let isMapping = fields(of: node, owner: owner(), ownerKey: id.range, fields: Self.processFields) { name, key, value in
            switch name {
            case "description": process.description = string(value, key: key, what: "the description of \(owner())")
            case "task": process.task = string(value, key: key, what: "the task of \(owner())")
            case "model": process.model = string(value, key: key, what: "the model of \(owner())")
            case "budget_tokens": process.budgetTokens = integer(value, key: key, what: "the budget of \(owner())")
            case "context": process.context = stringList(value, key: key, what: "the context of \(owner())") ?? []
            case "tools":
                process.toolsKey = range(key)
                process.tools = stringList(value, key: key, what: "the tools of \(owner())")
            case "handoffs": process.handoffs = stringList(value, key: key, what: "the handoffs of \(owner())") ?? []
            case "prompt": process.prompt = string(value, key: key, what: "the prompt of \(owner())")
            default: break
            }
        }
        // `task` routes the process; without a task it needs a pinned model. Only when neither
        // key is written: a written but unreadable one has been reported already.
        if isMapping, !hasKey("task", in: node), !hasKey("model", in: node) {
            report(
                CompletenessRules.missingKey.diagnostic(
                    "Process '\(id.value)' has neither a 'task' (to route it) nor a 'model' (to pin it).",
                    at: id.range, hint: "Add `task:` matching a route in cpu.routing, or `model:` naming a model."))
        }
        return process
    }

    /// Whether a mapping writes `name` as a key (whatever its value).
    func hasKey(_ name: String, in node: Int) -> Bool {
        let mapping = document.resolved(node)
        guard document[mapping].kind == .mapping else { return false }
        return document.pairs(of: mapping).contains { key, _ in
            let resolved = document.resolved(key)
            return document[resolved].kind == .scalar && document.scalarBytes(resolved).elementsEqual(name.utf8)
        }
    }
}
