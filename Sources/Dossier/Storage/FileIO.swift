#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Thin POSIX file helpers for the storage layer: whole writes and reads at offsets (retrying
/// short transfers and `EINTR`), fsync of files and directories, atomic rename. Every failure
/// becomes `DatabaseError.IOError` naming the path and the system's reason.
enum FileIO {
    static func ioError(_ what: String, _ path: String, _ err: Int32 = errno) -> DossierError {
        DossierError.storage(.ioError, "\(what) \(path): \(String(cString: strerror(err)))")
    }

    /// Opens (and with `O_CREAT` creates, mode 0644) a file; returns its descriptor.
    static func open(_ path: String, _ flags: Int32) throws(DossierError) -> Int32 {
        while true {
            let fd = Glibc_open(path, flags | O_CLOEXEC, 0o644)
            if fd >= 0 { return fd }
            if errno == EINTR { continue }
            throw ioError("cannot open", path)
        }
    }

    /// Writes all of `bytes` at `offset`.
    static func write(_ fd: Int32, _ bytes: UnsafeRawBufferPointer, at offset: Int, path: String) throws(DossierError) {
        var done = 0
        while done < bytes.count {
            guard let base = bytes.baseAddress else { return }
            let n = pwrite(fd, base + done, bytes.count - done, off_t(offset + done))
            if n < 0 {
                if errno == EINTR { continue }
                throw ioError("cannot write", path)
            }
            if n == 0 { throw DossierError.storage(.ioError, "cannot write \(path): no progress") }
            done += n
        }
    }

    static func write(_ fd: Int32, _ bytes: [UInt8], at offset: Int, path: String) throws(DossierError) {
        try bytes.withStorageBytes { (buf: UnsafeRawBufferPointer) throws(DossierError) in
            try write(fd, buf, at: offset, path: path)
        }
    }

    /// The size of an open file.
    static func size(_ fd: Int32, path: String) throws(DossierError) -> Int {
        var st = stat()
        guard fstat(fd, &st) == 0 else { throw ioError("cannot stat", path) }
        return Int(st.st_size)
    }

    /// Reads a whole open file.
    static func readAll(_ fd: Int32, path: String) throws(DossierError) -> [UInt8] {
        let n = try size(fd, path: path)
        var out = [UInt8](repeating: 0, count: n)
        var done = 0
        var failure: Int32 = 0
        out.withUnsafeMutableBytes { buf in
            guard let base = buf.baseAddress else { return }
            while done < n {
                let r = pread(fd, base + done, n - done, off_t(done))
                if r < 0 {
                    if errno == EINTR { continue }
                    failure = errno
                    return
                }
                if r == 0 { break }  // shrank while reading: keep what is there
                done += r
            }
        }
        if failure != 0 { throw ioError("cannot read", path, failure) }
        if done < n { out.removeSubrange(done...) }
        return out
    }

    /// Makes a file's data (and its size) durable. `fdatasync` on Linux: it also flushes the
    /// metadata needed to read the data back, which is all a log append needs.
    static func sync(_ fd: Int32, path: String) throws(DossierError) {
        #if os(Linux)
        let r = fdatasync(fd)
        #else
        let r = fsync(fd)
        #endif
        guard r == 0 else { throw ioError("cannot sync", path) }
    }

    /// fsyncs a directory, making renames and new entries in it durable.
    static func syncDirectory(_ path: String) throws(DossierError) {
        let fd = try open(path, O_RDONLY | O_DIRECTORY)
        defer { close(fd) }
        guard fsync(fd) == 0 else { throw ioError("cannot sync directory", path) }
    }

    static func truncate(_ fd: Int32, to size: Int, path: String) throws(DossierError) {
        guard ftruncate(fd, off_t(size)) == 0 else { throw ioError("cannot truncate", path) }
    }

    /// Atomically replaces `to` with `from`.
    static func rename(_ from: String, _ to: String) throws(DossierError) {
        guard Glibc_rename(from, to) == 0 else { throw ioError("cannot rename \(from) to", to) }
    }

    /// Closes a descriptor (errors ignored: nothing useful can be done about them here).
    static func closeFile(_ fd: Int32) {
        #if canImport(Glibc)
        _ = Glibc.close(fd)
        #else
        _ = Darwin.close(fd)
        #endif
    }

    static func remove(_ path: String) {
        _ = unlink(path)
    }

    enum Kind { case missing, file, directory, other }

    static func kind(_ path: String) -> Kind {
        var st = stat()
        guard stat(path, &st) == 0 else { return .missing }
        switch st.st_mode & S_IFMT {
        case S_IFREG: return .file
        case S_IFDIR: return .directory
        default: return .other
        }
    }

    static func makeDirectory(_ path: String) throws(DossierError) {
        guard mkdir(path, 0o755) == 0 else { throw ioError("cannot create directory", path) }
    }

    /// Names in a directory, without `.` and `..`.
    static func list(_ path: String) throws(DossierError) -> [String] {
        guard let dir = opendir(path) else { throw ioError("cannot read directory", path) }
        defer { closedir(dir) }
        var names: [String] = []
        while let entry = readdir(dir) {
            let name = withUnsafePointer(to: entry.pointee.d_name) {
                $0.withMemoryRebound(to: CChar.self, capacity: 256) { String(cString: $0) }
            }
            if name != "." && name != ".." { names.append(name) }
        }
        return names
    }

    /// A random 64-bit number (database ids).
    static func randomID() -> UInt64 {
        var g = SystemRandomNumberGenerator()
        return UInt64.random(in: 1...UInt64.max, using: &g)
    }
}

// Module-qualified names for libc calls shadowed by `FileIO`'s own methods.
@inline(__always) private func Glibc_open(_ path: String, _ flags: Int32, _ mode: mode_t) -> Int32 {
    #if canImport(Glibc)
    return Glibc.open(path, flags, mode)
    #else
    return Darwin.open(path, flags, mode)
    #endif
}

@inline(__always) private func Glibc_rename(_ from: String, _ to: String) -> Int32 {
    #if canImport(Glibc)
    return Glibc.rename(from, to)
    #else
    return Darwin.rename(from, to)
    #endif
}
