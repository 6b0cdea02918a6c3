public import OSSpecDiagnostics
public import OSSpecPlatform
public import OSSpecYAML

/// YAML nodes -> `Spec`, reporting every schema and completeness problem in one pass.
public enum SpecDecoder {
    /// All descriptors of the findings this stage can raise.
    public static let rules: [RuleDescriptor] = SchemaRules.all + CompletenessRules.all + YAML11Rules.all

    public static func decode(_ document: YAMLDocument) -> (spec: Spec?, diagnostics: [Diagnostic]) {
        var collector = FindingCollector()
        let spec = decode(document, into: &collector)
        return (spec, collector.findings)
    }

    /// Decodes, adding the findings to `collector` (which bounds how many are kept). With
    /// `parallelism`, the large rows of a large document are decoded side by side first
    /// (`RowPrefetch`); the spec and the findings are the same as on one thread.
    public static func decode(
        _ document: YAMLDocument, into collector: inout FindingCollector, parallelism: Parallelism = .sequential
    ) -> Spec? {
        guard let root = document.root else { return nil }
        let prefetched = RowPrefetch.decode(document, root: root, parallelism: parallelism, bound: collector.bound)
        let session = DecodeSession(document: document, collector: collector, prefetched: prefetched)
        let spec = session.decodeSpec(root)
        collector = session.collector
        return spec
    }
}

extension DecodeSession {
    static let topLevelFields: [Field] = [
        .required("osspec", "the format version: 1", .constant(1), help: "The format version of this spec: 1."),
        .required(
            "name", "the system's name, an identifier", .identifier,
            help: "The system's name: a letter, then letters, digits, '_' or '-' (at most 64 characters)."),
        .optional("description", "one paragraph", .text, help: "What the system is for, in one paragraph."),
    ] + RowName.allCases.map(rowField)

    /// A row as a top-level key. Missing rows are reported apart (missing-row), not as keys.
    private static func rowField(_ row: RowName) -> Field {
        let content: ValueShape =
            switch row {
            case .cpu: .mapping(cpuFields)
            case .ram: .mapping(ramFields)
            case .filesystem: .mapping(filesystemFields)
            case .processes: .entries(of: .mapping(processFields), nonEmpty: true)
            case .ipc: .mapping(ipcFields)
            case .kernel: .mapping(kernelFields)
            case .userSpace: .mapping(userSpaceFields)
            }
        let notApplicable = row.mayBeNotApplicable
            ? " Write \"n/a: <reason of at least 3 words>\" if the row truly does not apply."
            : " It cannot be n/a: an LLM OS always has \(row.essential)."
        return .requiredElsewhere(
            row.rawValue, row.concept, .row(content, mayBeNotApplicable: row.mayBeNotApplicable),
            help: "\(row.concept) row: \(row.meaning).\(notApplicable)")
    }

    func decodeSpec(_ root: Int) -> Spec? {
        let rootRange = range(root)
        var spec = Spec(range: rootRange)
        let documentStart = SourceRange(at: rootRange.start)
        guard document[document.resolved(root)].kind == .mapping else {
            report(
                SchemaRules.wrongType.diagnostic(
                    "A spec is a mapping of the seven rows; this document is \(describe(root)).",
                    at: rootRange, hint: "Start from specs/minimal.osspec.yaml."))
            return nil
        }
        fields(of: root, owner: "the spec", ownerKey: documentStart, fields: Self.topLevelFields) { name, key, value in
            switch name {
            case "osspec": spec.version = version(value, key: key)
            case "name": spec.name = identifier(value, key: key, what: "the spec's name")
            case "description": spec.description = string(value, key: key, what: "the spec's description")
            default:
                guard let rowName = RowName(rawValue: name) else { break }
                // A row decoded ahead on another thread adds its findings here, where decoding
                // it on this thread would have.
                if let ahead = takePrefetched(rowName) {
                    spec.set(ahead)
                } else {
                    spec.set(decodeRow(rowName, key: key, value: value))
                }
            }
        }
        reportMissingRows(spec, at: documentStart)
        return spec
    }

    /// One row, decoded by its row's decoder.
    func decodeRow(_ name: RowName, key: Int, value: Int) -> DecodedRow {
        switch name {
        case .cpu: .cpu(row(.cpu, key: key, value: value) { decodeCPU($0, key: $1) })
        case .ram: .ram(row(.ram, key: key, value: value) { decodeRAM($0, key: $1) })
        case .filesystem: .filesystem(row(.filesystem, key: key, value: value) { decodeFilesystem($0, key: $1) })
        case .processes: .processes(row(.processes, key: key, value: value) { decodeProcesses($0, key: $1) })
        case .ipc: .ipc(row(.ipc, key: key, value: value) { decodeIPC($0, key: $1) })
        case .kernel: .kernel(row(.kernel, key: key, value: value) { decodeKernel($0, key: $1) })
        case .userSpace: .userSpace(row(.userSpace, key: key, value: value) { decodeUserSpace($0, key: $1) })
        }
    }

    private func version(_ value: Int, key: Int) -> Located<Int>? {
        guard let version = integer(value, key: key, what: "the format version ('osspec')", minimum: Int.min) else { return nil }
        guard version.value == 1 else {
            report(
                SchemaRules.unsupportedVersion.diagnostic(
                    "This osspec reads format version 1; the spec says \(version.value).",
                    at: version.range, hint: "Write `osspec: 1`, or use the osspec release that reads this version."))
            return nil
        }
        return version
    }

    private func reportMissingRows(_ spec: Spec, at position: SourceRange) {
        let rows: [(RowName, Bool)] = [
            (.cpu, spec.cpu.keyRange == nil), (.ram, spec.ram.keyRange == nil),
            (.filesystem, spec.filesystem.keyRange == nil), (.processes, spec.processes.keyRange == nil),
            (.ipc, spec.ipc.keyRange == nil), (.kernel, spec.kernel.keyRange == nil),
            (.userSpace, spec.userSpace.keyRange == nil),
        ]
        for (row, missing) in rows where missing {
            let notApplicable = row.mayBeNotApplicable ? ", or write `\(row.rawValue): \"n/a: <reason>\"`" : ""
            report(
                CompletenessRules.missingRow.diagnostic(
                    "Row '\(row.rawValue)' (\(row.meaning)) is missing; every row of the OS table must be filled.",
                    at: position, hint: "Add `\(row.rawValue):` with its keys\(notApplicable)."))
        }
    }

    /// A row: its mapping decoded by `decode`, or `n/a: reason`, with the n/a rules checked.
    private func row<Content>(
        _ name: RowName, key: Int, value: Int, decode: (Int, SourceRange) -> Content
    ) -> Row<Content> {
        let keyRange = range(key)
        let resolved = document.resolved(value)
        let node = document[resolved]
        if isNull(value) || (node.kind == .mapping && document.childCount(resolved) == 0) {
            report(
                CompletenessRules.emptyRow.diagnostic(
                    "Row '\(name.rawValue)' is empty.", at: keyRange,
                    hint: name.mayBeNotApplicable
                        ? "Fill in its keys, or write `\(name.rawValue): \"n/a: <reason>\"` if it truly does not apply."
                        : "Fill in its keys; an LLM OS always has \(name.essential)."))
            return .invalid(key: keyRange)
        }
        if node.kind == .mapping, document.childCount(resolved) == 2,
            let onlyKey = document.pairs(of: resolved).first(where: { _ in true })?.key,
            document[document.resolved(onlyKey)].kind == .scalar,
            document.scalarString(document.resolved(onlyKey)).lowercased() == "n/a"
        {
            report(
                CompletenessRules.invalidNotApplicable.diagnostic(
                    "Row '\(name.rawValue)' is written as a mapping with the key 'n/a'; n/a is one quoted string.",
                    at: range(onlyKey), hint: "Write `\(name.rawValue): \"n/a: <reason>\"` on one line, in quotes."))
            return .invalid(key: keyRange)
        }
        if node.kind == .scalar {
            return notApplicableRow(name, key: key, value: value)
        }
        if node.kind != .mapping {
            report(
                SchemaRules.wrongType.diagnostic(
                    "Row '\(name.rawValue)' must be a mapping\(name.mayBeNotApplicable ? " or \"n/a: <reason>\"" : ""), found \(describe(value)).",
                    at: range(value), hint: "Write the row's keys indented below '\(name.rawValue):'."))
            return .invalid(key: keyRange)
        }
        return .present(decode(value, keyRange), key: keyRange)
    }

    private func notApplicableRow<Content>(_ name: RowName, key: Int, value: Int) -> Row<Content> {
        let keyRange = range(key)
        let valueRange = range(value)
        let resolved = document.resolved(value)
        let text = document.scalarString(resolved)
        let lowered = text.lowercased()
        guard lowered.hasPrefix("n/a") else {
            report(
                SchemaRules.wrongType.diagnostic(
                    "Row '\(name.rawValue)' must be a mapping\(name.mayBeNotApplicable ? " or \"n/a: <reason>\"" : ""), found \(describe(value)).",
                    at: valueRange, hint: "Write the row's keys indented below '\(name.rawValue):'."))
            return .invalid(key: keyRange)
        }
        guard name.mayBeNotApplicable else {
            report(
                CompletenessRules.invalidNotApplicable.diagnostic(
                    "Row '\(name.rawValue)' cannot be n/a: an LLM OS always has \(name.essential).",
                    at: valueRange, hint: "Fill in the row; if you cannot, the system is not ready to build."))
            return .invalid(key: keyRange)
        }
        var rest = text.dropFirst(3)
        guard rest.first == ":" else {
            let hasText = !rest.trimmingWhitespace().isEmpty
            report(
                CompletenessRules.invalidNotApplicable.diagnostic(
                    hasText
                        ? "Row '\(name.rawValue)' is n/a, but its reason does not follow a ':' (the form is \"n/a: <reason>\")."
                        : "Row '\(name.rawValue)' is n/a without a reason.",
                    at: valueRange, hint: "Write `\(name.rawValue): \"n/a: <reason of at least 3 words>\"`."))
            return .invalid(key: keyRange)
        }
        rest = rest.dropFirst()
        let reason = rest.trimmingWhitespace()
        let words = reason.split(whereSeparator: \.isWhitespace).count
        guard words >= 3 else {
            report(
                CompletenessRules.invalidNotApplicable.diagnostic(
                    words == 0
                        ? "Row '\(name.rawValue)' is n/a without a reason."
                        : "The reason for n/a on row '\(name.rawValue)' is too short (\(words) word\(words == 1 ? "" : "s")); say why in at least 3 words.",
                    at: valueRange, hint: "E.g. `\(name.rawValue): \"n/a: stateless single-turn tool\"`."))
            return .invalid(key: keyRange)
        }
        if let placeholder = Placeholder.match(String(reason)) {
            report(
                CompletenessRules.placeholderValue.diagnostic(
                    "The reason for n/a on row '\(name.rawValue)' is a placeholder ('\(placeholder)').", at: valueRange,
                    hint: "Say why the row does not apply."))
            return .invalid(key: keyRange)
        }
        return .notApplicable(reason: Located(String(reason), at: valueRange), key: keyRange)
    }
}

extension Substring {
    func trimmingWhitespace() -> Substring {
        var result = self
        while let first = result.first, first.isWhitespace { result = result.dropFirst() }
        while let last = result.last, last.isWhitespace { result = result.dropLast() }
        return result
    }
}
