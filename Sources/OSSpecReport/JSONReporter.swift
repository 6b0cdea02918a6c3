internal import OSSpecDiagnostics

/// The machine format:
/// `{"version", "files": [{"path", "diagnostics": [{"rule", "severity", "category", "line",
/// "column", "end_line", "end_column", "message", "hint", "related": [...]}]}], "summary": {...}}`.
/// Keys are always in this order and every key is always present (`hint` may be null).
public struct JSONReporter: Reporter {
    public static let identifier = "json"
    public static let summary = "for programs: one JSON object with every finding"

    public init() {}

    public func render(_ run: LintRun) -> String {
        var json = JSONWriter()
        json.beginObject()
        json.string(run.toolVersion, key: "version")
        json.beginArray(key: "files")
        for file in run.files {
            json.beginObject()
            json.string(file.path, key: "path")
            json.beginArray(key: "diagnostics")
            for diagnostic in file.diagnostics {
                write(diagnostic, to: &json)
            }
            json.endArray()
            json.endObject()
        }
        json.endArray()
        let summary = run.summary
        json.beginObject(key: "summary")
        json.number(summary.files, key: "files")
        json.number(summary.errors, key: "errors")
        json.number(summary.warnings, key: "warnings")
        json.number(summary.infos, key: "infos")
        json.endObject()
        json.endObject()
        return json.text + "\n"
    }

    private func write(_ diagnostic: Diagnostic, to json: inout JSONWriter) {
        json.beginObject()
        json.string(diagnostic.rule, key: "rule")
        json.string(diagnostic.severity.rawValue, key: "severity")
        json.string(diagnostic.category.rawValue, key: "category")
        writeRange(diagnostic.range, to: &json)
        json.string(diagnostic.message, key: "message")
        if let hint = diagnostic.hint { json.string(hint, key: "hint") } else { json.null(key: "hint") }
        json.beginArray(key: "related")
        for related in diagnostic.related {
            json.beginObject()
            writeRange(related.range, to: &json)
            json.string(related.message, key: "message")
            json.endObject()
        }
        json.endArray()
        json.endObject()
    }

    private func writeRange(_ range: SourceRange, to json: inout JSONWriter) {
        json.number(range.start.line, key: "line")
        json.number(range.start.column, key: "column")
        json.number(range.end.line, key: "end_line")
        json.number(range.end.column, key: "end_column")
    }
}
