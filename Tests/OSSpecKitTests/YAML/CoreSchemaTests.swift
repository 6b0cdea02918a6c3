import OSSpecKit
import Testing

@Suite("YAML 1.2 core schema")
struct CoreSchemaTests {
    private func plain(_ text: String) -> CoreScalar { CoreSchema.resolvePlain(Array(text.utf8)) }

    @Test(
        "plain scalars resolve by the core schema",
        arguments: [
            ("", CoreScalar.null), ("~", .null), ("null", .null), ("Null", .null), ("NULL", .null),
            ("true", .bool(true)), ("True", .bool(true)), ("FALSE", .bool(false)),
            ("0", .int(0)), ("42", .int(42)), ("-7", .int(-7)), ("+3", .int(3)), ("0o17", .int(15)), ("0x1F", .int(31)),
            ("0755", .int(755)), ("1.5", .float(1.5)), ("-.5", .float(-0.5)), ("1e3", .float(1000)), ("1.", .float(1)),
            (".inf", .float(.infinity)), ("-.Inf", .float(-.infinity)),
            ("yes", .string), ("no", .string), ("on", .string), ("1:20", .string), ("nULL", .string), ("tRue", .string),
            ("0x", .string), ("1.2.3", .string), ("12abc", .string), ("-", .string), (".", .string), ("e3", .string),
            ("99999999999999999999", .bigInt),
        ])
    func resolves(text: String, expected: CoreScalar) {
        #expect(plain(text) == expected)
    }

    @Test("NaN is a float")
    func nan() {
        guard case .float(let value) = plain(".nan") else {
            Issue.record("'.nan' did not resolve to a float")
            return
        }
        #expect(value.isNaN)
    }

    @Test("quoted and block scalars are strings whatever their text")
    func quotedAreStrings() {
        for style in [ScalarStyle.singleQuoted, .doubleQuoted, .literal, .folded] {
            #expect(CoreSchema.resolve(Array("true".utf8), style: style, tag: nil) == .string)
        }
    }

    @Test("tags force a type")
    func tags() {
        #expect(CoreSchema.resolve(Array("5".utf8), style: .plain, tag: "tag:yaml.org,2002:str") == .string)
        #expect(CoreSchema.resolve(Array("5".utf8), style: .singleQuoted, tag: "tag:yaml.org,2002:int") == .int(5))
        #expect(CoreSchema.resolve(Array("5".utf8), style: .plain, tag: "tag:yaml.org,2002:float") == .float(5))
    }

    @Test(
        "YAML 1.1 pitfalls are recognized",
        arguments: [
            ("yes", YAML11Pitfall.boolean(true)), ("Y", .boolean(true)), ("ON", .boolean(true)), ("no", .boolean(false)),
            ("Off", .boolean(false)), ("n", .boolean(false)), ("0755", .octal(decimal: 755, octal: 493)),
            ("089", .octal(decimal: 89, octal: nil)), ("010", .octal(decimal: 10, octal: 8)), ("08", .octal(decimal: 8, octal: nil)), ("1:20", .sexagesimal(80)), ("1:30:00", .sexagesimal(5400)),
        ])
    func pitfalls(text: String, expected: YAML11Pitfall) {
        #expect(CoreSchema.yaml11Pitfall(Array(text.utf8)) == expected)
    }

    @Test(
        "ordinary values are not pitfalls (YAML 1.1 reads 09:30 and 0:30 as strings too; 05 and 007 are the same number in both)",
        arguments: ["0", "05", "007", "00", "10", "yesterday", "none", "1:2:3:", "12:75", "a:b", "0.5", "0x10", "09:30", "0:30"])
    func notPitfalls(text: String) {
        #expect(CoreSchema.yaml11Pitfall(Array(text.utf8)) == nil)
    }
}
