import Foundation

/// `checkpoints.retention_days`: before a new session runs, the checkpoints of every session
/// whose newest checkpoint is older than the retention are deleted, as the LangGraph target's
/// sweep does. Only checkpoints go (the files the runtime saved in the session's `checkpoints`
/// folder); the session's stores and trace stay. The sweep stays inside the state folder:
/// entries that are not session folders, symbolic links and files the runtime did not write
/// are left alone.
public struct RetentionSweep: Sendable {
    /// The state folder: one folder per session.
    public var root: URL
    public var days: Int

    public init(root: URL, days: Int) {
        self.root = root
        self.days = days
    }

    /// Deletes the expired sessions' checkpoints and returns those sessions' ids, sorted.
    @discardableResult
    public func run(now: Date) throws -> [String] {
        let cutoff = now.addingTimeInterval(-Double(days) * 86_400)
        var expired: [String] = []
        for name in Self.entries(of: root) where SessionState.isValidID(name) {
            let session = root.appendingPathComponent(name)
            let folder = session.appendingPathComponent("checkpoints")
            guard Self.isRealFolder(session), Self.isRealFolder(folder) else { continue }
            let saved = Self.checkpointFiles(in: folder)
            guard let newest = saved.compactMap(Self.modificationDate).max(), newest < cutoff else { continue }
            for file in saved { try FileManager.default.removeItem(at: file) }
            if Self.entries(of: folder).isEmpty { try FileManager.default.removeItem(at: folder) }
            expired.append(name)
        }
        return expired
    }

    /// The names in `folder`, sorted; none when it cannot be read.
    static func entries(of folder: URL) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).sorted()
    }

    /// A folder, not a symbolic link to one: the sweep never deletes through a link.
    static func isRealFolder(_ url: URL) -> Bool {
        (try? FileManager.default.attributesOfItem(atPath: url.path))?[.type] as? FileAttributeType == .typeDirectory
    }

    /// The checkpoints `CheckpointStore` saved in `folder`: regular files named by a number.
    static func checkpointFiles(in folder: URL) -> [URL] {
        entries(of: folder).filter { name in
            name.hasSuffix(".json") && name.dropLast(5).count >= 4 && name.dropLast(5).allSatisfy { $0.isASCII && $0.isNumber }
        }.map(folder.appendingPathComponent).filter { file in
            (try? FileManager.default.attributesOfItem(atPath: file.path))?[.type] as? FileAttributeType == .typeRegular
        }
    }

    static func modificationDate(_ file: URL) -> Date? {
        (try? FileManager.default.attributesOfItem(atPath: file.path))?[.modificationDate] as? Date
    }
}
