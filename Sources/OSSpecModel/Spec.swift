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
