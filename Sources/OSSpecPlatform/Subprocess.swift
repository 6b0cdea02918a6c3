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

    /// The most of standard error kept for messages; the rest is read and dropped, so a chatty
    /// child (`GIT_TRACE=1`) never blocks on a full pipe.
    static let maxErrorBytes = 1 << 16

    public static func run(_ program: String, _ arguments: [String], maxBytes: Int) throws(FileError) -> Result {
        let outputPipe = try PipeEnds.open(for: program)
        let errorPipe: PipeEnds
        do throws(FileError) {
            errorPipe = try PipeEnds.open(for: program)
        } catch {
            outputPipe.closeBoth()
            throw error
        }
        #if canImport(Darwin)
        var actions: posix_spawn_file_actions_t? = nil
        #else
        var actions = posix_spawn_file_actions_t()
        #endif
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        // The child gets an empty standard input, never ours: that may be a terminal, or a pipe
        // whose writer is waiting for osspec, and a child reading it would wait for ever.
        posix_spawn_file_actions_addopen(&actions, STDIN_FILENO, "/dev/null", O_RDONLY, 0)
        // dup2 clears close-on-exec on the copies; every other end of ours closes at exec.
        posix_spawn_file_actions_adddup2(&actions, outputPipe.write, STDOUT_FILENO)
        posix_spawn_file_actions_adddup2(&actions, errorPipe.write, STDERR_FILENO)
        #if canImport(Darwin)
        var attributes: posix_spawnattr_t? = nil
        #else
        var attributes = posix_spawnattr_t()
        #endif
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        // SIGPIPE starts at its default: ignored, it would pass to the child through exec (a
        // library user may ignore it), and git would not stop when we stop reading it. Other
        // signals a parent ignores stay ignored, as `nohup` means them to.
        var brokenPipe = sigset_t()
        sigemptyset(&brokenPipe)
        sigaddset(&brokenPipe, SIGPIPE)
        posix_spawnattr_setsigdefault(&attributes, &brokenPipe)
        posix_spawnattr_setflags(&attributes, Int16(truncatingIfNeeded: POSIX_SPAWN_SETSIGDEF))
        let argv = ([program] + arguments).map { strdup($0) } + [nil]
        defer { for pointer in argv { free(pointer) } }
        var child = pid_t()
        #if canImport(Darwin)
        // `environ` is not visible from Swift on Darwin; this is its accessor.
        let environment = _NSGetEnviron().pointee
        #else
        let environment = environ
        #endif
        let spawned = posix_spawnp(&child, program, &actions, &attributes, argv, environment)
        close(outputPipe.write)
        close(errorPipe.write)
        guard spawned == 0 else {
            close(outputPipe.read)
            close(errorPipe.read)
            throw FileError(path: program, reason: spawned == ENOENT ? "not found on PATH" : FileSystem.errorText(spawned))
        }
        let collected = collect(output: outputPipe.read, errors: errorPipe.read, maxBytes: maxBytes)
        var status: Int32 = 0
        while waitpid(child, &status, 0) < 0 && errno == EINTR {}
        // WIFEXITED / WEXITSTATUS, spelled out (the C macros are not imported).
        let exited = (status & 0x7F) == 0
        let code = exited ? (status >> 8) & 0xFF : 128 + (status & 0x7F)
        return Result(
            status: code, output: collected.output, truncated: collected.truncated,
            errorOutput: String(decoding: collected.errors, as: UTF8.self))
    }

    /// Reads both pipes as data arrives (poll), until each is closed by the child or, for
    /// standard output, passes `maxBytes`. Reading one to its end before the other would
    /// deadlock with a child that fills the other first. Closes both descriptors.
    private static func collect(output: Int32, errors: Int32, maxBytes: Int) -> (output: [UInt8], truncated: Bool, errors: [UInt8]) {
        var outputBytes: [UInt8] = []
        var errorBytes: [UInt8] = []
        var truncated = false
        // A negative descriptor is one poll skips: the pipe is done.
        var watched = [
            pollfd(fd: output, events: Int16(POLLIN), revents: 0),
            pollfd(fd: errors, events: Int16(POLLIN), revents: 0),
        ]
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        func finish(_ index: Int) {
            close(watched[index].fd)
            watched[index].fd = -1
        }
        while watched.contains(where: { $0.fd >= 0 }) {
            let ready = watched.withUnsafeMutableBufferPointer { poll($0.baseAddress!, nfds_t($0.count), -1) }
            if ready < 0 {
                if errno == EINTR || errno == EAGAIN { continue }
                break
            }
            for index in watched.indices where watched[index].fd >= 0 && watched[index].revents != 0 {
                let count = chunk.withUnsafeMutableBytes { read(watched[index].fd, $0.baseAddress!, $0.count) }
                if count < 0, errno == EINTR || errno == EAGAIN { continue }
                guard count > 0 else {
                    finish(index)
                    continue
                }
                if index == 0 {
                    outputBytes.append(contentsOf: chunk[0..<count])
                    if outputBytes.count > maxBytes {
                        // Closing our end stops the child at its next write (EPIPE).
                        truncated = true
                        finish(index)
                    }
                } else if errorBytes.count < maxErrorBytes {
                    errorBytes.append(contentsOf: chunk[0..<min(count, maxErrorBytes - errorBytes.count)])
                }
            }
        }
        for entry in watched where entry.fd >= 0 { close(entry.fd) }
        return (outputBytes, truncated, errorBytes)
    }
}

/// The two ends of a pipe, both close-on-exec (a program run later inherits neither) and both
/// numbered 3 or above: with standard output closed when osspec started, pipe(2) could return
/// descriptor 1, and the child's dup2 onto 1 would then keep the close-on-exec flag. (pipe2
/// with O_CLOEXEC would close the short window before fcntl, but Swift's Glibc does not
/// declare it; osspec starts programs from one thread.)
private struct PipeEnds {
    var read: Int32
    var write: Int32

    static func open(for program: String) throws(FileError) -> PipeEnds {
        var ends: [Int32] = [-1, -1]
        guard pipe(&ends) == 0 else { throw FileError(path: program, reason: FileSystem.errorText(errno)) }
        let moved = ends.map { fcntl($0, F_DUPFD_CLOEXEC, 3) }
        let reason = errno
        for end in ends { close(end) }
        guard moved.allSatisfy({ $0 >= 0 }) else {
            for end in moved where end >= 0 { close(end) }
            throw FileError(path: program, reason: FileSystem.errorText(reason))
        }
        return PipeEnds(read: moved[0], write: moved[1])
    }

    func closeBoth() {
        close(read)
        close(write)
    }
}
