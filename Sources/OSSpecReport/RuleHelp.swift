public import OSSpecDiagnostics

/// What formats that describe rules (SARIF) say about one rule beyond its descriptor. The
/// documentation pages live with the command line, so it hands them in: the reporters stay
/// below the rules and the docs in the data flow.
public struct RuleHelp: Sendable {
    public var descriptor: RuleDescriptor
    /// A paragraph or two: what the rule checks.
    public var fullDescription: String
    /// Plain text: what it checks, why, how to fix it.
    public var helpText: String
    /// The same in Markdown, for viewers that render it.
    public var helpMarkdown: String

    public init(descriptor: RuleDescriptor, fullDescription: String, helpText: String, helpMarkdown: String) {
        self.descriptor = descriptor
        self.fullDescription = fullDescription
        self.helpText = helpText
        self.helpMarkdown = helpMarkdown
    }

    /// Just the descriptor: the summary stands in for the longer texts.
    public init(descriptor: RuleDescriptor) {
        self.init(descriptor: descriptor, fullDescription: descriptor.summary, helpText: descriptor.summary, helpMarkdown: descriptor.summary)
    }
}
