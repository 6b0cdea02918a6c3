import Foundation

/// The review commands' fixtures (Fixtures/review) and helpers for their outputs.
enum ReviewFixtures {
    static let folder = TestFiles.fixture("review")
    static var hostile: String { folder.appendingPathComponent("hostile.osspec.yaml").path }
    static func path(_ name: String) -> String { folder.appendingPathComponent(name).path }

    /// The shipped example specs, as paths relative to the package root.
    static var exampleSpecs: [String] { TestFiles.specNames.map { "specs/\($0)" } }
}
