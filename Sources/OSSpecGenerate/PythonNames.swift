/// The spec's name (a validated id, `[A-Za-z][A-Za-z0-9_-]*`) as the names a Python project
/// needs. Only one name per project is derived, so these need not be one-to-one.
public enum PythonNames {
    /// An importable package name: `-` becomes `_`, and a keyword gets a trailing `_`.
    public static func package(_ name: String) -> String {
        let candidate = name.replacing("-", with: "_")
        return keywords.contains(candidate) ? candidate + "_" : candidate
    }

    /// A distribution name for pyproject.toml: PEP 508 names end with a letter or digit.
    public static func project(_ name: String) -> String {
        var result = Substring(name)
        while let last = result.last, last == "-" || last == "_" { result = result.dropLast() }
        return result.isEmpty ? "project" : String(result)
    }

    static let keywords: Set<String> = [
        "False", "None", "True", "and", "as", "assert", "async", "await", "break", "class", "continue", "def", "del",
        "elif", "else", "except", "finally", "for", "from", "global", "if", "import", "in", "is", "lambda", "nonlocal",
        "not", "or", "pass", "raise", "return", "try", "while", "with", "yield",
    ]
}
