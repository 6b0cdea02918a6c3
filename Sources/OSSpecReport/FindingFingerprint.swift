public import OSSpecDiagnostics

/// A finding's identity across runs, for SARIF's `partialFingerprints`: code scanning uses it
/// to tell a new alert from one it has seen. It hashes what the finding is about, not where the
/// file has it, so inserting lines above a finding keeps its fingerprint:
/// rule id, path, the text of the finding's first line (trimmed), and the message with digit
/// runs collapsed (messages may cite other lines: "already defined at line 12").
/// Two findings with equal hashes in one file are told apart by an occurrence count
/// (`<hash>:2`), as GitHub's own line hashes are.
public enum FindingFingerprint {
    /// The key under `partialFingerprints`; the version changes if the recipe ever does.
    public static let key = "osspecFindingHash/v1"

    /// Fingerprints of a file's findings, in the order given.
    public static func fingerprints(of diagnostics: [Diagnostic], path: String, lines: SourceLines?) -> [String] {
        var seen: [String: Int] = [:]
        // The hash of rule, path and line is kept per rule and line: many findings on one long
        // line (a minified spec) would otherwise cost findings x line length.
        var trimmedLines: [Int: String] = [:]
        var prefixes: [String: [Int: FNV1a]] = [:]
        return diagnostics.map { diagnostic in
            let number = diagnostic.range.start.line
            var state: FNV1a
            if let known = prefixes[diagnostic.rule]?[number] {
                state = known
            } else {
                let lineText: String
                if let known = trimmedLines[number] {
                    lineText = known
                } else {
                    lineText = trimmed(lines?.line(number) ?? "")
                    trimmedLines[number] = lineText
                }
                state = FNV1a()
                for field in [diagnostic.rule, path, lineText] { state.add(field) }
                prefixes[diagnostic.rule, default: [:]][number] = state
            }
            state.add(digitsCollapsed(diagnostic.message))
            let base = state.hex
            let occurrence = (seen[base] ?? 0) + 1
            seen[base] = occurrence
            return "\(base):\(occurrence)"
        }
    }

    /// 64-bit FNV-1a over the fields, each ended by a NUL byte, as 16 hex digits. Not a
    /// cryptographic hash: it only has to tell findings of one repository apart.
    static func hash(_ fields: [String]) -> String {
        var state = FNV1a()
        for field in fields { state.add(field) }
        return state.hex
    }

    /// FNV-1a's running state, so a common prefix of fields is hashed once.
    struct FNV1a {
        var value: UInt64 = 0xcbf2_9ce4_8422_2325

        mutating func add(_ field: String) {
            for byte in field.utf8 {
                value ^= UInt64(byte)
                value = value &* 0x0000_0100_0000_01B3
            }
            value = value &* 0x0000_0100_0000_01B3  // the NUL separator (0 ^ value == value)
        }

        var hex: String {
            let digits = String(value, radix: 16)
            return String(repeating: "0", count: 16 - digits.count) + digits
        }
    }

    static func trimmed(_ text: String) -> String {
        let isSpaceByte = { (byte: UInt8) in byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") }
        if let first = text.utf8.first, let last = text.utf8.last, !isSpaceByte(first), !isSpaceByte(last) { return text }
        let scalars = Array(text.unicodeScalars)
        let isSpace = { (scalar: Unicode.Scalar) in scalar == " " || scalar == "\t" }
        guard let first = scalars.firstIndex(where: { !isSpace($0) }), let last = scalars.lastIndex(where: { !isSpace($0) })
        else { return "" }
        return String(String.UnicodeScalarView(scalars[first...last]))
    }

    static func digitsCollapsed(_ text: String) -> String {
        guard text.utf8.contains(where: { (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) }) else { return text }
        var result = ""
        var previousWasDigit = false
        for scalar in text.unicodeScalars {
            let isDigit = ("0"..."9").contains(scalar)
            if isDigit {
                if !previousWasDigit { result += "#" }
            } else {
                result.unicodeScalars.append(scalar)
            }
            previousWasDigit = isDigit
        }
        return result
    }
}
