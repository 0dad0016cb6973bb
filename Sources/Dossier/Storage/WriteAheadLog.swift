#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The write-ahead log file (`wal.dossier`): a header, then one record per committed
/// transaction. `append` makes a record durable (write + fsync) before returning, so a commit
/// is acknowledged only once it would survive a crash.
///
/// File header (40 bytes, little-endian):
/// ```
///  0  8  magic "DOSSWAL\0"
///  8  4  format version (1)
/// 12  4  flags (0)
/// 16  8  database id (random, shared with the snapshot)
/// 24  8  base: the snapshot's last transaction when this log was started; records follow from base + 1
/// 32  4  CRC32C of bytes 0..<32
/// 36  4  reserved (0)
/// ```
/// Record (16-byte header, then the payload described in `LogRecord`):
/// ```
///  0  4  magic "DREC"
///  4  4  payload length
///  8  4  CRC32C of the payload
/// 12  4  CRC32C of bytes 0..<12 of this header
/// ```
final class WriteAheadLog {
    static let fileName = "wal.dossier"
    static let magic: [UInt8] = Array("DOSSWAL\0".utf8)
    static let version: UInt32 = 1
    static let headerSize = 40
    static let recordMagic: UInt32 = 0x4345_5244  // "DREC"
    static let recordHeaderSize = 16

    let path: String
    private(set) var fd: Int32
    /// End of the last complete record: where the next one goes.
    private(set) var size: Int
    let databaseID: UInt64
    /// The transaction this log starts after.
    let base: UInt64
    /// Set when a failed append could not be undone: the file may end in garbage, so no
    /// further record may follow it.
    private(set) var failure: String?

    init(path: String, fd: Int32, size: Int, databaseID: UInt64, base: UInt64) {
        self.path = path
        self.fd = fd
        self.size = size
        self.databaseID = databaseID
        self.base = base
    }

    deinit { close() }

    func close() {
        if fd >= 0 {
            _ = Glibc_close(fd)
            fd = -1
        }
    }

    static func header(databaseID: UInt64, base: UInt64) -> [UInt8] {
        var w = ByteWriter(capacity: headerSize)
        w.append(magic)
        w.u32(version)
        w.u32(0)
        w.u64(databaseID)
        w.u64(base)
        w.u32(CRC32C.checksum(w.bytes))
        w.u32(0)
        return w.bytes
    }

    /// Creates a new, empty log at `path` atomically: written to `path.tmp`, synced, renamed
    /// over `path`, directory synced. The returned log is open for appending; if only the final
    /// directory sync failed, it is returned with `failure` set (it is in place, but no commit
    /// may rely on it).
    static func create(path: String, directory: String, databaseID: UInt64, base: UInt64) throws(DossierError) -> WriteAheadLog {
        let tmp = path + ".tmp"
        FileIO.remove(tmp)
        let fd = try FileIO.open(tmp, O_RDWR | O_CREAT | O_TRUNC)
        do {
            try FileIO.write(fd, header(databaseID: databaseID, base: base), at: 0, path: tmp)
            try FileIO.sync(fd, path: tmp)
            try FileIO.rename(tmp, path)
        } catch {
            _ = Glibc_close(fd)
            FileIO.remove(tmp)
            throw error
        }
        let log = WriteAheadLog(path: path, fd: fd, size: headerSize, databaseID: databaseID, base: base)
        do {
            try FileIO.syncDirectory(directory)
        } catch {
            // The new log is in place but maybe not durably: refuse further commits into it.
            log.failure = error.message
        }
        return log
    }

    /// Appends one record holding `payload` and, when `sync`, waits until it is on disk.
    /// On failure the file is cut back to its previous end, so it never ends in a partial record
    /// that a later record would follow.
    func append(payload: [UInt8], sync: Bool) throws(DossierError) {
        if let failure {
            throw DossierError.storage(.ioError, "the log \(path) is unusable after an earlier failure (\(failure)); reopen the database")
        }
        guard fd >= 0 else { throw DossierError.storage(.ioError, "the database is closed") }
        guard payload.count <= Int(UInt32.max) else {
            throw DossierError.limit(.tooManyRows, "a transaction of \(payload.count) bytes is too large for one log record (at most 4 GiB)")
        }
        var w = ByteWriter(capacity: Self.recordHeaderSize)
        w.u32(Self.recordMagic)
        w.u32(UInt32(payload.count))
        w.u32(CRC32C.checksum(payload))
        w.u32(CRC32C.checksum(w.bytes))
        do {
            // Header and payload in two writes (no copy of a large payload); a crash between
            // them leaves an incomplete final record, which recovery cuts off.
            try FileIO.write(fd, w.bytes, at: size, path: path)
            try FileIO.write(fd, payload, at: size + w.count, path: path)
            if sync { try FileIO.sync(fd, path: path) }
        } catch {
            do {
                try FileIO.truncate(fd, to: size, path: path)
                try FileIO.sync(fd, path: path)
            } catch {
                failure = error.message
            }
            throw error
        }
        size += w.count + payload.count
    }

    /// Cuts the file back to `newSize` bytes (dropping a torn tail) and syncs.
    func truncate(to newSize: Int) throws(DossierError) {
        try FileIO.truncate(fd, to: newSize, path: path)
        try FileIO.sync(fd, path: path)
        size = newSize
    }
}

@inline(__always) private func Glibc_close(_ fd: Int32) -> Int32 {
    #if canImport(Glibc)
    return Glibc.close(fd)
    #else
    return Darwin.close(fd)
    #endif
}
