internal import OSSpecDiagnostics
internal import OSSpecPlatform
internal import OSSpecYAML

/// A row as its decoder returns it, whichever row it is.
enum DecodedRow: Sendable {
    case cpu(Row<CPU>)
    case ram(Row<RAM>)
    case filesystem(Row<Filesystem>)
    case processes(Row<Processes>)
    case ipc(Row<IPC>)
    case kernel(Row<Kernel>)
    case userSpace(Row<UserSpace>)
}

extension Spec {
    mutating func set(_ decoded: DecodedRow) {
        switch decoded {
        case .cpu(let row): cpu = row
        case .ram(let row): ram = row
        case .filesystem(let row): filesystem = row
        case .processes(let row): processes = row
        case .ipc(let row): ipc = row
        case .kernel(let row): kernel = row
        case .userSpace(let row): userSpace = row
        }
    }
}

/// A row decoded ahead of the rest of the spec, with the findings its own session collected.
struct PrefetchedRow: Sendable {
    let row: DecodedRow
    let findings: FindingCollector
}

/// Decodes the large rows of a large document side by side before the spec is assembled. Rows
/// are independent: each reads only its own nodes and reports only about them. So each gets a
/// session of its own, and `decodeSpec` adds a row's findings at the point where it reaches the
/// row's key, exactly as if it had decoded the row there itself: the spec, the findings and
/// their order do not depend on the threads.
enum RowPrefetch {
    /// The rows worth a thread of their own, decoded; empty when the document is small, when
    /// one thread is allowed, or when fewer than two rows are large (nothing would run side by
    /// side).
    static func decode(_ document: YAMLDocument, root: Int, parallelism: Parallelism, bound: Int) -> [RowName: PrefetchedRow] {
        let threads = parallelism.threads(forNodes: document.nodes.count)
        guard threads > 1 else { return [:] }
        let rows = largeRows(of: document, root: root, minimumNodes: parallelism.minimumNodes / 4)
        guard rows.count > 1 else { return [:] }
        let decoded = ParallelWork.map(count: rows.count, threads: threads) { index in
            let (name, key, value) = rows[index]
            let session = DecodeSession(document: document, collector: FindingCollector(bound: bound))
            let row = session.decodeRow(name, key: key, value: value)
            return PrefetchedRow(row: row, findings: session.collector)
        }
        var byName: [RowName: PrefetchedRow] = [:]
        for (index, row) in rows.enumerated() { byName[row.name] = decoded[index] }
        return byName
    }

    /// The first entry of each row, as `DecodeSession.fields` picks it (a scalar key spelled as
    /// the row, aliases followed), whose value holds at least `minimumNodes` nodes.
    private static func largeRows(of document: YAMLDocument, root: Int, minimumNodes: Int) -> [(name: RowName, key: Int, value: Int)] {
        let mapping = document.resolved(root)
        guard document[mapping].kind == .mapping else { return [] }
        var seen: Set<RowName> = []
        var rows: [(name: RowName, key: Int, value: Int)] = []
        for (key, value) in document.pairs(of: mapping) {
            let resolvedKey = document.resolved(key)
            guard document[resolvedKey].kind == .scalar,
                let name = RowName(rawValue: document.scalarString(resolvedKey)),
                seen.insert(name).inserted
            else { continue }
            let content = document.resolved(value)
            if document.subtreeEnd(content) - content >= minimumNodes {
                rows.append((name, key, value))
            }
        }
        return rows
    }
}
