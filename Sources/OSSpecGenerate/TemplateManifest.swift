/// `files.txt` of a target's templates: which files a generated project has, each from which
/// template, and who owns it. One file a line:
///
///     # output path                      template              options
///     Package.swift                      Package.swift.tmpl
///     Sources/App/Tools/{id}+Tool.swift  Tool.swift.tmpl       user each=tool
///
/// `user` marks a file the user edits: generated once, never overwritten. `each=tool|process|
/// model|store` makes one file per item, with `{id}` in the path replaced by the item's id and
/// the item available to the template as `item`. `{name}` is the spec's name; `{module}` is
/// it as a Python package name (`PythonNames.package`). Ids are validated
/// identifiers, so paths are made only of the manifest's own text and identifiers. Templates
/// not named here are partials.
public struct TemplateManifest: Sendable, Equatable {
    public struct Entry: Sendable, Equatable {
        public var path: String
        public var template: String
        public var isUserOwned: Bool
        public var each: String?
        public var line: Int
    }

    public static let fileName = "files.txt"
    static let collections: Set<String> = ["tool", "process", "model", "store"]

    public var entries: [Entry]

    public static func parse(_ text: String) throws(GenerateError) -> TemplateManifest {
        var entries: [Entry] = []
        for (index, rawLine) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = index + 1
            let fields = rawLine.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\r" }).map(String.init)
            guard let first = fields.first, !first.hasPrefix("#") else { continue }
            guard fields.count >= 2 else {
                throw GenerateError("\(fileName):\(line): expected '<output path> <template> [user] [each=...]'.")
            }
            var entry = Entry(path: fields[0], template: fields[1], isUserOwned: false, each: nil, line: line)
            for option in fields.dropFirst(2) {
                if option == "user" {
                    entry.isUserOwned = true
                } else if option.hasPrefix("each="), collections.contains(String(option.dropFirst(5))) {
                    entry.each = String(option.dropFirst(5))
                } else {
                    throw GenerateError("\(fileName):\(line): unknown option '\(option)' (known: user, each=tool|process|model|store).")
                }
            }
            if entry.path.contains("{id}"), entry.each == nil {
                throw GenerateError("\(fileName):\(line): '{id}' in a path needs 'each=...'.")
            }
            if entry.each != nil, !entry.path.contains("{id}") {
                throw GenerateError("\(fileName):\(line): a file per item needs '{id}' in its path.")
            }
            entries.append(entry)
        }
        return TemplateManifest(entries: entries)
    }
}

/// Why a generation could not go ahead (exit 1), in words for the user.
public struct GenerateError: Error, Sendable, Equatable, CustomStringConvertible {
    public var message: String
    public init(_ message: String) { self.message = message }
    public var description: String { message }
}
