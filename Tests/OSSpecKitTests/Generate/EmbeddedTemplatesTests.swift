import Foundation
@testable import OSSpecGenerate
import OSSpecKit
import Testing

/// templates/<target>/ is the source of truth; osspec carries a copy in
/// Sources/OSSpecGenerate/Generated/EmbeddedTemplates.generated.swift so one copied binary
/// works anywhere. This test is the generator: it fails while the copy differs, and rewrites
/// it under OSSPEC_UPDATE_GOLDENS=1.
@Suite("Embedded templates")
struct EmbeddedTemplatesTests {
    static let generatedFile = TestPaths.packageRoot.appendingPathComponent(
        "Sources/OSSpecGenerate/Generated/EmbeddedTemplates.generated.swift")
    static let templatesFolder = TestPaths.packageRoot.appendingPathComponent("templates")

    /// Every target folder's files, by relative path.
    static func templateFiles() throws -> [String: [String: String]] {
        var targets: [String: [String: String]] = [:]
        let manager = FileManager.default
        for target in try manager.contentsOfDirectory(atPath: templatesFolder.path).sorted() where !target.hasPrefix(".") {
            let folder = templatesFolder.appendingPathComponent(target)
            guard let enumerator = manager.enumerator(atPath: folder.path) else { continue }
            var files: [String: String] = [:]
            for case let path as String in enumerator {
                var isDirectory: ObjCBool = false
                let url = folder.appendingPathComponent(path)
                guard manager.fileExists(atPath: url.path, isDirectory: &isDirectory), !isDirectory.boolValue,
                    !path.split(separator: "/").contains(where: { $0.hasPrefix(".") })
                else { continue }
                files[path] = try String(contentsOf: url, encoding: .utf8)
            }
            targets[target] = files
        }
        return targets
    }

    /// A raw string literal holding `text` exactly: enough `#`s that no quote or backslash in
    /// the text can end it or interpolate.
    static func rawLiteral(_ text: String) -> String {
        var hashes = 1
        while text.contains("\"" + String(repeating: "#", count: hashes)) || text.contains("\\" + String(repeating: "#", count: hashes)) {
            hashes += 1
        }
        let delimiter = String(repeating: "#", count: hashes)
        return delimiter + "\"\"\"\n" + text + "\n\"\"\"" + delimiter
    }

    static func generatedSource(_ targets: [String: [String: String]]) -> String {
        var source = """
            // Generated from templates/ by EmbeddedTemplatesTests (OSSPEC_UPDATE_GOLDENS=1 swift test).
            // Do not edit: edit the templates, then regenerate; the test fails while the two differ.
            // swift-format-ignore-file

            enum EmbeddedTemplates {
                static let targets: [String: [String: String]] = [\n
            """
        for (target, files) in targets.sorted(by: { $0.key < $1.key }) {
            source += "        \"\(target)\": [\n"
            for (path, text) in files.sorted(by: { $0.key < $1.key }) {
                source += "            \"\(path)\": \(rawLiteral(text)),\n"
            }
            source += "        ],\n"
        }
        source += "    ]\n}\n"
        return source
    }

    @Test("the generated file matches templates/")
    func inSync() throws {
        let expected = Self.generatedSource(try Self.templateFiles())
        if ProcessInfo.processInfo.environment["OSSPEC_UPDATE_GOLDENS"] == "1" {
            try expected.write(to: Self.generatedFile, atomically: true, encoding: .utf8)
        }
        let actual = try String(contentsOf: Self.generatedFile, encoding: .utf8)
        #expect(actual == expected, "EmbeddedTemplates.generated.swift is stale; run OSSPEC_UPDATE_GOLDENS=1 swift test --filter EmbeddedTemplates")
    }

    @Test("the compiled templates are the files in templates/")
    func compiled() throws {
        let files = try Self.templateFiles()
        #expect(Set(EmbeddedTemplates.targets.keys) == Set(files.keys))
        for (target, templates) in files {
            let embedded = EmbeddedTemplates.targets[target] ?? [:]
            #expect(Set(embedded.keys) == Set(templates.keys), "\(target)")
            for (path, text) in templates where embedded[path] != text {
                Issue.record("templates/\(target)/\(path) differs from its embedded copy; regenerate with OSSPEC_UPDATE_GOLDENS=1")
            }
        }
        #expect(TemplateSource.embedded(.swift)?["files.txt"] != nil)
    }

    @Test("a raw literal holds hostile text exactly")
    func rawLiterals() {
        #expect(Self.rawLiteral("a \"\"\"# b") == "##\"\"\"\na \"\"\"# b\n\"\"\"##")
        #expect(Self.rawLiteral("\\#(x)").hasPrefix("##\"\"\""))
    }
}
