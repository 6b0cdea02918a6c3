import Foundation
import OSSpecKit
import Testing

/// action.yml's structure, read with osspec's own YAML loader: what actionlint does not check
/// in an action's metadata (it checks workflows) and GitHub only finds out when a job runs.
@Suite("action.yml")
struct ActionMetadataTests {
    /// A YAML value as plain data.
    indirect enum Tree {
        case mapping([(key: String, value: Tree)])
        case sequence([Tree])
        case scalar(String)

        subscript(key: String) -> Tree? {
            guard case .mapping(let pairs) = self else { return nil }
            return pairs.first { $0.key == key }?.value
        }

        var text: String? {
            if case .scalar(let text) = self { return text }
            return nil
        }
    }

    static func tree(_ document: YAMLDocument, _ node: Int) -> Tree {
        let resolved = document.resolved(node)
        switch document[resolved].kind {
        case .mapping:
            return .mapping(document.pairs(of: resolved).map { (document.scalarString(document.resolved($0.key)), tree(document, $0.value)) })
        case .sequence:
            return .sequence(document.items(of: resolved).map { tree(document, $0) })
        case .scalar, .alias:
            return .scalar(document.scalarString(resolved))
        }
    }

    static func action() throws -> (tree: Tree, text: String) {
        let bytes = try TestPaths.bytes(TestPaths.packageRoot.appendingPathComponent("action.yml"))
        let result = YAMLLoader().load(bytes)
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics)")
        let document = try #require(result.document)
        return (tree(document, try #require(document.root)), String(decoding: bytes, as: UTF8.self))
    }

    @Test("It is a composite action with a name, a description and described inputs")
    func requiredKeys() throws {
        let action = try Self.action().tree
        #expect(action["name"]?.text == "osspec lint")
        #expect((action["description"]?.text ?? "").count > 20)
        #expect(action["runs"]?["using"]?.text == "composite")
        guard case .mapping(let inputs)? = action["inputs"] else {
            Issue.record("no inputs")
            return
        }
        #expect(inputs.map(\.key) == ["paths", "format", "strict", "config", "sarif-file", "working-directory", "osspec-path"])
        for (name, input) in inputs {
            #expect((input["description"]?.text ?? "").count > 10, "input '\(name)' has no description")
            #expect(input["default"] != nil, "input '\(name)' has no default")
        }
        #expect(inputs.first { $0.key == "format" }?.value["default"]?.text == "github")
    }

    @Test("Every input is used by a step")
    func everyInputUsed() throws {
        let (action, _) = try Self.action()
        guard case .mapping(let inputs)? = action["inputs"], case .sequence(let steps)? = action["runs"]?["steps"] else {
            Issue.record("no inputs or steps")
            return
        }
        // Everything the steps say: conditions, env, working directories, scripts.
        func strings(_ tree: Tree) -> [String] {
            switch tree {
            case .scalar(let text): [text]
            case .sequence(let items): items.flatMap(strings)
            case .mapping(let pairs): pairs.flatMap { strings($0.value) }
            }
        }
        let stepText = steps.flatMap(strings).joined(separator: "\n")
        for (name, _) in inputs {
            #expect(stepText.contains("inputs.\(name)"), "input '\(name)' is not used by any step")
        }
    }

    @Test("Every run step sets its shell, and inputs reach scripts through env only")
    func runSteps() throws {
        let (action, _) = try Self.action()
        guard case .sequence(let steps)? = action["runs"]?["steps"] else {
            Issue.record("no steps")
            return
        }
        #expect(steps.count >= 4)
        for step in steps {
            let name = step["name"]?.text ?? "?"
            #expect(step["name"] != nil, "a step has no name")
            guard let script = step["run"]?.text else { continue }
            #expect(step["shell"]?.text == "bash", "step '\(name)' sets no shell (composite actions require one)")
            // An input expanded into a script's text could inject shell code; env keeps it data.
            #expect(!script.contains("${{"), "step '\(name)' expands an expression inside its script")
        }
    }

    @Test("The lint step writes SARIF before the chosen format, so both happen when findings fail the run")
    func sarifThenFormat() throws {
        let (_, text) = try Self.action()
        let sarif = try #require(text.range(of: "lint --format sarif"))
        let chosen = try #require(text.range(of: "lint --format \"$INPUT_FORMAT\""))
        #expect(sarif.lowerBound < chosen.lowerBound)
        #expect(text.contains("|| [ $? -eq 1 ]"))
    }
}
