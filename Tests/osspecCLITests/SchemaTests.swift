import Foundation
import Testing

/// `osspec schema`: the JSON Schema editors use. Checked for its own shape, against the shipped
/// examples (which must validate) and against invalid fixtures (which the schema and the linter
/// must both reject), with check-jsonschema, which reads YAML files itself.
@Suite("JSON Schema")
struct SchemaTests {
    static let invalidFixtures = fixtureNames(in: "schema-invalid")
    static let committedSchema = TestFiles.packageRoot.appendingPathComponent("docs/osspec.schema.json")

    static func fixtureNames(in folder: String) -> [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: TestFiles.fixture(folder).path)) ?? []
        return names.filter { $0.hasSuffix(".osspec.yaml") }.sorted()
    }

    func schemaText() throws -> String {
        let result = try OSSpec.run(["schema"])
        #expect(result.exitCode == 0, "\(result)")
        #expect(result.stderr.isEmpty, "\(result)")
        return result.stdout
    }

    /// The schema written to a file of its own, for check-jsonschema.
    func schemaFile(in directory: TemporaryDirectory) throws -> URL {
        try directory.write(try schemaText(), to: "osspec.schema.json")
    }

    @Test("The schema is draft 2020-12 with a description on every key")
    func describesEveryKey() throws {
        let object = try #require(try JSONSerialization.jsonObject(with: Data(try schemaText().utf8)) as? [String: Any])
        #expect(object["$schema"] as? String == "https://json-schema.org/draft/2020-12/schema")
        #expect((object["required"] as? [String]) == ["osspec", "name", "cpu", "ram", "filesystem", "processes", "ipc", "kernel", "user_space"])
        var keys: [String] = []
        var undescribed: [String] = []
        func walk(_ value: Any, path: String) {
            guard let schema = value as? [String: Any] else { return }
            for (key, child) in (schema["properties"] as? [String: Any]) ?? [:] {
                keys.append(path + "." + key)
                if ((child as? [String: Any])?["description"] as? String ?? "").count < 10 { undescribed.append(path + "." + key) }
                walk(child, path: path + "." + key)
            }
            if let entry = schema["additionalProperties"] as? [String: Any] {
                if entry["description"] == nil { undescribed.append(path + ".<id>") }
                walk(entry, path: path + ".<id>")
            }
            if let items = schema["items"] { walk(items, path: path + "[]") }
            for alternative in (schema["oneOf"] as? [Any]) ?? [] { walk(alternative, path: path) }
        }
        walk(object, path: "")
        #expect(undescribed.isEmpty, "Keys without a description: \(undescribed)")
        // Every key of the format, at every level (the field tables hold 63).
        #expect(Set(keys).count >= 60, "\(Set(keys).sorted())")
        for key in [".cpu.models", ".kernel.tracing", ".processes.<id>.tools", ".ipc.tools.<id>.scope", ".user_space.slo"] {
            #expect(keys.contains { $0.hasSuffix(key) }, "no '\(key)' in \(Set(keys).sorted())")
        }
    }

    @Test("Closed sets are enums, known open values are examples")
    func enumsForCompletion() throws {
        let text = try schemaText()
        #expect(text.contains(#""enum": ["relevant-only", "sliding-window", "summarize", "full-history"]"#))
        #expect(text.contains(#""enum": ["read", "write", "execute", "network", "admin"]"#))
        #expect(text.contains(#""enum": ["model_call", "tool_call", "handoff", "checkpoint", "approval", "denial"]"#))
        #expect(text.contains(#""examples": ["anthropic", "openai", "google""#))
    }

    @Test("docs/osspec.schema.json is what osspec schema prints")
    func committedCopy() throws {
        let text = try schemaText()
        if ProcessInfo.processInfo.environment["OSSPEC_UPDATE_GOLDENS"] == "1" {
            try Data(text.utf8).write(to: Self.committedSchema)
        }
        let committed = try String(contentsOf: Self.committedSchema, encoding: .utf8)
        #expect(committed == text, "Regenerate with OSSPEC_UPDATE_GOLDENS=1 swift test --filter SchemaTests")
    }

    @Test(
        "The shipped examples and the starter spec validate against the schema",
        .enabled(if: ExternalTool.shouldRun("check-jsonschema"), ExternalTool.skipReason("check-jsonschema")))
    func examplesValidate() throws {
        let directory = try TemporaryDirectory()
        let schema = try schemaFile(in: directory)
        let starter = directory.url.appendingPathComponent("starter.osspec.yaml")
        let initialized = try OSSpec.run(["init", starter.path])
        #expect(initialized.exitCode == 0, "\(initialized)")
        let files = TestFiles.specNames.map { TestFiles.specs.appendingPathComponent($0).path } + [starter.path]
        #expect(files.count == 4)
        let result = try ExternalTool.run("check-jsonschema", ["--schemafile", schema.path] + files)
        #expect(result.exitCode == 0, "\(result)")
    }

    @Test(
        "The schema itself is valid draft 2020-12",
        .enabled(if: ExternalTool.shouldRun("check-jsonschema"), ExternalTool.skipReason("check-jsonschema")))
    func validMetaschema() throws {
        let directory = try TemporaryDirectory()
        let result = try ExternalTool.run("check-jsonschema", ["--check-metaschema", try schemaFile(in: directory).path])
        #expect(result.exitCode == 0, "\(result)")
    }

    @Test("There are invalid fixtures for the schema")
    func fixturesExist() {
        #expect(Self.invalidFixtures.count >= 15, "\(Self.invalidFixtures)")
    }

    @Test(
        "An invalid spec is rejected by both the schema and the linter",
        .enabled(if: ExternalTool.shouldRun("check-jsonschema"), ExternalTool.skipReason("check-jsonschema")),
        arguments: invalidFixtures)
    func invalidRejected(name: String) throws {
        let file = TestFiles.fixture("schema-invalid/\(name)")
        let text = try String(contentsOf: file, encoding: .utf8)
        let expected = try #require(text.split(separator: "\n").first.flatMap { line -> String? in
            line.hasPrefix("# expect: ") ? String(line.dropFirst("# expect: ".count)) : nil
        }, "The fixture's first line names the rule: '# expect: RULE-ID'")

        let lint = try OSSpec.run(["lint", "--format", "json", file.path])
        #expect(lint.exitCode == 1, "\(lint)")
        let rules = Set(try LintJSON(lint).allDiagnostics.filter { $0.severity == "error" }.map(\.rule))
        #expect(rules == [expected], "\(lint)")

        let directory = try TemporaryDirectory()
        let schema = try schemaFile(in: directory)
        let result = try ExternalTool.run("check-jsonschema", ["--schemafile", schema.path, file.path])
        #expect(result.exitCode == 1, "\(result)")
        #expect(result.output.contains("Schema validation errors"), "\(result)")
    }
}

extension SchemaTests {
    static let formatOfRecord = TestFiles.packageRoot.deletingLastPathComponent().appendingPathComponent("shared/spec-format-v1.md")

    /// Every key name the schema describes, at any level.
    func schemaKeyNames() throws -> Set<String> {
        let object = try #require(try JSONSerialization.jsonObject(with: Data(try schemaText().utf8)) as? [String: Any])
        var names: Set<String> = []
        func walk(_ value: Any) {
            guard let schema = value as? [String: Any] else { return }
            for (key, child) in (schema["properties"] as? [String: Any]) ?? [:] {
                names.insert(key)
                walk(child)
            }
            if let entry = schema["additionalProperties"] { walk(entry) }
            if let items = schema["items"] { walk(items) }
            for alternative in (schema["oneOf"] as? [Any]) ?? [] { walk(alternative) }
        }
        walk(object)
        return names
    }

    @Test(
        "The schema and the format of record name the same keys",
        .enabled(if: FileManager.default.fileExists(atPath: formatOfRecord.path), "../shared/spec-format-v1.md is not beside the repository"))
    func sameKeysAsFormat() throws {
        let document = try String(contentsOf: Self.formatOfRecord, encoding: .utf8)
        // The first column of the format's tables: `key`, `row.key`, `models.<id>.key`, ...
        var documented: Set<String> = []
        for line in document.split(separator: "\n") where line.hasPrefix("| `") {
            let firstColumn = line.dropFirst(2).prefix { $0 != "|" }
            for (index, part) in firstColumn.split(separator: "`", omittingEmptySubsequences: false).enumerated() where index % 2 == 1 {
                if let name = part.split(separator: ".").last, !part.hasSuffix("..."), !name.isEmpty { documented.insert(String(name)) }
            }
        }
        let described = try schemaKeyNames()
        #expect(documented.count > 40, "\(documented.sorted())")
        #expect(documented.subtracting(described).isEmpty, "In the format but not the schema: \(documented.subtracting(described).sorted())")
        // Keys named in nested tables' prose (`{input_per_mtok, ...}`) are checked as words.
        let undocumented = described.filter { !document.contains($0) }
        #expect(undocumented.isEmpty, "In the schema but not the format: \(undocumented.sorted())")
    }
}
