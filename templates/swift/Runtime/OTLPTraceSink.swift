import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// `exporter: otlp`: each trace event as an OTLP/HTTP JSON span, POSTed to
/// `{endpoint}/v1/traces`. The event's attributes (already redacted) become span attributes.
/// Export is best effort: a failed POST never fails the run, and the exports of one sink (one
/// command) get `exportSeconds` in all, as the LangGraph target's exporter does, so a slow or
/// unreachable collector delays a command by about that much and never runs it into
/// `timeout_seconds`. Spans past the budget are dropped, with one note on standard error.
public struct OTLPTraceSink: TraceSink {
    public static let exportSeconds: TimeInterval = 1

    public var endpoint: URL
    public var serviceName: String
    public var transport: any HTTPTransport
    private let budget: ExportBudget

    public init(endpoint: URL, serviceName: String, transport: any HTTPTransport = URLSessionTransport(), seconds: TimeInterval = exportSeconds) {
        self.endpoint = endpoint
        self.serviceName = serviceName
        self.transport = transport
        self.budget = ExportBudget(seconds: seconds)
    }

    public func write(_ line: String) {
        guard let remaining = budget.remaining() else { return }
        guard let body = try? Self.body(line, serviceName: serviceName) else { return }
        var request = URLRequest(url: endpoint.appendingPathComponent("v1/traces"))
        request.httpMethod = "POST"
        request.setValue("application/json", forHTTPHeaderField: "Content-Type")
        request.httpBody = body
        request.timeoutInterval = remaining
        let started = Date()
        _ = try? transport.send(request)
        if budget.spend(Date().timeIntervalSince(started)) {
            // The throwing write: the old one raises an exception on Darwin when the reader is gone.
            try? FileHandle.standardError.write(contentsOf: Data(
                "note: OTLP export to \(request.url?.absoluteString ?? "") gave up after \(String(format: "%g", budget.seconds)) s in all; the rest of this command's spans are not exported.\n".utf8))
        }
    }

    /// The OTLP JSON request for one event line.
    static func body(_ line: String, serviceName: String) throws -> Data {
        guard let event = try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any] else { return Data() }
        let timestamp = (event["timestamp"] as? String).flatMap { try? Date($0, strategy: .iso8601) } ?? Date()
        let nanos = String(UInt64(max(0, timestamp.timeIntervalSince1970) * 1_000_000_000))
        let attributes: [[String: Any]] = event.keys.sorted().compactMap { key in
            guard !["trace_id", "span_id", "parent_span_id", "timestamp"].contains(key) else { return nil }
            switch event[key] {
            case let text as String: return ["key": key, "value": ["stringValue": text]]
            case let number as Int: return ["key": key, "value": ["intValue": String(number)]]
            default: return nil
            }
        }
        var span: [String: Any] = [
            "traceId": event["trace_id"] as? String ?? "", "spanId": event["span_id"] as? String ?? "",
            "name": event["event"] as? String ?? "event", "kind": 1,
            "startTimeUnixNano": nanos, "endTimeUnixNano": nanos, "attributes": attributes,
        ]
        if let parent = event["parent_span_id"] as? String, !parent.isEmpty { span["parentSpanId"] = parent }
        let request: [String: Any] = [
            "resourceSpans": [[
                "resource": ["attributes": [["key": "service.name", "value": ["stringValue": serviceName]]]],
                "scopeSpans": [["scope": ["name": "osspec-runtime"], "spans": [span]]],
            ]]
        ]
        return try JSONSerialization.data(withJSONObject: request, options: [.sortedKeys])
    }
}

/// The export time one sink has left, shared by its copies (the tracer holds the sink by value).
final class ExportBudget: @unchecked Sendable {
    let seconds: TimeInterval
    private let lock = NSLock()
    private var left: TimeInterval

    init(seconds: TimeInterval) {
        self.seconds = seconds
        left = seconds
    }

    /// The seconds left, or nil once they are spent.
    func remaining() -> TimeInterval? { lock.withLock { left > 0 ? left : nil } }

    /// Spends `seconds`; true when this spends the last of the budget (say so once).
    func spend(_ seconds: TimeInterval) -> Bool {
        lock.withLock {
            let had = left > 0
            left -= seconds
            return had && left <= 0
        }
    }
}
