internal import CYAML
public import OSSpecDiagnostics

/// The kinds of libyaml parser event.
public enum YAMLEventKind: Sendable, Hashable {
    case streamStart, streamEnd
    case documentStart, documentEnd
    case sequenceStart, sequenceEnd
    case mappingStart, mappingEnd
    case scalar, alias
}

/// How a scalar was written. The loader keeps it so `"yes"` (a string on purpose) can be told
/// from `yes` (a YAML 1.1 boolean pitfall).
public enum ScalarStyle: UInt8, Sendable, Hashable {
    case plain, singleQuoted, doubleQuoted, literal, folded
}

/// A syntax error from libyaml, with its position converted to 1-based lines and columns.
public struct YAMLParseError: Error, Sendable, Hashable {
    /// libyaml's own words, e.g. "found character that cannot start any token".
    public var problem: String
    /// Where the problem is.
    public var position: SourcePosition
    /// What libyaml was doing, e.g. "while parsing a block mapping", and where that began.
    public var context: String?
    public var contextPosition: SourcePosition?
    /// For errors of the reader (bad bytes), the byte offset libyaml gives instead of a mark.
    public var byteOffset: Int?
}

/// libyaml's event API, one event at a time. The current event's data is read through the
/// accessors and is valid until the next call to `next()`; nothing is copied unless asked for,
/// so the loader can move scalars straight into its arena.
///
/// Not `Sendable`: one parser serves one file on one thread.
public final class YAMLEventParser {
    private let parser: UnsafeMutablePointer<yaml_parser_t>
    private let event: UnsafeMutablePointer<yaml_event_t>
    /// The private copy of the input, when the parser owns one.
    private let ownedInput: UnsafeMutableBufferPointer<UInt8>?
    private var hasEvent = false
    private var finished = false
    /// Lines and characters before the input: a parser over the second part of a split file
    /// (`SplitLoad`) reports positions in the whole file.
    private let lineOrigin: Int
    private let characterOrigin: Int

    /// A parser over a private copy of `bytes`, so the caller's buffer may go away.
    public convenience init(bytes: UnsafeBufferPointer<UInt8>) {
        let copy = UnsafeMutableBufferPointer<UInt8>.allocate(capacity: max(bytes.count, 1))
        _ = copy.initialize(fromContentsOf: bytes)
        self.init(input: UnsafeBufferPointer(start: copy.baseAddress, count: bytes.count), owned: copy)
    }

    /// A parser that reads `bytes` in place, without a copy: the caller keeps them alive and
    /// unchanged for the parser's whole life (the loader parses inside `withUnsafeBufferPointer`).
    ///
    /// `lineOrigin` and `characterOrigin` are the lines and characters before `bytes` when they
    /// are the tail of a larger text: positions and offsets are then those in the whole text.
    public convenience init(borrowing bytes: UnsafeBufferPointer<UInt8>, lineOrigin: Int = 0, characterOrigin: Int = 0) {
        self.init(input: bytes, owned: nil, lineOrigin: lineOrigin, characterOrigin: characterOrigin)
    }

    private init(input: UnsafeBufferPointer<UInt8>, owned: UnsafeMutableBufferPointer<UInt8>?, lineOrigin: Int = 0, characterOrigin: Int = 0) {
        parser = .allocate(capacity: 1)
        event = .allocate(capacity: 1)
        ownedInput = owned
        self.lineOrigin = lineOrigin
        self.characterOrigin = characterOrigin
        yaml_parser_initialize(parser)
        yaml_parser_set_input_string(parser, input.baseAddress, input.count)
    }

    deinit {
        if hasEvent { yaml_event_delete(event) }
        yaml_parser_delete(parser)
        parser.deallocate()
        event.deallocate()
        ownedInput?.deallocate()
    }

    /// Advances to the next event; nil after the stream's end. Throws libyaml's error, after
    /// which the parser is finished.
    public func next() throws(YAMLParseError) -> YAMLEventKind? {
        if hasEvent {
            yaml_event_delete(event)
            hasEvent = false
        }
        if finished { return nil }
        guard yaml_parser_parse(parser, event) == 1 else {
            finished = true
            throw currentError()
        }
        hasEvent = true
        let kind: YAMLEventKind
        switch event.pointee.type {
        case YAML_STREAM_START_EVENT: kind = .streamStart
        case YAML_STREAM_END_EVENT:
            kind = .streamEnd
            finished = true
        case YAML_DOCUMENT_START_EVENT: kind = .documentStart
        case YAML_DOCUMENT_END_EVENT: kind = .documentEnd
        case YAML_SEQUENCE_START_EVENT: kind = .sequenceStart
        case YAML_SEQUENCE_END_EVENT: kind = .sequenceEnd
        case YAML_MAPPING_START_EVENT: kind = .mappingStart
        case YAML_MAPPING_END_EVENT: kind = .mappingEnd
        case YAML_SCALAR_EVENT: kind = .scalar
        case YAML_ALIAS_EVENT: kind = .alias
        default:
            // libyaml never emits YAML_NO_EVENT after a successful parse; treat it as the end.
            finished = true
            return nil
        }
        return kind
    }

    // MARK: The current event

    /// 1-based start of the current event (libyaml's marks are 0-based).
    public var start: SourcePosition {
        SourcePosition(line: lineOrigin + Int(event.pointee.start_mark.line) + 1, column: Int(event.pointee.start_mark.column) + 1)
    }

    /// 1-based position just after the current event.
    public var end: SourcePosition {
        SourcePosition(line: lineOrigin + Int(event.pointee.end_mark.line) + 1, column: Int(event.pointee.end_mark.column) + 1)
    }

    /// libyaml's 0-based character offset of the current event's start. It equals the byte
    /// offset only while everything before it is ASCII (and there is no BOM), so callers must
    /// check the bytes there before relying on it.
    public var startCharacterOffset: Int {
        characterOrigin + Int(event.pointee.start_mark.index)
    }

    /// libyaml's 0-based character offset just past the current event.
    public var endCharacterOffset: Int {
        characterOrigin + Int(event.pointee.end_mark.index)
    }

    /// The scalar's value bytes (UTF-8), valid until `next()`. Empty for other events.
    public var scalarValue: UnsafeBufferPointer<UInt8> {
        guard event.pointee.type == YAML_SCALAR_EVENT, let value = event.pointee.data.scalar.value else {
            return UnsafeBufferPointer(start: nil, count: 0)
        }
        return UnsafeBufferPointer(start: value, count: event.pointee.data.scalar.length)
    }

    /// The current scalar's style; `.plain` for other events.
    public var scalarStyle: ScalarStyle {
        guard event.pointee.type == YAML_SCALAR_EVENT else { return .plain }
        return switch event.pointee.data.scalar.style {
        case YAML_SINGLE_QUOTED_SCALAR_STYLE: .singleQuoted
        case YAML_DOUBLE_QUOTED_SCALAR_STYLE: .doubleQuoted
        case YAML_LITERAL_SCALAR_STYLE: .literal
        case YAML_FOLDED_SCALAR_STYLE: .folded
        default: .plain
        }
    }

    /// Whether a sequence or mapping is written in flow style (`[...]`, `{...}`).
    public var isFlowCollection: Bool {
        switch event.pointee.type {
        case YAML_SEQUENCE_START_EVENT: event.pointee.data.sequence_start.style == YAML_FLOW_SEQUENCE_STYLE
        case YAML_MAPPING_START_EVENT: event.pointee.data.mapping_start.style == YAML_FLOW_MAPPING_STYLE
        default: false
        }
    }

    /// Whether a document start or end was implicit (no `---` or `...` written).
    public var isImplicitDocumentMarker: Bool {
        switch event.pointee.type {
        case YAML_DOCUMENT_START_EVENT: event.pointee.data.document_start.implicit != 0
        case YAML_DOCUMENT_END_EVENT: event.pointee.data.document_end.implicit != 0
        default: false
        }
    }

    /// Whether a document start carries `%YAML` or `%TAG` directives.
    public var documentHasDirectives: Bool {
        guard event.pointee.type == YAML_DOCUMENT_START_EVENT else { return false }
        let start = event.pointee.data.document_start
        return start.version_directive != nil || start.tag_directives.start != start.tag_directives.end
    }

    /// The anchor of a node event, or the name an alias refers to.
    public var anchor: UnsafeBufferPointer<UInt8>? {
        let pointer: UnsafeMutablePointer<UInt8>? =
            switch event.pointee.type {
            case YAML_SCALAR_EVENT: event.pointee.data.scalar.anchor
            case YAML_SEQUENCE_START_EVENT: event.pointee.data.sequence_start.anchor
            case YAML_MAPPING_START_EVENT: event.pointee.data.mapping_start.anchor
            case YAML_ALIAS_EVENT: event.pointee.data.alias.anchor
            default: nil
            }
        return pointer.map { UnsafeBufferPointer(start: $0, count: strlen($0)) }
    }

    /// The resolved tag of a node event (e.g. `tag:yaml.org,2002:str`), when one was written.
    public var tag: String? {
        let pointer: UnsafeMutablePointer<UInt8>? =
            switch event.pointee.type {
            case YAML_SCALAR_EVENT: event.pointee.data.scalar.tag
            case YAML_SEQUENCE_START_EVENT: event.pointee.data.sequence_start.tag
            case YAML_MAPPING_START_EVENT: event.pointee.data.mapping_start.tag
            default: nil
            }
        return pointer.map { String(decoding: UnsafeBufferPointer(start: $0, count: strlen($0)), as: UTF8.self) }
    }

    private func currentError() -> YAMLParseError {
        let problem = parser.pointee.problem.map { String(cString: $0) } ?? "unknown YAML error"
        let context = parser.pointee.context.map { String(cString: $0) }
        if parser.pointee.error == YAML_READER_ERROR {
            return YAMLParseError(
                problem: problem, position: .start, context: nil, contextPosition: nil,
                byteOffset: Int(parser.pointee.problem_offset))
        }
        let mark = parser.pointee.problem_mark
        let contextMark = parser.pointee.context_mark
        return YAMLParseError(
            problem: problem,
            position: SourcePosition(line: Int(mark.line) + 1, column: Int(mark.column) + 1),
            context: context,
            contextPosition: context == nil
                ? nil : SourcePosition(line: Int(contextMark.line) + 1, column: Int(contextMark.column) + 1),
            byteOffset: nil)
    }
}

private func strlen(_ pointer: UnsafeMutablePointer<UInt8>) -> Int {
    var length = 0
    while pointer[length] != 0 { length += 1 }
    return length
}
