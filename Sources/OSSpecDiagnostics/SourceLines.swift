/// A file's bytes split into lines the way libyaml splits them (LF, CR LF, lone CR, and the
/// UTF-8 forms of NEL, LS and PS), so that line numbers from the loader find the right text.
/// Built only by reporters that quote source lines; linting itself never needs it.
public struct SourceLines: Sendable {
    public let bytes: [UInt8]
    /// Byte offset where each line starts; `lineStarts[0] == 0` (after a UTF-8 BOM, if any).
    private let lineStarts: [Int]

    public init(_ bytes: [UInt8]) {
        self.bytes = bytes
        var starts: [Int] = []
        starts.reserveCapacity(bytes.count / 32 + 1)
        var index = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        starts.append(index)
        let count = bytes.count
        while index < count {
            let breakLength = LineBreak.length(at: index, in: bytes)
            if breakLength > 0 {
                index += breakLength
                starts.append(index)
            } else {
                index += 1
            }
        }
        lineStarts = starts
    }

    public var lineCount: Int { lineStarts.count }

    /// The text of a 1-based line without its line break, or nil past the end.
    /// Invalid UTF-8 is shown with replacement characters.
    public func line(_ number: Int) -> String? {
        guard number >= 1, number <= lineStarts.count else { return nil }
        let start = lineStarts[number - 1]
        var end = number < lineStarts.count ? lineStarts[number] : bytes.count
        // Drop the line break that ends the line.
        while end > start, bytes[end - 1] == 0x0A || bytes[end - 1] == 0x0D { end -= 1 }
        if end - start >= 2, bytes[end - 2] == 0xC2, bytes[end - 1] == 0x85, number < lineStarts.count { end -= 2 }
        if end - start >= 3, bytes[end - 3] == 0xE2, bytes[end - 2] == 0x80,
            bytes[end - 1] == 0xA8 || bytes[end - 1] == 0xA9, number < lineStarts.count
        {
            end -= 3
        }
        return String(decoding: bytes[start..<end], as: UTF8.self)
    }
}
