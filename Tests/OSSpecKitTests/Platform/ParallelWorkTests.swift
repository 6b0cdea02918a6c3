import OSSpecPlatform
import Testing

@Suite("Parallel work")
struct ParallelWorkTests {
    @Test("results come back in item order, whatever the number of threads", arguments: [1, 2, 3, 8, 64])
    func itemOrder(threads: Int) {
        let results = ParallelWork.map(count: 200, threads: threads) { index in
            // Uneven work, so that threads finish out of order.
            var total = 0
            for step in 0..<(index % 7) * 1000 { total &+= step }
            return "\(index):\(total)"
        }
        let expected = (0..<200).map { index in
            var total = 0
            for step in 0..<(index % 7) * 1000 { total &+= step }
            return "\(index):\(total)"
        }
        #expect(results == expected)
    }

    @Test("each item runs exactly once")
    func exactlyOnce() {
        let results = ParallelWork.map(count: 1000, threads: 4) { $0 * 2 }
        #expect(results == Array(stride(from: 0, to: 2000, by: 2)))
    }

    @Test("no items, and more threads than items")
    func edges() {
        #expect(ParallelWork.map(count: 0, threads: 4) { $0 }.isEmpty)
        #expect(ParallelWork.map(count: 2, threads: 16) { $0 + 1 } == [1, 2])
        #expect(ParallelWork.processorCount >= 1)
    }
}
