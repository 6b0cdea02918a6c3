// swift-tools-version:6.0
// osspec: lint, generate and review LLM OS architecture specs.
//
// The stages are separate modules so that `import` lines show the direction of the data flow
// (bytes -> YAML nodes -> typed spec -> rules -> diagnostics -> reporters) and the compiler
// refuses a reach back up the chain. `OSSpecKit` re-exports them for users of the API.
import PackageDescription

let strictSettings: [SwiftSetting] = [
    .enableUpcomingFeature("ExistentialAny"),
    .enableUpcomingFeature("InternalImportsByDefault"),
]

let package = Package(
    name: "osspec",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "osspec", targets: ["osspec"]),
        .library(name: "OSSpecKit", targets: ["OSSpecKit"]),
    ],
    dependencies: [],
    targets: [
        .systemLibrary(
            name: "CYAML",
            pkgConfig: "yaml-0.1",
            providers: [.apt(["libyaml-dev"]), .brew(["libyaml"])]
        ),
        // Bottom of the chain: files, streams and the terminal, without Foundation (startup cost).
        .target(name: "OSSpecPlatform", swiftSettings: strictSettings),
        // Positions, diagnostics and rule metadata: every stage reports through these.
        .target(name: "OSSpecDiagnostics", swiftSettings: strictSettings),
        // Bytes -> YAML nodes with source marks (libyaml's event API).
        .target(name: "OSSpecYAML", dependencies: ["CYAML", "OSSpecPlatform", "OSSpecDiagnostics"], swiftSettings: strictSettings),
        // YAML nodes -> the typed spec, with schema and completeness findings.
        .target(name: "OSSpecModel", dependencies: ["OSSpecPlatform", "OSSpecYAML", "OSSpecDiagnostics"], swiftSettings: strictSettings),
        // Typed spec -> architecture findings.
        .target(name: "OSSpecRules", dependencies: ["OSSpecPlatform", "OSSpecModel", "OSSpecDiagnostics"], swiftSettings: strictSettings),
        // What the user configured: .osspec.yml files (rule settings, ignores, overrides) and
        // `# osspec:disable` comments, applied to findings before gates and reporters.
        .target(
            name: "OSSpecConfig",
            dependencies: ["OSSpecPlatform", "OSSpecYAML", "OSSpecRules", "OSSpecDiagnostics"],
            swiftSettings: strictSettings
        ),
        // One file's bytes -> all of its findings, and many files at once.
        .target(
            name: "OSSpecLint",
            dependencies: ["OSSpecPlatform", "OSSpecYAML", "OSSpecModel", "OSSpecRules", "OSSpecDiagnostics",
                "OSSpecConfig"],
            swiftSettings: strictSettings
        ),
        // Findings -> text, JSON, ... Reporters see only diagnostics and source text.
        .target(name: "OSSpecReport", dependencies: ["OSSpecDiagnostics"], swiftSettings: strictSettings),
        // Typed spec (and its findings) -> review views: the OS table, the agent graph, the diff,
        // the cost estimate and the HTML report.
        .target(
            name: "OSSpecReview",
            dependencies: ["OSSpecPlatform", "OSSpecDiagnostics", "OSSpecYAML", "OSSpecModel", "OSSpecRules", "OSSpecLint", "OSSpecReport"],
            swiftSettings: strictSettings
        ),
        // A small logic-less template renderer; every value reaches the output through an escaper.
        .target(name: "OSSpecTemplate", swiftSettings: strictSettings),
        // Typed spec + templates -> a generated project (templates/<target>/, embedded), written atomically.
        .target(
            name: "OSSpecGenerate",
            dependencies: ["OSSpecPlatform", "OSSpecDiagnostics", "OSSpecYAML", "OSSpecModel", "OSSpecRules", "OSSpecLint", "OSSpecTemplate"],
            swiftSettings: strictSettings
        ),
        // The command line: argument parsing, help, commands. No logic beyond wiring.
        .target(
            name: "OSSpecCLI",
            dependencies: [
                "OSSpecPlatform", "OSSpecDiagnostics", "OSSpecModel", "OSSpecLint", "OSSpecRules", "OSSpecReport",
                "OSSpecConfig", "OSSpecReview", "OSSpecGenerate",
            ],
            swiftSettings: strictSettings
        ),
        .target(
            name: "OSSpecKit",
            dependencies: [
                "OSSpecDiagnostics", "OSSpecYAML", "OSSpecModel", "OSSpecRules", "OSSpecLint", "OSSpecReport",
                "OSSpecCLI", "OSSpecConfig", "OSSpecReview", "OSSpecTemplate", "OSSpecGenerate",
            ],
            swiftSettings: strictSettings
        ),
        .executableTarget(name: "osspec", dependencies: ["OSSpecCLI", "OSSpecPlatform"], swiftSettings: strictSettings),
        .testTarget(
            name: "OSSpecKitTests",
            dependencies: ["OSSpecKit", "OSSpecPlatform", "CYAML"],
            exclude: ["YAML/Fixtures", "Rules/Fixtures", "Report/Goldens"],
            swiftSettings: strictSettings
        ),
        .testTarget(
            name: "osspecCLITests",
            dependencies: ["osspec"],
            exclude: ["Fixtures"],
            swiftSettings: strictSettings
        ),
    ],
    swiftLanguageModes: [.v6]
)
