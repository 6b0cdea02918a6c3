/// "Did you mean ...?": the closest candidate by edit distance, when it is close enough to be
/// a plausible typo rather than a different word.
public enum Suggestion {
    /// The candidate nearest to `word`: one that `word` begins (at least 3 characters), else the
    /// nearest within a third of the word's length (rounded up; at least 1, at most 3 edits), else nil. Ties
    /// go to the earlier candidate, so callers pass a stable order.
    public static func closest<S: Sequence>(to word: String, in candidates: S) -> String? where S.Element == String {
        let lowered = lowercased(word)
        let target = Array(lowered.unicodeScalars)
        let allowed = min(3, max(1, (target.count + 1) / 3))
        var best: (name: String, distance: Int)?
        // A word that is the start of a candidate ("sliding" for "sliding-window") is a likely
        // abbreviation, whatever the edit distance; the shortest such candidate wins.
        if lowered.count >= 3 {
            var shortestExtension: String?
            for candidate in candidates where candidate != word && lowercased(candidate).hasPrefix(lowered) {
                if candidate.count < shortestExtension?.count ?? Int.max { shortestExtension = candidate }
            }
            if let shortestExtension { return shortestExtension }
        }
        for candidate in candidates where candidate != word {
            let loweredCandidate = lowercased(candidate)
            // Lengths further apart than the limit cannot be within it: skip the table.
            if abs(loweredCandidate.unicodeScalars.count - target.count) > allowed { continue }
            let distance = editDistance(target, Array(loweredCandidate.unicodeScalars), limit: allowed)
            if distance <= allowed, distance < (best?.distance ?? Int.max) {
                best = (candidate, distance)
            }
        }
        return best?.name
    }

    /// The text lowercased; unchanged (no copy) when it has no uppercase ASCII letter and no
    /// non-ASCII byte, as most ids and keys do.
    private static func lowercased(_ text: String) -> String {
        text.utf8.contains(where: { (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains($0) || $0 >= 0x80 }) ? text.lowercased() : text
    }

    /// " Did you mean 'x'?" or "", ready to append to a message.
    public static func didYouMean<S: Sequence>(_ word: String, in candidates: S) -> String where S.Element == String {
        closest(to: word, in: candidates).map { " Did you mean '\($0)'?" } ?? ""
    }

    /// Damerau-Levenshtein (optimal string alignment) distance, giving up early past `limit`.
    static func editDistance(_ a: [Unicode.Scalar], _ b: [Unicode.Scalar], limit: Int) -> Int {
        if abs(a.count - b.count) > limit { return limit + 1 }
        if a.isEmpty || b.isEmpty { return max(a.count, b.count) }
        // Three rows of the table, on the stack when small: this runs once per candidate.
        let width = b.count + 1
        return withUnsafeTemporaryAllocation(of: Int.self, capacity: 3 * width) { rows in
            editDistance(a, b, limit: limit, rows: rows.baseAddress!, width: width)
        }
    }

    private static func editDistance(
        _ a: [Unicode.Scalar], _ b: [Unicode.Scalar], limit: Int, rows: UnsafeMutablePointer<Int>, width: Int
    ) -> Int {
        var previousPrevious = rows
        var previous = rows + width
        var current = rows + 2 * width
        previousPrevious.initialize(repeating: 0, count: width)
        for j in 0..<width { (previous + j).initialize(to: j) }
        current.initialize(repeating: 0, count: width)
        for i in 1...a.count {
            current[0] = i
            var rowMinimum = i
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                var value = Swift.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                    value = Swift.min(value, previousPrevious[j - 2] + 1)
                }
                current[j] = value
                rowMinimum = Swift.min(rowMinimum, value)
            }
            if rowMinimum > limit { return limit + 1 }
            (previousPrevious, previous, current) = (previous, current, previousPrevious)
        }
        return previous[b.count]
    }
}
