public import OSSpecModel

/// The processes and their handoffs as a graph over process indices, with the walks the rules
/// need. Every walk is linear in processes + handoffs: rules ask "which processes reach a
/// holder of X" once for all processes (a search backwards from all holders at once), never
/// once per pair.
public struct HandoffGraph: Sendable {
    /// The handoff targets of each process that name a declared process, without repeats.
    public let successors: [[Int]]
    /// The handoff item (in the spec) of each successor edge, parallel to `successors`.
    public let edgeItems: [[Located<String>]]
    public let predecessors: [[Int]]
    /// Handoff items that name no declared process, in spec order.
    public let undeclaredTargets: [UndeclaredTarget]

    public struct UndeclaredTarget: Sendable {
        /// The process whose handoffs list it.
        public let source: Int
        public let handoff: Located<String>
    }

    public var count: Int { successors.count }

    init(processes: [Process], index: [String: Int]) {
        var successors = [[Int]](repeating: [], count: processes.count)
        var edgeItems = [[Located<String>]](repeating: [], count: processes.count)
        var predecessors = [[Int]](repeating: [], count: processes.count)
        var undeclaredTargets: [UndeclaredTarget] = []
        // `lastSource[target] == source` marks a repeated handoff: no set per process.
        var lastSource = [Int](repeating: -1, count: processes.count)
        // By index, reading one field: a `for process in processes` copies every process.
        for source in processes.indices {
            let handoffs = processes[source].handoffs
            successors[source].reserveCapacity(handoffs.count)
            edgeItems[source].reserveCapacity(handoffs.count)
            for handoff in handoffs {
                guard let target = index[handoff.value] else {
                    undeclaredTargets.append(UndeclaredTarget(source: source, handoff: handoff))
                    continue
                }
                guard lastSource[target] != source else { continue }
                lastSource[target] = source
                successors[source].append(target)
                edgeItems[source].append(handoff)
                predecessors[target].append(source)
            }
        }
        self.successors = successors
        self.edgeItems = edgeItems
        self.predecessors = predecessors
        self.undeclaredTargets = undeclaredTargets
    }

    /// Which processes can be reached from `start` (including it) by handoffs.
    public func reachable(from start: Int) -> [Bool] {
        var seen = [Bool](repeating: false, count: count)
        guard start < count else { return seen }
        var queue = [start]
        seen[start] = true
        var head = 0
        while head < queue.count {
            let node = queue[head]
            head += 1
            for next in successors[node] where !seen[next] {
                seen[next] = true
                queue.append(next)
            }
        }
        return seen
    }

    /// The way from a process to the nearest process that satisfies a condition.
    public struct Route: Sendable, Hashable {
        /// Handoffs to go; 0 when the process itself satisfies it.
        public let distance: Int
        /// Index into `successors[process]` of the first handoff to take; nil at distance 0.
        public let firstEdge: Int?
    }

    /// For every process, the shortest way by handoffs to a process in `targets` (nil when
    /// none is reachable). One breadth-first search backwards from all targets at once.
    public func nearest(to targets: [Bool]) -> [Route?] {
        var routes = [Route?](repeating: nil, count: count)
        var queue: [Int] = []
        for node in 0..<count where targets[node] {
            routes[node] = Route(distance: 0, firstEdge: nil)
            queue.append(node)
        }
        var head = 0
        while head < queue.count {
            let node = queue[head]
            head += 1
            let distance = routes[node]!.distance + 1
            for previous in predecessors[node] where routes[previous] == nil {
                // The edge previous -> node is the first step of previous's shortest way.
                let edge = successors[previous].firstIndex(of: node)!
                routes[previous] = Route(distance: distance, firstEdge: edge)
                queue.append(previous)
            }
        }
        return routes
    }

    /// The processes on the way from `start` to the nearest target, `start` first.
    public func path(from start: Int, along routes: [Route?]) -> [Int] {
        var path = [start]
        var node = start
        while let route = routes[node], let edge = route.firstEdge {
            node = successors[node][edge]
            path.append(node)
        }
        return path
    }

    /// The strongly connected components that hold a cycle (more than one process, or one that
    /// hands off to itself), each in discovery order. Iterative Tarjan: no recursion, so a long
    /// chain of handoffs cannot exhaust the stack.
    public func cycles() -> [[Int]] {
        var index = [Int](repeating: -1, count: count)
        var lowLink = [Int](repeating: 0, count: count)
        var onStack = [Bool](repeating: false, count: count)
        var stack: [Int] = []
        var nextIndex = 0
        var components: [[Int]] = []
        for root in 0..<count where index[root] < 0 {
            // Each frame: a node and the position of the next successor to visit.
            var frames: [(node: Int, edge: Int)] = [(root, 0)]
            index[root] = nextIndex
            lowLink[root] = nextIndex
            nextIndex += 1
            stack.append(root)
            onStack[root] = true
            while let frame = frames.last {
                let node = frame.node
                if frame.edge < successors[node].count {
                    frames[frames.count - 1].edge += 1
                    let next = successors[node][frame.edge]
                    if index[next] < 0 {
                        index[next] = nextIndex
                        lowLink[next] = nextIndex
                        nextIndex += 1
                        stack.append(next)
                        onStack[next] = true
                        frames.append((next, 0))
                    } else if onStack[next] {
                        lowLink[node] = min(lowLink[node], index[next])
                    }
                    continue
                }
                frames.removeLast()
                if let parent = frames.last?.node { lowLink[parent] = min(lowLink[parent], lowLink[node]) }
                guard lowLink[node] == index[node] else { continue }
                var component: [Int] = []
                while let member = stack.popLast() {
                    onStack[member] = false
                    component.append(member)
                    if member == node { break }
                }
                if component.count > 1 || successors[node].contains(node) {
                    components.append(component.sorted())
                }
            }
        }
        return components.sorted { $0[0] < $1[0] }
    }

    /// One cycle through `start` inside `component`, as processes (start first, not repeated
    /// at the end), found by a breadth-first search inside the component.
    public func cycle(through start: Int, within component: [Int]) -> [Int] {
        let members = Set(component)
        var parent = [Int: Int]()
        var queue = [start]
        var head = 0
        while head < queue.count {
            let node = queue[head]
            head += 1
            for next in successors[node] where members.contains(next) {
                if next == start {
                    var cycle = [node]
                    var current = node
                    while current != start, let previous = parent[current] {
                        cycle.append(previous)
                        current = previous
                    }
                    return cycle.reversed()
                }
                if parent[next] == nil, next != start {
                    parent[next] = node
                    queue.append(next)
                }
            }
        }
        return [start]
    }
}
