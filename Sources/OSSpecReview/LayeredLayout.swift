/// Positions for the agent graph, by our own layered layout: the entry at the top, each
/// process in the layer of its shortest handoff distance from the entry (breadth-first), the
/// processes no handoff reaches in a last layer, and each layer ordered by where its
/// predecessors sit so that arrows cross less. An edge that does not go down a layer closes a
/// cycle (or stays in its layer) and is a back edge, drawn apart.
public struct LayeredLayout: Sendable {
    public struct Point: Sendable, Hashable {
        public let x: Double
        public let y: Double
    }

    public struct LaidEdge: Sendable, Hashable {
        public let from: Int
        public let to: Int
        /// Goes up or sideways (or to itself): part of a cycle, drawn as a curve.
        public let isBack: Bool
    }

    public let layers: [[Int]]
    /// The centre of each node.
    public let positions: [Point]
    public let edges: [LaidEdge]
    public let width: Double
    public let height: Double

    public static let nodeWidth = 160.0
    public static let nodeHeight = 66.0
    static let horizontalGap = 22.0
    static let verticalGap = 64.0
    /// Room at the sides for back edges.
    static let margin = 44.0

    /// `successors[i]`: the nodes node i hands off to. `entry`: where sessions start.
    public init(count: Int, successors: [[Int]], entry: Int?) {
        var layerOf = [Int](repeating: -1, count: count)
        var queue: [Int] = []
        if let entry, entry < count {
            layerOf[entry] = 0
            queue.append(entry)
        }
        var head = 0
        while head < queue.count {
            let node = queue[head]
            head += 1
            for next in successors[node] where next < count && layerOf[next] < 0 {
                layerOf[next] = layerOf[node] + 1
                queue.append(next)
            }
        }
        let reachedDepth = layerOf.max() ?? -1
        // Unreached processes (no entry, or no handoff to them) share one last layer.
        for node in 0..<count where layerOf[node] < 0 { layerOf[node] = reachedDepth + 1 }
        let layerCount = (layerOf.max() ?? -1) + 1
        var layers = [[Int]](repeating: [], count: layerCount)
        for node in 0..<count { layers[layerOf[node]].append(node) }

        // One top-down pass of the barycentre heuristic: sort a layer by the mean position of
        // its predecessors in the layers above (ties keep declaration order).
        var predecessors = [[Int]](repeating: [], count: count)
        for (source, targets) in successors.enumerated() {
            for target in targets where target < count { predecessors[target].append(source) }
        }
        var order = [Int](repeating: 0, count: count)
        for (layerIndex, layer) in layers.enumerated() {
            var sorted = layer
            if layerIndex > 0 {
                let keys = layer.map { node -> Double in
                    let above = predecessors[node].filter { layerOf[$0] < layerIndex }
                    guard !above.isEmpty else { return Double.greatestFiniteMagnitude }
                    return Double(above.map { order[$0] }.reduce(0, +)) / Double(above.count)
                }
                sorted = zip(layer, keys).enumerated().sorted { lhs, rhs in
                    lhs.element.1 != rhs.element.1 ? lhs.element.1 < rhs.element.1 : lhs.offset < rhs.offset
                }.map(\.element.0)
            }
            for (position, node) in sorted.enumerated() { order[node] = position }
            layers[layerIndex] = sorted
        }

        let widest = layers.map(\.count).max() ?? 0
        let contentWidth = Double(max(widest, 1)) * Self.nodeWidth + Double(max(widest - 1, 0)) * Self.horizontalGap
        width = contentWidth + 2 * Self.margin
        height = Double(layerCount) * Self.nodeHeight + Double(max(layerCount - 1, 0)) * Self.verticalGap + 40
        var positions = [Point](repeating: Point(x: 0, y: 0), count: count)
        for (layerIndex, layer) in layers.enumerated() {
            let rowWidth = Double(layer.count) * Self.nodeWidth + Double(max(layer.count - 1, 0)) * Self.horizontalGap
            let left = Self.margin + (contentWidth - rowWidth) / 2
            for (position, node) in layer.enumerated() {
                positions[node] = Point(
                    x: left + Double(position) * (Self.nodeWidth + Self.horizontalGap) + Self.nodeWidth / 2,
                    y: 20 + Double(layerIndex) * (Self.nodeHeight + Self.verticalGap) + Self.nodeHeight / 2)
            }
        }
        self.layers = layers
        self.positions = positions
        var edges: [LaidEdge] = []
        for (source, targets) in successors.enumerated() {
            for target in targets where target < count {
                edges.append(LaidEdge(from: source, to: target, isBack: layerOf[target] <= layerOf[source]))
            }
        }
        self.edges = edges
    }
}
