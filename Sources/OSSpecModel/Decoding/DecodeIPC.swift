internal import OSSpecDiagnostics

extension DecodeSession {
    static let ipcFields: [Field] = [
        .required(
            "tools", "a mapping from tool ids to {scope, resource, description}; may be {}", .entries(of: .mapping(toolFields), nonEmpty: false),
            help: "The system calls: every tool an agent may call, by id, with what it may touch. May be {}."),
        .optional(
            "handoffs", "{max_hops: N}, required when handoffs form a cycle", .mapping(handoffFields),
            help: "Bounds on agent-to-agent handoffs. max_hops is required when the handoff graph has a cycle."),
    ]
    static let toolFields: [Field] = [
        .required(
            "scope", "read, write, execute, network or admin", .choice(of: ToolScope.self),
            help: "The tool's privilege: read, write, execute, network, or admin (root: needs a justification and approval)."),
        .optional(
            "resource", "a store id or external:<name>", .text,
            help: "What the tool touches: a store id, or external:<name> for an outside system. Required for read and write."),
        .optional(
            "approval", "none or human", .choice(of: Approval.self),
            help: "Whether a human approves each call (default none). Approval pauses the run, so it needs checkpoints."),
        .optional("justification", "why an admin tool needs root", .text, help: "Why an admin tool needs root; required for scope admin."),
        .required("description", "what the tool does", .text, help: "What the tool does, in a sentence."),
    ]
    static let handoffFields: [Field] = [
        .required(
            "max_hops", "the most handoffs in one session", .integer(minimum: 1),
            help: "The most handoffs in one session, so a cycle of agents cannot run forever.")
    ]

    func decodeIPC(_ node: Int, key ownerKey: SourceRange) -> IPC {
        var ipc = IPC(range: range(node))
        fields(of: node, owner: "row 'ipc'", ownerKey: ownerKey, fields: Self.ipcFields) { name, key, value in
            switch name {
            case "tools":
                ipc.toolsKey = range(key)
                if isNull(value) {
                    reportEmpty(key: key, value: value, what: "'ipc.tools'")
                    return
                }
                ipc.tools.reserveCapacity(entryCount(of: value))
                entries(of: value, owner: "'ipc.tools'") { id, _, entry in
                    ipc.tools.append(decodeTool(id: id, node: entry))
                }
            case "handoffs":
                fields(of: value, owner: "'ipc.handoffs'", ownerKey: range(key), fields: Self.handoffFields) { _, key, value in
                    ipc.maxHops = integer(value, key: key, what: "'ipc.handoffs.max_hops'")
                }
            default: break
            }
        }
        return ipc
    }

    private func decodeTool(id: Located<String>, node: Int) -> Tool {
        var tool = Tool(id: id, range: range(node))
        func owner() -> String { "tool '\(id.value)'" }
        var resourceWritten = false
        let isMapping = fields(of: node, owner: owner(), ownerKey: id.range, fields: Self.toolFields) { name, key, value in
            switch name {
            case "scope": tool.scope = choice(value, key: key, what: "tool scope", as: ToolScope.self)
            case "resource":
                resourceWritten = true
                tool.resource = resource(value, key: key, owner: owner())
            case "approval": tool.approval = choice(value, key: key, what: "approval", as: Approval.self)
            case "justification": tool.justification = string(value, key: key, what: "the justification of \(owner())")
            case "description": tool.description = string(value, key: key, what: "the description of \(owner())")
            default: break
            }
        }
        if isMapping, !resourceWritten, let scope = tool.scope, scope.value == .read || scope.value == .write {
            report(
                CompletenessRules.missingKey.diagnostic(
                    "Tool '\(id.value)' has scope \(scope.value.rawValue) but no 'resource' saying what it touches.",
                    at: id.range, hint: "Add `resource:` with a store id or `external:<name>`."))
        }
        return tool
    }

    private func resource(_ value: Int, key: Int, owner: @autoclosure () -> String) -> Located<String>? {
        guard let text = string(value, key: key, what: "the resource of \(owner())") else { return nil }
        if text.value.hasPrefix("external:"), text.value.dropFirst("external:".count).allSatisfy(\.isWhitespace) {
            report(
                SchemaRules.invalidValue.diagnostic(
                    "The resource of \(owner()) is 'external:' without a name.", at: text.range,
                    hint: "Name the outside system, e.g. `external:payments`."))
            return nil
        }
        return text
    }
}
