/// The spec as values: what the kernel enforces. `SpecDefinition.generated` is this package's
/// spec; tests build others to exercise limits.
public struct SpecDefinition: Sendable {
    public var name: String
    public var description: String?
    public var models: [ModelDefinition]
    public var defaultModel: String?
    public var routes: [RouteDefinition]
    public var ram: RAMDefinition?
    public var stores: [StoreDefinition]
    public var checkpoints: CheckpointPolicy?
    public var processes: [ProcessDefinition]
    public var tools: [ToolDefinition]
    public var maxHops: Int?
    public var orchestrator: String
    public var entry: String
    public var maxSteps: Int
    public var timeoutSeconds: Double
    public var tracing: TracingDefinition
    public var userSpace: UserSpaceDefinition?
    /// Rows written as `n/a: reason`, by row name.
    public var notApplicable: [String: String]

    public func process(_ id: String) -> ProcessDefinition? { processes.first { $0.id == id } }
    public func tool(_ id: String) -> ToolDefinition? { tools.first { $0.id == id } }
    public func model(_ id: String) -> ModelDefinition? { models.first { $0.id == id } }
    public func traces(_ event: TraceEventKind) -> Bool { tracing.events.contains(event.rawValue) }
}

public struct ModelDefinition: Sendable {
    public var id: String
    public var provider: String
    public var model: String
    public var contextWindow: Int
    public var maxOutputTokens: Int?
    public var endpoint: String?
}

public struct RouteDefinition: Sendable {
    public var tasks: [String]
    public var use: String
    public var fallback: String?
}

public struct RAMDefinition: Sendable {
    public var policy: String
    public var defaultBudgetTokens: Int?
    public var promptCache: Bool
    public var pagingEvict: String?
    public var pagingStore: String?
}

public struct StoreDefinition: Sendable {
    public var id: String
    public var kind: String
    public var backend: String
    public var embedding: String?
}

public struct CheckpointPolicy: Sendable {
    public var backend: String
    /// `node` (after every step), `turn` (when a command's run stops) or `session` (when it
    /// stops, keeping only the session's newest checkpoint).
    public var every: String
    /// A new `run` first deletes the checkpoints of sessions whose newest one is older.
    public var retentionDays: Int?
}

public struct ProcessDefinition: Sendable {
    public var id: String
    public var description: String
    public var task: String?
    public var model: String?
    public var budgetTokens: Int?
    public var context: [String]
    public var tools: [String]
    public var handoffs: [String]
}

public struct ToolDefinition: Sendable {
    public var id: String
    public var scope: String
    public var resource: String?
    public var approval: String
    public var justification: String?
    public var description: String

    public var needsApproval: Bool { approval == "human" }
}

public struct TracingDefinition: Sendable {
    public var exporter: String
    public var endpoint: String?
    public var sampleRate: Double
    public var events: [String]
    public var redact: [String]
}

public struct UserSpaceDefinition: Sendable {
    public var app: String
    public var interface: String
    public var isolation: String
    public var concurrency: Int?
}

/// Tool implementations, one static function per tool in Sources/Runtime/Tools/.
public enum ToolImplementations {}

/// System prompts, one per process in Sources/Runtime/Prompts/.
public enum Prompts {}
