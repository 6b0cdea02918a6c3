public import OSSpecDiagnostics

/// `user_space`: the application people use.
public struct UserSpace: Sendable {
    public var app: Located<String>?
    public var interface: Located<String>?
    public var isolation: Located<Isolation>?
    public var concurrency: Located<Int>?
    public var slo: SLO?
    public var range: SourceRange

    public init(range: SourceRange) { self.range = range }
}

public enum Isolation: String, Sendable, CaseIterable {
    case perSession = "per-session"
    case perUser = "per-user"
    case shared
}

/// `user_space.slo`.
public struct SLO: Sendable {
    public var p99LatencyMs: Located<Double>?
    public var availability: Located<Double>?
    public var range: SourceRange

    public init(range: SourceRange) { self.range = range }
}
