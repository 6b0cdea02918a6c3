import OSSpecPlatform
import Testing

@Suite("Subprocess")
struct SubprocessTests {
    @Test("a child that fills standard error before writing its output does not deadlock", .timeLimit(.minutes(1)))
    func chattyStandardError() throws {
        // 300 KB of standard error first: far more than a pipe holds (64 KiB on Linux).
        let result = try Subprocess.run("sh", ["-c", "head -c 300000 /dev/zero | tr '\\0' e >&2; printf out"], maxBytes: 1024)
        #expect(result.status == 0)
        #expect(result.output == Array("out".utf8))
        #expect(!result.truncated)
        // Standard error is kept up to 64 KiB and read, then dropped, after that.
        #expect(result.errorOutput.utf8.count == 64 * 1024)
        #expect(result.errorOutput.utf8.allSatisfy { $0 == UInt8(ascii: "e") })
    }

    @Test("output past the limit is cut, and the child is not waited on to finish writing", .timeLimit(.minutes(1)))
    func truncated() throws {
        let result = try Subprocess.run("sh", ["-c", "yes osspec"], maxBytes: 100_000)
        #expect(result.truncated)
        #expect(result.output.count > 100_000)
        #expect(result.output.starts(with: Array("osspec\nosspec\n".utf8)))
    }

    @Test("the child reads an empty standard input, never ours", .timeLimit(.minutes(1)))
    func emptyStandardInput() throws {
        // Our standard input is, for this test, a pipe that stays open and empty: a child that
        // inherited it would wait on it for ever.
        var ends: [Int32] = [-1, -1]
        try #require(pipe(&ends) == 0)
        let saved = dup(STDIN_FILENO)
        try #require(saved >= 0)
        dup2(ends[0], STDIN_FILENO)
        defer {
            dup2(saved, STDIN_FILENO)
            for descriptor in ends + [saved] { close(descriptor) }
        }
        let result = try Subprocess.run("sh", ["-c", "cat; echo done"], maxBytes: 1024)
        #expect(result.output == Array("done\n".utf8))
    }

    @Test("exit status and death by signal")
    func status() throws {
        #expect(try Subprocess.run("sh", ["-c", "echo no >&2; exit 3"], maxBytes: 16).status == 3)
        #expect(try Subprocess.run("sh", ["-c", "echo no >&2; exit 3"], maxBytes: 16).errorOutput == "no\n")
        // 128 + SIGKILL, as a shell reports it.
        #expect(try Subprocess.run("sh", ["-c", "kill -KILL $$"], maxBytes: 16).status == 128 + SIGKILL)
    }

    @Test("SIGPIPE is at its default in the child even when ours is ignored, so a child cut off dies of it", .timeLimit(.minutes(1)))
    func brokenPipeDefault() throws {
        // Tests may ignore SIGPIPE (a write to a closed pipe then fails instead of killing the
        // test runner), so ignoring it here changes nothing the other tests rely on.
        signal(SIGPIPE, SIG_IGN)
        // With SIGPIPE ignored, yes would see EPIPE, complain and exit 1 instead.
        let result = try Subprocess.run("sh", ["-c", "exec yes"], maxBytes: 100_000)
        #expect(result.truncated)
        #expect(result.status == 128 + SIGPIPE, "\(result.status): \(result.errorOutput)")
    }

    @Test("a program that is not on PATH is an error, not a status")
    func notFound() {
        #expect(throws: FileError(path: "osspec-no-such-program", reason: "not found on PATH")) {
            try Subprocess.run("osspec-no-such-program", [], maxBytes: 16)
        }
    }

}
