internal import OSSpecReport

/// `osspec cost` output: a table for people, JSON for tools.
public struct CostRenderer: Sendable {
    public let estimate: CostEstimate

    public init(_ estimate: CostEstimate) { self.estimate = estimate }

    static func tokens(_ value: Double) -> String { NumberText.whole(value) }

    /// Rows of cells, left-aligned first column and right-aligned numbers.
    static func table(_ rows: [[String]]) -> [String] {
        guard let width = rows.first?.count else { return [] }
        let widths = (0..<width).map { column in rows.map { $0[column].count }.max() ?? 0 }
        return rows.map { row in
            row.enumerated().map { column, cell in
                let padding = String(repeating: " ", count: widths[column] - cell.count)
                return column == 0 ? cell + padding : padding + cell
            }.joined(separator: "  ")
        }
    }

    /// The dollar text of a model: its cost, or "unknown".
    static func dollars(_ value: Double?) -> String { value.map(NumberText.dollars) ?? "unknown" }

    public func text() -> String {
        let e = estimate
        var lines = ["Cost estimate for '\(Escaping.plainLine(e.specName))'", "", "Assumptions:"]
        lines += e.assumptions.map { "  - " + Escaping.plainLine($0) }
        lines += ["", "Per session, by process:"]
        var processRows = [["process", "model", "calls", "input tokens", "cached", "output tokens"]]
        for share in e.processes {
            processRows.append([
                share.process, share.model ?? "?", NumberText.approximate(share.calls), Self.tokens(share.inputTokens),
                Self.tokens(share.cachedInputTokens), Self.tokens(share.outputTokens),
            ].map(Escaping.plainLine))
        }
        lines += Self.table(processRows).map { "  " + $0 }
        lines += ["", "Per session, by model:"]
        var modelRows = [["model", "input tokens", "cached", "output tokens", "cost"]]
        for model in e.models {
            modelRows.append([
                model.model, Self.tokens(model.inputTokens), Self.tokens(model.cachedInputTokens), Self.tokens(model.outputTokens),
                Self.dollars(model.dollars),
            ].map(Escaping.plainLine))
        }
        lines += Self.table(modelRows).map { "  " + $0 }
        lines += ["", "Totals:"]
        let complete = e.unpricedModels.isEmpty
        let nonePriced = e.unpricedModels.count == e.models.count && !e.models.isEmpty
        let sessions = Double(e.sessions)
        let money = { (value: Double) in
            nonePriced ? "unknown (no model has prices)" : NumberText.dollars(value) + (complete ? "" : " + unknown")
        }
        lines.append("  per session:  \(Self.tokens(e.tokensPerSession)) tokens, \(money(e.knownDollarsPerSession))")
        lines.append(
            "  per \(NumberText.grouped(e.sessions)) sessions:  \(Self.tokens(e.tokensPerSession * sessions)) tokens, \(money(e.knownDollarsPerSession * sessions))")
        if e.cacheEnabled {
            let unknown = e.models.contains { $0.cachedInputTokens > 0 && $0.cacheSavings == nil }
            lines.append(
                "  prompt-cache savings:  \(NumberText.dollars(e.cacheSavingsPerSession)) per session, \(NumberText.dollars(e.cacheSavingsPerSession * sessions)) per \(NumberText.grouped(e.sessions)) sessions"
                    + (unknown ? " (more for models without a cached price)" : ""))
        }
        if !complete {
            lines += ["", "Unknown prices (not counted in the dollar totals):"]
            for model in e.unpricedModels {
                if model.model == CostEstimate.noModel {
                    lines.append("  - processes without a model: no price applies; \(Self.tokens(model.inputTokens + model.outputTokens)) tokens per session")
                    continue
                }
                lines.append(
                    "  - model '\(Escaping.plainLine(model.model))': no \(model.missingPrices.joined(separator: ", ")) in cpu.models.\(Escaping.plainLine(model.model)).cost; \(Self.tokens(model.inputTokens + model.outputTokens)) tokens per session")
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    public func json() -> String {
        let e = estimate
        var writer = JSONWriter()
        writer.beginObject()
        writer.string(e.specName, key: "spec")
        writer.number(e.sessions, key: "sessions")
        writer.number(e.steps, key: "steps")
        writer.beginArray(key: "assumptions")
        for assumption in e.assumptions { writer.string(assumption) }
        writer.endArray()
        writer.beginArray(key: "processes")
        for share in e.processes {
            writer.beginObject()
            writer.string(share.process, key: "process")
            if let model = share.model { writer.string(model, key: "model") } else { writer.null(key: "model") }
            writer.number(share.calls, key: "calls")
            writer.number(share.inputTokens.rounded(), key: "input_tokens")
            writer.number(share.cachedInputTokens.rounded(), key: "cached_input_tokens")
            writer.number(share.outputTokens.rounded(), key: "output_tokens")
            writer.endObject()
        }
        writer.endArray()
        writer.beginArray(key: "models")
        for model in e.models {
            writer.beginObject()
            writer.string(model.model, key: "model")
            writer.number(model.inputTokens.rounded(), key: "input_tokens")
            writer.number(model.cachedInputTokens.rounded(), key: "cached_input_tokens")
            writer.number(model.outputTokens.rounded(), key: "output_tokens")
            if let dollars = model.dollars { writer.number(dollars, key: "usd_per_session") } else { writer.null(key: "usd_per_session") }
            if let savings = model.cacheSavings { writer.number(savings, key: "cache_savings_usd_per_session") } else {
                writer.null(key: "cache_savings_usd_per_session")
            }
            writer.beginArray(key: "missing_prices")
            for price in model.missingPrices { writer.string(price) }
            writer.endArray()
            writer.endObject()
        }
        writer.endArray()
        writer.beginObject(key: "totals")
        writer.number(e.tokensPerSession.rounded(), key: "tokens_per_session")
        writer.number(e.knownDollarsPerSession, key: "known_usd_per_session")
        writer.number((e.tokensPerSession * Double(e.sessions)).rounded(), key: "tokens")
        writer.number(e.knownDollarsPerSession * Double(e.sessions), key: "known_usd")
        writer.bool(e.unpricedModels.isEmpty, key: "complete")
        writer.number(e.cacheSavingsPerSession * Double(e.sessions), key: "cache_savings_usd")
        writer.endObject()
        writer.beginArray(key: "unknown_prices")
        // Models only: the processes without one are no model with unknown prices.
        for model in e.unpricedModels where model.model != CostEstimate.noModel { writer.string(model.model) }
        writer.endArray()
        writer.endObject()
        return writer.text + "\n"
    }
}
