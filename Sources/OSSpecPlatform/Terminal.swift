/// Facts about the process's surroundings that change output: terminal, environment.
public enum Terminal {
    /// Whether the descriptor is a terminal (for colour and width).
    public static func isTerminal(_ descriptor: Int32) -> Bool { isatty(descriptor) == 1 }

    /// The environment variable's value, if set.
    public static func environment(_ name: String) -> String? {
        getenv(name).map { String(cString: $0) }
    }

    /// The terminal's width: `COLUMNS` if set, else the window size, else 80.
    public static func width(of descriptor: Int32) -> Int {
        if let columns = environment("COLUMNS").flatMap(Int.init), columns > 0 { return columns }
        var size = winsize()
        #if os(Linux)
        let request = UInt(TIOCGWINSZ)
        #else
        let request = TIOCGWINSZ
        #endif
        if ioctl(descriptor, request, &size) == 0, size.ws_col > 0 { return Int(size.ws_col) }
        return 80
    }
}

/// An output stream over a file descriptor, written in one call per `write` (callers batch).
public struct FileDescriptorStream: TextOutputStream, Sendable {
    public let descriptor: Int32

    public init(descriptor: Int32) { self.descriptor = descriptor }

    public static let standardOutput = FileDescriptorStream(descriptor: STDOUT_FILENO)
    public static let standardError = FileDescriptorStream(descriptor: STDERR_FILENO)

    public mutating func write(_ string: String) {
        _ = writeReportingFailure(string)
    }

    /// Writes all of `string`; the reason (`strerror`) when the system refused part of it.
    public func writeReportingFailure(_ string: String) -> String? {
        var text = string
        return text.withUTF8 { buffer -> String? in
            var offset = 0
            while offset < buffer.count {
                let written = Glibc_write(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
                if written < 0 {
                    if errno == EINTR { continue }
                    if errno == EAGAIN {
                        FileSystem.waitUntilReady(descriptor, for: POLLOUT)
                        continue
                    }
                    return FileSystem.errorText(errno)
                }
                offset += written
            }
            return nil
        }
    }
}

@inline(__always)
private func Glibc_write(_ descriptor: Int32, _ buffer: UnsafeRawPointer, _ count: Int) -> Int {
    write(descriptor, buffer, count)
}
