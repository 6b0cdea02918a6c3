import Foundation

/// `checkpoints.retention_days`: before a new session runs, the checkpoints of every session
/// whose newest checkpoint is older than the retention are deleted, as the LangGraph target's
/// sweep does. A checkpoint's age is its file's modification time. Only checkpoints go, and
/// only those the runtime saved: a file in a session's `checkpoints` folder that `CheckpointStore`
/// lists and that decodes as that session's state. The session's stores and trace stay. The
/// sweep stays inside the state folder (entries that are not session folders, and symbolic
/// links, are left alone) and is best effort: what it cannot delete now, or what another
/// command deleted first, never stops the new session. A session that a command is using
/// (its `SessionLock` is held: an `approve` or a `replay` under way) is left for a later sweep.
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
    public func run(now: Date) -> [String] {
        let cutoff = now.addingTimeInterval(-Double(days) * 86_400)
        let names = ((try? FileManager.default.contentsOfDirectory(atPath: root.path)) ?? []).sorted()
        var expired: [String] = []
        for name in names where SessionState.isValidID(name) {
            let session = root.appendingPathComponent(name)
            let folder = session.appendingPathComponent("checkpoints")
            guard Self.isRealFolder(session), Self.isRealFolder(folder) else { continue }
            let store = CheckpointStore(folder: folder)
            let ids = store.list()
            guard let newest = ids.map(store.url(of:)).compactMap(Self.modificationDate).max(), newest < cutoff else { continue }
            // Held while deleting, so no command can use the session meanwhile; busy: skipped.
            guard let lock = (try? SessionLock.acquire(folder: session)) ?? nil else { continue }
            defer { lock.release() }
            // Looked at again under the lock: a command may have saved since the first look.
            guard let still = store.list().map(store.url(of:)).compactMap(Self.modificationDate).max(), still < cutoff else { continue }
            // Decoded only once expired, so a sweep costs one stat per checkpoint.
            let saved = ids.filter { (try? store.load($0))?.sessionID == name }
            for id in saved {
                try? FileManager.default.removeItem(at: store.url(of: id))
                try? FileManager.default.removeItem(at: store.decisionMark(of: id))
            }
            if !saved.isEmpty { expired.append(name) }
        }
        return expired
    }

    /// A folder, not a symbolic link to one: the sweep never deletes through a link.
    static func isRealFolder(_ url: URL) -> Bool {
        (try? FileManager.default.attributesOfItem(atPath: url.path))?[.type] as? FileAttributeType == .typeDirectory
    }

    static func modificationDate(_ file: URL) -> Date? {
        (try? FileManager.default.attributesOfItem(atPath: file.path))?[.modificationDate] as? Date
    }
}
