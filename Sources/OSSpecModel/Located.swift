public import OSSpecDiagnostics

/// A value read from the spec, with the source range it was read from, so every later stage
/// can point at it.
public struct Located<Value: Sendable>: Sendable {
    public var value: Value
    public var range: SourceRange

    public init(_ value: Value, at range: SourceRange) {
        self.value = value
        self.range = range
    }
}

extension Located: Equatable where Value: Equatable {}
extension Located: Hashable where Value: Hashable {}

/// A row of the OS table: written out, declared not applicable, or missing.
public enum Row<Content: Sendable>: Sendable {
    /// The row is absent (reported by the decoder).
    case missing
    /// The row is present but unusable (wrong type; reported by the decoder).
    case invalid(key: SourceRange)
    /// `row: "n/a: reason"`.
    case notApplicable(reason: Located<String>, key: SourceRange)
    /// The row's mapping, decoded (possibly with findings inside).
    case present(Content, key: SourceRange)

    /// The decoded row, when it is present.
    public var content: Content? {
        if case .present(let content, _) = self { return content }
        return nil
    }

    /// The row's key in the document, when it has one.
    public var keyRange: SourceRange? {
        switch self {
        case .missing: nil
        case .invalid(let key), .notApplicable(_, let key), .present(_, let key): key
        }
    }

    public var isNotApplicable: Bool {
        if case .notApplicable = self { return true }
        return false
    }
}
