import Foundation

/// Everything a session is, at a step: what a checkpoint saves and a replay starts from.
public struct SessionState: Codable, Sendable, Equatable {
    public var sessionID: String
    public var input: String
    public var step = 0
    public var hops = 0
    public var current: String
    public var visited: [String]
    /// Who handed off to whom: the top is where a hand-back goes.
    public var returnStack: [String] = []
    /// How many of its tools each process has called (the stub's script).
    public var toolsCalled: [String: Int] = [:]
    /// Each process's messages (its RAM before trimming).
    public var history: [String: [Message]] = [:]
    /// Named context slots (`plan`, `transcript_summary`, ...), filled by tools or the app.
    public var slots: [String: String] = [:]
    public var pending: PendingApproval?
    public var status: RunStatus = .running
    public var output: String?
    public var nextSpan = 1
    public var checkpointCount = 0

    public init(sessionID: String, input: String, entry: String) {
        self.sessionID = sessionID
        self.input = input
        self.current = entry
        self.visited = [entry]
    }

    /// A session id becomes a folder name: letters, digits, '-' and '_' only, at most 128.
    public static func isValidID(_ id: String) -> Bool {
        !id.isEmpty && id.count <= 128 && id.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-" || $0 == "_") }
    }
}

public struct Message: Codable, Sendable, Equatable {
    public var role: String
    public var content: String

    public init(role: String, content: String) {
        self.role = role
        self.content = content
    }
}

/// A tool call waiting for a person.
public struct PendingApproval: Codable, Sendable, Equatable {
    public var process: String
    public var tool: String
    public var input: String
    public var checkpoint: String
}

/// How a run ended (or that it has not).
public enum RunStatus: String, Codable, Sendable {
    case running
    case completed
    case pausedForApproval = "paused_for_approval"
    case maxSteps = "max_steps"
    case maxHops = "max_hops"
    case timeout
    case failed
}
