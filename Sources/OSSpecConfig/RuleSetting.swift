public import OSSpecDiagnostics

/// What a configuration says about one rule: off, or a severity to report it with.
public enum RuleSetting: Sendable, Hashable, CustomStringConvertible {
    case off
    case severity(Severity)

    /// The words a configuration may use, in the order the docs list them.
    public static let names = ["off", "info", "warning", "error"]

    public init?(name: String) {
        switch name {
        case "off": self = .off
        case "info": self = .severity(.info)
        case "warning": self = .severity(.warning)
        case "error": self = .severity(.error)
        default: return nil
        }
    }

    public var description: String {
        switch self {
        case .off: "off"
        case .severity(let severity): severity.rawValue
        }
    }
}
