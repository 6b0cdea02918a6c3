import Foundation
import OSSpecKit
import Testing

/// A directory tree for one test, removed afterwards.
final class ConfigTree {
    let root: String

    init() throws {
        root = FileManager.default.temporaryDirectory.appendingPathComponent("osspec-config-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: root, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(atPath: root) }

    func write(_ text: String, to relativePath: String) throws {
        let path = root + "/" + relativePath
        try FileManager.default.createDirectory(
            atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        try Data(text.utf8).write(to: URL(fileURLWithPath: path))
    }

    func makeDirectory(_ relativePath: String) throws {
        try FileManager.default.createDirectory(atPath: root + "/" + relativePath, withIntermediateDirectories: true)
    }
}

@Suite("Configuration lookup and merging")
struct ConfigResolverTests {
    static func configuration(_ resolver: inout ConfigResolver, _ path: String) throws -> EffectiveConfiguration {
        switch resolver.configuration(forFile: path) {
        case .configured(let configuration): return configuration
        case .broken(let problems): throw BrokenConfiguration(problems: problems.count)
        }
    }

    struct BrokenConfiguration: Error {
        let problems: Int
    }

    @Test("configuration files cascade from the repository's root down to the spec's directory")
    func cascade() throws {
        let tree = try ConfigTree()
        try tree.makeDirectory("repo/.git")
        try tree.write("rules: {unused-tool: off, lethal-trifecta: error}\n", to: "repo/.osspec.yml")
        try tree.write("rules: {unused-tool: info}\n", to: "repo/specs/.osspec.yaml")
        // Above the repository: never read.
        try tree.write("rules: {missing-budget: off}\n", to: ".osspec.yml")
        var resolver = ConfigResolver(workingDirectory: tree.root + "/repo")
        let configuration = try Self.configuration(&resolver, "specs/team/a.osspec.yaml")
        #expect(configuration.files == [".osspec.yml", "specs/.osspec.yaml"])
        #expect(configuration.settings["unused-tool"]?.setting == .severity(.info))
        #expect(configuration.settings["unused-tool"]?.source == "specs/.osspec.yaml:1")
        #expect(configuration.settings["lethal-trifecta"]?.setting == .severity(.error))
        #expect(configuration.settings["missing-budget"] == nil)
    }

    @Test("outside a repository the walk goes up to the root; a .git file (worktree) stops it too")
    func stopAtGit() throws {
        let tree = try ConfigTree()
        try tree.write("rules: {unused-tool: off}\n", to: ".osspec.yml")
        var resolver = ConfigResolver(workingDirectory: tree.root)
        #expect(try Self.configuration(&resolver, "a/b/c/x.osspec.yaml").settings["unused-tool"]?.setting == .off)
        try tree.write("gitdir: /elsewhere\n", to: "a/.git")
        var fresh = ConfigResolver(workingDirectory: tree.root)
        #expect(try Self.configuration(&fresh, "a/b/c/x.osspec.yaml").files.isEmpty)
    }

    @Test("--config replaces the lookup; its globs are relative to its own directory")
    func explicitConfig() throws {
        let tree = try ConfigTree()
        try tree.write("rules: {unused-tool: off}\n", to: ".osspec.yml")
        try tree.write("ignore: [specs/old/]\nrules: {unused-tool: error}\n", to: "ci/osspec-ci.yml")
        var resolver = ConfigResolver(explicitConfig: "ci/osspec-ci.yml", workingDirectory: tree.root)
        let configuration = try Self.configuration(&resolver, "x.osspec.yaml")
        #expect(configuration.files == ["ci/osspec-ci.yml"])
        #expect(configuration.settings["unused-tool"]?.setting == .severity(.error))
        #expect(!configuration.isIgnored)
        #expect(try Self.configuration(&resolver, "ci/specs/old/a.osspec.yaml").isIgnored)
        #expect(try !Self.configuration(&resolver, "specs/old/a.osspec.yaml").isIgnored)
    }

    @Test("overrides apply in order after the file's rules; a nearer file's rules beat an outer override")
    func mergingOrder() throws {
        let tree = try ConfigTree()
        try tree.makeDirectory(".git")
        try tree.write(
            """
            rules: {unused-tool: warning, unused-store: off}
            overrides:
              - files: ['specs/**']
                rules: {unused-tool: error, unused-store: info}
              - files: ['*.draft.osspec.yaml']
                rules: {unused-tool: off}
            """, to: ".osspec.yml")
        try tree.write("rules: {unused-store: error}\n", to: "specs/inner/.osspec.yml")
        var resolver = ConfigResolver(workingDirectory: tree.root)
        let plain = try Self.configuration(&resolver, "specs/a.osspec.yaml")
        #expect(plain.settings["unused-tool"]?.setting == .severity(.error))
        #expect(plain.settings["unused-tool"]?.source == ".osspec.yml:4 (override 1)")
        #expect(plain.settings["unused-store"]?.setting == .severity(.info))
        let draft = try Self.configuration(&resolver, "specs/a.draft.osspec.yaml")
        #expect(draft.settings["unused-tool"]?.setting == .off)
        let inner = try Self.configuration(&resolver, "specs/inner/b.osspec.yaml")
        #expect(inner.settings["unused-store"]?.setting == .severity(.error))
        #expect(inner.settings["unused-tool"]?.setting == .severity(.error))
        let outside = try Self.configuration(&resolver, "top.osspec.yaml")
        #expect(outside.settings["unused-tool"]?.setting == .severity(.warning))
    }

    @Test("ignore patterns are relative to their own file's directory")
    func ignoreRelativeToConfig() throws {
        let tree = try ConfigTree()
        try tree.makeDirectory(".git")
        try tree.write("ignore: [generated/]\n", to: "team/.osspec.yml")
        var resolver = ConfigResolver(workingDirectory: tree.root)
        let ignored = try Self.configuration(&resolver, "team/generated/x.osspec.yaml")
        #expect(ignored.ignoredBy?.pattern == "generated/")
        #expect(ignored.ignoredBy?.source == "team/.osspec.yml:1")
        #expect(try !Self.configuration(&resolver, "generated/x.osspec.yaml").isIgnored)
    }

    @Test("a broken file is reported once, however many specs it governs; both names in one directory is a problem")
    func brokenOnce() throws {
        let tree = try ConfigTree()
        try tree.makeDirectory(".git")
        try tree.write("rules: {nope: off}\n", to: ".osspec.yml")
        var resolver = ConfigResolver(workingDirectory: tree.root)
        guard case .broken(let first) = resolver.configuration(forFile: "a.osspec.yaml"),
            case .broken(let second) = resolver.configuration(forFile: "sub/b.osspec.yaml")
        else {
            Issue.record("a broken configuration was accepted")
            return
        }
        #expect(first.count == 1)
        #expect(second.isEmpty)
        if case .invalid(let report) = first.first {
            #expect(report.path == ".osspec.yml")
            #expect(report.diagnostics.map(\.rule) == ["config-unknown-rule"])
        } else {
            Issue.record("expected the file's findings")
        }
        try tree.write("", to: "two/.osspec.yml")
        try tree.write("", to: "two/.osspec.yaml")
        guard case .broken(let both) = resolver.configuration(forFile: "two/c.osspec.yaml"), case .message(let text) = both.first else {
            Issue.record("two configuration files in one directory were accepted")
            return
        }
        #expect(text == "Both 'two/.osspec.yml' and 'two/.osspec.yaml' exist; keep one of the two.")
    }

    @Test("standard input: from the directory of --stdin-filename, else the working directory")
    func standardInput() throws {
        let tree = try ConfigTree()
        try tree.makeDirectory(".git")
        try tree.write("rules: {unused-tool: off}\n", to: ".osspec.yml")
        try tree.write("rules: {unused-tool: error}\nignore: [skip.osspec.yaml]\n", to: "sub/.osspec.yml")
        var resolver = ConfigResolver(workingDirectory: tree.root)
        guard case .configured(let unnamed) = resolver.configuration(forStandardInputNamed: nil),
            case .configured(let named) = resolver.configuration(forStandardInputNamed: "sub/x.osspec.yaml"),
            case .configured(let ignored) = resolver.configuration(forStandardInputNamed: "sub/skip.osspec.yaml")
        else {
            Issue.record("a valid configuration was refused")
            return
        }
        #expect(unnamed.settings["unused-tool"]?.setting == .off)
        #expect(named.settings["unused-tool"]?.setting == .severity(.error))
        #expect(ignored.isIgnored)
    }

    @Test("applying: off drops findings, a severity replaces the default, other rules are untouched")
    func apply() throws {
        var configuration = EffectiveConfiguration()
        configuration.settings["unused-tool"] = .init(setting: .off, source: "x:1")
        configuration.settings["lethal-trifecta"] = .init(setting: .severity(.error), source: "x:2")
        let findings = [
            Diagnostic(rule: "unused-tool", severity: .warning, category: .reference, range: .fileStart, message: "a"),
            Diagnostic(rule: "lethal-trifecta", severity: .warning, category: .permissions, range: .fileStart, message: "b"),
            Diagnostic(rule: "missing-budget", severity: .warning, category: .ram, range: .fileStart, message: "c"),
        ]
        let applied = configuration.apply(to: findings)
        #expect(applied.map(\.rule) == ["lethal-trifecta", "missing-budget"])
        #expect(applied.map(\.severity) == [.error, .warning])
    }

    @Test("paths are made absolute lexically")
    func paths() {
        #expect(ConfigPaths.absolute("a/./b/../c.yaml", from: "/w") == "/w/a/c.yaml")
        #expect(ConfigPaths.absolute("../../../x", from: "/w") == "/x")
        #expect(ConfigPaths.absolute("/abs//p/", from: "/w") == "/abs/p")
        #expect(ConfigPaths.parent(of: "/a/b") == "/a")
        #expect(ConfigPaths.parent(of: "/a") == "/")
        #expect(ConfigPaths.relative("/a/b/c", to: "/a") == "b/c")
        #expect(ConfigPaths.relative("/ab/c", to: "/a") == nil)
        #expect(ConfigPaths.relative("/x", to: "/") == "x")
        #expect(ConfigPaths.display("/w", workingDirectory: "/w") == ".")
    }
}
