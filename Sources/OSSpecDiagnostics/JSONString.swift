/// JSON string literals, for every stage that writes JSON (the JSON and SARIF reporters, the
/// JSON Schema of the format): one escaping, so every output agrees.
public enum JSONString {
    /// A JSON string literal (RFC 8259), escaping quotes, backslashes and control characters,
    /// and U+2028 and U+2029 (line breaks to JavaScript). Worked on UTF-8 bytes, which a Swift
    /// string always holds validly: a SARIF log quotes a few hundred kilobytes of rule help.
    public static func quoted(_ value: String) -> String {
        let source = value.utf8
        // Most strings need no escape: one byte scan, then one concatenation. (0xE2 leads
        // U+2028 and U+2029, and other characters, which take the byte-by-byte path.)
        guard source.contains(where: { $0 < 0x20 || $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "\\") || $0 == 0xE2 }) else {
            return "\"" + value + "\""
        }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(source.count + 2)
        bytes.append(UInt8(ascii: "\""))
        var index = source.startIndex
        while index != source.endIndex {
            let byte = source[index]
            source.formIndex(after: &index)
            switch byte {
            case UInt8(ascii: "\""): bytes += [UInt8(ascii: "\\"), UInt8(ascii: "\"")]
            case UInt8(ascii: "\\"): bytes += [UInt8(ascii: "\\"), UInt8(ascii: "\\")]
            case 0x0A: bytes += [UInt8(ascii: "\\"), UInt8(ascii: "n")]
            case 0x0D: bytes += [UInt8(ascii: "\\"), UInt8(ascii: "r")]
            case 0x09: bytes += [UInt8(ascii: "\\"), UInt8(ascii: "t")]
            case 0x08: bytes += [UInt8(ascii: "\\"), UInt8(ascii: "b")]
            case 0x0C: bytes += [UInt8(ascii: "\\"), UInt8(ascii: "f")]
            case 0x00..<0x20: appendEscape(UInt32(byte), to: &bytes)
            case 0xE2:
                // U+2028 and U+2029 are E2 80 A8 and E2 80 A9.
                var next = index
                if next != source.endIndex, source[next] == 0x80 {
                    source.formIndex(after: &next)
                    if next != source.endIndex, source[next] == 0xA8 || source[next] == 0xA9 {
                        appendEscape(source[next] == 0xA8 ? 0x2028 : 0x2029, to: &bytes)
                        source.formIndex(after: &next)
                        index = next
                        continue
                    }
                }
                bytes.append(byte)
            default: bytes.append(byte)
            }
        }
        bytes.append(UInt8(ascii: "\""))
        return String(decoding: bytes, as: UTF8.self)
    }

    /// `\uXXXX` with lowercase hex digits.
    private static func appendEscape(_ value: UInt32, to bytes: inout [UInt8]) {
        let digits = Array("0123456789abcdef".utf8)
        bytes += [UInt8(ascii: "\\"), UInt8(ascii: "u")]
        for shift in stride(from: 12, through: 0, by: -4) {
            bytes.append(digits[Int(value >> UInt32(shift) & 0xF)])
        }
    }
}
