/// The agent graph as inline SVG, laid out by `LayeredLayout`. Colours come from the page's CSS
/// classes, so the drawing follows the light or dark scheme; all text is HTML-escaped.
public struct SVGAgentGraph: Sendable {
    public let graph: AgentGraph
    public let layout: LayeredLayout

    public init(_ graph: AgentGraph) {
        self.graph = graph
        var successors = [[Int]](repeating: [], count: graph.processes.count)
        for edge in graph.edges {
            if case .handoff(let from, let to) = edge { successors[from].append(to) }
        }
        layout = LayeredLayout(
            count: graph.processes.count, successors: successors, entry: graph.processes.firstIndex(where: \.isEntry))
    }

    /// At most `limit` characters, with an ellipsis: long ids must not spill out of their box.
    static func clipped(_ text: String, limit: Int) -> String {
        text.count <= limit ? text : String(text.prefix(limit - 1)) + "…"
    }

    /// SVG coordinates: one decimal at most, no digit grouping.
    /// Characters of a name that fit one line of a box (at the page's font size for names).
    static let charactersPerLine = 17

    /// An id on at most two lines: broken after a `_` or `-` near the middle when it is too long
    /// for one, else cut; a second line that is still too long ends in an ellipsis.
    static func wrapped(_ text: String, perLine: Int) -> [String] {
        let characters = Array(text)
        guard characters.count > perLine else { return [text] }
        var best: Int?
        for index in characters.indices where characters[index] == "_" || characters[index] == "-" {
            let split = index + 1
            guard split <= perLine, split < characters.count else { continue }
            if best == nil || abs(split - characters.count / 2) < abs(best! - characters.count / 2) { best = split }
        }
        let split = best ?? perLine
        return [String(characters[..<split]), clipped(String(characters[split...]), limit: perLine)]
    }

    static func number(_ value: Double) -> String {
        let tenths = Int((value * 10).rounded())
        let sign = tenths < 0 ? "-" : ""
        let magnitude = tenths.magnitude
        return sign + String(magnitude / 10) + (magnitude % 10 == 0 ? "" : "." + String(magnitude % 10))
    }

    public func render() -> String {
        let width = LayeredLayout.nodeWidth
        let height = LayeredLayout.nodeHeight
        var parts: [String] = []
        parts.append(
            "<svg class=\"agent-graph\" role=\"img\" aria-label=\"Agent graph: \(Escaping.html(graph.name))\" viewBox=\"0 0 \(Self.number(layout.width)) \(Self.number(layout.height))\" width=\"\(Self.number(layout.width))\" height=\"\(Self.number(layout.height))\" xmlns=\"http://www.w3.org/2000/svg\">")
        parts.append(
            "<defs><marker id=\"arrow\" viewBox=\"0 0 10 10\" refX=\"10\" refY=\"5\" markerWidth=\"8\" markerHeight=\"8\" orient=\"auto-start-reverse\"><path class=\"arrowhead\" d=\"M0,0 L10,5 L0,10 z\"/></marker>"
                + "<marker id=\"arrow-back\" viewBox=\"0 0 10 10\" refX=\"10\" refY=\"5\" markerWidth=\"8\" markerHeight=\"8\" orient=\"auto-start-reverse\"><path class=\"arrowhead-back\" d=\"M0,0 L10,5 L0,10 z\"/></marker></defs>")
        var backCount = 0
        for edge in layout.edges {
            let from = layout.positions[edge.from]
            let to = layout.positions[edge.to]
            let title = "<title>\(Escaping.html(graph.processes[edge.from].id)) → \(Escaping.html(graph.processes[edge.to].id))</title>"
            if edge.from == edge.to {
                let x = from.x + width / 2
                let path = "M\(Self.number(x)),\(Self.number(from.y - 10)) C\(Self.number(x + 40)),\(Self.number(from.y - 30)) \(Self.number(x + 40)),\(Self.number(from.y + 30)) \(Self.number(x)),\(Self.number(from.y + 10))"
                parts.append("<path class=\"edge back\" d=\"\(path)\" marker-end=\"url(#arrow-back)\">\(title)</path>")
            } else if edge.isBack {
                // From the top of the source, up and round to the side of the target that faces
                // it: a cycle reads as a loop back, apart from the downward handoffs.
                backCount += 1
                let side = from.x < to.x ? -1.0 : 1.0
                let startX = from.x + side * width / 4
                let startY = from.y - height / 2
                let endX = to.x + side * width / 2
                let bulge = 24.0 + Double(backCount % 5) * 6
                let path = "M\(Self.number(startX)),\(Self.number(startY)) C\(Self.number(startX)),\(Self.number(startY - 40)) \(Self.number(endX + side * bulge)),\(Self.number(to.y)) \(Self.number(endX)),\(Self.number(to.y))"
                parts.append("<path class=\"edge back\" d=\"\(path)\" marker-end=\"url(#arrow-back)\">\(title)</path>")
            } else {
                let path = "M\(Self.number(from.x)),\(Self.number(from.y + height / 2)) L\(Self.number(to.x)),\(Self.number(to.y - height / 2))"
                parts.append("<path class=\"edge\" d=\"\(path)\" marker-end=\"url(#arrow)\">\(title)</path>")
            }
        }
        for (index, process) in graph.processes.enumerated() {
            let center = layout.positions[index]
            var classes = ["node"]
            if process.isEntry { classes.append("entry") }
            if !process.isReachable { classes.append("unreachable") }
            let x = center.x - width / 2
            let y = center.y - height / 2
            var lines = Self.wrapped(process.id, perLine: Self.charactersPerLine)
            if process.isEntry { lines[0] = "▶ " + lines[0] }
            // Name lines, then the detail line, centred in the box as a block.
            let lineHeight = 18.0
            let firstBaseline = center.y - Double(lines.count + 1) * lineHeight / 2 + lineHeight * 0.75
            var text = ""
            for (number, line) in lines.enumerated() {
                text += "<text class=\"name\" x=\"\(Self.number(center.x))\" y=\"\(Self.number(firstBaseline + Double(number) * lineHeight))\">\(Escaping.html(line))</text>"
            }
            let detail = Self.clipped(graph.detail(of: process), limit: Self.charactersPerLine + 4)
            text += "<text class=\"detail\" x=\"\(Self.number(center.x))\" y=\"\(Self.number(firstBaseline + Double(lines.count) * lineHeight))\">\(Escaping.html(detail))</text>"
            parts.append(
                "<g class=\"\(classes.joined(separator: " "))\"><title>\(Escaping.html(process.id))\(process.isEntry ? " (entry)" : "")\(process.isReachable ? "" : " (unreachable)")</title>"
                    + "<rect x=\"\(Self.number(x))\" y=\"\(Self.number(y))\" width=\"\(Self.number(width))\" height=\"\(Self.number(height))\" rx=\"10\"/>"
                    + text + "</g>")
        }
        parts.append("</svg>")
        return parts.joined(separator: "\n")
    }
}
