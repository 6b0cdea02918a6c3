public import OSSpecDiagnostics

/// `ipc`: tools with permission scopes, and handoffs.
public struct IPC: Sendable {
    public var tools: [Tool] = []
    /// The `tools` key, where "declared here" notes point.
    public var toolsKey: SourceRange?
    public var maxHops: Located<Int>?
    public var range: SourceRange

    public init(range: SourceRange) { self.range = range }
}

/// `ipc.tools.<id>`.
public struct Tool: Sendable {
    public var id: Located<String>
    public var scope: Located<ToolScope>?
    /// A store id, or `external:<name>`.
    public var resource: Located<String>?
    public var approval: Located<Approval>?
    public var justification: Located<String>?
    public var description: Located<String>?
    public var range: SourceRange

    public init(id: Located<String>, range: SourceRange) {
        self.id = id
        self.range = range
    }

    /// Whether the resource is outside the system (`external:<name>`).
    public var touchesExternalResource: Bool { resource?.value.hasPrefix("external:") ?? false }

    /// The approval in force: `none` unless written otherwise.
    public var effectiveApproval: Approval { approval?.value ?? .none }
}

public enum ToolScope: String, Sendable, CaseIterable {
    case read, write, execute, network, admin
}

public enum Approval: String, Sendable, CaseIterable {
    case none, human
}
