import OSSpecKit
import Testing

@Suite("Configuration file parsing")
struct ConfigParserTests {
    static func parse(_ text: String) -> (config: ConfigFile?, diagnostics: [Diagnostic]) {
        ConfigParser.parse(Array(text.utf8), path: ".osspec.yml", directory: "/repo")
    }

    /// Each problem as `line:column rule: message`.
    static func problems(_ text: String) -> [String] {
        parse(text).diagnostics.map { "\($0.range.start.line):\($0.range.start.column) \($0.rule): \($0.message)" }
    }

    @Test("rules, ignore and overrides are read with their positions")
    func valid() throws {
        let config = try #require(
            Self.parse(
                """
                # Project settings.
                rules:
                  unused-tool: off
                  lethal-trifecta: error
                  yaml11-boolean: "info"
                ignore: ['generated/**', "*.draft.osspec.yaml"]
                overrides:
                  - files: [legacy/**]
                    rules: {missing-budget: warning}
                """
            ).config)
        #expect(config.rules.map(\.id) == ["unused-tool", "lethal-trifecta", "yaml11-boolean"])
        #expect(config.rules.map(\.setting) == [.off, .severity(.error), .severity(.info)])
        #expect(config.rules[1].range.start == SourcePosition(line: 4, column: 3))
        #expect(config.ignore.map(\.glob.pattern) == ["generated/**", "*.draft.osspec.yaml"])
        #expect(config.overrides.count == 1)
        #expect(config.overrides[0].files.map(\.glob.pattern) == ["legacy/**"])
        #expect(config.overrides[0].rules.map(\.setting) == [.severity(.warning)])
        #expect(config.directory == "/repo")
    }

    @Test("an empty file, or one of comments, configures nothing")
    func empty() throws {
        for text in ["", "# nothing yet\n", "~\n", "rules:\nignore:\noverrides:\n"] {
            let parsed = Self.parse(text)
            #expect(parsed.diagnostics.isEmpty, "\(text)")
            #expect(parsed.config?.rules.isEmpty == true)
        }
    }

    @Test("an unknown rule id, with a suggestion, at the id")
    func unknownRule() {
        #expect(
            Self.problems("rules:\n  unused-tol: off\n")
                == ["2:3 config-unknown-rule: Unknown rule 'unused-tol' in 'rules'. Did you mean 'unused-tool'?"])
        #expect(
            Self.problems("overrides:\n  - files: [a]\n    rules: {lethal-trifecto: off}\n")
                == ["3:13 config-unknown-rule: Unknown rule 'lethal-trifecto' in 'rules' of override 1. Did you mean 'lethal-trifecta'?"])
    }

    @Test("a bad severity, at the value, with a hint")
    func badSeverity() throws {
        #expect(
            Self.problems("rules:\n  unused-tool: warn\n")
                == ["2:16 config-invalid-value: 'warn' is not a setting of 'unused-tool'; write one of off, info, warning or error."])
        let disabled = Self.parse("rules: {unused-tool: false}\n").diagnostics
        #expect(disabled.first?.hint == "Write off to turn the rule off.")
        #expect(
            Self.problems("rules:\n  unused-tool:\n")
                == ["2:15 config-invalid-value: 'unused-tool' has no setting; write one of off, info, warning or error."])
    }

    @Test("syntax rules cannot be turned off or lowered; other loader rules can")
    func syntaxRules() {
        #expect(
            Self.problems("rules:\n  yaml-syntax: off\n")
                == ["2:16 config-invalid-value: 'yaml-syntax' cannot be set to off: a file with a `syntax` finding cannot be read, so nothing in it would be checked."])
        #expect(Self.problems("rules:\n  binary-file: warning\n").count == 1)
        #expect(Self.problems("rules:\n  yaml-syntax: error\n").isEmpty)
        #expect(Self.problems("rules:\n  yaml11-boolean: off\n  duplicate-key: warning\n").isEmpty)
    }

    @Test("wrong types, at the value")
    func wrongTypes() {
        #expect(
            Self.problems("rules: [unused-tool]\n")
                == ["1:8 config-wrong-type: 'rules' is a list, not a mapping of rule ids to severities."])
        #expect(
            Self.problems("ignore: generated/**\n")
                == ["1:9 config-wrong-type: 'ignore' is the value 'generated/**', not a list of globs."])
        #expect(
            Self.problems("ignore: [[a]]\n")
                == ["1:10 config-wrong-type: An entry of 'ignore' is a list, not a glob."])
        #expect(
            Self.problems("overrides: {files: [a]}\n")
                == ["1:12 config-wrong-type: 'overrides' is a mapping, not a list."])
        #expect(Self.problems("- rules\n") == ["1:1 config-wrong-type: The configuration is a list, not a mapping of rules, ignore and overrides."])
        #expect(Self.problems("rules: {unused-tool: {a: b}}\n").first?.hasPrefix("1:22 config-wrong-type:") == true)
    }

    @Test("unknown keys, with a suggestion, at the key")
    func unknownKeys() {
        #expect(Self.problems("ignor: []\n") == ["1:1 config-unknown-key: Unknown key 'ignor' in the configuration. Did you mean 'ignore'?"])
        #expect(
            Self.problems("overrides:\n  - file: [a]\n    rules: {}\n")
                == [
                    "2:5 config-missing-key: Override 1 has no 'files'.",
                    "2:5 config-unknown-key: Unknown key 'file' in override 1. Did you mean 'files'?",
                ])
    }

    @Test("an override needs files and rules; an empty files list with rules is refused")
    func overrides() {
        #expect(Self.problems("overrides:\n  - files: [a]\n") == ["2:5 config-missing-key: Override 1 has no 'rules'."])
        #expect(
            Self.problems("overrides:\n  - files: []\n    rules: {unused-tool: off}\n")
                == ["2:5 config-invalid-value: Override 1 lists no files, so its rules apply nowhere."])
        #expect(Self.problems("overrides:\n  - 'a'\n") == ["2:5 config-wrong-type: Override 1 is the value 'a', not a mapping of files and rules."])
    }

    @Test("a bad glob, at the glob")
    func badGlob() {
        let problems = Self.problems("ignore:\n  - ok/**\n  - 'v[0-9.yaml'\n  - '!keep.yaml'\n")
        #expect(problems.count == 2)
        #expect(problems.first?.hasPrefix("3:5 config-invalid-value: Bad glob in 'ignore': 'v[0-9.yaml' opens '['") == true)
        #expect(problems.last?.hasPrefix("4:5 config-invalid-value: Bad glob in 'ignore': Negated patterns") == true)
    }

    @Test("bad YAML and duplicate keys keep the loader's ids, as errors")
    func badYAML() {
        #expect(Self.problems("rules: {unused-tool: off\n").first?.contains(" yaml-syntax: ") == true)
        let duplicate = Self.parse("rules:\n  unused-tool: off\n  unused-tool: error\n").diagnostics
        #expect(duplicate.map(\.rule) == ["duplicate-key"])
        #expect(duplicate.first?.range.start == SourcePosition(line: 3, column: 3))
        #expect(duplicate.allSatisfy { $0.severity == .error })
        #expect(Self.problems("rules: {yes: off}\n").first?.contains("Unknown rule 'yes'") == true)
    }

    @Test("every problem is reported, in order of position")
    func allProblems() {
        let problems = Self.problems("ignor: []\nrules:\n  nope: off\n  unused-tool: maybe\n")
        #expect(problems.map { String($0.prefix(4)) } == ["1:1 ", "3:3 ", "4:16"])
        #expect(Self.parse("ignor: []\n").config == nil)
    }
}
