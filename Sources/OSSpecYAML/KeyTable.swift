/// The first key of each distinct value among a large mapping's scalar keys, for the loader's
/// duplicate-key check: an open-addressing table of node indices, hashed on the value's bytes
/// with the standard library's seeded hasher (so a file cannot be written to collide) and
/// compared in place. Unlike a `Dictionary` keyed by byte strings, it holds no slice, and so
/// no reference count, per key.
struct KeyTable {
    /// Node index + 1 of the first key in each slot; 0 is an empty slot.
    private var slots: [Int32]
    private let mask: Int

    /// A table for up to `capacity` keys, at most half full.
    init(capacity: Int) {
        var size = 16
        while size < capacity * 2 { size *= 2 }
        slots = [Int32](repeating: 0, count: size)
        mask = size - 1
    }

    /// The first key already in the table whose value equals `key`'s, or nil after adding
    /// `key` as the first of its value. `key` must be a scalar (aliases followed by the caller's
    /// `document.resolved`, here too).
    mutating func firstEqual(to key: Int, in document: YAMLDocument) -> Int? {
        let resolved = document.resolved(key)
        var slot = document.withScalarBytes(resolved) { bytes in
            var hasher = Hasher()
            hasher.combine(bytes: UnsafeRawBufferPointer(bytes))
            return hasher.finalize()
        } & mask
        while slots[slot] != 0 {
            let earlier = Int(slots[slot]) - 1
            if document.scalarsEqual(document.resolved(earlier), resolved) { return earlier }
            slot = (slot + 1) & mask
        }
        slots[slot] = Int32(truncatingIfNeeded: key + 1)
        return nil
    }
}
