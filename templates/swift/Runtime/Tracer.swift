import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// The kinds of trace events, as `kernel.tracing.events` names them.
public enum TraceEventKind: String, Sendable, CaseIterable {
    case modelCall = "model_call"
    case toolCall = "tool_call"
    case handoff, checkpoint, approval, denial
}

/// One value in a trace event.
public enum TraceValue: Sendable, Equatable, Encodable {
    case string(String), int(Int), bool(Bool)

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        switch self {
        case .string(let text): try container.encode(text)
        case .int(let number): try container.encode(number)
        case .bool(let flag): try container.encode(flag)
        }
    }
}

/// Where trace lines go.
public protocol TraceSink: Sendable {
    func write(_ line: String)
}

/// A JSON-lines file, appended to.
public struct FileTraceSink: TraceSink {
    public var url: URL
    public init(url: URL) { self.url = url }

    /// A sink for a file that can be appended to, created if missing; an error now, rather than
    /// every line lost later.
    public static func appending(to url: URL) throws -> FileTraceSink {
        // One open for appending, created if missing: never replaces a file another command
        // just wrote, and the system says why it fails (no such folder, a folder, no access).
        let descriptor = open(url.path, O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else {
            throw RunError("Cannot write the trace to '\(url.path)': \(String(cString: strerror(errno))).")
        }
        close(descriptor)
        return FileTraceSink(url: url)
    }
    public func write(_ line: String) {
        try? AppendOnlyFile.append(Data((line + "\n").utf8), to: url)
    }
}

/// Appending to a file that other processes may append to at the same time (two sessions
/// tracing to one `--trace` file, a store written by a tool): `O_APPEND`, so each write lands
/// at the end as the file is then, never over another process's line.
enum AppendOnlyFile {
    static func append(_ data: Data, to url: URL) throws {
        let descriptor = open(url.path, O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { throw RunError("Cannot append to '\(url.path)': \(String(cString: strerror(errno))).") }
        defer { close(descriptor) }
        try data.withUnsafeBytes { (bytes: UnsafeRawBufferPointer) in
            var offset = 0
            while offset < bytes.count {
                let written = write(descriptor, bytes.baseAddress! + offset, bytes.count - offset)
                if written < 0 {
                    if errno == EINTR { continue }
                    throw RunError("Cannot append to '\(url.path)': \(String(cString: strerror(errno))).")
                }
                offset += written
            }
        }
    }
}

public struct StandardOutputTraceSink: TraceSink {
    public init() {}
    public func write(_ line: String) { print(line) }
}

/// Lines kept in memory, for tests.
public final class MemoryTraceSink: TraceSink, @unchecked Sendable {
    private let lock = NSLock()
    private var stored: [String] = []
    public init() {}
    public func write(_ line: String) {
        lock.lock()
        stored.append(line)
        lock.unlock()
    }
    public var lines: [String] {
        lock.lock()
        defer { lock.unlock() }
        return stored
    }
}

/// The kernel's instrumentation: one JSON line per event of a kind the spec lists, with the
/// session, step, span and parent span, timestamps, and OpenTelemetry GenAI attribute names.
/// Values are redacted per `tracing.redact` before they leave; a session outside
/// `sample_rate` is not exported (decided from its id, so the whole session or none).
public struct Tracer: Sendable {
    public var spec: SpecDefinition
    public var sink: any TraceSink
    public var redactor: Redactor
    public var now: @Sendable () -> Date

    public init(spec: SpecDefinition, sink: any TraceSink, now: @escaping @Sendable () -> Date = { Date() }) {
        self.spec = spec
        self.sink = sink
        self.redactor = Redactor(classes: spec.tracing.redact)
        self.now = now
    }

    public func isSampled(_ sessionID: String) -> Bool {
        let rate = spec.tracing.sampleRate
        if rate >= 1 { return true }
        if rate <= 0 { return false }
        // FNV-1a of the id: stable across runs and machines.
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in sessionID.utf8 { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
        return Double(hash % 10_000) / 10_000 < rate
    }

    /// Emits an event (when its kind is traced) and returns its span id.
    @discardableResult
    public func emit(_ kind: TraceEventKind, state: inout SessionState, parent: String?, _ attributes: [String: TraceValue]) -> String {
        let span = String(format: "%016x", state.nextSpan)
        state.nextSpan += 1
        guard spec.traces(kind), isSampled(state.sessionID) else { return span }
        var event: [String: TraceValue] = [
            "event": .string(kind.rawValue),
            "session_id": .string(state.sessionID),
            "trace_id": .string(Self.traceID(state.sessionID)),
            "step": .int(state.step),
            "span_id": .string(span),
            "parent_span_id": .string(parent ?? ""),
            "timestamp": .string(now().ISO8601Format()),
            "osspec.system": .string(spec.name),
        ]
        for (key, value) in attributes {
            if case .string(let text) = value, !keepsAsWritten(key, text) { event[key] = .string(redactor.redact(text)) } else { event[key] = value }
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        if let data = try? encoder.encode(event) { sink.write(String(decoding: data, as: UTF8.self)) }
        return span
    }

    /// Whether an attribute holds one of the runtime's ids or a name the spec declares (a
    /// process, tool, model or provider): no user text, so never redacted (`gpt-4.1-2025-04-14`
    /// is no phone number). A denied call's tool name or handoff target is the model's text,
    /// not the spec's, and is redacted like any other.
    func keepsAsWritten(_ key: String, _ value: String) -> Bool {
        if key.hasSuffix(".id") || key.hasSuffix("_id") { return true }
        switch key {
        case "gen_ai.agent.name", "osspec.handoff.to": return spec.process(value) != nil
        case "gen_ai.tool.name": return spec.tool(value) != nil
        case "gen_ai.request.model": return spec.models.contains { $0.model == value }
        case "gen_ai.provider.name": return spec.models.contains { $0.provider == value }
        default: return false
        }
    }

    /// 32 hex digits derived from the session id, so all of a session's spans share a trace.
    static func traceID(_ sessionID: String) -> String {
        var a: UInt64 = 0xcbf2_9ce4_8422_2325
        var b: UInt64 = 0x8422_2325_cbf2_9ce4
        for byte in sessionID.utf8 {
            a = (a ^ UInt64(byte)) &* 0x100_0000_01b3
            b = (b ^ UInt64(byte)) &* 0x100_0000_01b3 ^ a
        }
        return String(format: "%016llx%016llx", a, b)
    }
}
