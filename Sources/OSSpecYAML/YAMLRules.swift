public import OSSpecDiagnostics

/// The problems the YAML stage reports, each with its own stable id.
public enum YAMLRules {
    public static let syntax = RuleDescriptor(
        id: "yaml-syntax", category: .syntax, defaultSeverity: .error,
        summary: "The file is not well-formed YAML.")
    public static let tabIndentation = RuleDescriptor(
        id: "yaml-tab-indentation", category: .syntax, defaultSeverity: .error,
        summary: "A tab is used where YAML needs spaces (indentation or before a value).")
    public static let invalidEncoding = RuleDescriptor(
        id: "invalid-encoding", category: .syntax, defaultSeverity: .error,
        summary: "The file is not valid UTF-8.")
    public static let binaryFile = RuleDescriptor(
        id: "binary-file", category: .syntax, defaultSeverity: .error,
        summary: "The file contains NUL bytes: it is not a text file.")
    public static let fileTooLarge = RuleDescriptor(
        id: "file-too-large", category: .syntax, defaultSeverity: .error,
        summary: "The file is larger than the size limit (32 MiB by default).")
    public static let emptyFile = RuleDescriptor(
        id: "empty-file", category: .syntax, defaultSeverity: .error,
        summary: "The file holds no YAML document.")
    public static let multipleDocuments = RuleDescriptor(
        id: "multiple-documents", category: .syntax, defaultSeverity: .error,
        summary: "The file holds more than one YAML document; a spec is one document.")
    public static let nestingTooDeep = RuleDescriptor(
        id: "nesting-too-deep", category: .syntax, defaultSeverity: .error,
        summary: "Mappings and sequences are nested deeper than the limit (256 by default).")
    public static let tooManyNodes = RuleDescriptor(
        id: "too-many-nodes", category: .syntax, defaultSeverity: .error,
        summary: "The document holds more nodes than the limit (4,000,000 by default).")
    public static let aliasExpansion = RuleDescriptor(
        id: "alias-expansion-limit", category: .syntax, defaultSeverity: .error,
        summary: "Aliases would expand the document past the budget (a billion-laughs guard).")
    public static let undefinedAlias = RuleDescriptor(
        id: "undefined-alias", category: .syntax, defaultSeverity: .error,
        summary: "An alias names an anchor that is not defined before it.")
    public static let recursiveAlias = RuleDescriptor(
        id: "recursive-alias", category: .syntax, defaultSeverity: .error,
        summary: "An alias refers to a node that contains the alias itself.")
    public static let duplicateKey = RuleDescriptor(
        id: "duplicate-key", category: .schema, defaultSeverity: .error,
        summary: "A mapping has the same key twice; YAML tools disagree on which value wins.")

    /// Reported by the linter, not the loader, but one of the same family: a limit of the run.
    /// Its severity is that of the most severe finding it stands for, so the exit code is the
    /// same as with every finding shown.
    public static let tooManyFindings = RuleDescriptor(
        id: "too-many-findings", category: .syntax, defaultSeverity: .warning,
        summary: "The file has more findings than the limit (1,000 by default); the rest are counted, not listed.")

    public static let all: [RuleDescriptor] = [
        syntax, tabIndentation, invalidEncoding, binaryFile, fileTooLarge, emptyFile, multipleDocuments,
        nestingTooDeep, tooManyNodes, aliasExpansion, undefinedAlias, recursiveAlias, duplicateKey, tooManyFindings,
    ]
}
