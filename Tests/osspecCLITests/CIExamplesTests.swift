import Foundation
import Testing

/// The GitHub Action (action.yml) and the sample CI files of docs/ci.md: checked by the tools
/// their platforms' users run (actionlint for workflows, check-jsonschema's copies of the
/// GitHub and GitLab schemas), and quoted verbatim by docs/ci.md.
@Suite("CI integration files")
struct CIExamplesTests {
    static let examples = TestFiles.packageRoot.appendingPathComponent("docs/ci/examples")
    static let workflows = ["github-actions.yml", "github-actions-prebuilt.yml"]
    static let allExamples = workflows + ["gitlab-ci.yml", "pre-commit-config.yaml"]

    static func example(_ name: String) -> URL { examples.appendingPathComponent(name) }

    @Test("docs/ci.md quotes every sample file verbatim", arguments: allExamples)
    func quotedVerbatim(name: String) throws {
        let page = try String(contentsOf: TestFiles.packageRoot.appendingPathComponent("docs/ci.md"), encoding: .utf8)
        let sample = try String(contentsOf: Self.example(name), encoding: .utf8)
        #expect(page.contains("```yaml\n" + sample + "```\n"), "docs/ci.md does not quote docs/ci/examples/\(name) as a yaml block")
        #expect(page.contains("(ci/examples/\(name))"), "docs/ci.md does not link docs/ci/examples/\(name)")
    }

    @Test("actionlint passes the sample workflows", .enabled(if: ExternalTool.shouldRun("actionlint"), ExternalTool.skipReason("actionlint")))
    func actionlintWorkflows() throws {
        let result = try ExternalTool.run(
            "actionlint", ["-no-color"] + Self.workflows.map { Self.example($0).path }, directory: TestFiles.packageRoot)
        #expect(result.exitCode == 0, "\(result)")
        #expect(result.output.isEmpty, "\(result)")
    }

    /// actionlint reads a local action's action.yml (`uses: ./`) and checks the inputs given
    /// to it, so the samples run against this repository's action.yml here.
    @Test(
        "actionlint checks the samples' inputs against action.yml",
        .enabled(if: ExternalTool.shouldRun("actionlint", "git"), ExternalTool.skipReason("actionlint")))
    func actionlintAgainstAction() throws {
        let directory = try TemporaryDirectory()
        let workflows = directory.url.appendingPathComponent(".github/workflows")
        try FileManager.default.createDirectory(at: workflows, withIntermediateDirectories: true)
        try FileManager.default.copyItem(
            at: TestFiles.packageRoot.appendingPathComponent("action.yml"), to: directory.url.appendingPathComponent("action.yml"))
        for name in Self.workflows {
            let text = try String(contentsOf: Self.example(name), encoding: .utf8)
            #expect(text.contains("uses: osspec/osspec@v0.1.0"))
            try Data(text.replacingOccurrences(of: "uses: osspec/osspec@v0.1.0", with: "uses: ./").utf8)
                .write(to: workflows.appendingPathComponent(name))
        }
        // A misspelt input, so the check is seen to bite.
        try Data(
            """
            on: push
            jobs:
              lint:
                runs-on: ubuntu-24.04
                steps:
                  - uses: ./
                    with:
                      sarif_file: osspec.sarif

            """.utf8
        ).write(to: workflows.appendingPathComponent("misspelt.yml"))
        _ = try ExternalTool.run("git", ["init", "-q"], directory: directory.url)
        let result = try ExternalTool.run("actionlint", ["-no-color"], directory: directory.url)
        #expect(result.exitCode == 1, "\(result)")
        let lines = result.output.split(separator: "\n").filter { $0.contains(": ") && $0.hasPrefix(".github/") }
        #expect(lines.count == 1, "\(result)")
        #expect(lines.first?.contains("misspelt.yml:8:11: input \"sarif_file\" is not defined in action \"osspec lint\"") == true, "\(result)")
    }

    @Test(
        "action.yml and the samples match the GitHub and GitLab schemas",
        .enabled(if: ExternalTool.shouldRun("check-jsonschema"), ExternalTool.skipReason("check-jsonschema")))
    func platformSchemas() throws {
        let root = TestFiles.packageRoot.path
        for (schema, files) in [
            ("vendor.github-actions", [root + "/action.yml"]),
            ("vendor.github-workflows", Self.workflows.map { Self.example($0).path }),
            ("vendor.gitlab-ci", [Self.example("gitlab-ci.yml").path]),
        ] {
            let result = try ExternalTool.run("check-jsonschema", ["--builtin-schema", schema] + files)
            #expect(result.exitCode == 0, "\(schema): \(result)")
        }
    }
}
