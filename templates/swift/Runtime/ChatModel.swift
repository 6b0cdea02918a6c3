import Foundation

/// What a model is asked: the process's assembled context, and what it may do.
public struct ModelRequest: Sendable {
    public var model: ModelDefinition
    public var process: ProcessDefinition
    public var messages: [Message]
    /// What the stub's script needs to know about the session.
    public var toolsCalled: Int
    public var visited: [String]
    public var returnTo: String?
    /// What is left of the run's `timeout_seconds`: a provider answers within it or fails.
    public var secondsLeft: TimeInterval = .infinity
}

/// What a model decides.
public enum ModelDecision: Sendable, Equatable {
    case callTool(String, input: String)
    case handoff(to: String)
    case finish(String)
}

public struct ModelResponse: Sendable {
    public var decision: ModelDecision
    public var outputTokens: Int
    /// The names of the calls the model asked for beyond the one the kernel takes (one a
    /// step): not run, but answered and traced, never dropped unseen.
    public var notRun: [String] = []
}

/// A provider, behind one interface: the stub, or a real one chosen by the environment.
public protocol ChatModel: Sendable {
    func respond(_ request: ModelRequest) throws -> ModelResponse
}

public struct ProviderError: Error, Sendable, CustomStringConvertible {
    public var description: String
}

/// A model call (or request) that ran out of its time: what was left of `timeout_seconds`. The
/// kernel ends the run with status timeout and asks no fallback, whatever the clock says.
public struct TimedOut: Error, Sendable, CustomStringConvertible {
    public var description: String
}

/// The deterministic model used when no provider is configured. Its script exercises the whole
/// reachable architecture in one run: each process calls each of its tools once, in order, then
/// hands off to its first handoff target not yet visited; when all are visited it hands back
/// to the process that handed off to it (if that handoff is allowed); otherwise the run ends.
public struct StubModel: ChatModel {
    public init() {}

    public func respond(_ request: ModelRequest) throws -> ModelResponse {
        let process = request.process
        let decision: ModelDecision
        if request.toolsCalled < process.tools.count {
            let tool = process.tools[request.toolsCalled]
            decision = .callTool(tool, input: "stub input for \(tool)")
        } else if let next = process.handoffs.first(where: { !request.visited.contains($0) }) {
            decision = .handoff(to: next)
        } else if let back = request.returnTo, process.handoffs.contains(back) {
            decision = .handoff(to: back)
        } else {
            decision = .finish("stub answer from \(process.id)")
        }
        return ModelResponse(decision: decision, outputTokens: 8)
    }
}

/// The provider named by OSSPEC_PROVIDER: unset or `stub` is the stub; `openai-compatible` and
/// `anthropic` use OSSPEC_BASE_URL and OSSPEC_API_KEY. Anything else, or a missing key, is an
/// unavailable provider: every call fails, so the fallback route and a `failed` run show.
public enum ModelProviders {
    public static func fromEnvironment(_ environment: [String: String] = ProcessInfo.processInfo.environment, spec: SpecDefinition = .generated) -> any ChatModel {
        let name = environment["OSSPEC_PROVIDER"] ?? ""
        if name.isEmpty || name == "stub" { return StubModel() }
        guard let flavor = HTTPChatModel.Flavor(rawValue: name), let key = environment["OSSPEC_API_KEY"], !key.isEmpty else {
            return UnavailableModel(name: name)
        }
        let defaultBase = flavor == .anthropic ? "https://api.anthropic.com" : "https://api.openai.com/v1"
        guard let base = URL(string: environment["OSSPEC_BASE_URL"] ?? defaultBase) else { return UnavailableModel(name: name) }
        return HTTPChatModel(flavor: flavor, baseURL: base, apiKey: key, spec: spec)
    }
}

/// A provider that is configured but not available: every call is a provider error, so the
/// router's fallback (and then a `failed` run) shows what would happen.
public struct UnavailableModel: ChatModel {
    public var name: String
    public func respond(_ request: ModelRequest) throws -> ModelResponse {
        throw ProviderError(description: "provider '\(name)' is not available in this build")
    }
}
