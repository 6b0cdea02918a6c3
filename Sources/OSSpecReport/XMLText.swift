/// Text made safe for XML 1.0. Characters XML 1.0 forbids (C0 controls but tab, CR and LF;
/// U+FFFE, U+FFFF) become U+FFFD, since XML has no way to write them at all, not even as
/// character references.
public enum XMLText {
    /// For an attribute value in double quotes: the five markup characters become entities, and
    /// line breaks and tabs character references, so attribute normalization keeps them.
    public static func attribute(_ text: String) -> String {
        escaped(text) { scalar in
            switch scalar {
            case "\"": "&quot;"
            case "'": "&apos;"
            case "\n": "&#10;"
            case "\r": "&#13;"
            case "\t": "&#9;"
            default: nil
            }
        }
    }

    /// For element content: `&`, `<` and `>` become entities; a CR becomes a reference (a
    /// parser would turn a raw one into LF); line feeds and tabs stay as they are.
    public static func content(_ text: String) -> String {
        escaped(text) { $0 == "\r" ? "&#13;" : nil }
    }

    private static func escaped(_ text: String, also special: (Unicode.Scalar) -> String?) -> String {
        // Most text has nothing to escape: one byte scan, no copy. The scan is the union of
        // both callers' characters (and 0xEF, which leads U+FFFE and U+FFFF), so it only ever
        // sends too much text down the slow path, never too little.
        let mayChange: (UInt8) -> Bool = { byte in
            switch byte {
            case 0x00..<0x20, UInt8(ascii: "&"), UInt8(ascii: "<"), UInt8(ascii: ">"), UInt8(ascii: "\""), UInt8(ascii: "'"), 0xEF: true
            default: false
            }
        }
        guard text.utf8.contains(where: mayChange) else { return text }
        var result = ""
        result.unicodeScalars.reserveCapacity(text.unicodeScalars.count)
        for scalar in text.unicodeScalars {
            if let replacement = special(scalar) {
                result += replacement
                continue
            }
            switch scalar {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\n", "\t": result.unicodeScalars.append(scalar)
            default:
                let value = scalar.value
                let forbidden = value < 0x20 || value == 0xFFFE || value == 0xFFFF
                result.unicodeScalars.append(forbidden ? "\u{FFFD}" : scalar)
            }
        }
        return result
    }
}
