internal import OSSpecDiagnostics

/// The human format:
///
///     specs/a.osspec.yaml:12:5: error: Unknown key 'modle' in process 'triage'. [unknown-key]
///     12 |     modle: large
///        |     ^~~~~
///       hint: Rename it to 'model'.
///
/// then a closing summary line. Colour only through `ANSIStyle`.
public struct TextReporter: Reporter {
    public static let identifier = "text"
    public static let summary = "for people: findings with source snippets and hints"

    public var style: ANSIStyle

    public init(style: ANSIStyle = .plain) {
        self.style = style
    }

    public func render(_ run: LintRun) -> String {
        var output = ""
        var snippets = SnippetRenderer()
        for file in run.files where !file.diagnostics.isEmpty {
            let lines = file.source.map(SourceLines.init)
            for diagnostic in file.diagnostics {
                let location = "\(file.path):\(diagnostic.range.start.line):\(diagnostic.range.start.column)"
                let severity = colored(diagnostic.severity)
                output += "\(style.bold(location + ":")) \(severity(diagnostic.severity.rawValue + ":")) "
                output += "\(sanitizedMessage(diagnostic.message)) \(style.dim("[\(diagnostic.rule)]"))\n"
                if let lines {
                    for line in snippets.render(diagnostic.range, in: lines, style: style, marker: severity) {
                        output += line + "\n"
                    }
                }
                if let hint = diagnostic.hint {
                    output += "  \(style.bold("hint:")) \(sanitizedMessage(hint))\n"
                }
                for related in diagnostic.related {
                    output += "  \(style.bold("\(file.path):\(related.range.start.line):\(related.range.start.column):")) "
                    output += "\(style.cyan("note:")) \(sanitizedMessage(related.message))\n"
                }
            }
            output += "\n"
        }
        let summary = run.summary
        let sentence = summary.sentence
        output += summary.errors > 0 ? style.red(sentence) : summary.warnings > 0 ? style.yellow(sentence) : style.green(sentence)
        output += "\n"
        return output
    }

    private func colored(_ severity: Severity) -> (String) -> String {
        switch severity {
        case .error: style.red
        case .warning: style.yellow
        case .info: style.cyan
        }
    }

    /// Messages quote spec text; control characters in it must not reach the terminal raw.
    private func sanitizedMessage(_ text: String) -> String {
        // Most messages have nothing to replace: one byte scan, no copy. (0xC2 leads the C1
        // controls' encodings, and a few other characters, which take the slow path.)
        guard text.utf8.contains(where: { $0 < 0x20 || $0 == 0x7F || $0 == 0xC2 }) else { return text }
        var result = ""
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0x0A: result += "\\n"
            case 0x0D: result += "\\r"
            case 0x09: result += "\\t"
            case 0..<0x20, 0x7F, 0x80...0x9F: result += "\u{FFFD}"
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result
    }
}
