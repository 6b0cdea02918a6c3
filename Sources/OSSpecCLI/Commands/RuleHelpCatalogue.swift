internal import OSSpecDiagnostics
internal import OSSpecReport
internal import OSSpecRules

/// The catalogue with its documentation, for SARIF: each rule's page (docs/rules/<id>.md,
/// embedded in the binary) gives the full description ("What it checks") and the help
/// ("What it checks", "Why", "How to fix"; the examples quote files by relative links and are
/// left to the page itself, which `helpUri` points to). Relative links become absolute.
enum RuleHelpCatalogue {
    static let helpSections = ["What it checks", "Why", "How to fix"]

    static func rules() -> [RuleHelp] {
        RuleRegistry.catalogue.map { descriptor in
            guard let page = RuleDocumentation.pages[descriptor.id] else { return RuleHelp(descriptor: descriptor) }
            return help(for: descriptor, page: page)
        }
    }

    static func help(for descriptor: RuleDescriptor, page: String) -> RuleHelp {
        let sections = self.sections(of: page)
        guard let checks = sections.first(where: { $0.heading == "What it checks" }) else {
            return RuleHelp(descriptor: descriptor)
        }
        var markdown = descriptor.summary
        var text = descriptor.summary
        for heading in helpSections {
            if let section = sections.first(where: { $0.heading == heading }) {
                markdown += "\n\n## \(heading)\n\n" + section.body
                text += "\n\n\(heading):\n\n" + unwrapped(section.body)
            }
        }
        return RuleHelp(
            descriptor: descriptor, fullDescription: unwrapped(checks.body), helpText: text, helpMarkdown: absoluteLinks(markdown))
    }

    /// The `## ` sections of a page, with bodies trimmed of blank lines at either end. Lines are
    /// split and tested on UTF-8 bytes: Character-by-Character work made SARIF output cost
    /// 60 ms of rule help per run.
    static func sections(of page: String) -> [(heading: String, body: String)] {
        var result: [(heading: String, body: [Substring])] = []
        for bytes in page.utf8.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false) {
            let line = Substring(bytes)
            if bytes.starts(with: "## ".utf8) {
                result.append((String(line.dropFirst(3)), []))
            } else if !result.isEmpty {
                result[result.count - 1].body.append(line)
            }
        }
        return result.map { section in
            var lines = section.body[...]
            while lines.first?.utf8.allSatisfy({ $0 == UInt8(ascii: " ") }) == true { lines.removeFirst() }
            while lines.last?.utf8.allSatisfy({ $0 == UInt8(ascii: " ") }) == true { lines.removeLast() }
            return (section.heading, lines.joined(separator: "\n"))
        }
    }

    /// Markdown paragraphs as plain text: the lines of a paragraph or list item joined,
    /// paragraphs apart, list items on lines of their own, links reduced to their text, and
    /// fenced code kept line by line, indented by four spaces.
    static func unwrapped(_ markdown: String) -> String {
        var blocks: [String] = []
        var paragraph = ""
        var code: [Substring]?
        func endParagraph() {
            if !paragraph.isEmpty { blocks.append(linkTexts(paragraph)) }
            paragraph = ""
        }
        for bytes in markdown.utf8.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false) {
            let line = Substring(bytes)
            let trimmed = line.trimmingSpaces
            if trimmed.hasPrefix("```") {
                if let lines = code {
                    blocks.append(lines.map { "    " + $0 }.joined(separator: "\n"))
                    code = nil
                } else {
                    endParagraph()
                    code = []
                }
            } else if code != nil {
                code?.append(line)
            } else if trimmed.isEmpty {
                endParagraph()
            } else {
                if !paragraph.isEmpty { paragraph += trimmed.hasPrefix("- ") ? "\n" : " " }
                paragraph += trimmed
            }
        }
        if let lines = code { blocks.append(lines.map { "    " + $0 }.joined(separator: "\n")) }
        endParagraph()
        return blocks.joined(separator: "\n\n")
    }

    /// `[label](target)` -> `label`.
    static func linkTexts(_ text: String) -> String {
        var result = ""
        var rest = Substring(text)
        while let middle = rest.firstRange(of: "]("), let open = rest[..<middle.lowerBound].lastIndex(of: "["),
            let close = rest[middle.upperBound...].firstIndex(of: ")")
        {
            result += rest[..<open] + rest[rest.index(after: open)..<middle.lowerBound]
            rest = rest[rest.index(after: close)...]
        }
        return result + rest
    }

    /// `](other-rule.md)` and `](../spec.md#x)` become links on the project's site, since SARIF
    /// viewers show the help far from the docs folder.
    static func absoluteLinks(_ markdown: String) -> String {
        var result = ""
        var rest = Substring(markdown)
        while let open = rest.firstRange(of: "](") {
            result += rest[..<open.upperBound]
            rest = rest[open.upperBound...]
            guard let close = rest.firstIndex(of: ")") else { break }
            let target = String(rest[..<close])
            result += isRelative(target) ? siteURI(ofDocsRulesLink: target) : target
            rest = rest[close...]
        }
        return result + rest
    }

    private static func isRelative(_ target: String) -> Bool {
        !(target.isEmpty || target.hasPrefix("#") || target.hasPrefix("/") || target.contains("://") || target.hasPrefix("mailto:"))
    }

    /// A link written in docs/rules/<page>.md, as a URI on the project's site.
    static func siteURI(ofDocsRulesLink target: String) -> String {
        var parts = ["docs", "rules"]
        for part in target.split(separator: "/", omittingEmptySubsequences: true) {
            if part == "." { continue }
            if part == ".." { if !parts.isEmpty { parts.removeLast() } } else { parts.append(String(part)) }
        }
        return ToolInfo.informationURI + "/blob/main/" + parts.joined(separator: "/")
    }
}

extension Substring {
    /// Without leading and trailing spaces, found on UTF-8 bytes (a space is one byte).
    fileprivate var trimmingSpaces: Substring {
        let bytes = utf8
        guard let first = bytes.firstIndex(where: { $0 != UInt8(ascii: " ") }) else { return self[endIndex...] }
        let last = bytes.lastIndex(where: { $0 != UInt8(ascii: " ") }) ?? first
        return self[first...last]
    }
}
