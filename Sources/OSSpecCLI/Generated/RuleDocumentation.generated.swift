// Generated from docs/rules/*.md by RuleDocumentationTests (OSSPEC_UPDATE_GOLDENS=1 swift test).
// Do not edit: edit the Markdown, then regenerate; the test fails while the two differ.

enum RuleDocumentation {
    static let pages: [String: String] = [:]
}
