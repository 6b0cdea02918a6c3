/// A key a mapping of the format may hold.
struct Field: Sendable {
    let name: String
    /// `name` as UTF-8, so keys are matched without building a `String` for each.
    let bytes: [UInt8]
    let required: Bool
    /// What the value is, for the hint of a missing-key finding ("what this agent does").
    let about: String

    init(name: String, required: Bool, about: String) {
        self.name = name
        self.bytes = Array(name.utf8)
        self.required = required
        self.about = about
    }

    static func required(_ name: String, _ about: String) -> Field { Field(name: name, required: true, about: about) }
    static func optional(_ name: String, _ about: String) -> Field { Field(name: name, required: false, about: about) }
}
