import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// Sends one HTTP request and returns the response body; URLSession in production, a fake in tests.
public protocol HTTPTransport: Sendable {
    func send(_ request: URLRequest) throws -> (status: Int, body: Data)
}

/// A real provider over HTTP: `openai-compatible` (POST {base}/chat/completions) or `anthropic`
/// (POST {base}/v1/messages). The process's allowed tools are offered as functions, plus one
/// `handoff` function whose `target` is one of its handoff targets (`_handoff` when a declared
/// tool is named `handoff`: no tool id starts with `_`); the kernel still checks every call the
/// model makes, so a model asking for a tool it was not given is refused.
public struct HTTPChatModel: ChatModel {
    public enum Flavor: String, Sendable { case openAICompatible = "openai-compatible", anthropic }

    public var flavor: Flavor
    public var baseURL: URL
    public var apiKey: String
    public var spec: SpecDefinition
    public var transport: any HTTPTransport

    public init(flavor: Flavor, baseURL: URL, apiKey: String, spec: SpecDefinition, transport: any HTTPTransport = URLSessionTransport()) {
        self.flavor = flavor
        self.baseURL = baseURL
        self.apiKey = apiKey
        self.spec = spec
        self.transport = transport
    }

    public func respond(_ request: ModelRequest) throws -> ModelResponse {
        let response = try transport.send(try urlRequest(request))
        guard (200..<300).contains(response.status) else {
            throw ProviderError(description: "\(flavor.rawValue) answered HTTP \(response.status)")
        }
        return try parse(response.body)
    }

    /// The function that hands off: never the name of a declared tool, which is never a handoff.
    var handoffFunction: String { spec.tool("handoff") == nil ? "handoff" : "_handoff" }

    func tools(_ request: ModelRequest) -> [[String: Any]] {
        var tools: [(String, String, [String: Any])] = request.process.tools.map { id in
            (id, spec.tool(id)?.description ?? id, ["type": "object", "properties": ["input": ["type": "string"]]])
        }
        if !request.process.handoffs.isEmpty {
            tools.append((handoffFunction, "Hand the conversation to another agent.",
                ["type": "object", "properties": ["target": ["type": "string", "enum": request.process.handoffs]], "required": ["target"]]))
        }
        switch flavor {
        case .openAICompatible:
            return tools.map { ["type": "function", "function": ["name": $0.0, "description": $0.1, "parameters": $0.2]] }
        case .anthropic:
            return tools.map { ["name": $0.0, "description": $0.1, "input_schema": $0.2] }
        }
    }

    func urlRequest(_ request: ModelRequest) throws -> URLRequest {
        let system = request.messages.filter { $0.role == "system" }.map(\.content).joined(separator: "\n\n")
        let conversation = request.messages.filter { $0.role != "system" }.map { message in
            ["role": message.role == "assistant" ? "assistant" : "user", "content": message.content]
        }
        var body: [String: Any] = ["model": request.model.model, "max_tokens": request.model.maxOutputTokens ?? 1024]
        let tools = tools(request)
        if !tools.isEmpty { body["tools"] = tools }
        var urlRequest: URLRequest
        switch flavor {
        case .openAICompatible:
            urlRequest = URLRequest(url: baseURL.appendingPathComponent("chat/completions"))
            body["messages"] = [["role": "system", "content": system]] + conversation
            urlRequest.setValue("Bearer \(apiKey)", forHTTPHeaderField: "Authorization")
        case .anthropic:
            urlRequest = URLRequest(url: baseURL.appendingPathComponent("v1/messages"))
            body["system"] = system
            body["messages"] = conversation.isEmpty ? [["role": "user", "content": "(start)"]] : conversation
            urlRequest.setValue(apiKey, forHTTPHeaderField: "x-api-key")
            urlRequest.setValue("2023-06-01", forHTTPHeaderField: "anthropic-version")
        }
        urlRequest.httpMethod = "POST"
        if request.secondsLeft.isFinite { urlRequest.timeoutInterval = max(request.secondsLeft, 0.001) }
        urlRequest.setValue("application/json", forHTTPHeaderField: "Content-Type")
        urlRequest.httpBody = try JSONSerialization.data(withJSONObject: body, options: [.sortedKeys])
        return urlRequest
    }

    func parse(_ data: Data) throws -> ModelResponse {
        guard let object = try JSONSerialization.jsonObject(with: data) as? [String: Any] else {
            throw ProviderError(description: "\(flavor.rawValue) answered something that is not a JSON object")
        }
        let usage = object["usage"] as? [String: Any]
        let outputTokens = (usage?["completion_tokens"] ?? usage?["output_tokens"]) as? Int ?? 0
        var calls: [(name: String, arguments: [String: Any])] = []
        var text = ""
        switch flavor {
        case .openAICompatible:
            let message = ((object["choices"] as? [[String: Any]])?.first?["message"] as? [String: Any]) ?? [:]
            text = message["content"] as? String ?? ""
            for item in message["tool_calls"] as? [[String: Any]] ?? [] {
                guard let function = item["function"] as? [String: Any], let name = function["name"] as? String else { continue }
                let arguments = (function["arguments"] as? String).flatMap { try? JSONSerialization.jsonObject(with: Data($0.utf8)) } as? [String: Any]
                calls.append((name, arguments ?? [:]))
            }
        case .anthropic:
            for block in object["content"] as? [[String: Any]] ?? [] {
                if block["type"] as? String == "tool_use", let name = block["name"] as? String {
                    calls.append((name, block["input"] as? [String: Any] ?? [:]))
                } else if block["type"] as? String == "text" {
                    text += block["text"] as? String ?? ""
                }
            }
        }
        // One call a step, as the kernel runs them; the rest are reported back, not dropped. A
        // handoff wins, as in the LangGraph target: the process leaves, its other calls not run.
        let taken = calls.firstIndex { $0.name == handoffFunction } ?? calls.startIndex
        let call = calls.indices.contains(taken) ? calls[taken] : nil
        let notRun = calls.indices.filter { $0 != taken }.map { calls[$0].name }
        guard let call else { return ModelResponse(decision: .finish(text), outputTokens: outputTokens) }
        if call.name == handoffFunction {
            return ModelResponse(decision: .handoff(to: call.arguments["target"] as? String ?? ""), outputTokens: outputTokens, notRun: notRun)
        }
        return ModelResponse(decision: .callTool(call.name, input: call.arguments["input"] as? String ?? ""), outputTokens: outputTokens, notRun: notRun)
    }
}

/// HTTP over URLSession, waiting for the answer (the kernel runs one step at a time). The
/// request's `timeoutInterval` bounds the whole exchange: URLSession's own timeout is an idle
/// timeout, which a server that trickles bytes never trips, and then a provider could hold a
/// run past `timeout_seconds` (or a collector a command past its export budget).
public struct URLSessionTransport: HTTPTransport {
    public init() {}

    public func send(_ request: URLRequest) throws -> (status: Int, body: Data) {
        final class Box: @unchecked Sendable {
            var result: Result<(Int, Data), any Error> = .failure(ProviderError(description: "no answer"))
        }
        let box = Box()
        let done = DispatchSemaphore(value: 0)
        // A year at most: DispatchTime holds nanoseconds in 64 bits.
        let seconds = min(max(request.timeoutInterval, 0), 365 * 86_400)
        // swift-corelibs-foundation counts timeoutInterval in whole seconds: under one second a
        // request times out at once. The wait below is the bound; URLSession's is a backstop.
        var sent = request
        sent.timeoutInterval = max(seconds.rounded(.up), 1)
        let task = URLSession.shared.dataTask(with: sent) { data, response, error in
            if let error {
                box.result = .failure(error)
            } else {
                box.result = .success(((response as? HTTPURLResponse)?.statusCode ?? 0, data ?? Data()))
            }
            done.signal()
        }
        task.resume()
        guard done.wait(timeout: .now() + seconds) == .success else {
            task.cancel()
            throw TimedOut(description: "no answer from \(request.url?.host ?? "the server") within \(String(format: "%g", seconds)) s")
        }
        let (status, body) = try box.result.get()
        return (status, body)
    }
}
