/// The findings for one linted file, with the text they point into (for snippets).
public struct FileReport: Sendable {
    /// The path as the user should see it (relative as given, or `--stdin-filename`, or `<stdin>`).
    public var path: String
    public var diagnostics: [Diagnostic]
    /// The file's bytes when it was read, for reporters that quote source lines.
    public var source: [UInt8]?

    public init(path: String, diagnostics: [Diagnostic], source: [UInt8]?) {
        self.path = path
        self.diagnostics = diagnostics
        self.source = source
    }

    public func count(of severity: Severity) -> Int {
        diagnostics.reduce(0) { $0 + ($1.severity == severity ? 1 : 0) }
    }
}
