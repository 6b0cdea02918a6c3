/// Numbers as people read them, without Foundation's formatters.
public enum NumberText {
    /// `1234567` -> `1,234,567`.
    public static func grouped(_ value: Int) -> String {
        let digits = String(value.magnitude)
        var result = ""
        for (offset, character) in digits.enumerated() {
            if offset > 0 && (digits.count - offset) % 3 == 0 { result += "," }
            result.append(character)
        }
        return (value < 0 ? "-" : "") + result
    }

    /// A number with exactly `digits` decimals (rounded half away from zero).
    public static func fixed(_ value: Double, digits: Int) -> String {
        guard value.isFinite else { return "n/a" }
        var scale = 1.0
        for _ in 0..<digits { scale *= 10 }
        let scaled = (abs(value) * scale).rounded()
        guard scaled < 9e18 else { return String(value) }
        let whole = UInt64(scaled)
        let factor = UInt64(scale)
        let integer = whole / factor
        var fraction = digits > 0 ? String(whole % factor) : ""
        while fraction.count < digits { fraction = "0" + fraction }
        let sign = value < 0 && whole != 0 ? "-" : ""
        return sign + grouped(Int(integer)) + (digits > 0 ? "." + fraction : "")
    }

    /// US dollars: cents for amounts of a dollar or more, four decimals below.
    public static func dollars(_ value: Double) -> String {
        "$" + fixed(value, digits: abs(value) >= 1 ? 2 : 4)
    }

    /// A number as written in a spec: `50`, not `50.0`.
    public static func plain(_ value: Double) -> String {
        value == value.rounded() && abs(value) < 1e15 ? String(Int(value)) : String(value)
    }

    /// At most `digits` decimals, without trailing zeros: `99.9`, `2`.
    public static func trimmed(_ value: Double, digits: Int = 3) -> String {
        var text = fixed(value, digits: digits)
        guard text.contains(".") else { return text }
        while text.hasSuffix("0") { text.removeLast() }
        if text.hasSuffix(".") { text.removeLast() }
        return text
    }

    /// A share that may be far below 1 (`0.0033` calls each): two significant digits below 1,
    /// else at most two decimals, so that a small non-zero amount never reads as 0.
    public static func approximate(_ value: Double) -> String {
        guard value.isFinite, value != 0, abs(value) < 1 else { return trimmed(value, digits: 2) }
        var digits = 1
        var scaled = abs(value) * 10
        while scaled < 10 && digits < 15 {
            scaled *= 10
            digits += 1
        }
        return trimmed(value, digits: digits)
    }

    /// Whole tokens, grouped; amounts past what an `Int` holds keep their exponent.
    public static func whole(_ value: Double) -> String { fixed(value, digits: 0) }

    /// A percentage of `part` in `whole`, whole numbers: `42%` (grouped past 999%, and with
    /// its exponent past what an `Int` holds, never a crash).
    public static func percent(_ part: Int, of whole: Int) -> String {
        guard whole > 0 else { return "n/a" }
        return NumberText.whole(Double(part) * 100 / Double(whole)) + "%"
    }
}
