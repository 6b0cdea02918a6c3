public import OSSpecDiagnostics

/// `kernel`: the orchestration layer, its limits and its instrumentation.
public struct Kernel: Sendable {
    public var orchestrator: Located<String>?
    public var entry: Located<String>?
    /// nil when absent or not a mapping (the decoder reported the latter).
    public var limits: Limits?
    public var tracing: Tracing?
    /// Whether `limits` and `tracing` are written at all, readable or not: a rule that reports
    /// their absence must not also fire when the decoder reported a wrong type.
    public var hasLimitsKey = false
    public var hasTracingKey = false
    public var range: SourceRange

    public init(range: SourceRange) { self.range = range }
}

/// `kernel.limits`.
public struct Limits: Sendable {
    public var maxSteps: Located<Int>?
    public var timeoutSeconds: Located<Double>?
    public var key: SourceRange
    public var range: SourceRange

    public init(key: SourceRange, range: SourceRange) {
        self.key = key
        self.range = range
    }
}

/// `kernel.tracing`.
public struct Tracing: Sendable {
    public var enabled: Located<Bool>?
    public var exporter: Located<String>?
    public var endpoint: Located<String>?
    public var sampleRate: Located<Double>?
    /// The `events` list; nil when absent or unreadable.
    public var events: Located<[Located<TraceEvent>]>?
    public var redact: Located<[Located<String>]>?
    /// Whether `redact` is written at all, readable or not.
    public var hasRedactKey = false
    public var key: SourceRange
    public var range: SourceRange

    public init(key: SourceRange, range: SourceRange) {
        self.key = key
        self.range = range
    }
}

public enum TraceEvent: String, Sendable, CaseIterable {
    case modelCall = "model_call"
    case toolCall = "tool_call"
    case handoff
    case checkpoint
    case approval
    case denial
}
