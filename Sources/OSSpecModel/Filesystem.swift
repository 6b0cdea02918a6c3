public import OSSpecDiagnostics

/// `filesystem`: memory stores and checkpoints.
public struct Filesystem: Sendable {
    public var stores: [Store] = []
    public var checkpoints: Checkpoints?
    public var range: SourceRange

    public init(range: SourceRange) { self.range = range }
}

/// `filesystem.stores.<id>`.
public struct Store: Sendable {
    public var id: Located<String>
    public var kind: Located<StoreKind>?
    public var backend: Located<String>?
    public var embedding: Located<String>?
    public var range: SourceRange

    public init(id: Located<String>, range: SourceRange) {
        self.id = id
        self.range = range
    }
}

public enum StoreKind: String, Sendable, CaseIterable {
    case document, vector, kv, blob, sql, graph
}

/// `filesystem.checkpoints`.
public struct Checkpoints: Sendable {
    public var backend: Located<String>?
    public var every: Located<CheckpointFrequency>?
    public var retentionDays: Located<Int>?
    public var key: SourceRange
    public var range: SourceRange

    public init(key: SourceRange, range: SourceRange) {
        self.key = key
        self.range = range
    }
}

public enum CheckpointFrequency: String, Sendable, CaseIterable {
    case node, turn, session
}
