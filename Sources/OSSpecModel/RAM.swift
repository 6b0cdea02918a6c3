public import OSSpecDiagnostics

/// `ram`: what each agent may hold in its context window.
public struct RAM: Sendable {
    public var policy: Located<RAMPolicy>?
    public var defaultBudgetTokens: Located<Int>?
    public var promptCache: PromptCache?
    public var paging: Paging?
    public var range: SourceRange

    public init(range: SourceRange) { self.range = range }
}

public enum RAMPolicy: String, Sendable, CaseIterable {
    case relevantOnly = "relevant-only"
    case slidingWindow = "sliding-window"
    case summarize
    /// Unlimited RAM.
    case fullHistory = "full-history"
}

/// `ram.prompt_cache`.
public struct PromptCache: Sendable {
    public var enabled: Located<Bool>?
    public var scope: Located<PromptCacheScope>?
    public var range: SourceRange

    public init(range: SourceRange) { self.range = range }
}

public enum PromptCacheScope: String, Sendable, CaseIterable {
    case kernel, process
}

/// `ram.paging`: where evicted context goes.
public struct Paging: Sendable {
    public var evict: Located<EvictionMode>?
    public var to: Located<String>?
    /// The `paging` key, for findings about the whole entry.
    public var key: SourceRange
    public var range: SourceRange

    public init(key: SourceRange, range: SourceRange) {
        self.key = key
        self.range = range
    }
}

public enum EvictionMode: String, Sendable, CaseIterable {
    case summarize, drop, offload
}
