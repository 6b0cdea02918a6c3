import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The repository's files the tests use, found from this source file (Tests/osspecCLITests/
/// Support/TestFiles.swift), so the tests do not depend on the working directory.
enum TestFiles {
    static let testsFolder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    static let packageRoot = testsFolder.deletingLastPathComponent().deletingLastPathComponent()
    static let specs = packageRoot.appendingPathComponent("specs")
    static let fixtures = testsFolder.appendingPathComponent("Fixtures")

    static func fixture(_ name: String) -> URL { fixtures.appendingPathComponent(name) }

    /// The shipped example specs' file names (`*.osspec.yaml`), sorted by bytes.
    static var specNames: [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: specs.path)) ?? []
        return names.filter { $0.hasSuffix(".osspec.yaml") }
            .sorted { Array($0.utf8).lexicographicallyPrecedes(Array($1.utf8)) }
    }

    static func bytes(_ url: URL) throws -> Data { try Data(contentsOf: url) }

    /// The path with every symbolic link resolved, as the binary's getcwd() sees it (macOS's
    /// temporary folders live under /var, a link to /private/var).
    static func canonicalPath(_ url: URL) -> String {
        guard let resolved = realpath(url.path, nil) else { return url.path }
        defer { free(resolved) }
        return String(cString: resolved)
    }
}

/// A directory of its own for one test, removed when the test is done with it. Names are
/// unique (UUID), so tests running in parallel never share a file.
final class TemporaryDirectory {
    let url: URL

    init() throws {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("osspec-cli-tests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(at: url) }

    /// Writes `data` to `name` inside the directory and returns its URL.
    @discardableResult
    func write(_ data: Data, to name: String) throws -> URL {
        let file = url.appendingPathComponent(name)
        try data.write(to: file)
        return file
    }

    @discardableResult
    func write(_ text: String, to name: String) throws -> URL {
        try write(Data(text.utf8), to: name)
    }
}

/// A fixed linear congruential generator (Knuth's MMIX constants): the same bytes on every
/// machine and every run, unlike `SystemRandomNumberGenerator`.
struct SeededBytes {
    private var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt8 {
        state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
        return UInt8(truncatingIfNeeded: state >> 56)
    }

    mutating func bytes(_ count: Int) -> [UInt8] { (0..<count).map { _ in next() } }
}

/// Strips ANSI escape sequences (ESC [ ... letter) from text.
func withoutEscapes(_ text: String) -> String {
    var result = ""
    var scalars = text.unicodeScalars.makeIterator()
    while let scalar = scalars.next() {
        if scalar == "\u{1B}" {
            guard let bracket = scalars.next(), bracket == "[" else { continue }
            while let inner = scalars.next(), !("@"..."~").contains(inner) {}
            continue
        }
        result.unicodeScalars.append(scalar)
    }
    return result
}
