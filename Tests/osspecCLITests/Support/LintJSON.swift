import Foundation
import Testing

/// `osspec lint --format json` output, read with JSONSerialization and checked for its exact
/// shape on the way in: a missing or unexpected key is a test failure, not a default value.
struct LintJSON {
    struct Diagnostic {
        var rule: String
        var severity: String
        var category: String
        var line: Int
        var column: Int
        var endLine: Int
        var endColumn: Int
        var message: String
        var hint: String?
        var related: [Related]

        /// [line, column, end_line, end_column].
        var span: [Int] { [line, column, endLine, endColumn] }
    }

    struct Related {
        var line: Int
        var column: Int
        var endLine: Int
        var endColumn: Int
        var message: String

        var span: [Int] { [line, column, endLine, endColumn] }
    }

    struct File {
        var path: String
        var diagnostics: [Diagnostic]
    }

    var version: String
    var files: [File]
    var summary: [String: Int]

    static let topKeys: Set<String> = ["version", "files", "summary"]
    static let fileKeys: Set<String> = ["path", "diagnostics"]
    static let diagnosticKeys: Set<String> = [
        "rule", "severity", "category", "line", "column", "end_line", "end_column", "message", "hint", "related",
    ]
    static let relatedKeys: Set<String> = ["line", "column", "end_line", "end_column", "message"]
    static let summaryKeys: Set<String> = ["files", "errors", "warnings", "infos"]

    struct ShapeError: Error, CustomStringConvertible {
        var description: String
    }

    init(_ result: RunResult) throws {
        let object = try result.json()
        try Self.expectKeys(object, Self.topKeys, "the top level")
        version = try Self.value(object, "version")
        let summaryObject: [String: Any] = try Self.value(object, "summary")
        try Self.expectKeys(summaryObject, Self.summaryKeys, "summary")
        summary = try summaryObject.mapValues { value in
            guard let number = value as? Int else { throw ShapeError(description: "summary value \(value) is not an integer") }
            return number
        }
        let fileObjects: [[String: Any]] = try Self.value(object, "files")
        files = try fileObjects.map { file in
            try Self.expectKeys(file, Self.fileKeys, "a file")
            let diagnostics: [[String: Any]] = try Self.value(file, "diagnostics")
            return File(path: try Self.value(file, "path"), diagnostics: try diagnostics.map(Self.diagnostic))
        }
    }

    private static func diagnostic(_ object: [String: Any]) throws -> Diagnostic {
        try expectKeys(object, diagnosticKeys, "a diagnostic")
        let related: [[String: Any]] = try value(object, "related")
        let hint: String?
        if object["hint"] is NSNull {
            hint = nil
        } else {
            hint = try value(object, "hint") as String
        }
        return Diagnostic(
            rule: try value(object, "rule"), severity: try value(object, "severity"),
            category: try value(object, "category"), line: try value(object, "line"),
            column: try value(object, "column"), endLine: try value(object, "end_line"),
            endColumn: try value(object, "end_column"), message: try value(object, "message"), hint: hint,
            related: try related.map { entry in
                try expectKeys(entry, relatedKeys, "a related location")
                return Related(
                    line: try value(entry, "line"), column: try value(entry, "column"),
                    endLine: try value(entry, "end_line"), endColumn: try value(entry, "end_column"),
                    message: try value(entry, "message"))
            })
    }

    private static func expectKeys(_ object: [String: Any], _ keys: Set<String>, _ what: String) throws {
        let actual = Set(object.keys)
        guard actual == keys else {
            throw ShapeError(description: "Keys of \(what) are \(actual.sorted()), expected \(keys.sorted())")
        }
    }

    private static func value<T>(_ object: [String: Any], _ key: String) throws -> T {
        guard let value = object[key] as? T else {
            throw ShapeError(description: "'\(key)' is \(String(describing: object[key])), not a \(T.self)")
        }
        return value
    }

    /// Every diagnostic of every file.
    var allDiagnostics: [Diagnostic] { files.flatMap(\.diagnostics) }
}
