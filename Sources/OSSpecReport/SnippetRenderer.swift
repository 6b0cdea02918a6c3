public import OSSpecDiagnostics

/// Draws the source line of a finding with a marker under its span:
///
///     12 |     modle: large
///        |     ^~~~~
///
/// Columns count Unicode scalars (as positions do); the marker is padded by display width, so
/// it lines up under wide characters (CJK, emoji) and tabs.
public struct SnippetRenderer: Sendable {
    /// Lines longer than this many characters are quoted in part, around the span.
    static let maxQuotedScalars = 160
    static let contextBefore = 60

    /// The last line drawn, decoded: findings come in position order, so those on one line
    /// decode it once. Without this, many findings on one long line (a minified spec) would cost
    /// findings x line length.
    private var cachedLine: (number: Int, scalars: [Unicode.Scalar])?

    public init() {}

    /// The snippet's lines (without trailing newlines), or [] when the line does not exist.
    /// `marker` colours the marker (the severity's colour).
    public mutating func render(_ range: SourceRange, in lines: SourceLines, style: ANSIStyle, marker: (String) -> String) -> [String] {
        let scalars: [Unicode.Scalar]
        if let cachedLine, cachedLine.number == range.start.line {
            scalars = cachedLine.scalars
        } else {
            guard let text = lines.line(range.start.line) else { return [] }
            scalars = Array(text.unicodeScalars)
            cachedLine = (range.start.line, scalars)
        }
        let startIndex = min(max(range.start.column - 1, 0), scalars.count)
        let endIndex: Int
        if range.end.line == range.start.line {
            endIndex = min(max(range.end.column - 1, startIndex + 1), max(scalars.count, startIndex + 1))
        } else {
            endIndex = max(scalars.count, startIndex + 1)
        }
        // A long line is quoted around the span only, so output stays proportional to the
        // findings, not to findings x line length (a minified spec is one long line).
        let windowStart = scalars.count > Self.maxQuotedScalars ? max(0, startIndex - Self.contextBefore) : 0
        let windowEnd = min(scalars.count, windowStart + Self.maxQuotedScalars)
        let leadingMark = windowStart > 0 ? "..." : ""
        let trailingMark = windowEnd < scalars.count ? "..." : ""
        var quoted = String(String.UnicodeScalarView(scalars[windowStart..<windowEnd]))
        quoted = leadingMark + sanitized(quoted) + trailingMark
        var padding = leadingMark.isEmpty ? "" : "   "
        for scalar in scalars[windowStart..<startIndex] {
            padding += scalar == "\t" ? "\t" : String(repeating: " ", count: DisplayWidth.of(scalar))
        }
        var underline = "^"
        var markedWidth = startIndex < scalars.count ? DisplayWidth.of(scalars[startIndex]) : 1
        if startIndex + 1 < endIndex {
            for scalar in scalars[(startIndex + 1)..<min(endIndex, windowEnd)] {
                markedWidth += DisplayWidth.of(scalar)
            }
        }
        underline += String(repeating: "~", count: max(markedWidth - 1, 0))
        let number = String(range.start.line)
        let gutter = String(repeating: " ", count: number.count)
        return [
            style.dim("\(number) |") + " " + quoted,
            style.dim("\(gutter) |") + " " + padding + marker(underline),
        ]
    }

    /// The line with control characters made visible, so a finding cannot rewrite the terminal.
    private func sanitized(_ text: String) -> String {
        // Most lines have nothing to replace: one byte scan, no copy (0xC2 leads C1 controls).
        guard text.utf8.contains(where: { ($0 < 0x20 && $0 != 0x09) || $0 == 0x7F || $0 == 0xC2 }) else { return text }
        var result = ""
        result.unicodeScalars.reserveCapacity(text.unicodeScalars.count)
        for scalar in text.unicodeScalars {
            let isControl = (scalar.value < 0x20 && scalar != "\t") || scalar.value == 0x7F || (0x80...0x9F).contains(scalar.value)
            result.unicodeScalars.append(isControl ? "\u{FFFD}" : scalar)
        }
        return result
    }
}

/// How many terminal cells a scalar takes: 2 for East Asian wide and emoji, 0 for combining
/// marks, else 1. A small table of the common ranges, enough for aligning a caret.
enum DisplayWidth {
    static func of(_ scalar: Unicode.Scalar) -> Int {
        let value = scalar.value
        // Below U+0300 (the first combining mark) every scalar takes one cell: no lookup.
        if value < 0x300 { return 1 }
        if scalar.properties.generalCategory == .nonspacingMark || scalar.properties.generalCategory == .enclosingMark
            || value == 0x200D || (0xFE00...0xFE0F).contains(value)
        {
            return 0
        }
        if (0x1100...0x115F).contains(value) || (0x2E80...0xA4CF).contains(value) || (0xAC00...0xD7A3).contains(value)
            || (0xF900...0xFAFF).contains(value) || (0xFE30...0xFE4F).contains(value) || (0xFF00...0xFF60).contains(value)
            || (0xFFE0...0xFFE6).contains(value) || (0x1F300...0x1F64F).contains(value)
            || (0x1F900...0x1F9FF).contains(value) || (0x1F680...0x1F6FF).contains(value)
            || (0x20000...0x3FFFD).contains(value)
        {
            return 2
        }
        return 1
    }
}
