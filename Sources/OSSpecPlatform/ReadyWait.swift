extension FileSystem {
    /// Waits until `descriptor` can be read (`POLLIN`) or written (`POLLOUT`). Standard input
    /// or output may be inherited non-blocking (a parent set O_NONBLOCK on a shared pipe or
    /// terminal); there EAGAIN means "not yet", and the read or write is tried again after this.
    static func waitUntilReady(_ descriptor: Int32, for events: Int32) {
        var entry = pollfd(fd: descriptor, events: Int16(events), revents: 0)
        while poll(&entry, 1, -1) < 0, errno == EINTR {}
        // macOS cannot poll a terminal (POLLNVAL at once): wait a millisecond instead of
        // spinning on EAGAIN.
        if entry.revents & Int16(POLLNVAL) != 0 { usleep(1000) }
    }
}
