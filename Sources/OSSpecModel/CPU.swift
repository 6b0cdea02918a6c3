public import OSSpecDiagnostics

/// `cpu`: the models, and which task runs on which.
public struct CPU: Sendable {
    public var models: [Model] = []
    /// The `models` key, where "declared here" notes point.
    public var modelsKey: SourceRange?
    public var `default`: Located<String>?
    public var routing: [Route] = []
    public var range: SourceRange

    public init(range: SourceRange) { self.range = range }
}

/// `cpu.models.<id>`.
public struct Model: Sendable {
    public var id: Located<String>
    public var provider: Located<String>?
    public var model: Located<String>?
    public var contextWindow: Located<Int>?
    public var maxOutputTokens: Located<Int>?
    public var cost: ModelCost?
    public var endpoint: Located<String>?

    public init(id: Located<String>) { self.id = id }

    /// The providers the format knows; another value is a warning, not an error.
    public static let knownProviders = [
        "anthropic", "openai", "google", "azure-openai", "bedrock", "vertex", "mistral", "ollama", "vllm",
        "openai-compatible", "stub",
    ]
}

/// `cpu.models.<id>.cost`: USD per million tokens.
public struct ModelCost: Sendable {
    public var inputPerMTok: Located<Double>?
    public var outputPerMTok: Located<Double>?
    public var cachedInputPerMTok: Located<Double>?
    public var range: SourceRange

    public init(range: SourceRange) { self.range = range }
}

/// One entry of `cpu.routing`.
public struct Route: Sendable {
    public var tasks: [Located<String>] = []
    public var use: Located<String>?
    public var fallback: Located<String>?
    public var range: SourceRange

    public init(range: SourceRange) { self.range = range }
}
