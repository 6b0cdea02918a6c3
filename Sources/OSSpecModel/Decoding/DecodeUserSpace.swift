internal import OSSpecDiagnostics

extension DecodeSession {
    static let userSpaceFields: [Field] = [
        .required("app", "the application's name", .text, help: "The application people use, by name."),
        .required(
            "interface", "http, cli, chat, voice, batch, library or another interface",
            .openChoice(["http", "cli", "chat", "voice", "batch", "library"]),
            help: "How people reach it: http, cli, chat, voice, batch, library or another interface."),
        .required(
            "isolation", "per-session, per-user or shared", .choice(of: Isolation.self),
            help: "How runs are kept apart, like process address spaces: per-session, per-user, or shared (a warning with concurrency above 1)."),
        .optional("concurrency", "expected concurrent sessions", .integer(minimum: 1), help: "The number of sessions expected to run at once."),
        .optional("slo", "{p99_latency_ms, availability}", .mapping(sloFields), help: "Service level objectives."),
    ]
    static let sloFields: [Field] = [
        .optional(
            "p99_latency_ms", "the 99th percentile latency goal in milliseconds", .number(minimum: 0, exclusiveMinimum: true, maximum: 1e12),
            help: "The 99th percentile latency goal in milliseconds."),
        .optional(
            "availability", "a fraction above 0 and at most 1, such as 0.999", .number(minimum: 0, exclusiveMinimum: true, maximum: 1),
            help: "The availability goal as a fraction, such as 0.999 (not 99.9)."),
    ]

    func decodeUserSpace(_ node: Int, key ownerKey: SourceRange) -> UserSpace {
        var userSpace = UserSpace(range: range(node))
        fields(of: node, owner: "row 'user_space'", ownerKey: ownerKey, fields: Self.userSpaceFields) { name, key, value in
            switch name {
            case "app": userSpace.app = string(value, key: key, what: "'user_space.app'")
            case "interface": userSpace.interface = string(value, key: key, what: "'user_space.interface'")
            case "isolation": userSpace.isolation = choice(value, key: key, what: "isolation", as: Isolation.self)
            case "concurrency": userSpace.concurrency = integer(value, key: key, what: "'user_space.concurrency'")
            case "slo":
                var slo = SLO(range: range(value))
                fields(of: value, owner: "'user_space.slo'", ownerKey: range(key), fields: Self.sloFields) { name, key, value in
                    switch name {
                    case "p99_latency_ms":
                        slo.p99LatencyMs = number(
                            value, key: key, what: "'user_space.slo.p99_latency_ms'", bounds: Double.leastNonzeroMagnitude...1e12,
                            boundsText: "greater than 0")
                    case "availability":
                        slo.availability = number(
                            value, key: key, what: "'user_space.slo.availability'", bounds: Double.leastNonzeroMagnitude...1,
                            boundsText: "a fraction above 0 and at most 1 (0.999, not 99.9)")
                    default: break
                    }
                }
                userSpace.slo = slo
            default: break
            }
        }
        return userSpace
    }
}
