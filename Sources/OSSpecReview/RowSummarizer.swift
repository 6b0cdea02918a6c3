internal import OSSpecModel
internal import OSSpecRules

/// One line per row of the OS table: the facts a reviewer asks about first.
struct RowSummarizer {
    let context: RuleContext

    func summary(of name: RowName, in spec: Spec) -> String {
        switch name {
        case .cpu: describe(spec.cpu, cpu)
        case .ram: describe(spec.ram, ram)
        case .filesystem: describe(spec.filesystem, filesystem)
        case .processes: describe(spec.processes, processes)
        case .ipc: describe(spec.ipc, ipc)
        case .kernel: describe(spec.kernel, kernel)
        case .userSpace: describe(spec.userSpace, userSpace)
        }
    }

    private func describe<Content>(_ row: OSSpecModel.Row<Content>, _ summarize: (Content) -> String) -> String {
        switch row {
        case .missing: "missing (a lint error)"
        case .invalid: "not readable (a lint error)"
        case .notApplicable(let reason, _): "n/a: " + Self.reasonOnly(reason.value)
        case .present(let content, _): summarize(content)
        }
    }

    /// The reason of `n/a: reason`, without its prefix.
    static func reasonOnly(_ value: String) -> String {
        guard value.lowercased().hasPrefix("n/a") else { return value }
        var rest = value.dropFirst(3)
        if rest.first == ":" { rest = rest.dropFirst() }
        while rest.first == " " { rest = rest.dropFirst() }
        return String(rest)
    }

    private func tokens(_ count: Int) -> String { NumberText.grouped(count) }

    /// At most this many items are named in one cell; the rest are counted.
    static let itemLimit = 12

    private func joined(_ items: [String]) -> String {
        let shown = items.prefix(Self.itemLimit).joined(separator: ", ")
        return items.count > Self.itemLimit ? shown + " and \(items.count - Self.itemLimit) more" : shown
    }

    private func cpu(_ cpu: CPU) -> String {
        let models = cpu.models.map { model in
            var text = model.id.value
            let what = [model.provider?.value, model.model?.value].compactMap { $0 }.joined(separator: " ")
            if !what.isEmpty { text += " = " + what }
            if let window = model.contextWindow?.value { text += " (\(tokens(window)) window)" }
            return text
        }
        var parts = [models.isEmpty ? "no models" : joined(models)]
        for route in cpu.routing.prefix(Self.itemLimit) {
            var text = route.tasks.map(\.value).joined(separator: ", ") + " → " + (route.use?.value ?? "?")
            if let fallback = route.fallback?.value { text += " (fallback \(fallback))" }
            parts.append(text)
        }
        if cpu.routing.count > Self.itemLimit { parts.append("\(cpu.routing.count - Self.itemLimit) more routes") }
        if let fallback = cpu.default?.value { parts.append("default " + fallback) }
        return parts.joined(separator: "; ")
    }

    private func ram(_ ram: RAM) -> String {
        var parts: [String] = [ram.policy?.value.rawValue ?? "no policy"]
        if let budget = ram.defaultBudgetTokens?.value { parts.append("default budget \(tokens(budget)) tokens") }
        let own = context.processes.compactMap(\.budgetTokens?.value)
        if let low = own.min(), let high = own.max() {
            let range = low == high ? tokens(low) : "\(tokens(low))-\(tokens(high))"
            parts.append("\(Plural.count(own.count, "process budget")) \(range)")
        }
        if let cache = ram.promptCache {
            let on = cache.enabled?.value ?? false
            parts.append("prompt cache " + (on ? "on" + (cache.scope.map { " (\($0.value.rawValue))" } ?? "") : "off"))
        }
        if let paging = ram.paging {
            parts.append("paging: \(paging.evict?.value.rawValue ?? "?") to \(paging.to?.value ?? "?")")
        }
        return parts.joined(separator: ", ")
    }

    private func filesystem(_ filesystem: Filesystem) -> String {
        let stores = filesystem.stores.map { store in
            let what = [store.kind?.value.rawValue, store.backend?.value].compactMap { $0 }.joined(separator: ", ")
            return what.isEmpty ? store.id.value : "\(store.id.value) (\(what))"
        }
        var parts = [stores.isEmpty ? "no stores" : joined(stores)]
        if let checkpoints = filesystem.checkpoints {
            var text = "checkpoints every \(checkpoints.every?.value.rawValue ?? "?") on \(checkpoints.backend?.value ?? "?")"
            if let days = checkpoints.retentionDays?.value { text += ", kept \(days) days" }
            parts.append(text)
        } else {
            parts.append("no checkpoints")
        }
        return parts.joined(separator: "; ")
    }

    private func processes(_ processes: Processes) -> String {
        let entry = context.kernel?.entry?.value
        let names = processes.entries.map { process in
            var text = process.id.value
            if process.id.value == entry { text += " (entry)" }
            if let choice = context.modelChoice(for: process) { text += " on " + choice.reference.value }
            return text
        }
        return Plural.count(processes.entries.count, "agent") + ": " + joined(names)
    }

    private func ipc(_ ipc: IPC) -> String {
        let tools = ipc.tools.map { tool in
            var text = "\(tool.id.value) (\(tool.scope?.value.rawValue ?? "?")"
            if let resource = tool.resource?.value { text += " " + resource }
            if tool.needsApproval { text += ", human approval" }
            return text + ")"
        }
        var parts = [Plural.count(ipc.tools.count, "tool") + (tools.isEmpty ? "" : ": " + joined(tools))]
        let handoffs = context.graph.successors.reduce(0) { $0 + $1.count }
        var handoffText = Plural.count(handoffs, "handoff")
        if let hops = ipc.maxHops?.value { handoffText += ", max \(hops) hops" }
        parts.append(handoffText)
        return parts.joined(separator: "; ")
    }

    private func kernel(_ kernel: Kernel) -> String {
        var parts = [kernel.orchestrator?.value ?? "no orchestrator"]
        parts.append("entry " + (kernel.entry?.value ?? "?"))
        if let limits = kernel.limits {
            let steps = limits.maxSteps.map { "max \($0.value) steps" } ?? "no step limit"
            let time = limits.timeoutSeconds.map { "\(NumberText.plain($0.value)) s" } ?? "no timeout"
            parts.append("\(steps) / \(time)")
        } else {
            parts.append("no limits")
        }
        if let tracing = kernel.tracing {
            if tracing.enabled?.value == false {
                parts.append("tracing disabled")
            } else {
                let events = tracing.events?.value.map(\.value.rawValue) ?? []
                var text = "traces " + (events.isEmpty ? "nothing" : events.joined(separator: ", "))
                text += " to " + (tracing.exporter?.value ?? "?")
                if let rate = tracing.sampleRate?.value, rate < 1 { text += " (sampled at \(NumberText.plain(rate)))" }
                parts.append(text)
            }
        } else {
            parts.append("no tracing")
        }
        return parts.joined(separator: ", ")
    }

    /// An availability as a percentage that keeps its nines: below 1 is never `100`.
    static func availability(_ value: Double) -> String {
        for digits in [6, 9, 12] {
            let text = NumberText.trimmed(value * 100, digits: digits)
            if value >= 1 || text != "100" { return text }
        }
        return "99.999999999999"
    }

    private func userSpace(_ userSpace: UserSpace) -> String {
        var parts = [userSpace.app?.value ?? "no app"]
        if let interface = userSpace.interface?.value { parts.append(interface) }
        if let isolation = userSpace.isolation?.value { parts.append("\(isolation.rawValue) isolation") }
        if let concurrency = userSpace.concurrency?.value { parts.append("\(NumberText.grouped(concurrency)) concurrent sessions") }
        if let slo = userSpace.slo {
            if let p99 = slo.p99LatencyMs?.value { parts.append("p99 \(NumberText.plain(p99)) ms") }
            if let availability = slo.availability?.value { parts.append("\(Self.availability(availability))% available") }
        }
        return parts.joined(separator: ", ")
    }
}
