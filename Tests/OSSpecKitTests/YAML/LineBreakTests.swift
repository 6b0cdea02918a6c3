import OSSpecKit
import Testing

/// Every place that turns bytes into lines counts the line breaks libyaml counts: LF, CR LF, a
/// lone CR, NEL, LS and PS. Before one definition served them all, positions of syntax errors
/// after a NEL were a line off from the snippets.
@Suite("Line breaks")
struct LineBreakTests {
    /// "a", then each kind of break, then "b" at the start of line 2.
    static let breaks: [(name: String, bytes: [UInt8])] = [
        ("LF", [0x0A]), ("CR LF", [0x0D, 0x0A]), ("CR", [0x0D]), ("NEL", [0xC2, 0x85]), ("LS", [0xE2, 0x80, 0xA8]),
        ("PS", [0xE2, 0x80, 0xA9]),
    ]

    @Test("lengths of each break, and of none", arguments: breaks.map(\.bytes))
    func lengths(_ lineBreak: [UInt8]) {
        let bytes = [UInt8(ascii: "a")] + lineBreak + [UInt8(ascii: "b")]
        #expect(LineBreak.length(at: 0, in: bytes) == 0)
        #expect(LineBreak.length(at: 1, in: bytes) == lineBreak.count)
        // A lone lead byte at the very end is not a break.
        #expect(LineBreak.length(at: 0, in: [0xC2] as [UInt8]) == 0)
    }

    @Test("byte offsets and positions agree with each other and with the snippets' lines", arguments: breaks.map(\.bytes))
    func positions(_ lineBreak: [UInt8]) {
        let bytes = [UInt8(ascii: "a")] + lineBreak + [UInt8(ascii: "b")]
        let bOffset = bytes.count - 1
        bytes.withUnsafeBufferPointer { buffer in
            #expect(TextCheck.position(ofByte: bOffset, in: buffer) == SourcePosition(line: 2, column: 1))
            #expect(TextCheck.byteOffset(of: SourcePosition(line: 2, column: 1), in: buffer) == bOffset)
            // A position past the end of line 1 stops at its break.
            #expect(TextCheck.byteOffset(of: SourcePosition(line: 1, column: 5), in: buffer) == 1)
        }
        let lines = SourceLines(bytes)
        #expect(lines.lineCount == 2)
    }
}
