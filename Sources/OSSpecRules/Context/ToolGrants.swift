internal import OSSpecModel

/// Each process's allowlist resolved once to positions in `ipc.tools`, so that the several
/// rules that reason about grants (unknown, unused, escalation, trifecta) do not each hash every
/// tool name again. Flat arrays: two small integers per grant, whatever the number of processes.
public struct ToolGrants: Sendable {
    /// Positions in `DeclarationsByID<Tool>.elements`, -1 for an item that names no declared tool.
    private let positions: [Int32]
    /// Where each process's items start in `positions`; one extra entry marks the end.
    private let starts: [Int32]

    init(processes: [Process], tools: DeclarationsByID<Tool>) {
        var positions: [Int32] = []
        positions.reserveCapacity(processes.reduce(0) { $0 + ($1.tools?.count ?? 0) })
        var starts: [Int32] = []
        starts.reserveCapacity(processes.count + 1)
        for index in processes.indices {
            starts.append(Int32(truncatingIfNeeded: positions.count))
            for item in processes[index].tools ?? [] {
                positions.append(tools.position(of: item.value).map { Int32(truncatingIfNeeded: $0) } ?? -1)
            }
        }
        starts.append(Int32(truncatingIfNeeded: positions.count))
        self.positions = positions
        self.starts = starts
    }

    /// The position of each item of process `index`'s allowlist, in order; nil for an item
    /// that names no declared tool.
    public func positions(ofProcess index: Int) -> LazyMapSequence<ArraySlice<Int32>, Int?> {
        positions[Int(starts[index])..<Int(starts[index + 1])].lazy.map { $0 < 0 ? nil : Int($0) }
    }
}
