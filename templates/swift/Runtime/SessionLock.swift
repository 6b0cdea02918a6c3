import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// One command at a time per session, across processes: two `approve`s started together would
/// both find the pause and run the approved tool twice, and two `run`s on a new id would both
/// find it free. An advisory lock (`flock`) on `.lock` in the session's folder, held for the
/// command; the system releases it if the process dies. A hidden file, so `run` does not count
/// it as an earlier session's.
public final class SessionLock {
    private var descriptor: Int32

    /// Takes the lock, or returns nil at once when another command holds it.
    public static func acquire(folder: URL) throws -> SessionLock? {
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        } catch {
            throw RunError("Cannot use the session folder '\(folder.path)': \(reason(creating: folder)).")
        }
        let path = folder.appendingPathComponent(".lock").path
        let descriptor = open(path, O_CREAT | O_RDWR | O_CLOEXEC | O_NOFOLLOW, 0o644)
        guard descriptor >= 0 else { throw RunError("Cannot open the session lock '\(path)': \(String(cString: strerror(errno))).") }
        guard flock(descriptor, LOCK_EX | LOCK_NB) == 0 else {
            let busy = errno == EWOULDBLOCK
            let reason = String(cString: strerror(errno))
            close(descriptor)
            if busy { return nil }
            throw RunError("Cannot lock the session '\(path)': \(reason).")
        }
        return SessionLock(descriptor)
    }

    private init(_ descriptor: Int32) { self.descriptor = descriptor }

    /// Why a folder cannot be made, in the system's words ("Permission denied", "Not a
    /// directory"): Foundation's error text differs by platform and names no cause on Linux.
    static func reason(creating folder: URL) -> String {
        for url in [folder.deletingLastPathComponent(), folder] {
            var isFolder: ObjCBool = false
            if FileManager.default.fileExists(atPath: url.path, isDirectory: &isFolder), !isFolder.boolValue {
                return "'\(url.path)' is a file, not a folder"
            }
        }
        for url in [folder.deletingLastPathComponent(), folder] where mkdir(url.path, 0o755) != 0 && errno != EEXIST {
            return String(cString: strerror(errno))
        }
        return "it cannot be created"
    }

    /// Releases the lock (also done when the lock goes away).
    public func release() {
        guard descriptor >= 0 else { return }
        flock(descriptor, LOCK_UN)
        close(descriptor)
        descriptor = -1
    }

    deinit { release() }
}
