/// How far one file's lint may be split across threads. Independent parts of a large spec
/// (its biggest rows, then its rule families) run side by side; a small spec stays on the
/// calling thread, where starting a thread would cost more than it saves. Results never depend
/// on it: the parts are put back together in the order a single thread would produce them.
public struct Parallelism: Sendable, Hashable {
    /// Threads one file may use, the calling thread included (1: no splitting).
    public var threads: Int
    /// The fewest YAML nodes a document needs before its work is split, and the fewest a row
    /// needs to get a thread of its own.
    public var minimumNodes: Int

    public init(threads: Int, minimumNodes: Int = Parallelism.defaultMinimumNodes) {
        self.threads = max(1, threads)
        self.minimumNodes = max(0, minimumNodes)
    }

    /// About 2 ms of decoding in a release build: well above the cost of starting a thread, and
    /// far above the size of a hand-written spec, whose lint stays single-threaded.
    public static let defaultMinimumNodes = 20_000

    /// Everything on the calling thread.
    public static let sequential = Parallelism(threads: 1)

    /// The threads a file of `nodes` YAML nodes may use.
    public func threads(forNodes nodes: Int) -> Int {
        nodes >= minimumNodes ? threads : 1
    }
}
