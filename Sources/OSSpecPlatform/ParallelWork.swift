/// Runs independent work items on several threads and returns their results in item order, so
/// that what is printed never depends on which thread finished first. Plain POSIX threads: the
/// lint path loads neither Foundation nor Dispatch (startup cost), and a few files do not need
/// a scheduler.
public enum ParallelWork {
    /// Processors this process may keep busy, at least 1 (`ProcessorBudget`: online, less any
    /// affinity or container quota).
    public static var processorCount: Int {
        ProcessorBudget.current()
    }

    /// `body(0) ..< body(count)`, computed on up to `threads` threads (the calling thread is
    /// one of them). Items are handed out one at a time, so a large file does not hold up the
    /// small ones queued behind it on the same thread.
    public static func map<Result: Sendable>(
        count: Int, threads requested: Int, _ body: @escaping @Sendable (Int) -> Result
    ) -> [Result] {
        let threads = min(max(1, requested), count)
        guard threads > 1 else { return (0..<count).map(body) }
        let work = SharedWork(count: count, body: body)
        var started: [pthread_t] = []
        for _ in 1..<threads {
            if let thread = startThread(running: work) { started.append(thread) }
        }
        // The calling thread works too; if no thread could be started, it does everything.
        work.drain()
        for thread in started { pthread_join(thread, nil) }
        return work.takeResults()
    }

    /// Thread stacks are set explicitly: macOS gives secondary threads 512 KiB by default.
    private static let stackBytes = 8 * 1024 * 1024

    private static func startThread<Result>(running work: SharedWork<Result>) -> pthread_t? {
        var attributes = pthread_attr_t()
        pthread_attr_init(&attributes)
        defer { pthread_attr_destroy(&attributes) }
        pthread_attr_setstacksize(&attributes, stackBytes)
        let context = Unmanaged.passRetained(work as AnyObject).toOpaque()
        #if canImport(Darwin) || canImport(Musl)
        // Here pthread_t is a pointer, so the slot pthread_create fills is an optional one.
        var thread: pthread_t?
        #if canImport(Darwin)
        let status = pthread_create(&thread, &attributes, { context in
            runWork(context)
            return nil
        }, context)
        #else
        let status = pthread_create(&thread, &attributes, { context in
            if let context { runWork(context) }
            return nil
        }, context)
        #endif
        guard status == 0, let thread else {
            Unmanaged<AnyObject>.fromOpaque(context).release()
            return nil
        }
        return thread
        #else
        var thread = pthread_t()
        let status = pthread_create(&thread, &attributes, { context in
            if let context { runWork(context) }
            return nil
        }, context)
        guard status == 0 else {
            Unmanaged<AnyObject>.fromOpaque(context).release()
            return nil
        }
        return thread
        #endif
    }
}

/// The entry point of a started thread: drains the work it was given.
private func runWork(_ context: UnsafeMutableRawPointer) {
    let work = Unmanaged<AnyObject>.fromOpaque(context).takeRetainedValue()
    (work as? any Drainable)?.drain()
}

private protocol Drainable: AnyObject {
    func drain()
}

/// The items, a counter behind a mutex, and one result slot per item. Each slot is written by
/// exactly one thread and read only after every thread has been joined, which is what makes
/// the unchecked `Sendable` sound.
private final class SharedWork<Result>: Drainable, @unchecked Sendable {
    private let count: Int
    private let body: @Sendable (Int) -> Result
    private let slots: UnsafeMutableBufferPointer<Result?>
    private let mutex: UnsafeMutablePointer<pthread_mutex_t>
    private var next = 0

    init(count: Int, body: @escaping @Sendable (Int) -> Result) {
        self.count = count
        self.body = body
        slots = .allocate(capacity: count)
        slots.initialize(repeating: nil)
        mutex = .allocate(capacity: 1)
        pthread_mutex_init(mutex, nil)
    }

    deinit {
        slots.deinitialize()
        slots.deallocate()
        pthread_mutex_destroy(mutex)
        mutex.deallocate()
    }

    func drain() {
        while let index = claim() {
            slots[index] = body(index)
        }
    }

    private func claim() -> Int? {
        pthread_mutex_lock(mutex)
        defer { pthread_mutex_unlock(mutex) }
        guard next < count else { return nil }
        next += 1
        return next - 1
    }

    /// Called once every thread has finished.
    func takeResults() -> [Result] {
        slots.map { $0! }
    }
}
