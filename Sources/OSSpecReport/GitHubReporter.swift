internal import OSSpecDiagnostics

/// GitHub Actions workflow commands, which the runner turns into annotations on the pull
/// request's diff:
///
///     ::error file=specs/a.osspec.yaml,line=12,col=5,endLine=12,endColumn=9,title=unknown-key::Unknown key 'modle'.%0AHint: Rename it to 'model'.
///
/// `warning` for warnings, `notice` for infos; then the summary line (plain log text).
/// GitHub's escaping: in the message `%`, CR and LF; in properties also `:` and `,`.
/// End columns are inclusive here (the last character), and left out when a finding spans
/// lines, since GitHub ignores columns then.
public struct GitHubReporter: Reporter {
    public static let identifier = "github"
    public static let summary = "GitHub Actions annotations (::error file=...::message)"

    /// Paths are made relative to it, as annotations need repository paths.
    public var workingDirectory: String?

    public init(workingDirectory: String?) {
        self.workingDirectory = workingDirectory
    }

    public func render(_ run: LintRun) -> String {
        var output = ""
        for error in run.inputErrors {
            output += "::error file=\(Self.escapedProperty(path(error.path))),title=\(ToolInfo.name)::"
                + Self.escapedData(error.message) + "\n"
        }
        for file in run.files {
            let shownPath = path(file.path)
            for diagnostic in file.diagnostics {
                output += command(diagnostic, path: shownPath) + "\n"
            }
        }
        output += run.summary.sentence + "\n"
        return output
    }

    func command(_ diagnostic: Diagnostic, path: String) -> String {
        let range = diagnostic.range
        var properties = ["file=\(Self.escapedProperty(path))", "line=\(range.start.line)"]
        if range.end.line == range.start.line {
            properties.append("col=\(range.start.column)")
            properties.append("endLine=\(range.end.line)")
            properties.append("endColumn=\(max(range.end.column - 1, range.start.column))")
        } else {
            properties.append("endLine=\(range.end.line)")
        }
        properties.append("title=\(Self.escapedProperty(diagnostic.rule))")
        let message = diagnostic.hint.map { "\(diagnostic.message)\nHint: \($0)" } ?? diagnostic.message
        return "::\(Self.command(diagnostic.severity)) \(properties.joined(separator: ","))::\(Self.escapedData(message))"
    }

    private func path(_ path: String) -> String {
        ReportPath(path, workingDirectory: workingDirectory).display(fallback: path)
    }

    static func command(_ severity: Severity) -> String {
        switch severity {
        case .error: "error"
        case .warning: "warning"
        case .info: "notice"
        }
    }

    /// The message part of a command (the runner's `escapeData`).
    public static func escapedData(_ text: String) -> String {
        guard text.utf8.contains(where: { $0 == UInt8(ascii: "%") || $0 == 0x0D || $0 == 0x0A }) else { return text }
        var result = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "%": result += "%25"
            case "\r": result += "%0D"
            case "\n": result += "%0A"
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result
    }

    /// A property value (the runner's `escapeProperty`): also `:` and `,`, which delimit properties.
    public static func escapedProperty(_ text: String) -> String {
        let data = escapedData(text)
        guard data.utf8.contains(where: { $0 == UInt8(ascii: ":") || $0 == UInt8(ascii: ",") }) else { return data }
        var result = ""
        for scalar in data.unicodeScalars {
            switch scalar {
            case ":": result += "%3A"
            case ",": result += "%2C"
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result
    }
}
