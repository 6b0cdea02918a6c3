internal import OSSpecDiagnostics
internal import OSSpecYAML

extension DecodeSession {
    /// Visits the known keys of a mapping in document order, reporting unknown keys (with a
    /// suggestion), keys that are not strings, and required keys that are absent. `x-` keys are
    /// extensions and are skipped; a repeated key (already reported by the loader) is read once.
    ///
    /// - Parameters:
    ///   - owner: how findings name the mapping, e.g. "process 'triage'".
    ///   - ownerKey: where findings about the mapping as a whole point (its key).
    /// - Returns: false when the node is not a mapping (reported here).
    @discardableResult
    func fields(
        of node: Int, owner: @autoclosure () -> String, ownerKey: SourceRange, fields table: [Field],
        visit: (_ name: String, _ key: Int, _ value: Int) -> Void
    ) -> Bool {
        guard let mapping = requireMapping(
            node, expected: "a mapping for \(owner())", hint: "Write \(owner()) as indented `key: value` lines.")
        else { return false }
        var seen = [Bool](repeating: false, count: table.count)
        var hasMergeKey = false
        var misspelled: [String] = []
        for (key, value) in document.pairs(of: mapping) {
            // The common case, a known key, is matched on bytes; a String is made only otherwise.
            let resolvedKey = document.resolved(key)
            if document[resolvedKey].kind == .scalar {
                let match = document.withScalarBytes(resolvedKey) { bytes in
                    table.firstIndex { field in field.bytes.withUnsafeBytes { ByteComparison.equal(UnsafeRawBufferPointer(bytes), $0) } }
                }
                if let index = match {
                    if !seen[index] {
                        seen[index] = true
                        visit(table[index].name, key, value)
                    }
                    continue
                }
            }
            guard let name = keyName(key, owner: owner()) else { continue }
            if name.hasPrefix("x-") { continue }
            hasMergeKey = hasMergeKey || name == "<<"
            if let suggested = reportUnknownKey(name, at: key, owner: owner(), known: table.map(\.name)) {
                misspelled.append(suggested)
            }
        }
        // The keys a merge key would have supplied are not missing in the writer's eyes; the
        // merge key itself is reported, once. A key written misspelled is not missing either:
        // the unknown-key finding already says to rename it.
        for (index, field) in table.enumerated() where field.required && !seen[index] && !hasMergeKey && !misspelled.contains(field.name) {
            reportMissingKey(field, owner: owner(), at: ownerKey)
        }
        return true
    }

    /// Visits a mapping from ids to entries (`models`, `stores`, `processes`, `tools`), checking
    /// each id. Entries with invalid ids are still visited, so references to them resolve.
    @discardableResult
    func entries(
        of node: Int, owner: @autoclosure () -> String, visit: (_ id: Located<String>, _ key: Int, _ value: Int) -> Void
    ) -> Bool {
        guard let mapping = requireMapping(
            node, expected: "a mapping from ids to entries for \(owner())",
            hint: "Write one `id:` key per entry, each with its fields indented below it.")
        else { return false }
        for (key, value) in document.pairs(of: mapping) {
            // A repeated id was reported by the loader; the first declaration is the one read.
            if document.isRepeatedKey(key) { continue }
            guard let name = keyName(key, owner: owner()) else { continue }
            if name.hasPrefix("x-") { continue }
            let resolved = document.resolved(key)
            if document[resolved].style == .plain, let pitfall = CoreSchema.yaml11Pitfall(document.scalarBytes(resolved)) {
                report(YAML11Rules.diagnostic(for: pitfall, text: name, at: range(key)))
            }
            // `true:` or `null:` reads as a name here, but it is a boolean or null in YAML 1.2, and a
            // reference to it written the same way is not a string: say so at the declaration.
            if document[resolved].style == .plain, Identifier.isValid(name) {
                switch CoreSchema.resolve(document.scalarBytes(resolved), style: .plain, tag: document.tag(resolved)) {
                case .bool, .null:
                    report(
                        SchemaRules.wrongType.diagnostic(
                            "Id '\(name)' in \(owner()) is \(describe(key)) in YAML 1.2, not a name.",
                            at: range(key), hint: "Quote it (\"\(name)\") everywhere it is written, or choose another id."))
                default: break
                }
            }
            if !Identifier.isValid(name) {
                report(
                    SchemaRules.invalidIdentifier.diagnostic(
                        "'\(Self.shortened(name))' is not a valid id in \(owner()).",
                        at: range(key),
                        hint: "Use a letter, then letters, digits, '_' or '-' (at most \(Identifier.maxLength) characters)."))
            }
            visit(Located(name, at: range(key)), key, value)
        }
        return true
    }

    /// How many entries a mapping holds (0 for anything else), to size the decoded array once
    /// instead of letting it double: on large specs the doubling doubles the peak memory.
    func entryCount(of node: Int) -> Int {
        let mapping = document.resolved(node)
        return document[mapping].kind == .mapping ? document.childCount(mapping) / 2 : 0
    }

    /// The mapping `node` stands for (aliases followed), or nil after reporting a wrong type.
    private func requireMapping(_ node: Int, expected: @autoclosure () -> String, hint: @autoclosure () -> String) -> Int? {
        let mapping = document.resolved(node)
        guard document[mapping].kind == .mapping else {
            report(SchemaRules.wrongType.diagnostic("Expected \(expected()), found \(describe(node)).", at: range(node), hint: hint()))
            return nil
        }
        return mapping
    }

    /// The text of a mapping key, or nil (reported) when it is not a plain string.
    func keyName(_ key: Int, owner: @autoclosure () -> String) -> String? {
        let resolved = document.resolved(key)
        let node = document[resolved]
        guard node.kind == .scalar else {
            report(
                SchemaRules.wrongType.diagnostic(
                    "Keys in \(owner()) must be strings, found \(describe(key)).",
                    at: range(key), hint: "Use a plain word as the key."))
            return nil
        }
        return document.scalarString(resolved)
    }

    /// Reports the key; returns the known key it suggests instead, if any.
    @discardableResult
    func reportUnknownKey(_ name: String, at key: Int, owner: @autoclosure () -> String, known: [String]) -> String? {
        if name == "<<" {
            report(
                SchemaRules.unknownKey.diagnostic(
                    "Merge keys ('<<') are a YAML 1.1 feature that osspec (YAML 1.2) does not expand.",
                    at: range(key), hint: "Write the keys out in \(owner())."))
            return nil
        }
        let suggestion = Suggestion.closest(to: name, in: known)
        report(
            SchemaRules.unknownKey.diagnostic(
                "Unknown key '\(Self.shortened(name))' in \(owner()).\(suggestion.map { " Did you mean '\($0)'?" } ?? "")",
                at: range(key),
                hint: suggestion.map { "Rename it to '\($0)'." }
                    ?? "Known keys: \(known.joined(separator: ", ")). Prefix extensions with 'x-'."))
        return suggestion
    }

    func reportMissingKey(_ field: Field, owner: @autoclosure () -> String, at ownerKey: SourceRange) {
        report(
            CompletenessRules.missingKey.diagnostic(
                "\(Self.capitalized(owner())) is missing required key '\(field.name)'.",
                at: ownerKey, hint: "Add `\(field.name):` (\(field.about))."))
    }

    static func capitalized(_ text: String) -> String {
        guard let first = text.first else { return text }
        return first.uppercased() + text.dropFirst()
    }
}
