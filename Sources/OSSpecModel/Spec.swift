public import OSSpecDiagnostics

/// An OS spec, format 1: the seven rows of the LLM OS table. Every field keeps its source
/// range. Optional fields are nil when absent or unreadable; the decoder has reported why.
public struct Spec: Sendable {
    public var version: Located<Int>?
    public var name: Located<String>?
    public var description: Located<String>?
    public var cpu: Row<CPU> = .missing
    public var ram: Row<RAM> = .missing
    public var filesystem: Row<Filesystem> = .missing
    public var processes: Row<Processes> = .missing
    public var ipc: Row<IPC> = .missing
    public var kernel: Row<Kernel> = .missing
    public var userSpace: Row<UserSpace> = .missing
    /// The range of the root mapping: where findings about the whole spec point.
    public var range: SourceRange

    public init(range: SourceRange) {
        self.range = range
    }
}

/// The names of the seven rows, in table order.
public enum RowName: String, Sendable, CaseIterable {
    case cpu, ram, filesystem, processes, ipc, kernel
    case userSpace = "user_space"

    /// Whether the row may be `n/a: reason` (an LLM OS always has a CPU, processes and a kernel).
    public var mayBeNotApplicable: Bool {
        switch self {
        case .ram, .filesystem, .ipc, .userSpace: true
        case .cpu, .processes, .kernel: false
        }
    }

    /// What the row holds, in the LLM OS table's words.
    public var meaning: String {
        switch self {
        case .cpu: "the models, and which task runs on which"
        case .ram: "the context budgets"
        case .filesystem: "stores and checkpoints"
        case .processes: "the agents"
        case .ipc: "tools and handoffs"
        case .kernel: "the orchestrator, its limits and tracing"
        case .userSpace: "the application"
        }
    }

    /// The row as something a system has, for "an LLM OS always has ...".
    public var essential: String {
        switch self {
        case .cpu: "a CPU (its models)"
        case .processes: "processes (its agents)"
        case .kernel: "a kernel (its orchestrator)"
        case .ram: "RAM (its context budgets)"
        case .filesystem: "a filesystem (its stores and checkpoints)"
        case .ipc: "IPC (its tools and handoffs)"
        case .userSpace: "a user space (its application)"
        }
    }

    /// The OS concept the row stands for, as the OS table names it.
    public var concept: String {
        switch self {
        case .cpu: "CPU"
        case .ram: "RAM"
        case .filesystem: "Filesystem"
        case .processes: "Processes"
        case .ipc: "IPC"
        case .kernel: "Kernel"
        case .userSpace: "User space"
        }
    }
}
