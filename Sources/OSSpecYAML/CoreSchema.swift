/// What a scalar means under the YAML 1.2 core schema, which osspec reads by (so `yes` is the
/// string "yes", not a boolean), decided from its bytes and style without building a `String`.
public enum CoreScalar: Sendable, Hashable {
    case null
    case bool(Bool)
    case int(Int)
    /// An integer literal too large for `Int`.
    case bigInt
    case float(Double)
    case string
}

/// A YAML 1.1 reading of a plain scalar that differs from the 1.2 core schema's, which tools
/// built on 1.1 (PyYAML, many CI systems) would read differently from osspec.
public enum YAML11Pitfall: Sendable, Hashable {
    /// `yes`, `no`, `on`, `off`, `y`, `n` (any case form 1.1 accepts): a boolean in 1.1, a string in 1.2.
    case boolean(Bool)
    /// `0755`: octal 493 in 1.1, decimal 755 in 1.2. `octal` is nil for digits that are not
    /// octal (`08`), which 1.1 tools read as a string.
    case octal(decimal: Int, octal: Int?)
    /// `1:20`: 80 in 1.1 (base 60), the string "1:20" in 1.2.
    case sexagesimal(Int)
}

public enum CoreSchema {
    static let strTag = "tag:yaml.org,2002:str"
    static let intTag = "tag:yaml.org,2002:int"
    static let floatTag = "tag:yaml.org,2002:float"
    static let boolTag = "tag:yaml.org,2002:bool"
    static let nullTag = "tag:yaml.org,2002:null"

    /// Resolves a scalar. Quoted and block scalars are strings; a `!!str` tag makes any scalar a
    /// string; other core tags force their type where the text allows it.
    public static func resolve(_ bytes: ArraySlice<UInt8>, style: ScalarStyle, tag: String?) -> CoreScalar {
        bytes.withUnsafeBufferPointer { resolve($0, style: style, tag: tag) }
    }

    public static func resolve(_ bytes: [UInt8], style: ScalarStyle, tag: String?) -> CoreScalar {
        bytes.withUnsafeBufferPointer { resolve($0, style: style, tag: tag) }
    }

    public static func resolvePlain(_ bytes: [UInt8]) -> CoreScalar {
        bytes.withUnsafeBufferPointer { resolvePlain($0) }
    }

    public static func yaml11Pitfall(_ bytes: ArraySlice<UInt8>) -> YAML11Pitfall? {
        bytes.withUnsafeBufferPointer { yaml11Pitfall($0) }
    }

    public static func yaml11Pitfall(_ bytes: [UInt8]) -> YAML11Pitfall? {
        bytes.withUnsafeBufferPointer { yaml11Pitfall($0) }
    }

    public static func resolve(_ bytes: UnsafeBufferPointer<UInt8>, style: ScalarStyle, tag: String?) -> CoreScalar {
        if let tag {
            if tag == strTag || tag == "!" { return .string }
            let plain = resolvePlain(bytes)
            switch (tag, plain) {
            case (nullTag, .null), (boolTag, .bool), (intTag, .int), (intTag, .bigInt), (floatTag, .float): return plain
            case (floatTag, .int(let value)): return .float(Double(value))
            default: return .string
            }
        }
        return style == .plain ? resolvePlain(bytes) : .string
    }

    /// The core schema's reading of a plain scalar's text.
    static func resolvePlain(_ bytes: UnsafeBufferPointer<UInt8>) -> CoreScalar {
        guard let first = bytes.first else { return .null }
        let count = bytes.count
        switch first {
        case UInt8(ascii: "~"):
            return count == 1 ? .null : .string
        case UInt8(ascii: "n"), UInt8(ascii: "N"):
            return matches(bytes, "null", "Null", "NULL") ? .null : .string
        case UInt8(ascii: "t"), UInt8(ascii: "T"):
            return matches(bytes, "true", "True", "TRUE") ? .bool(true) : .string
        case UInt8(ascii: "f"), UInt8(ascii: "F"):
            return matches(bytes, "false", "False", "FALSE") ? .bool(false) : .string
        case UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "+"), UInt8(ascii: "."):
            return resolveNumber(Array(bytes))
        default:
            return .string
        }
    }

    /// The YAML 1.1 pitfall in a plain scalar's text, if any.
    public static func yaml11Pitfall(_ bytes: UnsafeBufferPointer<UInt8>) -> YAML11Pitfall? {
        guard let first = bytes.first else { return nil }
        switch first {
        case UInt8(ascii: "y"), UInt8(ascii: "Y"), UInt8(ascii: "n"), UInt8(ascii: "N"), UInt8(ascii: "o"), UInt8(ascii: "O"):
            guard bytes.count <= 3 else { return nil }
        case UInt8(ascii: "0")...UInt8(ascii: "9"):
            break
        default:
            return nil
        }
        if matches(bytes, "yes", "Yes", "YES", "y", "Y", "on", "On", "ON") { return .boolean(true) }
        if matches(bytes, "no", "No", "NO", "n", "N", "off", "Off", "OFF") { return .boolean(false) }
        let text = Array(bytes)
        // Leading-zero integers: 0755, 007 (but not 0, 0.5, 0x1F or 0o17).
        if text.count > 1, text[0] == UInt8(ascii: "0"), text.allSatisfy(\.isDigit) {
            let decimal = decimalValue(text[...]) ?? 0
            let octal = text.allSatisfy { $0 < UInt8(ascii: "8") } ? octalValue(text.dropFirst()) : nil
            // 05 or 007 is the same number in both readings: nothing to warn about.
            if octal == decimal { return nil }
            return .octal(decimal: decimal, octal: octal)
        }
        // Base 60: digits, then one or more ':' groups of digits (1:20, 1:30:00).
        if let value = sexagesimalValue(text) { return .sexagesimal(value) }
        return nil
    }

    private static func matches<C: Collection<UInt8>>(_ bytes: C, _ candidates: StaticString...) -> Bool {
        // Generic, but only called within this module, where it is specialized.
        for candidate in candidates where candidate.utf8CodeUnitCount == bytes.count {
            let buffer = UnsafeBufferPointer(start: candidate.utf8Start, count: candidate.utf8CodeUnitCount)
            if bytes.elementsEqual(buffer) { return true }
        }
        return false
    }

    private static func resolveNumber(_ text: [UInt8]) -> CoreScalar {
        // Integers: [-+]?[0-9]+, 0o[0-7]+, 0x[0-9a-fA-F]+
        if text.count > 2, text[0] == UInt8(ascii: "0"), text[1] == UInt8(ascii: "o") {
            guard text.dropFirst(2).allSatisfy({ $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "7") }) else { return .string }
            return octalValue(text.dropFirst(2)).map(CoreScalar.int) ?? .bigInt
        }
        if text.count > 2, text[0] == UInt8(ascii: "0"), text[1] == UInt8(ascii: "x") {
            guard text.dropFirst(2).allSatisfy(\.isHexDigit) else { return .string }
            return Int(String(decoding: text.dropFirst(2), as: UTF8.self), radix: 16).map(CoreScalar.int) ?? .bigInt
        }
        let digits = text.first == UInt8(ascii: "-") || text.first == UInt8(ascii: "+") ? text.dropFirst() : text[...]
        if !digits.isEmpty, digits.allSatisfy(\.isDigit) {
            guard let magnitude = decimalValue(digits) else { return .bigInt }
            return .int(text.first == UInt8(ascii: "-") ? -magnitude : magnitude)
        }
        // Special floats.
        if matches(digits, ".inf", ".Inf", ".INF") {
            return .float(text.first == UInt8(ascii: "-") ? -.infinity : .infinity)
        }
        if matches(text, ".nan", ".NaN", ".NAN") { return .float(.nan) }
        // Floats: [-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?
        guard isCoreFloat(digits) else { return .string }
        return Double(String(decoding: text, as: UTF8.self)).map(CoreScalar.float) ?? .string
    }

    private static func isCoreFloat(_ text: ArraySlice<UInt8>) -> Bool {
        var index = text.startIndex
        var integerDigits = 0
        while index < text.endIndex, text[index].isDigit {
            integerDigits += 1
            index += 1
        }
        var fractionDigits = 0
        var hasPoint = false
        if index < text.endIndex, text[index] == UInt8(ascii: ".") {
            hasPoint = true
            index += 1
            while index < text.endIndex, text[index].isDigit {
                fractionDigits += 1
                index += 1
            }
        }
        guard integerDigits > 0 || fractionDigits > 0 else { return false }
        var hasExponent = false
        if index < text.endIndex, text[index] == UInt8(ascii: "e") || text[index] == UInt8(ascii: "E") {
            hasExponent = true
            index += 1
            if index < text.endIndex, text[index] == UInt8(ascii: "-") || text[index] == UInt8(ascii: "+") { index += 1 }
            var exponentDigits = 0
            while index < text.endIndex, text[index].isDigit {
                exponentDigits += 1
                index += 1
            }
            guard exponentDigits > 0 else { return false }
        }
        return index == text.endIndex && (hasPoint || hasExponent)
    }

    private static func decimalValue(_ digits: ArraySlice<UInt8>) -> Int? {
        var value = 0
        for digit in digits {
            let (scaled, overflow1) = value.multipliedReportingOverflow(by: 10)
            let (sum, overflow2) = scaled.addingReportingOverflow(Int(digit - UInt8(ascii: "0")))
            if overflow1 || overflow2 { return nil }
            value = sum
        }
        return value
    }

    private static func octalValue(_ digits: ArraySlice<UInt8>) -> Int? {
        var value = 0
        for digit in digits {
            let (scaled, overflow1) = value.multipliedReportingOverflow(by: 8)
            let (sum, overflow2) = scaled.addingReportingOverflow(Int(digit - UInt8(ascii: "0")))
            if overflow1 || overflow2 { return nil }
            value = sum
        }
        return value
    }

    private static func sexagesimalValue(_ text: [UInt8]) -> Int? {
        let groups = text.split(separator: UInt8(ascii: ":"), omittingEmptySubsequences: false)
        guard groups.count >= 2, groups.allSatisfy({ !$0.isEmpty && $0.allSatisfy(\.isDigit) }) else { return nil }
        // YAML 1.1's base 60 starts with 1-9 ([1-9][0-9_]*(:[0-5]?[0-9])+): `09:30` and `0:30` are strings there too.
        guard let lead = groups.first?.first, lead != UInt8(ascii: "0") else { return nil }
        // After the first group, each group is one base-60 digit written with one or two digits.
        guard groups.dropFirst().allSatisfy({ $0.count <= 2 && (decimalValue($0) ?? 60) < 60 }) else { return nil }
        var value = 0
        for group in groups {
            guard let digit = decimalValue(group) else { return nil }
            let (scaled, overflow1) = value.multipliedReportingOverflow(by: 60)
            let (sum, overflow2) = scaled.addingReportingOverflow(digit)
            if overflow1 || overflow2 { return nil }
            value = sum
        }
        return value
    }
}

extension UInt8 {
    fileprivate var isDigit: Bool { self >= UInt8(ascii: "0") && self <= UInt8(ascii: "9") }
    fileprivate var isHexDigit: Bool {
        isDigit || (self >= UInt8(ascii: "a") && self <= UInt8(ascii: "f")) || (self >= UInt8(ascii: "A") && self <= UInt8(ascii: "F"))
    }
}
