internal import OSSpecDiagnostics

extension DecodeSession {
    static let filesystemFields: [Field] = [
        .required(
            "stores", "a mapping from store ids to {kind, backend}; may be {}", .entries(of: .mapping(storeFields), nonEmpty: false),
            help: "The disks: every store that keeps state outside the context window (documents, vectors, key-value, ...), by id. May be {}."),
        .optional(
            "checkpoints", "{backend, every: node | turn | session, retention_days}", .mapping(checkpointFields),
            help: "Saved run state, so a failed or paused session resumes from its last good step. Absent: a warning; an error when a tool needs human approval."),
    ]
    static let storeFields: [Field] = [
        .required("kind", "document, vector, kv, blob, sql or graph", .choice(of: StoreKind.self), help: "What the store holds."),
        .required(
            "backend", "e.g. postgres, sqlite, pgvector, redis, s3, memory, file",
            .openChoice(["postgres", "sqlite", "pgvector", "redis", "s3", "memory", "file"]),
            help: "What the store runs on, e.g. postgres, pgvector, redis or s3."),
        .optional(
            "embedding", "the embedding model, for vector stores", .text,
            help: "The embedding model that indexes a vector store; required for kind: vector."),
    ]
    static let checkpointFields: [Field] = [
        .required("backend", "where checkpoints are kept, e.g. postgres or sqlite", .text, help: "Where checkpoints are kept, e.g. postgres or sqlite."),
        .required(
            "every", "node, turn or session", .choice(of: CheckpointFrequency.self),
            help: "How often state is saved: after every graph node, every turn, or once per session."),
        .optional("retention_days", "how long checkpoints are kept", .integer(minimum: 1), help: "How many days checkpoints are kept."),
    ]

    func decodeFilesystem(_ node: Int, key ownerKey: SourceRange) -> Filesystem {
        var filesystem = Filesystem(range: range(node))
        fields(of: node, owner: "row 'filesystem'", ownerKey: ownerKey, fields: Self.filesystemFields) { name, key, value in
            switch name {
            case "stores":
                if isNull(value) {
                    reportEmpty(key: key, value: value, what: "'filesystem.stores'")
                    return
                }
                filesystem.stores.reserveCapacity(entryCount(of: value))
                entries(of: value, owner: "'filesystem.stores'") { id, _, entry in
                    filesystem.stores.append(decodeStore(id: id, node: entry))
                }
            case "checkpoints":
                var checkpoints = Checkpoints(key: range(key), range: range(value))
                let isMapping = fields(of: value, owner: "'filesystem.checkpoints'", ownerKey: range(key), fields: Self.checkpointFields) {
                    name, key, value in
                    switch name {
                    case "backend": checkpoints.backend = string(value, key: key, what: "the checkpoint backend")
                    case "every": checkpoints.every = choice(value, key: key, what: "checkpoint frequency", as: CheckpointFrequency.self)
                    case "retention_days":
                        checkpoints.retentionDays = integer(value, key: key, what: "'filesystem.checkpoints.retention_days'")
                    default: break
                    }
                }
                filesystem.checkpoints = isMapping ? checkpoints : nil
            default: break
            }
        }
        return filesystem
    }

    private func decodeStore(id: Located<String>, node: Int) -> Store {
        var store = Store(id: id, range: range(node))
        func owner() -> String { "store '\(id.value)'" }
        fields(of: node, owner: owner(), ownerKey: id.range, fields: Self.storeFields) { name, key, value in
            switch name {
            case "kind": store.kind = choice(value, key: key, what: "store kind", as: StoreKind.self)
            case "backend": store.backend = string(value, key: key, what: "the backend of \(owner())")
            case "embedding": store.embedding = string(value, key: key, what: "the embedding of \(owner())")
            default: break
            }
        }
        return store
    }
}
