/// Why a glob pattern was refused.
public struct GlobError: Error, Sendable, Hashable, CustomStringConvertible {
    public var description: String
}

/// A path pattern of `ignore:` and `overrides: files:`, matched against a path relative to the
/// configuration file's directory, with `/` between segments.
///
/// - `*` matches any run of characters within one segment, `?` one character, `[abc]`, `[a-z]`
///   one of a set (`[!a-z]` or `[^a-z]` one outside it); `\` makes the next character literal.
///   None of these matches `/`.
/// - `**` as a whole segment matches any number of segments, none included.
/// - A pattern without a `/` (other than a trailing one) matches a file or directory name at any
///   depth, as in `.gitignore`; one with a `/` is anchored at the configuration's directory (a
///   leading `/` or `./` only says so).
/// - A pattern that matches a directory matches everything under it; a trailing `/` matches
///   directories only.
public struct Glob: Sendable, Hashable, CustomStringConvertible {
    public let pattern: String
    private let segments: [Segment]
    private let isAnchored: Bool
    private let matchesDirectoriesOnly: Bool

    enum Segment: Sendable, Hashable {
        /// `**`
        case anyDepth
        case name([Token])
    }

    enum Token: Sendable, Hashable {
        case literal(Unicode.Scalar)
        case anyRun
        case anyOne
        case set(ranges: [ClosedRange<Unicode.Scalar>], negated: Bool)
    }

    public init(_ pattern: String) throws(GlobError) {
        self.pattern = pattern
        guard !pattern.isEmpty else { throw GlobError(description: "An empty pattern matches nothing.") }
        if pattern.hasPrefix("!") {
            throw GlobError(description: "Negated patterns ('!...') are not supported; list only what to match.")
        }
        var body = Substring(pattern)
        var anchored = false
        if body.hasPrefix("./") {
            body = body.dropFirst(2)
            anchored = true
        } else if body.hasPrefix("/") {
            body = body.dropFirst()
            anchored = true
        }
        matchesDirectoriesOnly = body.hasSuffix("/")
        while body.hasSuffix("/") { body = body.dropLast() }
        let parts = body.split(separator: "/", omittingEmptySubsequences: false)
        guard !body.isEmpty, !parts.contains(where: \.isEmpty) else {
            throw GlobError(description: "'\(pattern)' has an empty path segment ('//', or nothing but '/').")
        }
        isAnchored = anchored || parts.count > 1
        var segments: [Segment] = []
        for part in parts {
            if part == "**" {
                // `a/**/**/b` is `a/**/b`.
                if segments.last != .anyDepth { segments.append(.anyDepth) }
            } else {
                segments.append(.name(try Self.tokens(of: part, in: pattern)))
            }
        }
        self.segments = segments
    }

    public var description: String { pattern }

    /// Whether `relativePath` (segments joined by `/`, no leading `/`) or one of the directories
    /// it lies in matches.
    public func matches(_ relativePath: String) -> Bool {
        let path = relativePath.split(separator: "/").map { Array($0.unicodeScalars) }
        guard !path.isEmpty else { return false }
        if !isAnchored, case .name(let tokens) = segments.first {
            // A name at any depth: the file's own name, or a directory above it.
            let last = matchesDirectoriesOnly ? path.count - 1 : path.count
            return path[..<last].contains { Self.matches(tokens, $0[...]) }
        }
        // Which counts of path segments the pattern can consume; a match of a proper prefix is a
        // match of a directory the path lies in.
        var reachable = Set([0])
        for segment in segments {
            var next = Set<Int>()
            for consumed in reachable {
                switch segment {
                case .anyDepth:
                    next.formUnion(consumed...path.count)
                case .name(let tokens):
                    if consumed < path.count, Self.matches(tokens, path[consumed][...]) { next.insert(consumed + 1) }
                }
            }
            reachable = next
            if reachable.isEmpty { return false }
        }
        if matchesDirectoriesOnly { return reachable.contains { $0 >= 1 && $0 < path.count } }
        return reachable.contains { $0 >= 1 }
    }

    // MARK: One segment

    private static func tokens(of part: Substring, in pattern: String) throws(GlobError) -> [Token] {
        var tokens: [Token] = []
        let scalars = Array(part.unicodeScalars)
        var index = 0
        while index < scalars.count {
            let scalar = scalars[index]
            switch scalar {
            case "*":
                if tokens.last != .anyRun { tokens.append(.anyRun) }
                index += 1
            case "?":
                tokens.append(.anyOne)
                index += 1
            case "\\":
                guard index + 1 < scalars.count else {
                    throw GlobError(description: "'\(pattern)' ends with '\\', which escapes nothing.")
                }
                tokens.append(.literal(scalars[index + 1]))
                index += 2
            case "[":
                let (token, next) = try set(scalars, from: index, in: pattern)
                tokens.append(token)
                index = next
            default:
                tokens.append(.literal(scalar))
                index += 1
            }
        }
        return tokens
    }

    /// A `[...]` set starting at `start`; returns the token and the index after the `]`.
    private static func set(_ scalars: [Unicode.Scalar], from start: Int, in pattern: String) throws(GlobError) -> (Token, Int) {
        var index = start + 1
        var negated = false
        if index < scalars.count, scalars[index] == "!" || scalars[index] == "^" {
            negated = true
            index += 1
        }
        var ranges: [ClosedRange<Unicode.Scalar>] = []
        var isFirst = true
        while index < scalars.count {
            var low = scalars[index]
            // A `]` first in the set is a member, as in shell globs.
            if low == "]", !isFirst { return (.set(ranges: ranges, negated: negated), index + 1) }
            isFirst = false
            if low == "\\", index + 1 < scalars.count {
                index += 1
                low = scalars[index]
            }
            index += 1
            if index + 1 < scalars.count, scalars[index] == "-", scalars[index + 1] != "]" {
                var high = scalars[index + 1]
                index += 2
                if high == "\\", index < scalars.count {
                    high = scalars[index]
                    index += 1
                }
                guard low <= high else {
                    throw GlobError(description: "'\(pattern)' has the range '\(low)-\(high)', whose ends are the wrong way round.")
                }
                ranges.append(low...high)
            } else {
                ranges.append(low...low)
            }
        }
        throw GlobError(description: "'\(pattern)' opens '[' without closing it with ']'.")
    }

    /// Wildcard matching of one segment, backtracking only to the last `*` (linear for the
    /// patterns people write, and never exponential).
    static func matches(_ tokens: [Token], _ name: ArraySlice<Unicode.Scalar>) -> Bool {
        var token = 0
        var position = name.startIndex
        var starToken: Int?
        var starPosition = name.startIndex
        while position < name.endIndex {
            if token < tokens.count, tokens[token] == .anyRun {
                starToken = token
                starPosition = position
                token += 1
            } else if token < tokens.count, matchesOne(tokens[token], name[position]) {
                token += 1
                position += 1
            } else if let star = starToken {
                token = star + 1
                starPosition += 1
                position = starPosition
            } else {
                return false
            }
        }
        while token < tokens.count, tokens[token] == .anyRun { token += 1 }
        return token == tokens.count
    }

    private static func matchesOne(_ token: Token, _ scalar: Unicode.Scalar) -> Bool {
        switch token {
        case .literal(let expected): scalar == expected
        case .anyOne: true
        case .anyRun: false
        case .set(let ranges, let negated): ranges.contains { $0.contains(scalar) } != negated
        }
    }
}
