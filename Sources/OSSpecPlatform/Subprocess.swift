/// Runs a program found on PATH with arguments (no shell, so nothing is interpreted) and
/// collects its standard output, up to a limit. Used to read old spec versions with `git show`.
public enum Subprocess {
    public struct Result: Sendable {
        public var status: Int32
        public var output: [UInt8]
        /// True when the output passed `maxBytes` and reading stopped.
        public var truncated: Bool
        public var errorOutput: String
    }

    public static func run(_ program: String, _ arguments: [String], maxBytes: Int) throws(FileError) -> Result {
        var outPipe: [Int32] = [0, 0]
        var errPipe: [Int32] = [0, 0]
        guard pipe(&outPipe) == 0, pipe(&errPipe) == 0 else { throw FileError(path: program, reason: FileSystem.errorText(errno)) }
        #if canImport(Darwin)
        var actions: posix_spawn_file_actions_t? = nil
        #else
        var actions = posix_spawn_file_actions_t()
        #endif
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_adddup2(&actions, outPipe[1], STDOUT_FILENO)
        posix_spawn_file_actions_adddup2(&actions, errPipe[1], STDERR_FILENO)
        for descriptor in outPipe + errPipe { posix_spawn_file_actions_addclose(&actions, descriptor) }
        let argv = ([program] + arguments).map { strdup($0) } + [nil]
        defer { for pointer in argv { free(pointer) } }
        var child = pid_t()
        #if canImport(Darwin)
        // `environ` is not visible from Swift on Darwin; this is its accessor.
        let environment = _NSGetEnviron().pointee
        #else
        let environment = environ
        #endif
        let spawned = posix_spawnp(&child, program, &actions, nil, argv, environment)
        close(outPipe[1])
        close(errPipe[1])
        guard spawned == 0 else {
            close(outPipe[0])
            close(errPipe[0])
            throw FileError(path: program, reason: spawned == ENOENT ? "not found on PATH" : FileSystem.errorText(spawned))
        }
        // Standard error is small (git's messages); read it after standard output, which is
        // bounded by maxBytes, so the child can block on neither for long.
        var output: [UInt8] = []
        var truncated = false
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let count = chunk.withUnsafeMutableBytes { read(outPipe[0], $0.baseAddress!, $0.count) }
            if count < 0 && errno == EINTR { continue }
            if count <= 0 { break }
            output.append(contentsOf: chunk[0..<count])
            if output.count > maxBytes {
                truncated = true
                break
            }
        }
        close(outPipe[0])
        var errorBytes: [UInt8] = []
        while errorBytes.count < 1 << 16 {
            let count = chunk.withUnsafeMutableBytes { read(errPipe[0], $0.baseAddress!, $0.count) }
            if count < 0 && errno == EINTR { continue }
            if count <= 0 { break }
            errorBytes.append(contentsOf: chunk[0..<count])
        }
        close(errPipe[0])
        var status: Int32 = 0
        while waitpid(child, &status, 0) < 0 && errno == EINTR {}
        // WIFEXITED / WEXITSTATUS, spelled out (the C macros are not imported).
        let exited = (status & 0x7F) == 0
        let code = exited ? (status >> 8) & 0xFF : 128 + (status & 0x7F)
        return Result(status: code, output: output, truncated: truncated, errorOutput: String(decoding: errorBytes, as: UTF8.self))
    }
}
