public import OSSpecDiagnostics

/// `processes`: the agents.
public struct Processes: Sendable {
    public var entries: [Process] = []
    public var range: SourceRange

    public init(range: SourceRange) { self.range = range }
}

/// `processes.<id>`.
public struct Process: Sendable {
    public var id: Located<String>
    public var description: Located<String>?
    public var task: Located<String>?
    public var model: Located<String>?
    public var budgetTokens: Located<Int>?
    public var context: [Located<String>] = []
    /// The allowlist; nil when the key is absent or unreadable.
    public var tools: [Located<String>]?
    /// The `tools` key, for findings about the allowlist as a whole.
    public var toolsKey: SourceRange?
    public var handoffs: [Located<String>] = []
    public var prompt: Located<String>?
    public var range: SourceRange

    public init(id: Located<String>, range: SourceRange) {
        self.id = id
        self.range = range
    }
}
