internal import OSSpecModel

/// What changed in the architecture between two versions of a spec, each change classified:
/// an escalation grants more power or removes a safeguard, a relaxation is the reverse, and
/// anything else is neutral.
public struct SpecDiff: Sendable {
    public enum Classification: String, Sendable, CaseIterable {
        case escalation, relaxation, neutral
    }

    public struct Change: Sendable, Hashable {
        public let classification: Classification
        /// What changed: `process`, `tool`, `store`, `model`, `route`, `ram`, `limits`, `tracing`,
        /// `kernel`, `user_space`, `filesystem`.
        public let subject: String
        /// The id of the process, tool, store, model or route task; nil for spec-wide settings.
        public let id: String?
        /// A stable name for the kind of change, e.g. `tool-granted`, `scope-widened`.
        public let kind: String
        /// One sentence (plain text; renderers escape it).
        public let message: String
        /// The line in the new spec (or the old one, for what was removed).
        public let line: Int?
        /// Whether `line` is in the old spec.
        public let lineIsOld: Bool
    }

    public let changes: [Change]

    public func count(_ classification: Classification) -> Int { changes.filter { $0.classification == classification }.count }
    public var hasEscalation: Bool { count(.escalation) > 0 }

    public init(old: ReviewedSpec, new: ReviewedSpec) {
        guard let oldContext = old.context, let newContext = new.context else {
            changes = []
            return
        }
        let numbering = ToolNumbering([oldContext, newContext])
        var builder = ChangeBuilder(toolNames: numbering.names)
        builder.compare(ArchitectureFacts(oldContext, numbering: numbering), ArchitectureFacts(newContext, numbering: numbering))
        // Escalations first, so that a reviewer reads what needs a decision before the rest.
        let order: [Classification: Int] = [.escalation: 0, .relaxation: 1, .neutral: 2]
        changes = builder.changes.enumerated().sorted { lhs, rhs in
            let (left, right) = (order[lhs.element.classification]!, order[rhs.element.classification]!)
            return left != right ? left < right : lhs.offset < rhs.offset
        }.map(\.element)
    }
}

/// Collects the changes between two sets of facts, one comparison per concept.
struct ChangeBuilder {
    private(set) var changes: [SpecDiff.Change] = []
    /// Tool names by number (`ToolNumbering`).
    let toolNames: [String]
    typealias Facts = ArchitectureFacts

    private mutating func add(
        _ classification: SpecDiff.Classification, _ subject: String, _ id: String?, _ kind: String, _ message: String,
        line: Int?, old: Bool = false
    ) {
        changes.append(
            SpecDiff.Change(classification: classification, subject: subject, id: id, kind: kind, message: message, line: line, lineIsOld: old))
    }

    mutating func compare(_ old: Facts, _ new: Facts) {
        compareProcesses(old, new)
        compareTools(old, new)
        compareStores(old, new)
        compareModels(old, new)
        compareRoutes(old, new)
        compareSettings(old, new)
    }

    /// At most this many names in one message; the rest are counted.
    static let listLimit = 10

    private static func list(_ names: Set<String>) -> String { list(Array(names)) }

    private static func list(_ names: [String]) -> String {
        let sorted = names.sorted()
        let shown = sorted.prefix(listLimit).map { "'\($0)'" }.joined(separator: ", ")
        return sorted.count > listLimit ? shown + " and \(sorted.count - listLimit) more" : shown
    }

    /// The tools of a bit set for a message: sorted by name when there are few, else the first
    /// ones in declaration order (sorting thousands of names per process would be quadratic).
    private func describe(_ bits: ReachableTools.Bits) -> String {
        let count = bits.count
        guard count > Self.listLimit * 20 else { return Self.list(bits.members.map { toolNames[$0] }) }
        let shown = bits.members(limit: Self.listLimit).map { "'\(toolNames[$0])'" }.joined(separator: ", ")
        return shown + " and \(count - Self.listLimit) more"
    }

    private mutating func compareProcesses(_ old: Facts, _ new: Facts) {
        for id in new.processOrder {
            let now = new.processes[id]!
            guard let before = old.processes[id] else {
                let reachable = now.reachableTools
                if now.hasWildcard {
                    add(.escalation, "process", id, "process-added", "Process '\(id)' added with a wildcard tool grant.", line: now.line)
                } else if now.tools.isEmpty && reachable.isEmpty && !now.reachesWildcard {
                    add(.neutral, "process", id, "process-added", "Process '\(id)' added, with no tools.", line: now.line)
                } else {
                    let reaching = now.reachesWildcard
                        ? " (reaching a wildcard tool grant, every tool, by handoff)"
                        : reachable.isEmpty ? "" : " (reaching \(describe(reachable)) by handoff)"
                    add(.escalation, "process", id, "process-added",
                        "Process '\(id)' added, " + (now.tools.isEmpty ? "with no tools of its own" : "with tools \(Self.list(now.tools))")
                            + reaching + ".",
                        line: now.line)
                }
                continue
            }
            let gained = now.tools.subtracting(before.tools)
            let lost = before.tools.subtracting(now.tools)
            if !gained.isEmpty {
                add(.escalation, "process", id, "tool-granted", "Process '\(id)' gains \(gained.count == 1 ? "tool" : "tools") \(Self.list(gained)).", line: now.line)
            }
            if !lost.isEmpty {
                add(.relaxation, "process", id, "tool-revoked", "Process '\(id)' loses \(lost.count == 1 ? "tool" : "tools") \(Self.list(lost)).", line: now.line)
            }
            // Reachable tools: only those not explained by its own allowlist changing.
            let reachGained = now.reachableTools.subtracting(before.reachableTools).subtracting(before.toolBits)
            let reachLost = before.reachableTools.subtracting(now.reachableTools).subtracting(now.toolBits)
            if !reachGained.isEmpty {
                add(.escalation, "process", id, "reachable-tool-gained",
                    "Process '\(id)' can now reach \(describe(reachGained)) through handoffs.", line: now.line)
            }
            if !reachLost.isEmpty {
                add(.relaxation, "process", id, "reachable-tool-lost",
                    "Process '\(id)' can no longer reach \(describe(reachLost)) through handoffs.", line: now.line)
            }
            // A wildcard grant reached by handoff is every tool, named in the spec or not.
            if now.reachesWildcard && !before.reachesWildcard && !before.hasWildcard {
                add(.escalation, "process", id, "reachable-wildcard-gained",
                    "Process '\(id)' can now reach a wildcard tool grant (every tool) through handoffs.", line: now.line)
            } else if before.reachesWildcard && !now.reachesWildcard && !now.hasWildcard {
                add(.relaxation, "process", id, "reachable-wildcard-lost",
                    "Process '\(id)' can no longer reach a wildcard tool grant through handoffs.", line: now.line)
            }
            if now.hasWildcard && !before.hasWildcard {
                add(.escalation, "process", id, "wildcard-granted", "Process '\(id)' gains a wildcard tool grant.", line: now.line)
            } else if before.hasWildcard && !now.hasWildcard {
                add(.relaxation, "process", id, "wildcard-removed",
                    "Process '\(id)' no longer has a wildcard tool grant" + (now.reachesWildcard ? " of its own (it still reaches one through handoffs)." : "."),
                    line: now.line)
            }
            switch (before.budget, now.budget) {
            case (let oldBudget?, let newBudget?) where newBudget != oldBudget:
                let raised = newBudget > oldBudget
                add(raised ? .escalation : .relaxation, "process", id, raised ? "budget-raised" : "budget-lowered",
                    "Process '\(id)' context budget \(raised ? "raised" : "lowered") from \(NumberText.grouped(oldBudget)) to \(NumberText.grouped(newBudget)) tokens.",
                    line: now.line)
            case (let oldBudget?, nil):
                add(.escalation, "process", id, "budget-removed",
                    "Process '\(id)' has no context budget any more (was \(NumberText.grouped(oldBudget)) tokens): unlimited RAM.", line: now.line)
            case (nil, let newBudget?):
                add(.relaxation, "process", id, "budget-added",
                    "Process '\(id)' context budget set to \(NumberText.grouped(newBudget)) tokens.", line: now.line)
            default:
                break
            }
            if now.context != before.context {
                add(.neutral, "process", id, "context-changed",
                    "Process '\(id)' sees \(Self.slots(now.context)) (was \(Self.slots(before.context))).", line: now.line)
            }
            if now.model != before.model {
                add(.neutral, "process", id, "model-changed",
                    "Process '\(id)' runs on '\(now.model ?? "none")' instead of '\(before.model ?? "none")'.", line: now.line)
            }
            let handoffsAdded = now.handoffs.subtracting(before.handoffs)
            let handoffsRemoved = before.handoffs.subtracting(now.handoffs)
            if !handoffsAdded.isEmpty {
                add(.neutral, "process", id, "handoff-added", "Process '\(id)' may now hand off to \(Self.list(handoffsAdded)).", line: now.line)
            }
            if !handoffsRemoved.isEmpty {
                add(.neutral, "process", id, "handoff-removed", "Process '\(id)' no longer hands off to \(Self.list(handoffsRemoved)).", line: now.line)
            }
        }
        for id in old.processOrder where new.processes[id] == nil {
            let before = old.processes[id]!
            let hadPowers = !before.tools.isEmpty || before.hasWildcard
            add(hadPowers ? .relaxation : .neutral, "process", id, "process-removed",
                "Process '\(id)' removed" + (before.tools.isEmpty ? "." : ", with its tools \(Self.list(before.tools)).") , line: before.line, old: true)
        }
    }

    /// Context slots in their order, for a message.
    private static func slots(_ names: [String]) -> String {
        guard !names.isEmpty else { return "no context slots" }
        let shown = names.prefix(listLimit).map { "'\($0)'" }.joined(separator: ", ")
        return "context " + (names.count > listLimit ? shown + " and \(names.count - listLimit) more" : shown)
    }

    /// How much a scope can do, for "widened" and "narrowed".
    static func power(_ scope: ToolScope?) -> Int {
        switch scope {
        case .read: 0
        case .network: 1
        case .write: 2
        case .execute: 3
        case .admin: 4
        case nil: -1
        }
    }

    private mutating func compareTools(_ old: Facts, _ new: Facts) {
        for id in new.toolOrder {
            let now = new.tools[id]!
            guard let before = old.tools[id] else {
                add(.neutral, "tool", id, "tool-added",
                    "Tool '\(id)' declared (\(now.scope?.rawValue ?? "no scope")\(now.approval == .human ? ", human approval" : "")).",
                    line: now.line)
                continue
            }
            if now.scope != before.scope {
                let wider = Self.power(now.scope) > Self.power(before.scope)
                add(wider ? .escalation : .relaxation, "tool", id, wider ? "scope-widened" : "scope-narrowed",
                    "Tool '\(id)' scope \(wider ? "widened" : "narrowed") from \(before.scope?.rawValue ?? "none") to \(now.scope?.rawValue ?? "none").",
                    line: now.line)
            }
            if now.approval != before.approval {
                let removed = before.approval == .human
                add(removed ? .escalation : .relaxation, "tool", id, removed ? "approval-removed" : "approval-added",
                    removed ? "Tool '\(id)' no longer needs human approval." : "Tool '\(id)' now needs human approval.", line: now.line)
            }
            if now.resource != before.resource {
                let wasExternal = before.resource?.hasPrefix("external:") ?? false
                let isExternal = now.resource?.hasPrefix("external:") ?? false
                let classification: SpecDiff.Classification = isExternal && !wasExternal ? .escalation : wasExternal && !isExternal ? .relaxation : .neutral
                add(classification, "tool", id, "resource-changed",
                    "Tool '\(id)' touches '\(now.resource ?? "nothing")' instead of '\(before.resource ?? "nothing")'"
                        + (classification == .escalation ? ", outside the system." : "."), line: now.line)
            }
        }
        for id in old.toolOrder where new.tools[id] == nil {
            add(.neutral, "tool", id, "tool-removed", "Tool '\(id)' removed.", line: old.tools[id]!.line, old: true)
        }
    }

    private mutating func compareStores(_ old: Facts, _ new: Facts) {
        for id in new.storeOrder {
            let now = new.stores[id]!
            guard let before = old.stores[id] else {
                add(.neutral, "store", id, "store-added", "Store '\(id)' added (\(now.kind?.rawValue ?? "?") on \(now.backend ?? "?")).", line: now.line)
                continue
            }
            if now.kind != before.kind || now.backend != before.backend || now.embedding != before.embedding {
                add(.neutral, "store", id, "store-changed", "Store '\(id)' is \(Self.describe(now)) (was \(Self.describe(before))).", line: now.line)
            }
        }
        for id in old.storeOrder where new.stores[id] == nil {
            add(.neutral, "store", id, "store-removed", "Store '\(id)' removed.", line: old.stores[id]!.line, old: true)
        }
    }

    private static func describe(_ store: Facts.StoreFacts) -> String {
        "\(store.kind?.rawValue ?? "?") on \(store.backend ?? "?")" + (store.embedding.map { ", embedding \($0)" } ?? "")
    }

    private mutating func compareModels(_ old: Facts, _ new: Facts) {
        for id in new.modelOrder {
            let now = new.models[id]!
            let name = [now.provider, now.model].compactMap { $0 }.joined(separator: " ")
            guard let before = old.models[id] else {
                add(.neutral, "model", id, "model-added", "Model '\(id)' added (\(name)).", line: now.line)
                continue
            }
            if now.provider != before.provider || now.model != before.model {
                let was = [before.provider, before.model].compactMap { $0 }.joined(separator: " ")
                add(.neutral, "model", id, "model-changed", "Model '\(id)' is \(name) (was \(was)).", line: now.line)
            }
            if now.window != before.window {
                add(.neutral, "model", id, "window-changed",
                    "Model '\(id)' window \(now.window.map(NumberText.grouped) ?? "unset") tokens (was \(before.window.map(NumberText.grouped) ?? "unset")).",
                    line: now.line)
            }
            if now.maxOutput != before.maxOutput {
                let raised = (now.maxOutput ?? Int.max) > (before.maxOutput ?? Int.max)
                add(raised ? .escalation : .relaxation, "model", id, raised ? "output-limit-raised" : "output-limit-lowered",
                    "Model '\(id)' output limit \(raised ? "raised" : "lowered") to \(now.maxOutput.map(NumberText.grouped) ?? "none") (was \(before.maxOutput.map(NumberText.grouped) ?? "none")).",
                    line: now.line)
            }
            if now.endpoint != before.endpoint {
                add(.neutral, "model", id, "endpoint-changed",
                    "Model '\(id)' is called at \(Self.endpoint(now.endpoint)) (was \(Self.endpoint(before.endpoint))).", line: now.line)
            }
            if now.prices != before.prices {
                add(.neutral, "model", id, "prices-changed",
                    "Model '\(id)' prices per million tokens: \(Self.prices(now.prices)) (was \(Self.prices(before.prices))).", line: now.line)
            }
        }
        for id in old.modelOrder where new.models[id] == nil {
            add(.neutral, "model", id, "model-removed", "Model '\(id)' removed.", line: old.models[id]!.line, old: true)
        }
    }

    private static func endpoint(_ url: String?) -> String { url.map { "'\($0)'" } ?? "its provider's default endpoint" }

    /// `input 3, output 15, cached 0.3`; a missing price is "unset".
    private static func prices(_ prices: [Double?]) -> String {
        zip(["input", "output", "cached"], prices).map { name, price in "\(name) \(price.map(NumberText.plain) ?? "unset")" }
            .joined(separator: ", ")
    }

    private mutating func compareRoutes(_ old: Facts, _ new: Facts) {
        for task in new.routeOrder {
            let now = new.routes[task]!
            guard let before = old.routes[task] else {
                add(.neutral, "route", task, "route-added", "Task '\(task)' routed to '\(now.use ?? "?")'.", line: now.line)
                continue
            }
            if now.use != before.use || now.fallback != before.fallback {
                add(.neutral, "route", task, "route-changed",
                    "Task '\(task)' routed to '\(now.use ?? "?")'\(now.fallback.map { " (fallback '\($0)')" } ?? "") instead of '\(before.use ?? "?")'\(before.fallback.map { " (fallback '\($0)')" } ?? "").",
                    line: now.line)
            }
        }
        for task in old.routeOrder where new.routes[task] == nil {
            add(.neutral, "route", task, "route-removed", "Task '\(task)' is no longer routed.", line: old.routes[task]!.line, old: true)
        }
    }

    /// Raising a bound loosens it: more steps, more time, more hops.
    private mutating func compareBound<T: Comparable>(
        _ before: T?, _ now: T?, subject: String, name: String, at where: (line: Int?, old: Bool), describe: (T) -> String
    ) {
        guard before != now else { return }
        switch (before, now) {
        case (let before?, let now?):
            let loosened = now > before
            add(loosened ? .escalation : .relaxation, subject, nil, loosened ? "\(name)-raised" : "\(name)-lowered",
                "\(name) \(loosened ? "raised" : "lowered") from \(describe(before)) to \(describe(now)).", line: `where`.line, old: `where`.old)
        case (let before?, nil):
            add(.escalation, subject, nil, "\(name)-removed", "\(name) removed (was \(describe(before))).", line: `where`.line, old: `where`.old)
        case (nil, let now?):
            add(.relaxation, subject, nil, "\(name)-added", "\(name) set to \(describe(now)).", line: `where`.line, old: `where`.old)
        case (nil, nil):
            break
        }
    }

    private mutating func compareSettings(_ old: Facts, _ new: Facts) {
        compareBound(old.maxSteps, new.maxSteps, subject: "limits", name: "max_steps", at: Self.line("max_steps", old, new), describe: { String($0) })
        compareBound(old.timeoutSeconds, new.timeoutSeconds, subject: "limits", name: "timeout_seconds", at: Self.line("timeout_seconds", old, new), describe: { NumberText.plain($0) + " s" })
        compareBound(old.maxHops, new.maxHops, subject: "ipc", name: "max_hops", at: Self.line("max_hops", old, new), describe: { String($0) })
        compareBound(old.defaultBudget, new.defaultBudget, subject: "ram", name: "default_budget_tokens", at: Self.line("default_budget_tokens", old, new), describe: NumberText.grouped)

        if old.ramPolicy != new.ramPolicy {
            let toFull = new.ramPolicy == .fullHistory
            let fromFull = old.ramPolicy == .fullHistory
            add(toFull ? .escalation : fromFull ? .relaxation : .neutral, "ram", nil, "policy-changed",
                "RAM policy \(new.ramPolicy?.rawValue ?? "unset") (was \(old.ramPolicy?.rawValue ?? "unset"))" + (toFull ? ": unlimited context." : "."),
                line: Self.line("policy", old, new).line, old: Self.line("policy", old, new).old)
        }
        if old.promptCache != new.promptCache || old.promptCacheScope != new.promptCacheScope {
            add(.neutral, "ram", nil, "prompt-cache-changed", "Prompt cache \(Self.promptCache(new)) (was \(Self.promptCache(old))).", line: Self.line("prompt_cache", old, new).line, old: Self.line("prompt_cache", old, new).old)
        }
        if old.pagingEvict != new.pagingEvict || old.pagingTo != new.pagingTo {
            add(.neutral, "ram", nil, "paging-changed", "Paging \(Self.paging(new)) (was \(Self.paging(old))).", line: Self.line("paging", old, new).line, old: Self.line("paging", old, new).old)
        }
        // Tracing: off, fewer events, lower sampling or less redaction lose the replay or leak.
        if old.tracingEnabled != new.tracingEnabled {
            let disabled = new.tracingEnabled != true
            add(disabled ? .escalation : .relaxation, "tracing", nil, disabled ? "tracing-disabled" : "tracing-enabled",
                disabled ? "Tracing disabled: sessions can no longer be replayed." : "Tracing enabled.", line: Self.line("tracing", old, new).line, old: Self.line("tracing", old, new).old)
        }
        let dropped = Set(old.traceEvents.map(\.rawValue)).subtracting(new.traceEvents.map(\.rawValue))
        let added = Set(new.traceEvents.map(\.rawValue)).subtracting(old.traceEvents.map(\.rawValue))
        if !dropped.isEmpty {
            add(.escalation, "tracing", nil, "events-dropped", "Tracing no longer records \(Self.list(dropped)).", line: Self.line("events", old, new).line, old: Self.line("events", old, new).old)
        }
        if !added.isEmpty {
            add(.relaxation, "tracing", nil, "events-added", "Tracing now records \(Self.list(added)).", line: Self.line("events", old, new).line, old: Self.line("events", old, new).old)
        }
        if let before = old.sampleRate, let now = new.sampleRate, before != now {
            let lowered = now < before
            add(lowered ? .escalation : .relaxation, "tracing", nil, lowered ? "sampling-lowered" : "sampling-raised",
                "Trace sample rate \(lowered ? "lowered" : "raised") from \(NumberText.plain(before)) to \(NumberText.plain(now)).", line: Self.line("sample_rate", old, new).line, old: Self.line("sample_rate", old, new).old)
        }
        let unredacted = old.redact.subtracting(new.redact)
        if !unredacted.isEmpty {
            add(.escalation, "tracing", nil, "redaction-dropped", "Traces no longer redact \(Self.list(unredacted)).", line: Self.line("redact", old, new).line, old: Self.line("redact", old, new).old)
        }
        let redacted = new.redact.subtracting(old.redact)
        if !redacted.isEmpty {
            add(.relaxation, "tracing", nil, "redaction-added", "Traces now redact \(Self.list(redacted)).", line: Self.line("redact", old, new).line, old: Self.line("redact", old, new).old)
        }
        if old.exporter != new.exporter, old.exporter != nil || new.exporter != nil {
            add(.neutral, "tracing", nil, "exporter-changed", "Traces go to \(new.exporter ?? "nothing") (was \(old.exporter ?? "nothing")).", line: Self.line("exporter", old, new).line, old: Self.line("exporter", old, new).old)
        }
        if old.traceEndpoint != new.traceEndpoint {
            add(.neutral, "tracing", nil, "trace-endpoint-changed",
                "Traces are exported to \(new.traceEndpoint.map { "'\($0)'" } ?? "no endpoint") (was \(old.traceEndpoint.map { "'\($0)'" } ?? "no endpoint")).",
                line: Self.line("endpoint", old, new).line, old: Self.line("endpoint", old, new).old)
        }
        if old.isolation != new.isolation {
            let weaker = Self.weakness(new.isolation) > Self.weakness(old.isolation)
            add(weaker ? .escalation : .relaxation, "user_space", nil, weaker ? "isolation-weakened" : "isolation-strengthened",
                "Isolation \(new.isolation?.rawValue ?? "unset") (was \(old.isolation?.rawValue ?? "unset")).", line: Self.line("isolation", old, new).line, old: Self.line("isolation", old, new).old)
        }
        if old.interface != new.interface {
            add(.neutral, "user_space", nil, "interface-changed", "Interface \(new.interface ?? "unset") (was \(old.interface ?? "unset")).", line: Self.line("interface", old, new).line, old: Self.line("interface", old, new).old)
        }
        if old.concurrency != new.concurrency {
            add(.neutral, "user_space", nil, "concurrency-changed",
                "Concurrency \(new.concurrency.map(NumberText.grouped) ?? "unset") sessions (was \(old.concurrency.map(NumberText.grouped) ?? "unset")).",
                line: Self.line("concurrency", old, new).line, old: Self.line("concurrency", old, new).old)
        }
        if old.sloLatencyMs != new.sloLatencyMs || old.sloAvailability != new.sloAvailability {
            add(.neutral, "user_space", nil, "slo-changed", "SLO \(Self.slo(new)) (was \(Self.slo(old))).", line: Self.line("slo", old, new).line, old: Self.line("slo", old, new).old)
        }
        if old.hasCheckpoints != new.hasCheckpoints {
            add(.neutral, "filesystem", nil, new.hasCheckpoints ? "checkpoints-added" : "checkpoints-removed",
                new.hasCheckpoints ? "Checkpoints added." : "Checkpoints removed.", line: Self.line("checkpoints", old, new).line, old: Self.line("checkpoints", old, new).old)
        } else if new.hasCheckpoints,
            old.checkpointEvery != new.checkpointEvery || old.checkpointBackend != new.checkpointBackend || old.retentionDays != new.retentionDays
        {
            add(.neutral, "filesystem", nil, "checkpoints-changed", "Checkpoints \(Self.checkpoints(new)) (was \(Self.checkpoints(old))).",
                line: Self.line("checkpoints", old, new).line, old: Self.line("checkpoints", old, new).old)
        }
        if old.entry != new.entry {
            add(.neutral, "kernel", nil, "entry-changed", "Sessions start at '\(new.entry ?? "?")' (was '\(old.entry ?? "?")').", line: Self.line("entry", old, new).line, old: Self.line("entry", old, new).old)
        }
        if old.orchestrator != new.orchestrator {
            add(.neutral, "kernel", nil, "orchestrator-changed", "Orchestrator \(new.orchestrator ?? "unset") (was \(old.orchestrator ?? "unset")).", line: Self.line("orchestrator", old, new).line, old: Self.line("orchestrator", old, new).old)
        }
        if old.defaultModel != new.defaultModel {
            add(.neutral, "model", nil, "default-changed", "Default model '\(new.defaultModel ?? "none")' (was '\(old.defaultModel ?? "none")').", line: Self.line("default", old, new).line, old: Self.line("default", old, new).old)
        }
    }

    static func promptCache(_ facts: Facts) -> String {
        (facts.promptCache == true ? "on" : "off") + (facts.promptCacheScope.map { ", scope \($0.rawValue)" } ?? "")
    }

    static func paging(_ facts: Facts) -> String {
        guard facts.pagingEvict != nil || facts.pagingTo != nil else { return "unset" }
        return "evicts with '\(facts.pagingEvict?.rawValue ?? "?")'" + (facts.pagingTo.map { " to store '\($0)'" } ?? "")
    }

    static func slo(_ facts: Facts) -> String {
        let parts = [
            facts.sloLatencyMs.map { "p99 \(NumberText.plain($0)) ms" },
            facts.sloAvailability.map { "availability \(NumberText.plain($0))" },
        ].compactMap { $0 }
        return parts.isEmpty ? "unset" : parts.joined(separator: ", ")
    }

    static func checkpoints(_ facts: Facts) -> String {
        "every \(facts.checkpointEvery?.rawValue ?? "?") on \(facts.checkpointBackend ?? "?")"
            + (facts.retentionDays.map { ", kept \(NumberText.grouped($0)) \($0 == 1 ? "day" : "days")" } ?? ", kept without limit")
    }

    /// Where a spec-wide setting is: in the new spec, else (removed) in the old one.
    static func line(_ key: String, _ old: Facts, _ new: Facts) -> (line: Int?, old: Bool) {
        if let line = new.lines[key] { return (line, false) }
        return (old.lines[key], old.lines[key] != nil)
    }

    /// How much isolation is given up: per-session, per-user, shared.
    static func weakness(_ isolation: Isolation?) -> Int {
        switch isolation {
        case .perSession: 0
        case .perUser: 1
        case .shared: 2
        case nil: 3
        }
    }
}
