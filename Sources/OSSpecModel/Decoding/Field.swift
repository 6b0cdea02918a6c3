/// A key a mapping of the format may hold. The same tables drive the decoder and the JSON
/// Schema (`osspec schema`), so the two cannot disagree about which keys exist.
struct Field: Sendable {
    let name: String
    /// `name` as UTF-8, so keys are matched without building a `String` for each.
    let bytes: [UInt8]
    /// Whether the decoder reports the key as missing.
    let required: Bool
    /// Whether the schema lists the key as required: the decoder's required keys, and those
    /// whose absence a rule reports as an error (rows, kernel limits and tracing).
    let requiredInSchema: Bool
    /// What the value is, for the hint of a missing-key finding ("what this agent does").
    let about: String
    /// What values the key takes, for the schema.
    let value: ValueShape
    /// What the key means, in a sentence or two: editors show it on hover.
    let help: String

    init(name: String, required: Bool, requiredInSchema: Bool, about: String, value: ValueShape, help: String) {
        self.name = name
        self.bytes = Array(name.utf8)
        self.required = required
        self.requiredInSchema = requiredInSchema
        self.about = about
        self.value = value
        self.help = help
    }

    static func required(_ name: String, _ about: String, _ value: ValueShape, help: String) -> Field {
        Field(name: name, required: true, requiredInSchema: true, about: about, value: value, help: help)
    }

    static func optional(_ name: String, _ about: String, _ value: ValueShape, help: String) -> Field {
        Field(name: name, required: false, requiredInSchema: false, about: about, value: value, help: help)
    }

    /// Read as optional by the generic missing-key check, because its absence is reported apart (by a rule in OS terms, or as a missing row); the
    /// schema still requires it, since that finding is an error.
    static func requiredElsewhere(_ name: String, _ about: String, _ value: ValueShape, help: String) -> Field {
        Field(name: name, required: false, requiredInSchema: true, about: about, value: value, help: help)
    }
}

/// The values a key accepts, as the decoder reads them (DecodeSession+Scalars.swift).
indirect enum ValueShape: Sendable {
    /// A string that is not blank and not a placeholder (`TODO`, `<...>`).
    case text
    /// `[A-Za-z][A-Za-z0-9_-]*`, at most 64 characters.
    case identifier
    /// A string with a scheme: `https://...`.
    case url
    /// A whole number of at least `minimum`.
    case integer(minimum: Int)
    /// A number within bounds; `exclusiveMinimum` when the lower bound itself is refused.
    case number(minimum: Double?, exclusiveMinimum: Bool, maximum: Double?)
    case boolean
    /// One of a closed set.
    case choice([String])
    /// Any text; these values are known (suggested by editors) but others are allowed.
    case openChoice([String])
    /// Exactly this number (the format version).
    case constant(Int)
    case list(of: ValueShape, nonEmpty: Bool)
    case mapping([Field])
    /// A mapping from ids to entries of one shape (`models`, `stores`, `processes`, `tools`).
    case entries(of: ValueShape, nonEmpty: Bool)
    /// One of the seven rows: its content, or `"n/a: reason"` where the row may not apply.
    case row(ValueShape, mayBeNotApplicable: Bool)
}

extension ValueShape {
    /// A price in USD per million tokens, as the decoder bounds it.
    static let price = ValueShape.number(minimum: 0, exclusiveMinimum: false, maximum: 1_000_000)

    /// A closed set from one of the model's enums, so the schema lists what the decoder accepts.
    static func choice<E: RawRepresentable & CaseIterable>(of type: E.Type) -> ValueShape where E.RawValue == String {
        .choice(type.allCases.map(\.rawValue))
    }
}
