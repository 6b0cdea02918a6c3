/// The family a finding belongs to (the format of record's list). Every rule has exactly one.
public enum Category: String, Sendable, Hashable, CaseIterable {
    /// Not well-formed YAML, bad encoding, limits exceeded.
    case syntax
    /// Unknown key, wrong type, bad enum value, duplicate key.
    case schema
    /// A row or required value missing, empty, a placeholder, or a bad `n/a`.
    case completeness
    /// An id that names nothing; unreachable processes.
    case reference
    case permissions
    case ram
    case cpu
    case filesystem
    case kernel
    case tracing
    case userSpace = "user_space"
}
