internal import OSSpecDiagnostics
internal import OSSpecYAML

/// Reading typed values. Each reader reports what is wrong with the value and returns nil, so
/// decoding goes on and every problem of the file is reported in one run.
extension DecodeSession {
    /// A string value. Null, empty and placeholder values are completeness findings; numbers and
    /// booleans are wrong types (quote them); YAML 1.1 pitfalls are warned about.
    func string(_ value: Int, key: Int, what: @autoclosure () -> String) -> Located<String>? {
        guard let (text, valueRange) = scalarText(value, key: key, what: what()) else { return nil }
        // Blank (ASCII whitespace only): checked on bytes, since this runs for every string.
        if text.utf8.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D }) {
            report(
                CompletenessRules.emptyValue.diagnostic(
                    "\(DecodeSession.capitalized(what())) is an empty string.", at: valueRange, hint: "Write the value."))
            return nil
        }
        if let placeholder = Placeholder.match(text) {
            report(
                CompletenessRules.placeholderValue.diagnostic(
                    "\(DecodeSession.capitalized(what())) is a placeholder ('\(DecodeSession.shortened(placeholder))'), not a value.",
                    at: valueRange, hint: "Fill it in: a row that cannot be filled means the system is not ready to build."))
            return nil
        }
        return Located(text, at: valueRange)
    }

    /// A string that must be an identifier (e.g. `name`).
    func identifier(_ value: Int, key: Int, what: @autoclosure () -> String) -> Located<String>? {
        guard let text = string(value, key: key, what: what()) else { return nil }
        guard Identifier.isValid(text.value) else {
            report(
                SchemaRules.invalidIdentifier.diagnostic(
                    "\(DecodeSession.capitalized(what())) '\(DecodeSession.shortened(text.value))' is not a valid id.",
                    at: text.range,
                    hint: "Use a letter, then letters, digits, '_' or '-' (at most \(Identifier.maxLength) characters)."))
            return nil
        }
        return text
    }

    /// A whole number of at least `minimum`.
    func integer(_ value: Int, key: Int, what: @autoclosure () -> String, minimum: Int = 1) -> Located<Int>? {
        guard let (scalar, valueRange) = coreScalar(value, key: key, what: what()) else { return nil }
        switch scalar {
        case .int(let number):
            guard number >= minimum else {
                report(
                    SchemaRules.invalidValue.diagnostic(
                        "\(DecodeSession.capitalized(what())) must be at least \(minimum), found \(number).",
                        at: valueRange, hint: "Write a whole number of \(minimum) or more."))
                return nil
            }
            return Located(number, at: valueRange)
        case .bigInt:
            report(
                SchemaRules.invalidValue.diagnostic(
                    "\(DecodeSession.capitalized(what())) is too large.", at: valueRange, hint: "Write a smaller number."))
            return nil
        default:
            reportWrongType(value, expected: "a whole number", what: what())
            return nil
        }
    }

    /// A number (whole or not) within `bounds`.
    func number(_ value: Int, key: Int, what: @autoclosure () -> String, bounds: ClosedRange<Double>, boundsText: String) -> Located<Double>? {
        guard let (scalar, valueRange) = coreScalar(value, key: key, what: what()) else { return nil }
        let number: Double
        switch scalar {
        case .int(let whole): number = Double(whole)
        case .float(let real): number = real
        default:
            reportWrongType(value, expected: "a number", what: what())
            return nil
        }
        guard bounds.contains(number) else {
            report(
                SchemaRules.invalidValue.diagnostic(
                    "\(DecodeSession.capitalized(what())) must be \(boundsText), found \(DecodeSession.describeNumber(number)).",
                    at: valueRange, hint: "Write a number \(boundsText)."))
            return nil
        }
        return Located(number, at: valueRange)
    }

    /// `true` or `false`. A plain `yes`/`no`/`on`/`off` is a string under YAML 1.2: a wrong type,
    /// reported with the YAML 1.1 explanation.
    func boolean(_ value: Int, key: Int, what: @autoclosure () -> String) -> Located<Bool>? {
        guard let (scalar, valueRange) = coreScalar(value, key: key, what: what()) else { return nil }
        if case .bool(let flag) = scalar { return Located(flag, at: valueRange) }
        let resolved = document.resolved(value)
        if document[resolved].style == .plain, case .boolean(let meant)? = CoreSchema.yaml11Pitfall(document.scalarBytes(resolved)) {
            let text = document.scalarString(resolved)
            report(
                SchemaRules.wrongType.diagnostic(
                    "\(DecodeSession.capitalized(what())) must be true or false; '\(text)' is a string in YAML 1.2 (only YAML 1.1 reads it as \(meant)).",
                    at: valueRange, hint: "Write \(meant)."))
            return nil
        }
        reportWrongType(value, expected: "true or false", what: what())
        return nil
    }

    /// A value from a closed set of strings.
    func choice<E: RawRepresentable & CaseIterable>(_ value: Int, key: Int, what: @autoclosure () -> String, as type: E.Type) -> Located<E>?
    where E.RawValue == String {
        guard let text = string(value, key: key, what: what()) else { return nil }
        if let result = E(rawValue: text.value) { return Located(result, at: text.range) }
        let allowed = E.allCases.map(\.rawValue)
        report(
            SchemaRules.invalidEnumValue.diagnostic(
                "'\(DecodeSession.shortened(text.value))' is not a valid \(what()).\(Suggestion.didYouMean(text.value, in: allowed))",
                at: text.range, hint: "Use one of: \(allowed.joined(separator: ", "))."))
        return nil
    }

    /// The items of a list. An empty list is allowed unless `nonEmpty`.
    func list(_ value: Int, key: Int, what: @autoclosure () -> String, nonEmpty: Bool = false) -> [Int]? {
        if isNull(value) {
            reportEmpty(key: key, value: value, what: what())
            return nil
        }
        let sequence = document.resolved(value)
        guard document[sequence].kind == .sequence else {
            reportWrongType(value, expected: "a list", what: what())
            return nil
        }
        if nonEmpty, document.childCount(sequence) == 0 {
            report(
                CompletenessRules.emptyValue.diagnostic(
                    "\(DecodeSession.capitalized(what())) is an empty list.", at: range(value), hint: "List at least one item."))
            return nil
        }
        return Array(document.items(of: sequence))
    }

    /// A list of strings; unreadable items are reported and left out.
    func stringList(_ value: Int, key: Int, what: @autoclosure () -> String, nonEmpty: Bool = false) -> [Located<String>]? {
        guard let items = list(value, key: key, what: what(), nonEmpty: nonEmpty) else { return nil }
        return items.compactMap { string($0, key: $0, what: "an item of \(what())") }
    }

    // MARK: Shared steps

    /// The scalar's text, or nil (reported) when the value is null, not a scalar, or not a string
    /// under the core schema.
    private func scalarText(_ value: Int, key: Int, what: @autoclosure () -> String) -> (String, SourceRange)? {
        guard let (scalar, valueRange) = coreScalar(value, key: key, what: what()) else { return nil }
        guard scalar == .string else {
            reportWrongType(value, expected: "a string", what: what(), hint: "Quote it if it is meant as text.")
            return nil
        }
        let resolved = document.resolved(value)
        let text = document.scalarString(resolved)
        if document[resolved].style == .plain, let pitfall = document.withScalarBytes(resolved, CoreSchema.yaml11Pitfall) {
            report(YAML11Rules.diagnostic(for: pitfall, text: text, at: valueRange))
        }
        return (text, valueRange)
    }

    /// The scalar's core-schema reading, or nil (reported) when it is null or not a scalar.
    private func coreScalar(_ value: Int, key: Int, what: @autoclosure () -> String) -> (CoreScalar, SourceRange)? {
        let resolved = document.resolved(value)
        let node = document[resolved]
        guard node.kind == .scalar else {
            reportWrongType(value, expected: "a single value", what: what())
            return nil
        }
        // Resolved once: this runs for every value of the spec (`isNull` would resolve it again).
        let tag = document.tag(resolved)
        let scalar = document.withScalarBytes(resolved) { CoreSchema.resolve($0, style: node.style, tag: tag) }
        if scalar == .null {
            reportEmpty(key: key, value: value, what: what())
            return nil
        }
        if node.style == .plain, case .int = scalar, let pitfall = CoreSchema.yaml11Pitfall(document.scalarBytes(resolved)),
            case .octal = pitfall
        {
            report(YAML11Rules.diagnostic(for: pitfall, text: document.scalarString(resolved), at: range(value)))
        }
        return (scalar, range(value))
    }

    func reportEmpty(key: Int, value: Int, what: @autoclosure () -> String) {
        report(
            CompletenessRules.emptyValue.diagnostic(
                "No value is given for \(what()).", at: range(key), hint: "Write the value after the ':'."))
    }

    func reportWrongType(_ value: Int, expected: String, what: @autoclosure () -> String, hint: String? = nil) {
        let resolved = document.resolved(value)
        if document[resolved].kind == .scalar, document[resolved].style == .plain,
            case .sexagesimal(let number)? = CoreSchema.yaml11Pitfall(document.scalarBytes(resolved))
        {
            let text = document.scalarString(resolved)
            report(
                SchemaRules.wrongType.diagnostic(
                    "\(DecodeSession.capitalized(what())) must be \(expected); '\(text)' is a string in YAML 1.2 (only YAML 1.1 reads it as the base-60 number \(number)).",
                    at: range(value), hint: "Write \(number)."))
            return
        }
        report(
            SchemaRules.wrongType.diagnostic(
                "\(DecodeSession.capitalized(what())) must be \(expected), found \(describe(value)).",
                at: range(value), hint: hint ?? "Write \(expected) here."))
    }

    static func describeNumber(_ number: Double) -> String {
        number == number.rounded() && abs(number) < 1e15 ? String(Int(number)) : String(number)
    }
}
