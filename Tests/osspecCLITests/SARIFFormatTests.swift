import Foundation
import Testing

/// `--format sarif`: SARIF 2.1.0 that the OASIS schema accepts, with the whole rule catalogue,
/// locations relative to the working directory, and fingerprints that survive edits.
@Suite("SARIF format")
struct SARIFFormatTests {
    static let findings = "Tests/osspecCLITests/Fixtures/findings.osspec.yaml"
    static let schema = TestFiles.packageRoot.deletingLastPathComponent()
        .appendingPathComponent("shared/schemas/sarif-schema-2.1.0.json")
    /// `../shared` may be absent (then the test says so and skips); jsonschema is installed by
    /// `.ci/run`, so in CI its absence fails.
    static var canValidate: Bool {
        FileManager.default.fileExists(atPath: schema.path) && (PythonTool.isCI || PythonTool.jsonschema != nil)
    }

    /// Validates with the validator the schema's `$schema` names (draft-04); prints the errors.
    static let validator = """
        import json, sys, jsonschema
        schema = json.load(open(sys.argv[1]))
        log = json.loads(sys.stdin.buffer.read().decode("utf-8"))
        cls = jsonschema.validators.validator_for(schema)
        assert cls is jsonschema.Draft4Validator, cls
        errors = sorted(cls(schema).iter_errors(log), key=lambda e: list(map(str, e.absolute_path)))
        for error in errors[:10]:
            print("/".join(map(str, error.absolute_path)), error.message[:400])
        sys.exit(1 if errors else 0)
        """

    static func sarif(_ arguments: [String], stdin: Data? = nil, directory: URL = TestFiles.packageRoot) throws -> (RunResult, [String: Any]) {
        let result = try OSSpec.run(["lint", "--format", "sarif"] + arguments, stdin: stdin, directory: directory)
        return (result, try result.json())
    }

    static func run(_ log: [String: Any]) throws -> [String: Any] {
        let runs = try #require(log["runs"] as? [[String: Any]])
        try #require(runs.count == 1)
        return runs[0]
    }

    static func results(_ log: [String: Any]) throws -> [[String: Any]] {
        try #require(try run(log)["results"] as? [[String: Any]])
    }

    static func region(_ result: [String: Any]) -> [Int] {
        let locations = result["locations"] as? [[String: Any]]
        let physical = locations?.first?["physicalLocation"] as? [String: Any]
        let region = physical?["region"] as? [String: Int] ?? [:]
        return ["startLine", "startColumn", "endLine", "endColumn"].map { region[$0] ?? 0 }
    }

    static func uri(_ result: [String: Any]) -> (uri: String?, base: String?) {
        let locations = result["locations"] as? [[String: Any]]
        let physical = locations?.first?["physicalLocation"] as? [String: Any]
        let artifact = physical?["artifactLocation"] as? [String: String]
        return (artifact?["uri"], artifact?["uriBaseId"])
    }

    static func fingerprints(_ log: [String: Any]) throws -> [String] {
        try results(log).map { (($0["partialFingerprints"] as? [String: String])?["osspecFindingHash/v1"]) ?? "" }
    }

    @Test(
        "Every kind of run validates against the SARIF 2.1.0 schema",
        .enabled(if: canValidate, "needs ../shared/schemas/sarif-schema-2.1.0.json beside the repository, and Python jsonschema (.ci/run installs it)"))
    func validates() throws {
        let python = try #require(PythonTool.jsonschema, "\(PythonTool.Missing(what: "Python's jsonschema"))")
        try #require(FileManager.default.fileExists(atPath: Self.schema.path), "missing \(Self.schema.path)")
        let ruleFixtures = TestFiles.packageRoot.appendingPathComponent("Tests/OSSpecKitTests/Rules/Fixtures")
        let firing = try FileManager.default.subpathsOfDirectory(atPath: ruleFixtures.path)
            .filter { $0.hasSuffix(".yaml") && ($0 as NSString).lastPathComponent.hasPrefix("fires-") }
            .sorted()
            .map { "Tests/OSSpecKitTests/Rules/Fixtures/" + $0 }
        try #require(firing.count > 60, "expected a firing fixture per rule")
        let empty = try TemporaryDirectory()
        let minimal = try TestFiles.bytes(TestFiles.specs.appendingPathComponent("minimal.osspec.yaml"))
        let runs: [(name: String, arguments: [String], stdin: Data?, exit: Int32)] = [
            ("clean spec", ["specs/minimal.osspec.yaml"], nil, 0),
            ("findings with related locations", [Self.findings], nil, 1),
            ("every rule's firing fixtures", firing, nil, 1),
            ("several files and a directory", [Self.findings, "specs", "Tests/osspecCLITests/Fixtures/warnings.osspec.yaml"], nil, 1),
            ("standard input", ["-"], try TestFiles.bytes(TestFiles.fixture("findings.osspec.yaml")), 1),
            ("named standard input", ["--stdin-filename", "x/y z.osspec.yaml", "-"], minimal, 0),
            ("a file over the size limit (no source)", ["--max-file-size", "10", "specs/minimal.osspec.yaml"], nil, 1),
            ("an input error beside a linted file", [empty.url.path, "specs/minimal.osspec.yaml"], nil, 2),
        ]
        for run in runs {
            let result = try OSSpec.run(["lint", "--format", "sarif"] + run.arguments, stdin: run.stdin, directory: TestFiles.packageRoot)
            #expect(result.exitCode == run.exit, "\(run.name): \(result)")
            let check = try PythonTool.run(python, ["-c", Self.validator, Self.schema.path], stdin: result.stdoutData)
            #expect(check.status == 0, "\(run.name) is not valid SARIF 2.1.0:\n\(check.output)")
        }
        // The reporter's golden (an input error, a rule outside the catalogue) is valid too.
        let golden = try TestFiles.bytes(TestFiles.packageRoot.appendingPathComponent("Tests/OSSpecKitTests/Report/Goldens/sarif.json"))
        let goldenCheck = try PythonTool.run(python, ["-c", Self.validator, Self.schema.path], stdin: golden)
        #expect(goldenCheck.status == 0, "the SARIF golden is not valid SARIF 2.1.0:\n\(goldenCheck.output)")
        // The check can fail: a log with a wrong version is refused.
        let broken = Data(#"{"version": "2.0.0", "runs": []}"#.utf8)
        #expect(try PythonTool.run(python, ["-c", Self.validator, Self.schema.path], stdin: broken).status == 1)
    }

    @Test("tool.driver names osspec and lists every rule of the catalogue with its documentation")
    func driver() throws {
        let (_, log) = try Self.sarif(["specs/minimal.osspec.yaml"])
        #expect(log["version"] as? String == "2.1.0")
        let tool = try #require(try Self.run(log)["tool"] as? [String: Any])
        let driver = try #require(tool["driver"] as? [String: Any])
        let version = try OSSpec.run(["--version"]).stdout
        #expect(driver["name"] as? String == "osspec")
        #expect((driver["version"] as? String).map { $0 + "\n" } == version)
        let informationURI = try #require(driver["informationUri"] as? String)
        #expect(informationURI.hasPrefix("https://"))

        let catalogue = try #require(try OSSpec.run(["rules", "--format", "json"]).json()["rules"] as? [[String: String]])
        let rules = try #require(driver["rules"] as? [[String: Any]])
        #expect(rules.map { $0["id"] as? String } == catalogue.map { $0["id"] })
        let levels = ["error": "error", "warning": "warning", "info": "note"]
        for (rule, entry) in zip(rules, catalogue) {
            let id = try #require(entry["id"])
            #expect((rule["shortDescription"] as? [String: String])?["text"] == entry["summary"], "\(id)")
            let full = (rule["fullDescription"] as? [String: String])?["text"] ?? ""
            #expect(!full.isEmpty && full != entry["summary"], "\(id): fullDescription is '\(full)'")
            #expect(!full.contains("]("), "\(id): fullDescription keeps a Markdown link")
            let help = try #require(rule["help"] as? [String: String], "\(id)")
            #expect(help["markdown"]?.contains("## How to fix") == true, "\(id)")
            #expect(help["markdown"]?.contains("](../") == false, "\(id): a relative link left in the help")
            #expect(rule["helpUri"] as? String == "\(informationURI)/blob/main/docs/rules/\(id).md")
            #expect(FileManager.default.fileExists(atPath: TestFiles.packageRoot.appendingPathComponent("docs/rules/\(id).md").path))
            #expect((rule["defaultConfiguration"] as? [String: String])?["level"] == levels[entry["severity"] ?? ""], "\(id)")
        }
    }

    @Test("Results: rule id and index, level, message with hint, region, related locations")
    func results() throws {
        // The path is given absolute; SARIF still reports it relative to the working directory.
        let absolute = TestFiles.canonicalPath(TestFiles.packageRoot.appendingPathComponent(Self.findings))
        let (result, log) = try Self.sarif([absolute])
        #expect(result.exitCode == 1, "\(result)")
        let run = try Self.run(log)
        let rules = try #require((run["tool"] as? [String: Any])?["driver"] as? [String: Any])["rules"] as? [[String: Any]]
        let results = try Self.results(log)
        #expect(results.map { $0["ruleId"] as? String } == ["unknown-key", "yaml11-boolean", "duplicate-key"])
        #expect(results.map { $0["level"] as? String } == ["error", "warning", "error"])
        for entry in results {
            let index = try #require(entry["ruleIndex"] as? Int)
            #expect(rules?[index]["id"] as? String == entry["ruleId"] as? String)
            #expect(Self.uri(entry).uri == Self.findings)
            #expect(Self.uri(entry).base == "%SRCROOT%")
        }
        #expect(results.map(Self.region) == [[5, 1, 5, 5], [17, 11, 17, 14], [27, 5, 27, 13]])
        #expect((results[0]["message"] as? [String: String])?["text"] == "Unknown key 'nmae' in the spec. Did you mean 'name'?\nHint: Rename it to 'name'.")
        let related = try #require(results[2]["relatedLocations"] as? [[String: Any]])
        #expect(related.count == 1)
        #expect((related.first?["message"] as? [String: String])?["text"] == "'exporter' is first defined here")
        #expect(Self.region(["locations": related]) == [26, 5, 26, 13])
        #expect(results[0]["relatedLocations"] == nil)

        let bases = try #require(run["originalUriBaseIds"] as? [String: [String: String]])
        let root = TestFiles.canonicalPath(TestFiles.packageRoot)
        #expect(bases["%SRCROOT%"]?["uri"] == "file://" + root + "/", "\(bases)")
        #expect(run["columnKind"] as? String == "unicodeCodePoints")
        let invocations = try #require(run["invocations"] as? [[String: Any]])
        #expect(invocations.first?["executionSuccessful"] as? Bool == true)
    }

    @Test("Paths are percent-encoded URI references; a file outside the working directory is a file: URI")
    func uris() throws {
        let directory = try TemporaryDirectory()
        let findings = try TestFiles.bytes(TestFiles.fixture("findings.osspec.yaml"))
        try FileManager.default.createDirectory(at: directory.url.appendingPathComponent("sub"), withIntermediateDirectories: true)
        try directory.write(findings, to: "sub/a b#ç,100%:x.osspec.yaml")
        try directory.write(findings, to: "outside.osspec.yaml")
        let (_, log) = try Self.sarif(["./sub/a b#ç,100%:x.osspec.yaml"], directory: directory.url)
        #expect(try Self.results(log).map { Self.uri($0).uri } == Array(repeating: "sub/a%20b%23%C3%A7%2C100%25%3Ax.osspec.yaml", count: 3))

        let (_, outside) = try Self.sarif(["../outside.osspec.yaml"], directory: directory.url.appendingPathComponent("sub"))
        let location = try #require(try Self.results(outside).first.map(Self.uri))
        #expect(location.base == nil)
        #expect(location.uri?.hasPrefix("file:///") == true, "\(location)")
        #expect(location.uri?.hasSuffix("/outside.osspec.yaml") == true, "\(location)")
        #expect(location.uri?.contains("..") == false, "\(location)")
    }

    @Test("Fingerprints stay when lines are inserted above, and differ between findings")
    func fingerprints() throws {
        let directory = try TemporaryDirectory()
        let original = try String(contentsOf: TestFiles.fixture("findings.osspec.yaml"), encoding: .utf8)
        try directory.write(original, to: "spec.osspec.yaml")
        let (_, before) = try Self.sarif(["spec.osspec.yaml"], directory: directory.url)
        try directory.write("# one\n# two\n# three\n" + original, to: "spec.osspec.yaml")
        let (_, after) = try Self.sarif(["spec.osspec.yaml"], directory: directory.url)

        let first = try Self.fingerprints(before)
        #expect(first.count == 3)
        #expect(Set(first).count == 3, "each finding has its own fingerprint")
        #expect(first.allSatisfy { !$0.isEmpty })
        #expect(try Self.results(after).map(Self.region).map(\.[0]) == [8, 20, 30], "the findings moved down")
        #expect(try Self.fingerprints(after) == first)
        // Run twice: the same bytes.
        #expect(try Self.sarif(["spec.osspec.yaml"], directory: directory.url).0.stdoutData
            == (try Self.sarif(["spec.osspec.yaml"], directory: directory.url).0.stdoutData))

        // Another offending key is another finding.
        try directory.write(original.replacingOccurrences(of: "nmae: typo", with: "naem: typo"), to: "spec.osspec.yaml")
        let (_, changed) = try Self.sarif(["spec.osspec.yaml"], directory: directory.url)
        let third = try Self.fingerprints(changed)
        #expect(third[0] != first[0])
        #expect(Array(third.dropFirst()) == Array(first.dropFirst()))
    }

    @Test("A file over the size limit is a result at 1:1; an input error makes the run unsuccessful")
    func withoutSource() throws {
        let (tooLarge, log) = try Self.sarif(["--max-file-size", "10", "specs/minimal.osspec.yaml"])
        #expect(tooLarge.exitCode == 1, "\(tooLarge)")
        let results = try Self.results(log)
        #expect(results.map { $0["ruleId"] as? String } == ["file-too-large"])
        #expect(results.map(Self.region) == [[1, 1, 1, 1]])
        #expect(results.map { Self.uri($0).uri } == ["specs/minimal.osspec.yaml"])

        let empty = try TemporaryDirectory()
        let (failed, failedLog) = try Self.sarif([empty.url.path, "specs/minimal.osspec.yaml"])
        #expect(failed.exitCode == 2, "\(failed)")
        #expect(failed.stderr.hasPrefix("Error: No spec files under "), "\(failed)")
        let invocation = try #require((try Self.run(failedLog)["invocations"] as? [[String: Any]])?.first)
        #expect(invocation["executionSuccessful"] as? Bool == false)
        let notes = try #require(invocation["toolExecutionNotifications"] as? [[String: Any]])
        #expect(notes.count == 1)
        #expect((notes.first?["message"] as? [String: String])?["text"]?.hasPrefix("No spec files under '\(empty.url.path)'") == true)
    }

    @Test("Standard input is reported under --stdin-filename")
    func stdin() throws {
        let (result, log) = try Self.sarif(
            ["--stdin-filename", "specs/piped.osspec.yaml", "-"], stdin: try TestFiles.bytes(TestFiles.fixture("findings.osspec.yaml")))
        #expect(result.exitCode == 1, "\(result)")
        #expect(try Self.results(log).map { Self.uri($0).uri } == Array(repeating: "specs/piped.osspec.yaml", count: 3))
        #expect(try Self.fingerprints(log).count == 3)
    }
}
