import Foundation

/// Where the tests find the repository's files: fixtures beside the tests, the shipped specs
/// and docs at the top, and `../shared` (the YAML test suite, the SARIF schema) beside it.
enum TestPaths {
    /// The folder of this test target (Tests/OSSpecKitTests).
    static let testsFolder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    static let packageRoot = testsFolder.deletingLastPathComponent().deletingLastPathComponent()
    static let specs = packageRoot.appendingPathComponent("specs")
    static let docs = packageRoot.appendingPathComponent("docs")
    static let shared = packageRoot.deletingLastPathComponent().appendingPathComponent("shared")

    static func fixture(_ relativePath: String) -> URL {
        testsFolder.appendingPathComponent(relativePath)
    }

    /// Whether ../shared is there (it is in CI and on developers' machines, not in every checkout).
    static var sharedIsAvailable: Bool {
        FileManager.default.fileExists(atPath: shared.appendingPathComponent("yaml-test-suite").path)
    }

    static func bytes(_ url: URL) throws -> [UInt8] {
        Array(try Data(contentsOf: url))
    }
}
