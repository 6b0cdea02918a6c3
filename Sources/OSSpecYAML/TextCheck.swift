public import OSSpecDiagnostics

/// Checks that bytes are UTF-8 text before libyaml sees them, so encoding problems are reported
/// at the line and column of the first bad byte (libyaml reports only a byte offset), and binary
/// files get one clear diagnostic instead of a cascade of syntax errors.
public enum TextCheck {
    /// The first problem that makes `bytes` unusable as a spec, or nil when they are UTF-8 text.
    public static func problem(in bytes: UnsafeBufferPointer<UInt8>, limits: LoaderLimits) -> Diagnostic? {
        if bytes.count > limits.maxFileBytes {
            return YAMLRules.fileTooLarge.diagnostic(
                "File is \(bytes.count) bytes, larger than the limit of \(limits.maxFileBytes) bytes.",
                at: .fileStart,
                hint: "Split the spec, or raise the limit with --max-file-size if the file really is a spec.")
        }
        if let encoding = unsupportedByteOrderMark(bytes) {
            return YAMLRules.invalidEncoding.diagnostic(
                "File is encoded as \(encoding); osspec reads UTF-8 only.",
                at: .fileStart,
                hint: "Save the file as UTF-8 (without a byte order mark, or with the UTF-8 one).")
        }
        if let nul = firstNUL(in: bytes) {
            let position = position(ofByte: nul, in: bytes)
            return YAMLRules.binaryFile.diagnostic(
                "Not a text file: it contains a NUL byte.",
                at: SourceRange(at: position),
                hint: "Lint the YAML source of the spec, not a binary or UTF-16 file.")
        }
        if let bad = firstInvalidUTF8Byte(in: bytes) {
            let position = position(ofByte: bad, in: bytes)
            let byte = String(bytes[bad], radix: 16, uppercase: true)
            return YAMLRules.invalidEncoding.diagnostic(
                "Invalid UTF-8: byte 0x\(byte.count == 1 ? "0" + byte : byte) cannot appear here.",
                at: SourceRange(start: position, end: SourcePosition(line: position.line, column: position.column + 1)),
                hint: "Save the file as UTF-8; this byte probably comes from a Latin-1 or Windows-1252 editor.")
        }
        return nil
    }

    /// The offset of the first NUL byte, eight bytes at a time: `(w - 0x01..01) & ~w & 0x80..80`
    /// is non-zero exactly when a byte of `w` is zero.
    static func firstNUL(in bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        let count = bytes.count
        var index = 0
        if let base = bytes.baseAddress {
            while index + 8 <= count {
                let word = UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self)
                if (word &- 0x0101_0101_0101_0101) & ~word & 0x8080_8080_8080_8080 != 0 { break }
                index += 8
            }
        }
        while index < count {
            if bytes[index] == 0 { return index }
            index += 1
        }
        return nil
    }

    /// Whether every byte is ASCII (then libyaml's character offsets are byte offsets).
    public static func isASCII(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let count = bytes.count
        var index = 0
        if let base = bytes.baseAddress {
            while index + 8 <= count {
                if UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self) & 0x8080_8080_8080_8080 != 0 { return false }
                index += 8
            }
        }
        while index < count {
            if bytes[index] >= 0x80 { return false }
            index += 1
        }
        return true
    }

    private static func unsupportedByteOrderMark(_ bytes: UnsafeBufferPointer<UInt8>) -> String? {
        if bytes.starts(with: [0x00, 0x00, 0xFE, 0xFF]) { return "UTF-32 (big-endian)" }
        if bytes.starts(with: [0xFF, 0xFE, 0x00, 0x00]) { return "UTF-32 (little-endian)" }
        if bytes.starts(with: [0xFE, 0xFF]) { return "UTF-16 (big-endian)" }
        if bytes.starts(with: [0xFF, 0xFE]) { return "UTF-16 (little-endian)" }
        return nil
    }

    /// The offset of the first byte that breaks UTF-8 (RFC 3629: no overlongs, no surrogates,
    /// nothing above U+10FFFF), or nil when all of `bytes` is valid.
    public static func firstInvalidUTF8Byte(in bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        let count = bytes.count
        var index = 0
        while index < count {
            // Fast path: eight ASCII bytes at a time.
            while index + 8 <= count {
                let word = UnsafeRawPointer(bytes.baseAddress! + index).loadUnaligned(as: UInt64.self)
                if word & 0x8080_8080_8080_8080 != 0 { break }
                index += 8
            }
            guard index < count else { break }
            let lead = bytes[index]
            if lead < 0x80 {
                index += 1
                continue
            }
            let length: Int
            var lowerBound: UInt8 = 0x80
            var upperBound: UInt8 = 0xBF
            switch lead {
            case 0xC2...0xDF: length = 2
            case 0xE0: length = 3; lowerBound = 0xA0
            case 0xE1...0xEC, 0xEE...0xEF: length = 3
            case 0xED: length = 3; upperBound = 0x9F
            case 0xF0: length = 4; lowerBound = 0x90
            case 0xF1...0xF3: length = 4
            case 0xF4: length = 4; upperBound = 0x8F
            default: return index
            }
            guard index + length <= count else { return index }
            let second = bytes[index + 1]
            guard second >= lowerBound, second <= upperBound else { return index }
            for offset in 2..<length where bytes[index + offset] & 0xC0 != 0x80 {
                return index
            }
            index += length
        }
        return nil
    }

    /// The 1-based line and column (in Unicode scalars) of the byte at `offset`, counting line
    /// breaks as libyaml does. Valid UTF-8 is assumed before `offset`.
    public static func position(ofByte offset: Int, in bytes: UnsafeBufferPointer<UInt8>) -> SourcePosition {
        var line = 1
        var column = 1
        var index = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? min(3, offset) : 0
        let end = min(offset, bytes.count)
        while index < end {
            let breakLength = LineBreak.length(at: index, in: bytes)
            if breakLength > 0 {
                index += breakLength
                line += 1
                column = 1
                continue
            }
            if bytes[index] & 0xC0 != 0x80 { column += 1 }
            index += 1
        }
        return SourcePosition(line: line, column: column)
    }

    /// The byte offset of a 1-based line and column, the inverse of `position(ofByte:in:)` for
    /// LF and CR line breaks. Past the end of its line, it is the offset of the line's end.
    public static func byteOffset(of position: SourcePosition, in bytes: UnsafeBufferPointer<UInt8>) -> Int {
        var line = 1
        var column = 1
        var index = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        let count = bytes.count
        while index < count {
            if line == position.line, column == position.column { return index }
            let breakLength = LineBreak.length(at: index, in: bytes)
            if breakLength > 0 {
                if line == position.line { return index }
                index += breakLength
                line += 1
                column = 1
                continue
            }
            index += 1
            while index < count, bytes[index] & 0xC0 == 0x80 { index += 1 }
            column += 1
        }
        return count
    }
}
