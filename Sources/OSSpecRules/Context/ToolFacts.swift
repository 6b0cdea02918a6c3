public import OSSpecModel

/// What a tool can do, in the terms the permission rules reason in.
extension Tool {
    /// `write`, `execute` or `admin`: it changes the world.
    public var isPrivileged: Bool {
        guard let scope = scope?.value else { return false }
        return scope == .write || scope == .execute || scope == .admin
    }

    /// `read` of a store of the system: private data.
    public var readsPrivateData: Bool { scope?.value == .read && !touchesExternalResource }

    /// A `network` tool, or a `read` of an outside resource: content nobody vetted.
    public var bringsUntrustedContent: Bool {
        scope?.value == .network || (scope?.value == .read && touchesExternalResource)
    }

    /// A `network` tool, or a `write` to an outside resource: a way for data to leave.
    public var canExfiltrate: Bool {
        scope?.value == .network || (scope?.value == .write && touchesExternalResource)
    }

    /// Needs a person to approve each call.
    public var needsApproval: Bool { effectiveApproval == .human }
}

/// Where the first tool in process `index`'s allowlist that is declared and satisfies
/// `condition` sits in `context.tools.elements`: a position is a few bytes per process where a
/// `Tool` is hundreds.
func firstToolPosition(ofProcess index: Int, in context: RuleContext, where condition: (Tool) -> Bool) -> Int? {
    let tools = context.tools.elements
    for case let position? in context.grants.positions(ofProcess: index) where condition(tools[position]) {
        return position
    }
    return nil
}
