public import OSSpecDiagnostics
public import OSSpecModel

/// The spec with the lookups the rules share, computed once per spec so that each rule stays a
/// single linear pass: declarations by id, the handoff graph, the route of each task.
public struct RuleContext: Sendable {
    public let spec: Spec
    public let cpu: CPU?
    public let ram: RAM?
    public let filesystem: Filesystem?
    public let processes: [Process]
    public let ipc: IPC?
    public let kernel: Kernel?
    public let userSpace: UserSpace?

    /// First declaration of each id (later duplicates were reported by the loader).
    public let models: DeclarationsByID<Model>
    public let stores: DeclarationsByID<Store>
    public let tools: DeclarationsByID<Tool>
    public let processIndex: [String: Int]
    /// The first route that lists each task.
    public var routeForTask: RoutesByTask { RoutesByTask(routing: cpu?.routing ?? [], indexByTask: routeIndexByTask) }
    private let routeIndexByTask: [String: Int]
    /// Per process: the index in `cpu.routing` of the route its task selects, -1 when none
    /// does (or it pins its model). Resolved once, as the model rules all need it.
    private let routeOfProcess: [Int32]
    /// Per process: the position in `models.elements` of the model it runs on, -1 when it names
    /// no declared model.
    private let modelOfProcess: [Int32]
    /// Per tool (by position in `tools.elements`): the position in `stores.elements` of the
    /// store its resource names; -1 when it names no declared store, -2 when it has no
    /// resource or an `external:` one.
    private let storeOfTool: [Int32]
    public let graph: HandoffGraph
    /// Each process's allowlist as positions in `tools.elements`.
    public let grants: ToolGrants

    public init(spec: Spec) {
        self.spec = spec
        cpu = spec.cpu.content
        ram = spec.ram.content
        filesystem = spec.filesystem.content
        processes = spec.processes.content?.entries ?? []
        ipc = spec.ipc.content
        kernel = spec.kernel.content
        userSpace = spec.userSpace.content
        models = DeclarationsByID(cpu?.models ?? [], id: \.id.value)
        stores = DeclarationsByID(filesystem?.stores ?? [], id: \.id.value)
        tools = DeclarationsByID(ipc?.tools ?? [], id: \.id.value)
        var processIndex: [String: Int] = [:]
        processIndex.reserveCapacity(processes.count)
        // Loops over processes and tools go by index and read single fields: iterating the
        // values would copy each one, with a reference count per field.
        for index in processes.indices where processIndex[processes[index].id.value] == nil {
            processIndex[processes[index].id.value] = index
        }
        self.processIndex = processIndex
        var routeIndexByTask: [String: Int] = [:]
        for (index, route) in (cpu?.routing ?? []).enumerated() {
            for task in route.tasks where routeIndexByTask[task.value] == nil {
                routeIndexByTask[task.value] = index
            }
        }
        self.routeIndexByTask = routeIndexByTask
        let routing = cpu?.routing ?? []
        var defaultModel: Int?
        if let fallbackDefault = cpu?.default { defaultModel = models.position(of: fallbackDefault.value) }
        var routeOfProcess = [Int32](repeating: -1, count: processes.count)
        var modelOfProcess = [Int32](repeating: -1, count: processes.count)
        for index in processes.indices {
            var model: Int?
            if let pinned = processes[index].model {
                model = models.position(of: pinned.value)
            } else if let task = processes[index].task, let route = routeIndexByTask[task.value], let use = routing[route].use {
                routeOfProcess[index] = Int32(truncatingIfNeeded: route)
                model = models.position(of: use.value)
            } else {
                if let task = processes[index].task, let route = routeIndexByTask[task.value] { routeOfProcess[index] = Int32(truncatingIfNeeded: route) }
                model = defaultModel
            }
            modelOfProcess[index] = model.map { Int32(truncatingIfNeeded: $0) } ?? -1
        }
        self.routeOfProcess = routeOfProcess
        self.modelOfProcess = modelOfProcess
        var storeOfTool = [Int32](repeating: -2, count: tools.elements.count)
        for position in tools.elements.indices {
            guard let resource = tools.elements[position].resource, !tools.elements[position].touchesExternalResource else { continue }
            storeOfTool[position] = stores.position(of: resource.value).map { Int32(truncatingIfNeeded: $0) } ?? -1
        }
        self.storeOfTool = storeOfTool
        graph = HandoffGraph(processes: processes, index: processIndex)
        grants = ToolGrants(processes: processes, tools: tools)
    }

    // MARK: Derived facts

    /// `"*"` and `all` in a tool list grant everything (unless a tool is really named `all`).
    public func isWildcardGrant(_ name: String) -> Bool {
        name == "*" || (name == "all" && tools["all"] == nil)
    }

    /// How a process's model was chosen.
    public enum ModelChoice: Sendable {
        case pinned(Located<String>)
        case routed(Route, use: Located<String>)
        case defaulted(Located<String>)

        public var reference: Located<String> {
            switch self {
            case .pinned(let id), .routed(_, let id), .defaulted(let id): id
            }
        }

        public var explanation: String {
            switch self {
            case .pinned: "pinned by its 'model'"
            case .routed: "routed by its task"
            case .defaulted: "cpu.default"
            }
        }
    }

    /// The model a process runs on: the pinned one, else the route of its task, else the default.
    public func modelChoice(for process: Process) -> ModelChoice? {
        if let pinned = process.model { return .pinned(pinned) }
        if let task = process.task, let route = routeForTask[task.value], let use = route.use {
            return .routed(route, use: use)
        }
        return cpu?.default.map(ModelChoice.defaulted)
    }

    /// The index in `cpu.routing` of the route process `index`'s task selects (nil when it pins
    /// its model or no route lists its task).
    public func routeIndex(ofProcess index: Int) -> Int? {
        routeOfProcess[index] < 0 ? nil : Int(routeOfProcess[index])
    }

    /// The declared model process `index` runs on (see `modelChoice(for:)`), without hashing.
    public func model(ofProcess index: Int) -> Model? {
        modelOfProcess[index] < 0 ? nil : models.elements[Int(modelOfProcess[index])]
    }

    /// The store the resource of the tool at `position` (in `tools.elements`) names.
    public enum ToolStore: Sendable, Equatable {
        /// A declared store, by position in `stores.elements`.
        case declared(Int)
        /// A name that no store declares.
        case undeclared
        /// No resource, or an `external:` one.
        case none
    }

    public func store(ofToolAt position: Int) -> ToolStore {
        switch storeOfTool[position] {
        case -1: .undeclared
        case -2: .none
        case let store: .declared(Int(store))
        }
    }

    /// A process's context budget: its own, else `ram.default_budget_tokens`.
    public func budget(for process: Process) -> (tokens: Located<Int>, inherited: Bool)? {
        if let own = process.budgetTokens { return (own, false) }
        return ram?.defaultBudgetTokens.map { ($0, true) }
    }

    /// The tokens of a model's window left for context: the window minus reserved output.
    public func usableWindow(of model: Model) -> Int? {
        guard let window = model.contextWindow?.value else { return nil }
        return window - (model.maxOutputTokens?.value ?? 0)
    }

    /// Where a finding about a whole row points: its key, else the spec's start.
    public func anchor(of row: RowName) -> SourceRange {
        let key: SourceRange? =
            switch row {
            case .cpu: spec.cpu.keyRange
            case .ram: spec.ram.keyRange
            case .filesystem: spec.filesystem.keyRange
            case .processes: spec.processes.keyRange
            case .ipc: spec.ipc.keyRange
            case .kernel: spec.kernel.keyRange
            case .userSpace: spec.userSpace.keyRange
            }
        return key ?? SourceRange(at: spec.range.start)
    }

    /// A number as a person writes it: `50`, not `50.0`; `0.999` as is.
    public static func describe(_ number: Double) -> String {
        number == number.rounded() && abs(number) < 1e15 ? String(Int(number)) : String(number)
    }

    /// `a -> b -> c`, at most `limit` names with the middle elided, for paths in messages.
    public func describePath(_ path: [Int], limit: Int = 8) -> String {
        let names = path.map { processes[$0].id.value }
        guard names.count > limit else { return names.joined(separator: " -> ") }
        let head = names.prefix(limit / 2)
        let tail = names.suffix(limit / 2)
        return (head + ["... (\(names.count - limit) more)"] + tail).joined(separator: " -> ")
    }
}

/// `cpu.routing` looked up by task: the first route that lists it.
public struct RoutesByTask: Sendable {
    let routing: [Route]
    let indexByTask: [String: Int]

    public subscript(task: String) -> Route? {
        indexByTask[task].map { routing[$0] }
    }
}
