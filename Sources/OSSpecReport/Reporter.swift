public import OSSpecDiagnostics

/// Everything a reporter needs about one lint run.
public struct LintRun: Sendable {
    public var files: [FileReport]
    /// osspec's version, for formats that name the tool.
    public var toolVersion: String
    /// Paths that could not be read (the run exits 2); formats that can say so do.
    public var inputErrors: [InputError]

    public init(files: [FileReport], toolVersion: String, inputErrors: [InputError] = []) {
        self.files = files
        self.toolVersion = toolVersion
        self.inputErrors = inputErrors
    }

    public var summary: Summary {
        var summary = Summary(files: files.count)
        for file in files {
            for diagnostic in file.diagnostics {
                switch diagnostic.severity {
                case .error: summary.errors += 1
                case .warning: summary.warnings += 1
                case .info: summary.infos += 1
                }
            }
        }
        return summary
    }
}

/// A path given to lint that could not be linted (unreadable, or a folder without specs).
public struct InputError: Sendable, Hashable {
    public var path: String
    /// One sentence, as standard error says it: "Cannot read 'x': permission denied."
    public var message: String

    public init(path: String, message: String) {
        self.path = path
        self.message = message
    }
}

/// Counts of findings in a run.
public struct Summary: Sendable, Hashable {
    public var files: Int
    public var errors = 0
    public var warnings = 0
    public var infos = 0

    public init(files: Int) { self.files = files }

    /// "2 errors, 1 warning in 1 file", or "No problems in 3 files".
    public var sentence: String {
        let parts = [(errors, "error"), (warnings, "warning"), (infos, "info")]
            .filter { $0.0 > 0 }
            .map { Self.counted($0.0, $0.1) }
        let where_ = "in \(Self.counted(files, "file"))"
        return parts.isEmpty ? "No problems \(where_)." : "\(parts.joined(separator: ", ")) \(where_)."
    }

    static func counted(_ count: Int, _ noun: String) -> String { "\(count) \(noun)\(count == 1 ? "" : "s")" }
}

/// An output format. One file per format; `ReporterList` names them all.
public protocol Reporter: Sendable {
    /// The `--format` value that selects it.
    static var identifier: String { get }
    /// One line for `--help`.
    static var summary: String { get }
    func render(_ run: LintRun) -> String
}

/// The formats `--format` accepts.
public enum ReporterList {
    public static let identifiers: [String] = [
        TextReporter.identifier, JSONReporter.identifier, SARIFReporter.identifier, GitHubReporter.identifier,
        JUnitReporter.identifier,
    ]
}
