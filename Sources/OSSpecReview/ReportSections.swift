internal import OSSpecDiagnostics
internal import OSSpecModel
internal import OSSpecRules

/// The sections of the HTML report after its header, each a `<section>` with a stable id.
struct ReportSections {
    let reviewed: ReviewedSpec

    /// Past this many boxes the page's graph is unreadable (and large); the DOT output is the way.
    static let maxDrawnProcesses = 120

    private func h(_ text: String) -> String { Escaping.html(text) }

    private func section(_ id: String, _ title: String, _ body: String) -> String {
        "<section id=\"\(id)\">\n<h2>\(h(title))</h2>\n\(body)</section>\n"
    }

    func osTable() -> String {
        let table = OSTable(reviewed)
        var body = "<table class=\"os-table\"><thead><tr>" + OSTable.headers.map { "<th>\(h($0))</th>" }.joined() + "</tr></thead><tbody>\n"
        for row in table.rows {
            body += "<tr><th scope=\"row\">\(h(row.concept))</th><td>\(h(row.equivalent))</td><td>\(h(row.summary))</td></tr>\n"
        }
        return section("os-table", "The LLM OS table", body + "</tbody></table>\n")
    }

    func agentGraph() -> String {
        let graph = AgentGraph(reviewed)
        guard !graph.processes.isEmpty else { return section("agent-graph", "Agent graph", "<p>No processes could be read.</p>\n") }
        guard graph.processes.count <= Self.maxDrawnProcesses else {
            return section(
                "agent-graph", "Agent graph",
                "<p class=\"note\">\(graph.processes.count) processes are too many to draw legibly on one page; "
                    + "<span class=\"mono\">osspec graph --format dot SPEC | dot -Tsvg</span> draws them all.</p>\n")
        }
        let svg = SVGAgentGraph(graph)
        let backEdges = svg.layout.edges.filter(\.isBack).count
        var body = "<div class=\"figure\">\n\(svg.render())\n</div>\n"
        body += "<p class=\"legend\">▶ entry (thick border) · arrows are handoffs, top to bottom from the entry"
        let cycles = reviewed.context?.graph.cycles().count ?? 0
        body += " · <span class=\"back\">dashed arrows</span> go back up or sideways (\(Plural.count(backEdges, "handoff")))"
        body += "; the handoffs form \(cycles == 0 ? "no cycle" : Plural.count(cycles, "cycle"))"
        body += " · dashed boxes are not reachable from the entry</p>\n"
        return section("agent-graph", "Agent graph", body)
    }

    func permissions() -> String {
        let matrix = PermissionsMatrix(reviewed)
        guard !matrix.columns.isEmpty, !matrix.processes.isEmpty else {
            return section("permissions", "Permissions", "<p>No tools are declared: no process can act on the world.</p>\n")
        }
        var body = "<table class=\"matrix\"><thead><tr><th>process \\ tool</th>"
        for column in matrix.columns {
            let scope = column.scope?.rawValue ?? "unknown scope"
            body += "<th class=\"tool\"><span class=\"mono\">\(h(column.tool))</span><br>\(h(scope))"
            if column.needsApproval { body += " <span class=\"approval\" title=\"needs human approval\">approval</span>" }
            body += "</th>"
        }
        body += "</tr></thead><tbody>\n"
        for (row, process) in matrix.processes.enumerated() {
            body += "<tr><th scope=\"row\" class=\"mono\">\(h(process))</th>"
            for (column, cell) in matrix.cells[row].enumerated() {
                let scopeClass = matrix.columns[column].scope.map { "scope-\($0.rawValue)" } ?? ""
                let approval = matrix.columns[column].needsApproval ? " <span class=\"approval-mark\" title=\"needs human approval\">A</span>" : ""
                switch cell {
                case .none:
                    body += "<td class=\"cell none\"></td>"
                case .own:
                    body += "<td class=\"cell own \(scopeClass)\" title=\"holds it\">● own\(approval)</td>"
                case .wildcard:
                    body += "<td class=\"cell own \(scopeClass)\" title=\"holds every tool: a wildcard grant\">● all\(approval)</td>"
                case .reachable(let path):
                    let way = path.joined(separator: " → ")
                    body += "<td class=\"cell reachable \(scopeClass)\" title=\"through handoffs: \(h(way))\">○ via \(h(path.first ?? "?"))\(approval)</td>"
                }
            }
            body += "</tr>\n"
        }
        body += "</tbody></table>\n"
        if matrix.totalProcesses > matrix.processes.count || matrix.totalTools > matrix.columns.count {
            body += "<p class=\"note\">Showing the first \(matrix.processes.count) of \(matrix.totalProcesses) processes and the first \(matrix.columns.count) of \(matrix.totalTools) tools.</p>\n"
        }
        body += "<p class=\"legend\">● own: in the process's allowlist · "
        if matrix.cells.contains(where: { $0.contains(.wildcard) }) { body += "● all: a wildcard grant (every tool) · " }
        body += "○ via: reachable by handing off (hover for the way)"
        body += " · <span class=\"approval-mark\">A</span> needs human approval · scope:"
        for scope in ToolScope.allCases { body += "<span class=\"swatch scope-\(scope.rawValue)\"></span>\(scope.rawValue)" }
        body += "</p>\n"
        return section("permissions", "Permissions: processes × tools", body)
    }

    func ram() -> String {
        guard let context = reviewed.context, !context.processes.isEmpty else {
            return section("ram", "RAM: context budgets", "<p>No processes could be read.</p>\n")
        }
        var body = ""
        if let policy = context.ram?.policy?.value { body += "<p>Policy: <strong>\(h(policy.rawValue))</strong>"
            if let paging = context.ram?.paging { body += "; evicted context: \(h(paging.evict?.value.rawValue ?? "?")) to <span class=\"mono\">\(h(paging.to?.value ?? "?"))</span>" }
            body += ".</p>\n"
        } else if case .notApplicable(let reason, _) = reviewed.spec?.ram {
            body += "<p>RAM: n/a: \(h(RowSummarizer.reasonOnly(reason.value)))</p>\n"
        }
        body += "<table><thead><tr><th>process</th><th>model</th><th class=\"number\">budget</th><th class=\"number\">usable window</th><th class=\"number\">share</th><th>budget / window</th></tr></thead><tbody>\n"
        for process in context.processes {
            let choice = context.modelChoice(for: process)
            let model = choice.flatMap { context.models[$0.reference.value] }
            let budget = context.budget(for: process)
            let usable = model.flatMap { context.usableWindow(of: $0) }
            body += "<tr><td class=\"mono\">\(h(process.id.value))</td><td class=\"mono\">\(h(choice?.reference.value ?? "?"))</td>"
            body += "<td class=\"number\">\(budget.map { NumberText.grouped($0.tokens.value) + ($0.inherited ? " (default)" : "") } ?? "none")</td>"
            body += "<td class=\"number\">\(usable.map(NumberText.grouped) ?? "?")</td>"
            if let tokens = budget?.tokens.value, let usable, usable > 0 {
                let share = Double(tokens) / Double(usable)
                let width = NumberText.trimmed(min(share, 1) * 100, digits: 1)
                body += "<td class=\"number\">\(NumberText.percent(tokens, of: usable))</td>"
                body += "<td><div class=\"bar\(share > 1 ? " over" : "")\" title=\"\(NumberText.percent(tokens, of: usable)) of the usable window\"><span style=\"width: \(width)%\"></span></div></td>"
            } else {
                body += "<td class=\"number\">?</td><td></td>"
            }
            body += "</tr>\n"
        }
        body += "</tbody></table>\n<p class=\"legend\">Usable window: the model's context window minus its reserved output (max_output_tokens).</p>\n"
        return section("ram", "RAM: context budgets against model windows", body)
    }

    func tracing() -> String {
        guard let context = reviewed.context else { return section("tracing", "Tracing coverage", "<p>Not readable.</p>\n") }
        guard let tracing = context.kernel?.tracing else {
            return section("tracing", "Tracing coverage", "<p class=\"note\">No tracing: no session can be replayed.</p>\n")
        }
        let listed = Set(tracing.events?.value.map(\.value) ?? [])
        let hasTools = !(context.ipc?.tools.isEmpty ?? true)
        let hasHandoffs = context.graph.successors.contains { !$0.isEmpty }
        let hasCheckpoints = context.filesystem?.checkpoints != nil
        let hasApproval = context.ipc?.tools.contains { $0.needsApproval } ?? false
        let needed: [TraceEvent: String?] = [
            .modelCall: "every spec has model calls", .toolCall: hasTools ? "the spec has tools" : nil,
            .handoff: hasHandoffs ? "the spec has handoffs" : nil, .checkpoint: hasCheckpoints ? "the spec has checkpoints" : nil,
            .approval: hasApproval ? "a tool needs human approval" : nil, .denial: nil,
        ]
        var body = "<dl class=\"facts\">"
        let enabled = tracing.enabled?.value
        body += "<dt>Enabled</dt><dd class=\"\(enabled == true ? "status-ok" : "status-missing")\">\(enabled.map { $0 ? "yes" : "no" } ?? "not set")</dd>"
        body += "<dt>Exporter</dt><dd class=\"mono\">\(h(tracing.exporter?.value ?? "not set"))\(tracing.endpoint.map { " → " + h($0.value) } ?? "")</dd>"
        let rate = tracing.sampleRate?.value ?? 1
        body += "<dt>Sampled</dt><dd class=\"\(rate < 1 ? "status-missing" : "status-ok")\">\(NumberText.trimmed(rate * 100, digits: 2))% of sessions</dd>"
        let redact = tracing.redact?.value.map(\.value) ?? []
        body += "<dt>Redacted</dt><dd>\(redact.isEmpty ? "nothing" : h(redact.joined(separator: ", ")))</dd></dl>\n"
        body += "<table><thead><tr><th>event</th><th>traced</th><th>why it matters here</th></tr></thead><tbody>\n"
        var covered = 0
        var required = 0
        for event in TraceEvent.allCases {
            let reason = needed[event] ?? nil
            let isListed = listed.contains(event)
            if reason != nil { required += 1; if isListed { covered += 1 } }
            let status = isListed ? "<span class=\"status-ok\">✓ traced</span>"
                : reason != nil ? "<span class=\"status-missing\">✗ missing</span>" : "<span class=\"status-optional\">– not traced</span>"
            body += "<tr><td class=\"mono\">\(event.rawValue)</td><td>\(status)</td><td>\(h(reason ?? "optional here"))</td></tr>\n"
        }
        body += "</tbody></table>\n<p><strong>Coverage: \(covered) of \(required) required event kinds traced.</strong></p>\n"
        return section("tracing", "Tracing coverage", body)
    }

    func cost() -> String {
        guard reviewed.readingErrors.isEmpty else {
            return section("cost", "Cost estimate", "<p class=\"note\">Not estimated: the spec does not read completely (syntax, schema, completeness or reference errors, which a configuration or a suppression comment does not waive here).</p>\n")
        }
        let estimate = CostEstimate(reviewed)
        var body = "<table><thead><tr><th>model</th><th class=\"number\">input tokens</th><th class=\"number\">cached</th><th class=\"number\">output tokens</th><th class=\"number\">per session</th><th class=\"number\">per \(NumberText.grouped(estimate.sessions)) sessions</th></tr></thead><tbody>\n"
        for model in estimate.models {
            body += "<tr><td class=\"mono\">\(h(model.model))</td><td class=\"number\">\(CostRenderer.tokens(model.inputTokens))</td>"
            body += "<td class=\"number\">\(CostRenderer.tokens(model.cachedInputTokens))</td><td class=\"number\">\(CostRenderer.tokens(model.outputTokens))</td>"
            body += "<td class=\"number\">\(CostRenderer.dollars(model.dollars))</td><td class=\"number\">\(CostRenderer.dollars(model.dollars.map { $0 * Double(estimate.sessions) }))</td></tr>\n"
        }
        let complete = estimate.unpricedModels.isEmpty
        let none = estimate.unpricedModels.count == estimate.models.count
        let total = { (value: Double) in none ? "unknown" : NumberText.dollars(value) + (complete ? "" : " + unknown") }
        body += "<tr><th>total</th><td class=\"number\" colspan=\"3\">\(CostRenderer.tokens(estimate.tokensPerSession)) tokens per session</td>"
        body += "<th class=\"number\">\(total(estimate.knownDollarsPerSession))</th><th class=\"number\">\(total(estimate.knownDollarsPerSession * Double(estimate.sessions)))</th></tr>\n"
        body += "</tbody></table>\n"
        if estimate.cacheEnabled {
            body += "<p>Prompt-cache savings: \(NumberText.dollars(estimate.cacheSavingsPerSession * Double(estimate.sessions))) per \(NumberText.grouped(estimate.sessions)) sessions.</p>\n"
        }
        if !complete {
            let unpriced = estimate.unpricedModels.filter { $0.model != CostEstimate.noModel }
            if !unpriced.isEmpty {
                body += "<p class=\"note\">Unknown prices: " + unpriced.map { "<span class=\"mono\">\(h($0.model))</span>" }.joined(separator: ", ")
                body += " (no cost in the spec; not counted as free).</p>\n"
            }
            if unpriced.count < estimate.unpricedModels.count {
                body += "<p class=\"note\">Processes without a model: no price applies (not counted as free).</p>\n"
            }
        }
        body += "<ul class=\"assumptions\">" + estimate.assumptions.map { "<li>\(h($0))</li>" }.joined() + "</ul>\n"
        return section("cost", "Cost estimate", body)
    }

    func findings() -> String {
        let diagnostics = reviewed.report.diagnostics
        guard !diagnostics.isEmpty else {
            return section("findings", "Lint findings", "<p class=\"status-ok\">No findings: the spec lints clean.</p>\n")
        }
        var body = "<p>\(h(reviewed.lintStatus)).</p>\n<table><thead><tr><th>severity</th><th class=\"number\">line</th><th>rule</th><th>finding</th></tr></thead><tbody>\n"
        for diagnostic in diagnostics {
            body += "<tr><td class=\"severity-\(diagnostic.severity.rawValue)\">\(diagnostic.severity.rawValue)</td>"
            body += "<td class=\"number\">\(diagnostic.range.start.line):\(diagnostic.range.start.column)</td>"
            body += "<td class=\"mono\">\(h(diagnostic.rule))</td><td>\(h(diagnostic.message))"
            if let hint = diagnostic.hint { body += "<br><span class=\"legend\">hint: \(h(hint))</span>" }
            body += "</td></tr>\n"
        }
        return section("findings", "Lint findings", body + "</tbody></table>\n")
    }
}
