/// A key a mapping of the format may hold.
struct Field: Sendable {
    let name: String
    let required: Bool
    /// What the value is, for the hint of a missing-key finding ("what this agent does").
    let about: String

    static func required(_ name: String, _ about: String) -> Field { Field(name: name, required: true, about: about) }
    static func optional(_ name: String, _ about: String) -> Field { Field(name: name, required: false, about: about) }
}
