import Foundation

/// Filesystem: a store behind one interface, so a real backend (postgres, pgvector, ...) plugs in.
public protocol MemoryStore: Sendable {
    func put(key: String, value: String) throws
    func all() throws -> [(key: String, value: String)]
    /// The values most like `query`, best first.
    func search(_ query: String, limit: Int) throws -> [String]
}

extension MemoryStore {
    public func search(_ query: String, limit: Int) throws -> [String] {
        let words = Set(query.lowercased().split(separator: " "))
        return try all().map(\.value)
            .map { value in (value, Set(value.lowercased().split(separator: " ")).intersection(words).count) }
            .filter { $0.1 > 0 }.sorted { $0.1 > $1.1 }.prefix(limit).map(\.0)
    }
}

/// A store in memory, for tests and `backend: memory`.
public final class InMemoryStore: MemoryStore, @unchecked Sendable {
    private let lock = NSLock()
    private var entries: [(key: String, value: String)] = []

    public init() {}

    public func put(key: String, value: String) throws {
        lock.lock()
        defer { lock.unlock() }
        entries.append((key, value))
    }

    public func all() throws -> [(key: String, value: String)] {
        lock.lock()
        defer { lock.unlock() }
        return entries
    }
}

/// A store as a JSON-lines file in the session's folder: one `{"key":..,"value":..}` a line.
public struct JSONLinesStore: MemoryStore {
    public var url: URL

    public init(url: URL) { self.url = url }

    public func put(key: String, value: String) throws {
        var line = try JSONEncoder().encode(["key": key, "value": value])
        line.append(0x0A)
        // After a write cut short, the file ends mid-line: end that line first, or this entry
        // would be glued to it and lost with it.
        if !Self.endsAtLineStart(url) { line.insert(0x0A, at: 0) }
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try AppendOnlyFile.append(line, to: url)
    }

    /// True for a missing or empty file, or one whose last byte is a newline.
    static func endsAtLineStart(_ url: URL) -> Bool {
        guard let handle = try? FileHandle(forReadingFrom: url) else { return true }
        defer { try? handle.close() }
        guard let size = try? handle.seekToEnd(), size > 0 else { return true }
        guard (try? handle.seek(toOffset: size - 1)) != nil, let last = try? handle.read(upToCount: 1) else { return true }
        return last == Data([0x0A])
    }

    /// Every entry. A line that does not decode (the end of a write cut short when the process
    /// was killed) is skipped: one torn line must not make the store unreadable for good.
    public func all() throws -> [(key: String, value: String)] {
        guard let data = try? Data(contentsOf: url) else { return [] }
        return data.split(separator: 0x0A).compactMap { line in
            guard let entry = try? JSONDecoder().decode([String: String].self, from: Data(line)) else { return nil }
            return (entry["key"] ?? "", entry["value"] ?? "")
        }
    }
}

/// A simple vector store: bag-of-words vectors, cosine similarity, kept in a JSON-lines file.
public struct SimpleVectorStore: MemoryStore {
    public var file: JSONLinesStore

    public init(url: URL) { file = JSONLinesStore(url: url) }

    public func put(key: String, value: String) throws { try file.put(key: key, value: value) }
    public func all() throws -> [(key: String, value: String)] { try file.all() }

    public func search(_ query: String, limit: Int) throws -> [String] {
        let queryVector = Self.vector(query)
        return try all().map { ($0.value, Self.cosine(queryVector, Self.vector($0.value))) }
            .filter { $0.1 > 0 }.sorted { $0.1 > $1.1 }.prefix(limit).map(\.0)
    }

    static func vector(_ text: String) -> [String: Double] {
        text.lowercased().split(whereSeparator: { !$0.isLetter && !$0.isNumber }).reduce(into: [:]) { $0[String($1), default: 0] += 1 }
    }

    static func cosine(_ a: [String: Double], _ b: [String: Double]) -> Double {
        let dot = a.reduce(0) { $0 + $1.value * (b[$1.key] ?? 0) }
        let norm = { (v: [String: Double]) in v.values.reduce(0) { $0 + $1 * $1 }.squareRoot() }
        return dot == 0 ? 0 : dot / (norm(a) * norm(b))
    }
}

/// A session's stores, each in the session's own folder: sessions share nothing.
public struct StoreSet: Sendable {
    private var stores: [String: any MemoryStore]

    public init(spec: SpecDefinition, folder: URL) {
        var stores: [String: any MemoryStore] = [:]
        for store in spec.stores {
            let url = folder.appendingPathComponent(store.id + ".jsonl")
            switch (store.kind, store.backend) {
            case (_, "memory"): stores[store.id] = InMemoryStore()
            case ("vector", _): stores[store.id] = SimpleVectorStore(url: url)
            default: stores[store.id] = JSONLinesStore(url: url)
            }
        }
        self.stores = stores
    }

    private init(stores: [String: any MemoryStore]) { self.stores = stores }

    public func store(_ id: String) -> (any MemoryStore)? { stores[id] }

    /// What a tool may reach: only the store its `resource` names (none for an `external:`
    /// resource or none at all), and only for reading when its scope is `read`. The permission
    /// scope is enforced here, not left to the tool's implementation.
    public func scoped(to tool: ToolDefinition) -> StoreSet {
        guard let id = tool.resource, let store = stores[id] else { return StoreSet(stores: [:]) }
        let reachable: any MemoryStore = tool.scope == "read" ? ReadOnlyStore(base: store, toolID: tool.id, storeID: id) : store
        return StoreSet(stores: [id: reachable])
    }
}

/// A store seen by a tool whose scope is `read`: writing is refused.
struct ReadOnlyStore: MemoryStore {
    let base: any MemoryStore
    let toolID: String
    let storeID: String

    func put(key: String, value: String) throws {
        throw RunError("Tool '\(toolID)' has scope read: it cannot write to store '\(storeID)'.")
    }

    func all() throws -> [(key: String, value: String)] { try base.all() }
    func search(_ query: String, limit: Int) throws -> [String] { try base.search(query, limit: limit) }
}
