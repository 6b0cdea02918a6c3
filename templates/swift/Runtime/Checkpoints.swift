import Foundation

/// Checkpoints of one session: numbered JSON files of the whole `SessionState`.
public struct CheckpointStore: Sendable {
    public var folder: URL

    public init(folder: URL) { self.folder = folder }

    /// Saves `state` as the next checkpoint and returns its id.
    public func save(_ state: SessionState) throws -> String {
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let id = String(format: "%04d", state.checkpointCount)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted]
        try encoder.encode(state).write(to: folder.appendingPathComponent(id + ".json"), options: .atomic)
        return id
    }

    /// The saved ids, oldest first (in number order: "10000" comes after "9999"). Only what
    /// `save` writes counts: a regular file named by a number of at least four digits.
    public func list() -> [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return names.compactMap { name -> String? in
            guard name.hasSuffix(".json") else { return nil }
            let id = String(name.dropLast(5))
            guard id.count >= 4, id.allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
            let type = (try? FileManager.default.attributesOfItem(atPath: folder.appendingPathComponent(name).path))?[.type] as? FileAttributeType
            return type == .typeRegular ? id : nil
        }.sorted { ($0.count, $0) < ($1.count, $1) }
    }

    public func url(of id: String) -> URL { folder.appendingPathComponent(id + ".json") }

    /// The mark that the pause at checkpoint `id` was decided (not a checkpoint: `list` skips it).
    public func decisionMark(of id: String) -> URL { folder.appendingPathComponent(id + ".decided") }

    /// The newest checkpoint's number, the one the next checkpoint counts on from.
    public var newestNumber: Int? { list().last.flatMap { Int($0) } }

    public func load(_ id: String) throws -> SessionState {
        guard id.allSatisfy({ $0.isASCII && $0.isNumber }), !id.isEmpty else { throw RunError("'\(id)' is not a checkpoint id.") }
        guard let data = try? Data(contentsOf: url(of: id)) else { throw RunError("No checkpoint '\(id)' in this session.") }
        return try JSONDecoder().decode(SessionState.self, from: data)
    }

    /// Deletes every checkpoint but `kept` (`every: session`). Best effort: the state is saved
    /// already, and an older checkpoint left behind is only deleted at the next save.
    public func removeAll(except kept: String) {
        for id in list() where id != kept {
            try? FileManager.default.removeItem(at: url(of: id))
            try? FileManager.default.removeItem(at: decisionMark(of: id))
        }
    }

    public func latest() throws -> SessionState? {
        guard let id = list().last else { return nil }
        return try load(id)
    }
}

public struct RunError: Error, Sendable, CustomStringConvertible {
    public var description: String
    public init(_ description: String) { self.description = description }
}
