internal import OSSpecDiagnostics

/// SARIF 2.1.0 (OASIS), the format of code-scanning services (GitHub code scanning, Azure
/// DevOps, IDE viewers): one run whose `tool.driver` lists every rule of the catalogue, and one
/// result per finding with its location, related locations and a fingerprint that survives
/// edits elsewhere in the file. Columns count Unicode scalars (`columnKind`
/// `unicodeCodePoints`); end columns are exclusive, as osspec's own are.
public struct SARIFReporter: Reporter {
    public static let identifier = "sarif"
    public static let summary = "SARIF 2.1.0, for GitHub code scanning and other SARIF viewers"

    static let schemaURI = "https://json.schemastore.org/sarif-2.1.0.json"
    static let baseID = "%SRCROOT%"

    /// The rules to describe, in catalogue order; results point into this list.
    public var rules: [RuleHelp]
    /// The absolute working directory: paths are given relative to it (`%SRCROOT%`).
    public var workingDirectory: String?

    public init(rules: [RuleHelp], workingDirectory: String?) {
        self.rules = rules
        self.workingDirectory = workingDirectory
    }

    public func render(_ run: LintRun) -> String {
        // A finding of a rule the caller did not describe still gets a rule entry, so every
        // result's ruleIndex is valid.
        var described = rules
        var indexOfRule: [String: Int] = [:]
        for (index, rule) in described.enumerated() where indexOfRule[rule.descriptor.id] == nil {
            indexOfRule[rule.descriptor.id] = index
        }
        for diagnostic in run.files.flatMap(\.diagnostics) where indexOfRule[diagnostic.rule] == nil {
            indexOfRule[diagnostic.rule] = described.count
            described.append(
                RuleHelp(
                    descriptor: RuleDescriptor(
                        id: diagnostic.rule, category: diagnostic.category, defaultSeverity: diagnostic.severity,
                        summary: diagnostic.rule)))
        }

        var json = JSONWriter()
        json.beginObject()
        json.string(Self.schemaURI, key: "$schema")
        json.string("2.1.0", key: "version")
        json.beginArray(key: "runs")
        json.beginObject()
        writeTool(described, version: run.toolVersion, to: &json)
        writeInvocation(run.inputErrors, to: &json)
        if let workingDirectory {
            json.beginObject(key: "originalUriBaseIds")
            json.beginObject(key: Self.baseID)
            let directory = ReportPath.normalized(workingDirectory)
            json.string("file://" + ReportPath.percentEncoded(directory == "/" ? "/" : directory + "/"), key: "uri")
            json.endObject()
            json.endObject()
        }
        json.string("unicodeCodePoints", key: "columnKind")
        json.beginArray(key: "results")
        for file in run.files {
            let lines = file.source.map(SourceLines.init)
            let location = ReportPath(file.path, workingDirectory: workingDirectory)
            let fingerprints = FindingFingerprint.fingerprints(
                of: file.diagnostics, path: location.display(fallback: file.path), lines: lines)
            for (diagnostic, fingerprint) in zip(file.diagnostics, fingerprints) {
                writeResult(
                    diagnostic, ruleIndex: indexOfRule[diagnostic.rule] ?? 0, file: file.path, fingerprint: fingerprint,
                    to: &json)
            }
        }
        json.endArray()
        json.endObject()
        json.endArray()
        json.endObject()
        return json.text + "\n"
    }

    private func writeTool(_ rules: [RuleHelp], version: String, to json: inout JSONWriter) {
        json.beginObject(key: "tool")
        json.beginObject(key: "driver")
        json.string(ToolInfo.name, key: "name")
        json.string(version, key: "version")
        json.string(version, key: "semanticVersion")
        json.string(ToolInfo.informationURI, key: "informationUri")
        json.beginArray(key: "rules")
        for rule in rules {
            let descriptor = rule.descriptor
            json.beginObject()
            json.string(descriptor.id, key: "id")
            writeMessage(descriptor.summary, key: "shortDescription", to: &json)
            writeMessage(rule.fullDescription, key: "fullDescription", to: &json)
            json.beginObject(key: "help")
            json.string(rule.helpText, key: "text")
            json.string(rule.helpMarkdown, key: "markdown")
            json.endObject()
            json.string(ToolInfo.documentationURI(ofRule: descriptor.id), key: "helpUri")
            json.beginObject(key: "defaultConfiguration")
            json.string(Self.level(descriptor.defaultSeverity), key: "level")
            json.endObject()
            json.beginObject(key: "properties")
            json.string(descriptor.category.rawValue, key: "category")
            json.beginArray(key: "tags")
            json.string(descriptor.category.rawValue)
            json.endArray()
            json.endObject()
            json.endObject()
        }
        json.endArray()
        json.endObject()
        json.endObject()
    }

    /// Unreadable paths make the run unsuccessful; each is a notification naming the path.
    private func writeInvocation(_ inputErrors: [InputError], to json: inout JSONWriter) {
        json.beginArray(key: "invocations")
        json.beginObject()
        json.bool(inputErrors.isEmpty, key: "executionSuccessful")
        if !inputErrors.isEmpty {
            json.beginArray(key: "toolExecutionNotifications")
            for error in inputErrors {
                json.beginObject()
                json.string("error", key: "level")
                writeMessage(error.message, key: "message", to: &json)
                json.beginArray(key: "locations")
                json.beginObject()
                json.beginObject(key: "physicalLocation")
                writeArtifact(error.path, to: &json)
                json.endObject()
                json.endObject()
                json.endArray()
                json.endObject()
            }
            json.endArray()
        }
        json.endObject()
        json.endArray()
    }

    private func writeResult(_ diagnostic: Diagnostic, ruleIndex: Int, file: String, fingerprint: String, to json: inout JSONWriter) {
        json.beginObject()
        json.string(diagnostic.rule, key: "ruleId")
        json.number(ruleIndex, key: "ruleIndex")
        json.string(Self.level(diagnostic.severity), key: "level")
        writeMessage(diagnostic.hint.map { "\(diagnostic.message)\nHint: \($0)" } ?? diagnostic.message, key: "message", to: &json)
        json.beginArray(key: "locations")
        json.beginObject()
        writePhysicalLocation(file, diagnostic.range, to: &json)
        json.endObject()
        json.endArray()
        if !diagnostic.related.isEmpty {
            json.beginArray(key: "relatedLocations")
            for (index, related) in diagnostic.related.enumerated() {
                json.beginObject()
                json.number(index + 1, key: "id")
                writePhysicalLocation(file, related.range, to: &json)
                writeMessage(related.message, key: "message", to: &json)
                json.endObject()
            }
            json.endArray()
        }
        json.beginObject(key: "partialFingerprints")
        json.string(fingerprint, key: FindingFingerprint.key)
        json.endObject()
        json.beginObject(key: "properties")
        json.string(diagnostic.category.rawValue, key: "category")
        json.endObject()
        json.endObject()
    }

    private func writePhysicalLocation(_ file: String, _ range: SourceRange, to json: inout JSONWriter) {
        json.beginObject(key: "physicalLocation")
        writeArtifact(file, to: &json)
        json.beginObject(key: "region")
        json.number(max(range.start.line, 1), key: "startLine")
        json.number(max(range.start.column, 1), key: "startColumn")
        json.number(max(range.end.line, 1), key: "endLine")
        json.number(max(range.end.column, 1), key: "endColumn")
        json.endObject()
        json.endObject()
    }

    /// Relative to `%SRCROOT%` when under the working directory, else an absolute `file:` URI.
    private func writeArtifact(_ path: String, to json: inout JSONWriter) {
        let location = ReportPath(path, workingDirectory: workingDirectory)
        json.beginObject(key: "artifactLocation")
        if let relative = location.relative {
            json.string(ReportPath.percentEncoded(relative), key: "uri")
            if workingDirectory != nil { json.string(Self.baseID, key: "uriBaseId") }
        } else if let absolute = location.absolute {
            json.string("file://" + ReportPath.percentEncoded(absolute), key: "uri")
        } else {
            json.string(ReportPath.percentEncoded(ReportPath.normalized(path)), key: "uri")
        }
        json.endObject()
    }

    private func writeMessage(_ text: String, key: String, to json: inout JSONWriter) {
        json.beginObject(key: key)
        json.string(text, key: "text")
        json.endObject()
    }

    /// SARIF has no "info": its lowest level is "note".
    static func level(_ severity: Severity) -> String {
        switch severity {
        case .error: "error"
        case .warning: "warning"
        case .info: "note"
        }
    }
}
