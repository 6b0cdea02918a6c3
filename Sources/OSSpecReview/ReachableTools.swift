internal import OSSpecRules

/// Which tools each process can reach by handoffs (its own included), for every process at once
/// in time linear in the graph times the tools / 64: the strongly connected components of the
/// handoff graph (from the rules' `HandoffGraph`) are condensed, and each component's tool set
/// is the union of its members' and its successors', in reverse topological order. A walk from
/// each process would be quadratic, and a hostile spec may have thousands of processes.
struct ReachableTools {
    /// A set of tool numbers.
    struct Bits: Equatable, Sendable {
        var words: [UInt64]

        init(count: Int) { words = [UInt64](repeating: 0, count: (count + 63) / 64) }

        mutating func insert(_ index: Int) { words[index >> 6] |= 1 << UInt64(index & 63) }
        func contains(_ index: Int) -> Bool { words[index >> 6] & (1 << UInt64(index & 63)) != 0 }
        mutating func formUnion(_ other: Bits) {
            for index in words.indices { words[index] |= other.words[index] }
        }

        /// The members of `self` that are not in `other`.
        func subtracting(_ other: Bits) -> Bits {
            var result = self
            for index in words.indices { result.words[index] &= ~other.words[index] }
            return result
        }

        var members: [Int] { members(limit: Int.max) }

        /// The first `limit` members, in increasing order.
        func members(limit: Int) -> [Int] {
            var result: [Int] = []
            for (wordIndex, word) in words.enumerated() where word != 0 {
                for bit in 0..<64 where word & (1 << UInt64(bit)) != 0 {
                    guard result.count < limit else { return result }
                    result.append(wordIndex * 64 + bit)
                }
            }
            return result
        }

        var count: Int { words.reduce(0) { $0 + $1.nonzeroBitCount } }

        var isEmpty: Bool { words.allSatisfy { $0 == 0 } }
    }

    /// For each process (by index), the tools of every process it can reach, itself included.
    let reach: [Bits]

    /// `held[p]`: the tool numbers process p holds; `toolCount`: how many numbers there are.
    init(graph: HandoffGraph, held: [[Int]], toolCount: Int) {
        let count = graph.count
        // Components: the cycles, and every other process on its own.
        var component = [Int](repeating: -1, count: count)
        var componentCount = 0
        for cycle in graph.cycles() {
            for member in cycle { component[member] = componentCount }
            componentCount += 1
        }
        for node in 0..<count where component[node] < 0 {
            component[node] = componentCount
            componentCount += 1
        }
        var members = [[Int]](repeating: [], count: componentCount)
        for node in 0..<count { members[component[node]].append(node) }
        // The condensation's edges and a topological order (Kahn).
        var successors = [[Int]](repeating: [], count: componentCount)
        var inDegree = [Int](repeating: 0, count: componentCount)
        for node in 0..<count {
            for next in graph.successors[node] where component[next] != component[node] {
                successors[component[node]].append(component[next])
                inDegree[component[next]] += 1
            }
        }
        var order: [Int] = []
        order.reserveCapacity(componentCount)
        for index in 0..<componentCount where inDegree[index] == 0 { order.append(index) }
        var head = 0
        while head < order.count {
            let current = order[head]
            head += 1
            for next in successors[current] {
                inDegree[next] -= 1
                if inDegree[next] == 0 { order.append(next) }
            }
        }
        var componentReach = [Bits](repeating: Bits(count: toolCount), count: componentCount)
        for current in order.reversed() {
            var bits = Bits(count: toolCount)
            for member in members[current] {
                for tool in held[member] { bits.insert(tool) }
            }
            for next in successors[current] { bits.formUnion(componentReach[next]) }
            componentReach[current] = bits
        }
        reach = (0..<count).map { componentReach[component[$0]] }
    }
}
