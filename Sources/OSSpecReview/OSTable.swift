public import OSSpecModel
internal import OSSpecRules

/// The seven-row LLM OS table: each OS concept, its LLM equivalent, and what this system has,
/// summarised from the spec's row in one line.
public struct OSTable: Sendable {
    public struct Row: Sendable {
        public let name: RowName
        public let concept: String
        public let equivalent: String
        /// One line about the spec's row (plain text; renderers escape it).
        public let summary: String
    }

    public let rows: [Row]
    /// Whether the spec behind the table has lint errors (the table shows what decoded).
    public let specHasErrors: Bool
    public let lintStatus: String

    public init(_ reviewed: ReviewedSpec) {
        specHasErrors = reviewed.hasErrors
        lintStatus = reviewed.lintStatus
        guard let spec = reviewed.spec, let context = reviewed.context else {
            rows = RowName.allCases.map { Row(name: $0, concept: $0.concept, equivalent: Self.equivalent($0), summary: "not readable") }
            return
        }
        let summarizer = RowSummarizer(context: context)
        rows = RowName.allCases.map { name in
            Row(name: name, concept: name.concept, equivalent: Self.equivalent(name), summary: summarizer.summary(of: name, in: spec))
        }
    }

    /// The LLM equivalent of each OS concept, in the words of the OS table.
    public static func equivalent(_ row: RowName) -> String {
        switch row {
        case .cpu: "the model(s), routed by task"
        case .ram: "the context window"
        case .filesystem: "vector stores, memory, checkpoints"
        case .processes: "the agents"
        case .ipc: "tool calls and handoffs"
        case .kernel: "orchestration layer"
        case .userSpace: "the application"
        }
    }

    public static let headers = ["OS concept", "LLM equivalent", "This system"]

    /// Paste-ready GitHub Markdown; cells escaped.
    public func markdown() -> String {
        var lines = ["| " + Self.headers.joined(separator: " | ") + " |", "|---|---|---|"]
        for row in rows {
            let cells = [row.concept, row.equivalent, row.summary].map(Escaping.markdownCell)
            lines.append("| " + cells.joined(separator: " | ") + " |")
        }
        if specHasErrors {
            lines.append("")
            lines.append("_The spec has lint errors (\(Escaping.markdownInline(lintStatus))); the table shows what could be read. Run `osspec lint` for details._")
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// Aligned columns for a terminal; the last column is not padded.
    public func text() -> String {
        let table = [Self.headers] + rows.map { [$0.concept, $0.equivalent, Escaping.plainLine($0.summary)] }
        let widths = (0..<2).map { column in table.map { $0[column].count }.max() ?? 0 }
        var lines: [String] = []
        for (index, cells) in table.enumerated() {
            let padded = (0..<2).map { cells[$0] + String(repeating: " ", count: widths[$0] - cells[$0].count) }
            lines.append((padded + [cells[2]]).joined(separator: "  "))
            if index == 0 { lines.append(widths.map { String(repeating: "-", count: $0) }.joined(separator: "  ") + "  " + String(repeating: "-", count: 12)) }
        }
        if specHasErrors {
            lines.append("")
            lines.append("Note: the spec has lint errors (\(lintStatus)); the table shows what could be read. Run 'osspec lint' for details.")
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
