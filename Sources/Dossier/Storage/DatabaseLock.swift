#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The single-writer lock of a database directory: an exclusive `flock` on its `LOCK` file,
/// which also holds the holder's process id (for the error a second opener gets).
///
/// `flock` locks belong to an open file description, so a second `acquire` is refused whether it
/// comes from another process or from this one; the kernel drops the lock when the holder exits,
/// however it exits, so a stale `LOCK` file never blocks anyone.
final class DatabaseLock {
    let path: String
    private var fd: Int32

    private init(path: String, fd: Int32) {
        self.path = path
        self.fd = fd
    }

    /// Takes the lock or throws `DatabaseError.DatabaseLocked` naming the holder's pid.
    static func acquire(_ path: String, database: String) throws(DossierError) -> DatabaseLock {
        let fd = try FileIO.open(path, O_RDWR | O_CREAT)
        while flock(fd, LOCK_EX | LOCK_NB) != 0 {
            let err = errno
            if err == EINTR { continue }
            var holder = ""
            if let text = try? FileIO.readAll(fd, path: path),
               let pid = Int(trimmed(String(decoding: text, as: UTF8.self))) {
                holder = " by process \(pid)"
            }
            close(fd)
            if err == EWOULDBLOCK || err == EAGAIN {
                throw DossierError.storage(.databaseLocked,
                    "the database \(database) is locked\(holder): another program has it open for writing " +
                    "(open it read-only, or close the other program)")
            }
            throw FileIO.ioError("cannot lock", path, err)
        }
        let lock = DatabaseLock(path: path, fd: fd)
        // Best effort: the pid is only a hint for the error above.
        _ = ftruncate(fd, 0)
        _ = try? FileIO.write(fd, Array("\(getpid())\n".utf8), at: 0, path: path)
        return lock
    }

    /// Releases the lock (also done when the object goes away, or the process ends).
    func release() {
        guard fd >= 0 else { return }
        _ = flock(fd, LOCK_UN)
        close(fd)
        fd = -1
    }

    deinit { release() }
}

/// `text` without leading and trailing ASCII spaces, tabs and newlines.
private func trimmed(_ text: String) -> String {
    let isSpace: (Character) -> Bool = { $0 == " " || $0 == "\n" || $0 == "\t" || $0 == "\r" }
    guard let first = text.firstIndex(where: { !isSpace($0) }), let last = text.lastIndex(where: { !isSpace($0) }) else {
        return ""
    }
    return String(text[first...last])
}
