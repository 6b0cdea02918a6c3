/// A parsed template: text, and tags that show values, repeat or skip parts, or include partials.
indirect enum TemplateNode: Sendable, Equatable {
    case text(String)
    /// `{{ path | escaper }}`.
    case variable(path: String, escaper: String, at: TagLocation)
    /// `{{# path }} ... {{/ path }}` (or `{{^ path }}` when inverted).
    case section(path: String, inverted: Bool, children: [TemplateNode], at: TagLocation)
    /// `{{> name }}`; `indent` prefixes every line when the tag stands alone on its line.
    case partial(name: String, indent: String, at: TagLocation)
}
