public import OSSpecDiagnostics
internal import OSSpecRules
internal import OSSpecYAML

/// `.osspec.yml` bytes -> `ConfigFile`, through the same loader as specs (so every problem has
/// a line and column), reporting every problem rather than the first.
public enum ConfigParser {
    public static let topLevelKeys = ["rules", "ignore", "overrides"]
    public static let overrideKeys = ["files", "rules"]

    /// The configuration, or nil with the reasons it cannot be used (at least one error).
    public static func parse(
        _ bytes: [UInt8], path: String, directory: String
    ) -> (config: ConfigFile?, diagnostics: [Diagnostic]) {
        let loaded = YAMLLoader().load(bytes)
        // A file of comments only (or nothing) configures nothing; that is not a mistake.
        let loaderProblems = loaded.diagnostics.filter { $0.rule != YAMLRules.emptyFile.id }
        guard loaderProblems.isEmpty else { return (nil, loaderProblems.map(asError)) }
        var reader = Reader(path: path, directory: directory)
        if let document = loaded.document, let root = document.root {
            reader.document = document
            reader.readTopLevel(root)
        }
        if reader.diagnostics.isEmpty { return (reader.config, []) }
        return (nil, reader.diagnostics.inReportOrder())
    }

    /// Every problem of a configuration stops the run, whatever its rule's usual severity.
    private static func asError(_ diagnostic: Diagnostic) -> Diagnostic {
        var error = diagnostic
        error.severity = .error
        return error
    }
}

private struct Reader {
    var document = YAMLDocument()
    var config: ConfigFile
    var diagnostics: [Diagnostic] = []
    let ruleIDs = RuleRegistry.catalogue.map(\.id)

    init(path: String, directory: String) {
        config = ConfigFile(path: path, directory: directory)
    }

    mutating func readTopLevel(_ root: YAMLDocument.NodeIndex) {
        let node = document.resolved(root)
        if isNull(node) { return }
        guard document[node].kind == .mapping else {
            report(
                ConfigRules.wrongType, "The configuration is \(describe(node)), not a mapping of rules, ignore and overrides.",
                at: node, hint: "Start from `rules: {unused-tool: off}`; docs/configuration.md shows every key.")
            return
        }
        for (key, value) in document.pairs(of: node) {
            guard let name = keyName(key, owner: "the configuration", allowed: ConfigParser.topLevelKeys) else { continue }
            switch name {
            case "rules": config.rules = readRules(value, owner: "'rules'")
            case "ignore": config.ignore = readPatterns(value, owner: "'ignore'")
            default: readOverrides(value)
            }
        }
    }

    /// A key's name when it is one of `allowed`; otherwise reports it.
    mutating func keyName(_ key: Int, owner: String, allowed: [String]) -> String? {
        let node = document.resolved(key)
        guard document[node].kind == .scalar else {
            report(ConfigRules.wrongType, "A key of \(owner) is \(describe(node)), not a name.", at: key)
            return nil
        }
        let name = document.scalarString(node)
        guard allowed.contains(name) else {
            let suggestion = Suggestion.closest(to: name, in: allowed)
            report(
                ConfigRules.unknownKey,
                "Unknown key '\(name)' in \(owner).\(suggestion.map { " Did you mean '\($0)'?" } ?? "")",
                at: key,
                hint: suggestion.map { "Rename it to '\($0)'." }
                    ?? "The keys are \(allowed.map { "'\($0)'" }.joined(separator: ", ")).")
            return nil
        }
        return name
    }

    mutating func readRules(_ value: Int, owner: String) -> [ConfigFile.RuleEntry] {
        let node = document.resolved(value)
        if isNull(node) { return [] }
        guard document[node].kind == .mapping else {
            report(
                ConfigRules.wrongType, "\(owner.capitalizedFirst) is \(describe(node)), not a mapping of rule ids to severities.",
                at: value, hint: "Write it as `rules: {RULE-ID: off}`, or one `RULE-ID: warning` per line.")
            return []
        }
        var entries: [ConfigFile.RuleEntry] = []
        for (key, settingNode) in document.pairs(of: node) {
            let keyNode = document.resolved(key)
            guard document[keyNode].kind == .scalar else {
                report(ConfigRules.wrongType, "A key of \(owner) is \(describe(keyNode)), not a rule id.", at: key)
                continue
            }
            let id = document.scalarString(keyNode)
            guard let descriptor = RuleRegistry.descriptor(id: id) else {
                let suggestion = Suggestion.closest(to: id, in: ruleIDs)
                report(
                    ConfigRules.unknownRule,
                    "Unknown rule '\(id)' in \(owner).\(suggestion.map { " Did you mean '\($0)'?" } ?? "")",
                    at: key,
                    hint: suggestion.map { "Rename it to '\($0)'." } ?? "'osspec rules' lists every rule id.")
                continue
            }
            guard let setting = readSetting(settingNode, id: id) else { continue }
            if descriptor.category == .syntax, setting != .severity(.error) {
                report(
                    ConfigRules.invalidValue,
                    "'\(id)' cannot be set to \(setting): a file with a `syntax` finding cannot be read, so nothing in it would be checked.",
                    at: settingNode, hint: "Remove this line and fix the file instead.")
                continue
            }
            entries.append(ConfigFile.RuleEntry(id: id, setting: setting, range: document.range(key)))
        }
        return entries
    }

    mutating func readSetting(_ value: Int, id: String) -> RuleSetting? {
        let node = document.resolved(value)
        let choices = "off, info, warning or error"
        guard document[node].kind == .scalar else {
            report(ConfigRules.wrongType, "The setting of '\(id)' is \(describe(node)), not one of \(choices).", at: value)
            return nil
        }
        let text = document.scalarString(node)
        if let setting = RuleSetting(name: text) { return setting }
        let hint: String
        switch text {
        case "false", "no", "disable", "disabled", "ignore", "none": hint = "Write off to turn the rule off."
        case "true", "yes", "on", "enable", "enabled": hint = "Write the severity to report it with: info, warning or error."
        default:
            hint = Suggestion.closest(to: text, in: RuleSetting.names).map { "Write '\($0)'." } ?? "Write one of \(choices)."
        }
        report(
            ConfigRules.invalidValue,
            isNull(node) ? "'\(id)' has no setting; write one of \(choices)." : "'\(text)' is not a setting of '\(id)'; write one of \(choices).",
            at: value, hint: hint)
        return nil
    }

    mutating func readPatterns(_ value: Int, owner: String) -> [ConfigFile.Pattern] {
        let node = document.resolved(value)
        if isNull(node) { return [] }
        guard document[node].kind == .sequence else {
            let example = document[node].kind == .scalar ? "[\(document.scalarString(node))]" : "['generated/**']"
            report(
                ConfigRules.wrongType, "\(owner.capitalizedFirst) is \(describe(node)), not a list of globs.", at: value,
                hint: "Write a list, e.g. \(example).")
            return []
        }
        var patterns: [ConfigFile.Pattern] = []
        for item in document.items(of: node) {
            let itemNode = document.resolved(item)
            guard document[itemNode].kind == .scalar, !isNull(itemNode) else {
                report(ConfigRules.wrongType, "An entry of \(owner) is \(describe(itemNode)), not a glob.", at: item)
                continue
            }
            do throws(GlobError) {
                patterns.append(ConfigFile.Pattern(glob: try Glob(document.scalarString(itemNode)), range: document.range(item)))
            } catch {
                report(
                    ConfigRules.invalidValue, "Bad glob in \(owner): \(error.description)", at: item,
                    hint: "Globs use *, **, ? and [...]; docs/configuration.md explains them.")
            }
        }
        return patterns
    }

    mutating func readOverrides(_ value: Int) {
        let node = document.resolved(value)
        if isNull(node) { return }
        guard document[node].kind == .sequence else {
            report(
                ConfigRules.wrongType, "'overrides' is \(describe(node)), not a list.", at: value,
                hint: "Write `overrides: [{files: ['legacy/**'], rules: {unused-tool: off}}]`.")
            return
        }
        for (number, item) in document.items(of: node).enumerated() {
            let itemNode = document.resolved(item)
            let owner = "override \(number + 1)"
            guard document[itemNode].kind == .mapping else {
                report(ConfigRules.wrongType, "Override \(number + 1) is \(describe(itemNode)), not a mapping of files and rules.", at: item)
                continue
            }
            var files: [ConfigFile.Pattern]?
            var rules: [ConfigFile.RuleEntry]?
            for (key, entry) in document.pairs(of: itemNode) {
                switch keyName(key, owner: owner, allowed: ConfigParser.overrideKeys) {
                case "files": files = readPatterns(entry, owner: "'files' of \(owner)")
                case "rules": rules = readRules(entry, owner: "'rules' of \(owner)")
                default: break
                }
            }
            for (name, isMissing) in [("files", files == nil), ("rules", rules == nil)] where isMissing {
                report(
                    ConfigRules.missingKey, "Override \(number + 1) has no '\(name)'.", at: item,
                    hint: "An override needs both: `files` (globs) and `rules` (rule ids to settings).")
            }
            if let files, files.isEmpty, let rules, !rules.isEmpty {
                report(
                    ConfigRules.invalidValue, "Override \(number + 1) lists no files, so its rules apply nowhere.", at: item,
                    hint: "Add a glob to `files`, or set the rules in the top-level `rules`.")
            }
            if let files, let rules {
                config.overrides.append(ConfigFile.Override(files: files, rules: rules, range: document.range(item)))
            }
        }
    }

    // MARK: Helpers

    func isNull(_ node: Int) -> Bool {
        let scalar = document[node]
        guard scalar.kind == .scalar, scalar.style == .plain else { return false }
        let text = document.scalarBytes(node)
        return text.isEmpty || text.elementsEqual("~".utf8) || ["null", "Null", "NULL"].contains { text.elementsEqual($0.utf8) }
    }

    func describe(_ node: Int) -> String {
        switch document[node].kind {
        case .mapping: "a mapping"
        case .sequence: "a list"
        case .alias: "an alias"
        case .scalar: isNull(node) ? "empty" : "the value '\(document.scalarString(node))'"
        }
    }

    mutating func report(_ rule: RuleDescriptor, _ message: String, at node: Int, hint: String? = nil) {
        diagnostics.append(rule.diagnostic(message, at: document.range(node), hint: hint))
    }
}

extension String {
    fileprivate var capitalizedFirst: String { prefix(1).uppercased() + dropFirst() }
}
