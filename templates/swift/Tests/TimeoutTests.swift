import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif
import Testing
@testable import Runtime

/// `timeout_seconds` bounds model calls, not only the steps between them.
@Suite("timeout_seconds bounds model calls")
struct TimeoutTests {
    /// The kernel's clock, moved by hand.
    final class ManualClock: @unchecked Sendable {
        private let lock = NSLock()
        private var seconds = 1_000.0
        func now() -> Date { lock.withLock { Date(timeIntervalSince1970: seconds) } }
        func advance(_ by: Double) { lock.withLock { seconds += by } }
    }

    /// A provider that takes `seconds` of the clock to answer (or to fail), recording what it
    /// was asked. It answers as the stub does, or, `endless`, always hands off, so only a limit
    /// ends the run.
    final class SlowModel: ChatModel, @unchecked Sendable {
        let clock: ManualClock
        let seconds: Double
        let fails: Bool
        let endless: Bool
        private let lock = NSLock()
        private var requests: [ModelRequest] = []

        init(clock: ManualClock, seconds: Double, fails: Bool = false, endless: Bool = false) {
            self.clock = clock
            self.seconds = seconds
            self.fails = fails
            self.endless = endless
        }

        var asked: [ModelRequest] { lock.withLock { requests } }

        func respond(_ request: ModelRequest) throws -> ModelResponse {
            lock.withLock { requests.append(request) }
            clock.advance(seconds)
            if fails { throw ProviderError(description: "no answer within \(request.secondsLeft) s") }
            if endless, let next = request.process.handoffs.first { return ModelResponse(decision: .handoff(to: next), outputTokens: 1) }
            return try StubModel().respond(request)
        }
    }

    static func kernel(_ spec: SpecDefinition, clock: ManualClock, model: any ChatModel) -> Kernel {
        var kernel = RuntimeTests.kernel(spec, MemoryTraceSink(), now: { clock.now() })
        kernel.model = model
        return kernel
    }

    @Test("each model call is given what is left of timeout_seconds")
    func secondsLeft() throws {
        var spec = RuntimeTests.cycleSpec()
        spec.timeoutSeconds = 100
        spec.maxSteps = 50
        let clock = ManualClock()
        let model = SlowModel(clock: clock, seconds: 30, endless: true)
        let outcome = try Self.kernel(spec, clock: clock, model: model).start(sessionID: "left", input: "x")
        #expect(model.asked.map(\.secondsLeft) == [100, 70, 40, 10])
        #expect(outcome.state.status == .timeout)
        #expect(outcome.state.step == 4)
    }

    @Test("a call that runs out of time ends the run with status timeout, asks no fallback, and runs again")
    func callRunsOutOfTime() throws {
        var spec = try RuntimeTests.routedSpec()
        spec.timeoutSeconds = 100
        let clock = ManualClock()
        let backup = SlowModel(clock: clock, seconds: 0)
        var kernel = Self.kernel(spec, clock: clock, model: SlowModel(clock: clock, seconds: 150, fails: true))
        kernel.fallbackModel = backup
        let outcome = try kernel.start(sessionID: "late", input: "x")
        #expect(outcome.state.status == .timeout, "\(outcome.message)")
        #expect(outcome.message.contains("timeout_seconds reached"))
        #expect(backup.asked.isEmpty)
        // The step did not happen: run again, the same process takes it.
        #expect(outcome.state.step == 0)
        #expect(outcome.state.current == spec.entry)
        var again = outcome.state
        again.status = .running
        kernel.model = StubModel()
        #expect(try kernel.run(again).state.status == .completed)
        // A request that timed out is a timeout, whatever the clock says (it may have been set back).
        kernel.model = TimesOut()
        #expect(try kernel.start(sessionID: "clock", input: "x").state.status == .timeout)
        #expect(backup.asked.isEmpty)
        // With time left, a provider error still goes to the fallback.
        kernel.model = SlowModel(clock: clock, seconds: 1, fails: true)
        #expect(try kernel.start(sessionID: "early", input: "x").state.status == .completed)
        #expect(!backup.asked.isEmpty)
    }

    /// A provider whose transport gave up at once.
    struct TimesOut: ChatModel {
        func respond(_ request: ModelRequest) throws -> ModelResponse {
            throw TimedOut(description: "no answer within \(request.secondsLeft) s")
        }
    }

    @Test("a real provider's request times out with the run")
    func httpRequestTimeout() throws {
        let spec = RuntimeTests.spec
        let process = try #require(spec.process(spec.entry))
        let model = try #require(Router(spec: spec).route(process)?.primary)
        let transport = RuntimeTests.ScriptedTransport([])
        let provider = HTTPChatModel(flavor: .anthropic, baseURL: URL(string: "http://localhost:1")!, apiKey: "k", spec: spec, transport: transport)
        var request = ModelRequest(model: model, process: process, messages: [], toolsCalled: 0, visited: [], returnTo: nil)
        request.secondsLeft = 7
        _ = try provider.respond(request)
        request.secondsLeft = .infinity
        _ = try provider.respond(request)
        #expect(transport.sent.map(\.timeoutInterval) == [7, URLRequest(url: URL(string: "http://localhost:1")!).timeoutInterval])
    }

    @Test("URLSessionTransport bounds the whole exchange, not only the time between bytes")
    func transportBoundsTheExchange() throws {
        // The server takes 3 s to send its answer, a byte every 0.1 s: never idle.
        let server = try LocalHTTPServer(bodyBytes: 30, secondsPerByte: 0.1)
        var request = URLRequest(url: server.url)
        request.timeoutInterval = 0.5
        let started = Date()
        #expect(throws: TimedOut.self) { try URLSessionTransport().send(request) }
        let waited = Date().timeIntervalSince(started)
        #expect(waited >= 0.4 && waited < 2.5, "gave up after \(waited) s")
    }

    @Test("URLSessionTransport waits for an answer under a second (Linux's URLSession alone does not)")
    func transportSubsecondTimeout() throws {
        // Without the fix every attempt times out within about 10 ms; with it, an answer after
        // 0.1 s arrives, unless a loaded machine stalls past the 0.95 s (hence three attempts).
        var failures: [String] = []
        for _ in 0..<3 {
            let server = try LocalHTTPServer(bodyBytes: 2, secondsPerByte: 0, answerAfter: 0.1)
            var request = URLRequest(url: server.url)
            request.timeoutInterval = 0.95
            do {
                let answer = try URLSessionTransport().send(request)
                #expect(answer.status == 200)
                #expect(answer.body == Data("xx".utf8))
                return
            } catch {
                failures.append("\(error)")
            }
        }
        Issue.record("no answer in three attempts: \(failures)")
    }
}

/// An HTTP server on 127.0.0.1 for one request: after `answerAfter` seconds, a 200 whose body
/// is `bodyBytes` bytes, sent a byte every `secondsPerByte` (0: at once).
final class LocalHTTPServer: Sendable {
    let port: UInt16
    var url: URL { URL(string: "http://127.0.0.1:\(port)/v1/traces")! }

    init(bodyBytes: Int, secondsPerByte: Double, answerAfter: Double = 0) throws {
        #if canImport(Glibc)
        let listener = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        #else
        let listener = socket(AF_INET, SOCK_STREAM, 0)
        #endif
        guard listener >= 0 else { throw ProviderError(description: "socket() failed") }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = UInt32(0x7F00_0001).bigEndian
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let listening = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                bind(listener, $0, length) == 0 && listen(listener, 1) == 0 && getsockname(listener, $0, &length) == 0
            }
        }
        guard listening else {
            close(listener)
            throw ProviderError(description: "cannot listen on 127.0.0.1")
        }
        port = UInt16(bigEndian: address.sin_port)
        Thread.detachNewThread { Self.answer(listener, bodyBytes: bodyBytes, secondsPerByte: secondsPerByte, answerAfter: answerAfter) }
    }

    private static func answer(_ listener: Int32, bodyBytes: Int, secondsPerByte: Double, answerAfter: Double) {
        let client = accept(listener, nil, nil)
        close(listener)
        guard client >= 0 else { return }
        defer { close(client) }
        // Writing after the client gave up must fail, not raise SIGPIPE.
        #if canImport(Darwin)
        var on: Int32 = 1
        setsockopt(client, SOL_SOCKET, SO_NOSIGPIPE, &on, socklen_t(MemoryLayout<Int32>.size))
        let flags: Int32 = 0
        #else
        let flags = Int32(MSG_NOSIGNAL)
        #endif
        var request = [UInt8](repeating: 0, count: 65_536)
        _ = recv(client, &request, request.count, 0)
        if answerAfter > 0 { Thread.sleep(forTimeInterval: answerAfter) }
        let head = Array("HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nContent-Length: \(bodyBytes)\r\nConnection: close\r\n\r\n".utf8)
        guard send(client, head, head.count, flags) == head.count else { return }
        for _ in 0..<bodyBytes {
            if secondsPerByte > 0 { Thread.sleep(forTimeInterval: secondsPerByte) }
            guard send(client, "x", 1, flags) == 1 else { return }
        }
    }
}
