// libFuzzer entry point for osspec: bytes -> loader -> typed spec -> all rules -> every reporter.
//
// Not part of the package: `bench/fuzz/run.sh` builds the library modules with
// `-sanitize=fuzzer,address` and links this file against them. Besides crashes and sanitizer
// reports, it checks a few properties every output must have; a broken one aborts with a line
// starting "osspec-fuzz: invariant", so libFuzzer saves the input like a crash.
internal import OSSpecDiagnostics
internal import OSSpecLint
internal import OSSpecPlatform
internal import OSSpecReport
internal import OSSpecRules
internal import OSSpecYAML

private let linter = Linter()
/// Limits small enough that fuzzed inputs hit each of them midway through a document. Every
/// document is also split across threads, as a large file is (its rows decoded side by side, its
/// rules in groups), so the parallel paths are fuzzed too; `checkSameFindings` holds them to the
/// single-threaded result.
private let tightLimits = LoaderLimits(maxFileBytes: 4096, maxDepth: 6, maxNodes: 150, aliasExpansionFloor: 40, aliasExpansionFactor: 2)
private let tightLinter = Linter(limits: tightLimits, parallelism: Parallelism(threads: 3, minimumNodes: 0))
private let tightLinterAlone = Linter(limits: tightLimits)
/// Loads every input in two parts side by side (`SplitLoad`), as a large file is loaded.
private let splitLoader = YAMLLoader(parallelism: Parallelism(threads: 2, minimumNodes: 0))
private let plain = TextReporter(style: .plain)
private let coloured = TextReporter(style: ANSIStyle(enabled: true))
private let json = JSONReporter()
/// The rule table SARIF writes (every rule of the catalogue with its help) is the same for every
/// input, so it is rendered and validated once, on the first input. Per input the reporter is
/// given no catalogue, so it writes an entry (id, category, severity) for each rule that fired:
/// the input-dependent part of `tool.driver`, and every result's `ruleIndex` points at one.
private let fullSARIF = SARIFReporter(rules: RuleRegistry.catalogue.map { RuleHelp(descriptor: $0) }, workingDirectory: "/fuzz")
private let sarif = SARIFReporter(rules: [], workingDirectory: "/fuzz")
private let fullSARIFIsValid: Bool = {
    var validator = JSONValidator(Array(fullSARIF.render(LintRun(files: [], toolVersion: "fuzz")).utf8))
    return validator.isValidDocument()
}()
private let github = GitHubReporter(workingDirectory: "/fuzz")
private let junit = JUnitReporter(warningsFail: true)

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    check(
        ReporterList.identifiers == ["text", "json", "sarif", "github", "junit"],
        "a new output format: render it here and in FuzzRegressionTests")
    check(fullSARIFIsValid, "SARIF reporter wrote invalid JSON for the rule catalogue")
    let bytes = data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? []
    let lineCount = SourceLines(bytes).lineCount

    // Default limits, every reporter.
    let report = linter.lint(bytes: bytes, path: "fuzz.osspec.yaml")
    let run = LintRun(files: [report], toolVersion: "fuzz")
    let plainText = plain.render(run)
    let colouredText = coloured.render(run)
    let jsonText = json.render(run)
    checkPositions(report, lineCount: lineCount)
    checkPlainText(plainText)
    check(withoutEscapes(colouredText) == plainText, "coloured text differs from plain text by more than escape codes")
    var validator = JSONValidator(Array(jsonText.utf8))
    check(validator.isValidDocument(), "JSON reporter wrote invalid JSON")
    var sarifValidator = JSONValidator(Array(sarif.render(run).utf8))
    check(sarifValidator.isValidDocument(), "SARIF reporter wrote invalid JSON")
    checkAnnotations(github.render(run), findings: report.diagnostics.count)
    checkJUnit(junit.render(run), findings: report.diagnostics.count)

    // Loaded in two parts, the document must be the one a single load builds, node for node.
    let whole = YAMLLoader().load(bytes)
    let split = splitLoader.load(bytes)
    check(split.diagnostics == whole.diagnostics, "loaded in two parts, the file has other loader findings")
    check(split.document?.nodes == whole.document?.nodes, "loaded in two parts, the document has other nodes")
    check(split.document?.arena == whole.document?.arena, "loaded in two parts, the document has other scalar bytes")

    // Tight limits: each limit hit must be a finding, never a crash or a half-built document.
    let limited = tightLinter.lint(bytes: bytes, path: "fuzz.osspec.yaml")
    checkPositions(limited, lineCount: lineCount)
    check(
        limited.diagnostics == tightLinterAlone.lint(bytes: bytes, path: "fuzz.osspec.yaml").diagnostics,
        "split across threads, the lint found other findings than on one thread")
    checkPlainText(plain.render(LintRun(files: [limited], toolVersion: "fuzz")))
    return 0
}

private func check(_ condition: Bool, _ message: @autoclosure () -> String) {
    if !condition { fail(message()) }
}

private func fail(_ message: String) -> Never {
    fatalError("osspec-fuzz: invariant: \(message)")
}

/// Every finding points at a real place: lines and columns from 1, on a line the file has or
/// the one just after it (libyaml puts the end of a stream that lacks a final line break at
/// the start of a line after the last; a finding there has no source line to quote).
private func checkPositions(_ report: FileReport, lineCount: Int) {
    for diagnostic in report.diagnostics {
        check(!diagnostic.rule.isEmpty, "a finding without a rule id")
        var ranges = [diagnostic.range]
        ranges += diagnostic.related.map(\.range)
        for range in ranges {
            for position in [range.start, range.end] {
                check(position.line >= 1 && position.column >= 1, "[\(diagnostic.rule)] position \(position) before 1:1")
                check(position.line <= lineCount + 1, "[\(diagnostic.rule)] position \(position) past the last line (\(lineCount))")
            }
        }
    }
}

/// Plain text reaches terminals: no escape or other control character except newline and tab.
private func checkPlainText(_ text: String) {
    for scalar in text.unicodeScalars {
        let value = scalar.value
        if value == 0x0A || value == 0x09 { continue }
        if value < 0x20 || value == 0x7F || (0x80...0x9F).contains(value) {
            fail("plain text output holds control character U+\(String(value, radix: 16, uppercase: true))")
        }
    }
}

/// One workflow command per finding and the summary line: a message cannot break a line or
/// start a command of its own.
private func checkAnnotations(_ text: String, findings: Int) {
    let lines = text.utf8.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false)
    check(lines.count == findings + 2 && lines.last?.isEmpty == true, "GitHub output has \(lines.count) lines for \(findings) findings")
    check(!text.utf8.contains(0x0D), "GitHub output holds a raw CR")
    for line in lines.prefix(findings) {
        check(line.starts(with: Array("::".utf8)), "a GitHub annotation line that is not a command")
    }
}

/// JUnit XML must be well-formed: checked by a small XML 1.0 reader (tags balanced, attributes
/// quoted, entities known, no character XML forbids), and a test case per finding.
private func checkJUnit(_ text: String, findings: Int) {
    for scalar in text.unicodeScalars {
        let value = scalar.value
        check(value >= 0x20 || value == 0x09 || value == 0x0A || value == 0x0D, "JUnit output holds U+\(String(value, radix: 16))")
        check(value != 0xFFFE && value != 0xFFFF, "JUnit output holds a noncharacter")
    }
    var reader = XMLReader(Array(text.utf8))
    check(reader.isWellFormed(), "JUnit reporter wrote XML that is not well-formed (at byte \(reader.index))")
    check(reader.elements["testcase", default: 0] == max(findings, 1), "JUnit output has \(reader.elements["testcase", default: 0]) test cases for \(findings) findings")
}

/// Just enough XML 1.0 for the JUnit reporter's output: a declaration, elements with quoted
/// attributes, text, and the five entities and numeric character references.
private struct XMLReader {
    let bytes: [UInt8]
    var index = 0
    var elements: [String: Int] = [:]

    init(_ bytes: [UInt8]) { self.bytes = bytes }

    private var current: UInt8? { index < bytes.count ? bytes[index] : nil }

    mutating func isWellFormed() -> Bool {
        let declaration = Array("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n".utf8)
        guard bytes.starts(with: declaration) else { return false }
        index = declaration.count
        var open: [String] = []
        var sawRoot = false
        while let byte = current {
            if byte == UInt8(ascii: "<") {
                index += 1
                if current == UInt8(ascii: "/") {
                    index += 1
                    guard let name = name(), current == UInt8(ascii: ">"), open.popLast() == name else { return false }
                    index += 1
                } else {
                    guard open.isEmpty ? !sawRoot : true, let name = name() else { return false }
                    sawRoot = true
                    elements[name, default: 0] += 1
                    guard let selfClosing = attributes() else { return false }
                    if !selfClosing { open.append(name) }
                }
            } else if byte == UInt8(ascii: "&") {
                guard reference() else { return false }
            } else {
                guard !open.isEmpty || byte == 0x0A || byte == 0x20, byte != UInt8(ascii: ">") else { return false }
                index += 1
            }
        }
        return sawRoot && open.isEmpty
    }

    private mutating func name() -> String? {
        let start = index
        while let byte = current, (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte) || byte == UInt8(ascii: "-") { index += 1 }
        return index > start ? String(decoding: bytes[start..<index], as: UTF8.self) : nil
    }

    /// ` name="value"`... up to `>` or `/>`; whether the element closed itself, or nil.
    private mutating func attributes() -> Bool? {
        var names: Set<String> = []
        while true {
            if current == UInt8(ascii: ">") {
                index += 1
                return false
            }
            if current == UInt8(ascii: "/") {
                index += 1
                guard current == UInt8(ascii: ">") else { return nil }
                index += 1
                return true
            }
            guard current == UInt8(ascii: " ") else { return nil }
            index += 1
            guard let attribute = name(), names.insert(attribute).inserted, current == UInt8(ascii: "=") else { return nil }
            index += 1
            guard current == UInt8(ascii: "\"") else { return nil }
            index += 1
            while let byte = current, byte != UInt8(ascii: "\"") {
                if byte == UInt8(ascii: "<") { return nil }
                if byte == UInt8(ascii: "&") {
                    guard reference() else { return nil }
                } else {
                    index += 1
                }
            }
            guard current == UInt8(ascii: "\"") else { return nil }
            index += 1
        }
    }

    private mutating func reference() -> Bool {
        for entity in ["&amp;", "&lt;", "&gt;", "&quot;", "&apos;", "&#10;", "&#13;", "&#9;"] {
            let entityBytes = Array(entity.utf8)
            if bytes[index...].starts(with: entityBytes) {
                index += entityBytes.count
                return true
            }
        }
        return false
    }
}

/// The text with ANSI SGR sequences (ESC [ digits ; ... m) removed.
private func withoutEscapes(_ text: String) -> String {
    var result = String.UnicodeScalarView()
    var scalars = text.unicodeScalars.makeIterator()
    while let scalar = scalars.next() {
        guard scalar == "\u{1B}" else {
            result.append(scalar)
            continue
        }
        guard scalars.next() == "[" else { fail("ESC not followed by '[' in coloured output") }
        while let next = scalars.next() {
            if next == "m" { break }
            check(("0"..."9").contains(next) || next == ";", "unexpected character in an escape sequence")
        }
    }
    return String(result)
}

/// A strict RFC 8259 validator, so the fuzzer needs no Foundation.
private struct JSONValidator {
    let bytes: [UInt8]
    var index = 0
    var depth = 0

    init(_ bytes: [UInt8]) { self.bytes = bytes }

    mutating func isValidDocument() -> Bool {
        guard value() else { return false }
        skipSpace()
        return index == bytes.count
    }

    private var current: UInt8? { index < bytes.count ? bytes[index] : nil }

    private mutating func skipSpace() {
        while let byte = current, byte == 0x20 || byte == 0x0A || byte == 0x0D || byte == 0x09 { index += 1 }
    }

    private mutating func literal(_ word: String) -> Bool {
        for byte in word.utf8 {
            guard current == byte else { return false }
            index += 1
        }
        return true
    }

    private mutating func value() -> Bool {
        skipSpace()
        guard let byte = current else { return false }
        switch byte {
        case UInt8(ascii: "{"): return container(close: UInt8(ascii: "}"), keyed: true)
        case UInt8(ascii: "["): return container(close: UInt8(ascii: "]"), keyed: false)
        case UInt8(ascii: "\""): return string()
        case UInt8(ascii: "t"): return literal("true")
        case UInt8(ascii: "f"): return literal("false")
        case UInt8(ascii: "n"): return literal("null")
        default: return number()
        }
    }

    private mutating func container(close: UInt8, keyed: Bool) -> Bool {
        depth += 1
        defer { depth -= 1 }
        guard depth < 512 else { return false }
        index += 1
        skipSpace()
        if current == close {
            index += 1
            return true
        }
        while true {
            if keyed {
                skipSpace()
                guard current == UInt8(ascii: "\""), string() else { return false }
                skipSpace()
                guard current == UInt8(ascii: ":") else { return false }
                index += 1
            }
            guard value() else { return false }
            skipSpace()
            guard let byte = current else { return false }
            index += 1
            if byte == close { return true }
            guard byte == UInt8(ascii: ",") else { return false }
        }
    }

    /// A string's bytes need no UTF-8 check of their own: the validator reads a Swift string's
    /// UTF-8, which is valid throughout, and ASCII quotes cannot split a multi-byte sequence.
    private mutating func string() -> Bool {
        index += 1
        while let byte = current {
            index += 1
            switch byte {
            case UInt8(ascii: "\""):
                return true
            case UInt8(ascii: "\\"):
                guard let escaped = current else { return false }
                index += 1
                switch escaped {
                case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"), UInt8(ascii: "b"), UInt8(ascii: "f"),
                    UInt8(ascii: "n"), UInt8(ascii: "r"), UInt8(ascii: "t"):
                    continue
                case UInt8(ascii: "u"):
                    for _ in 0..<4 {
                        guard let hex = current, isHexDigit(hex) else { return false }
                        index += 1
                    }
                default:
                    return false
                }
            case 0..<0x20:
                return false
            default:
                continue
            }
        }
        return false
    }

    private mutating func number() -> Bool {
        if current == UInt8(ascii: "-") { index += 1 }
        guard let first = current, isDigit(first) else { return false }
        index += 1
        if first != UInt8(ascii: "0") {
            while let byte = current, isDigit(byte) { index += 1 }
        }
        if current == UInt8(ascii: ".") {
            index += 1
            guard let byte = current, isDigit(byte) else { return false }
            while let byte = current, isDigit(byte) { index += 1 }
        }
        if current == UInt8(ascii: "e") || current == UInt8(ascii: "E") {
            index += 1
            if current == UInt8(ascii: "+") || current == UInt8(ascii: "-") { index += 1 }
            guard let byte = current, isDigit(byte) else { return false }
            while let byte = current, isDigit(byte) { index += 1 }
        }
        return true
    }

    private func isDigit(_ byte: UInt8) -> Bool { (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) }

    private func isHexDigit(_ byte: UInt8) -> Bool {
        isDigit(byte) || (UInt8(ascii: "a")...UInt8(ascii: "f")).contains(byte)
            || (UInt8(ascii: "A")...UInt8(ascii: "F")).contains(byte)
    }
}
