#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A database directory on disk: the snapshot, the write-ahead log and the lock, and the
/// rules that tie them together (recovery at open, durable commits, checkpoints).
///
/// ```
/// PATH/
///   snapshot.dossier   the graph as of transaction N (replaced atomically by checkpoints)
///   wal.dossier        the transactions after N, one record each
///   LOCK               flock'ed by the one writer; holds its pid
/// ```
/// Each log record carries its transaction number; the snapshot records the last transaction
/// it holds. Replay skips records the snapshot already has (left behind when a crash hit a
/// checkpoint between its two renames) and refuses a log that starts after the snapshot ends.
final class DiskStorage: CommitLog {
    let directory: String
    let options: DatabaseOptions
    private var lock: DatabaseLock?
    private var log: WriteAheadLog?
    private(set) var databaseID: UInt64
    /// The last committed (durable) transaction.
    private(set) var lastTransaction: UInt64
    /// Sizes of the symbol tables already in the snapshot or the log.
    private var loggedSymbols: [Int]
    /// Index definitions as the snapshot and log have them.
    private var loggedIndexes: [LogRecord.IndexDefinition] = []
    /// What recovery had to do (a cut-off torn record, say), for `Database.openWarnings`.
    private(set) var warnings: [String] = []
    /// Why the last automatic checkpoint failed, if it did (commits still succeed: the log has them).
    private(set) var lastCheckpointError: DossierError?
    private(set) var isClosed = false

    var snapshotPath: String { directory + "/" + Snapshot.fileName }
    var logPath: String { directory + "/" + WriteAheadLog.fileName }
    static let lockName = "LOCK"
    /// Size of the log, in bytes (0 when read-only).
    var logSize: Int { log?.size ?? 0 }

    private init(directory: String, options: DatabaseOptions, lock: DatabaseLock?, databaseID: UInt64,
                 lastTransaction: UInt64, loggedSymbols: [Int]) {
        self.directory = directory
        self.options = options
        self.lock = lock
        self.databaseID = databaseID
        self.lastTransaction = lastTransaction
        self.loggedSymbols = loggedSymbols
    }

    // MARK: - Opening

    /// Opens (creating when missing, unless read-only) the database directory at `path` and
    /// rebuilds its graph from the snapshot and the log.
    static func open(path: String, options: DatabaseOptions) throws(DossierError) -> (DiskStorage, GraphStore) {
        var directory = path.count > 1 && path.hasSuffix("/") ? String(path.dropLast()) : path
        // Absolute, so that a later change of the working directory cannot redirect checkpoints.
        if !directory.hasPrefix("/"), let cwd = currentDirectory() {
            directory = directory == "." ? cwd : cwd + "/" + directory
        }
        switch FileIO.kind(directory) {
        case .directory: break
        case .missing:
            guard !options.readOnly else {
                throw DossierError.storage(.ioError, "there is no database at \(directory) to open read-only")
            }
            try FileIO.makeDirectory(directory)
            try FileIO.syncDirectory(parent(of: directory))
        case .file, .other:
            throw DossierError.storage(.ioError, "\(directory) is not a directory: a Dossier database is a directory")
        }
        if options.readOnly {
            // A writer may checkpoint while we read: if the log we read does not follow the
            // snapshot we read, read both again.
            var attempt = 0
            while true {
                attempt += 1
                do {
                    return try load(directory: directory, options: options, lock: nil)
                } catch let e as RetryableMismatch {
                    if attempt >= 5 { throw e.error }
                    usleep(20_000)
                } catch {
                    throw asDossierError(error)
                }
            }
        }
        let lock = try DatabaseLock.acquire(directory + "/" + lockName, database: directory)
        do {
            return try load(directory: directory, options: options, lock: lock)
        } catch let e as RetryableMismatch {
            throw e.error
        } catch {
            throw asDossierError(error)
        }
    }

    private static func asDossierError(_ error: any Error) -> DossierError {
        (error as? DossierError) ?? DossierError.internal("\(error)")
    }

    /// A snapshot and log that do not fit together; a read-only opener retries.
    private struct RetryableMismatch: Error { var error: DossierError }

    private static func currentDirectory() -> String? {
        var buffer = [CChar](repeating: 0, count: 4096)
        guard getcwd(&buffer, buffer.count) != nil else { return nil }
        return String(decoding: buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }

    private static func parent(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "." }
        return slash == path.startIndex ? "/" : String(path[..<slash])
    }

    private static func load(directory: String, options: DatabaseOptions,
                             lock: DatabaseLock?) throws -> (DiskStorage, GraphStore) {
        let readOnly = lock == nil
        let snapshotPath = directory + "/" + Snapshot.fileName
        let logPath = directory + "/" + WriteAheadLog.fileName
        let store = GraphStore()
        let hasSnapshot = FileIO.kind(snapshotPath) == .file
        let hasLog = FileIO.kind(logPath) == .file

        if !readOnly {
            FileIO.remove(snapshotPath + ".tmp")
            FileIO.remove(logPath + ".tmp")
        }
        if !hasSnapshot {
            if hasLog {
                throw DossierError.storage(.corruptFile,
                    "\(snapshotPath) is missing but \(logPath) exists: the log alone cannot rebuild the database")
            }
            let others = try FileIO.list(directory).filter {
                $0 != lockName && $0 != Snapshot.fileName + ".tmp" && $0 != WriteAheadLog.fileName + ".tmp"
            }
            guard others.isEmpty else {
                throw DossierError.storage(.ioError,
                    "\(directory) is not a Dossier database (it has no \(Snapshot.fileName)) and is not empty")
            }
            guard !readOnly else {
                throw DossierError.storage(.ioError, "there is no database at \(directory) to open read-only")
            }
            // A new database: an empty snapshot, then an empty log.
            let id = FileIO.randomID()
            try Snapshot.write(store, header: .init(databaseID: id, lastTransaction: 0), to: snapshotPath, directory: directory)
            let storage = DiskStorage(directory: directory, options: options, lock: lock, databaseID: id,
                                      lastTransaction: 0, loggedSymbols: [0, 0, 0])
            storage.log = try usable(WriteAheadLog.create(path: logPath, directory: directory, databaseID: id, base: 0))
            return (storage, store)
        }

        let snapshotFD = try FileIO.open(snapshotPath, O_RDONLY)
        let snapshotBytes: [UInt8]
        do {
            snapshotBytes = try FileIO.readAll(snapshotFD, path: snapshotPath)
            FileIO.closeFile(snapshotFD)
        } catch {
            FileIO.closeFile(snapshotFD)
            throw error
        }
        let header = try Snapshot.load(snapshotBytes, path: snapshotPath, into: store)
        let storage = DiskStorage(directory: directory, options: options, lock: lock, databaseID: header.databaseID,
                                  lastTransaction: header.lastTransaction, loggedSymbols: [])

        guard hasLog else {
            // A crash after a new database's snapshot, before its log: start the log.
            if !readOnly {
                storage.log = try usable(WriteAheadLog.create(path: logPath, directory: directory,
                                                              databaseID: header.databaseID, base: header.lastTransaction))
            }
            storage.loggedSymbols = [store.labels.count, store.types.count, store.keys.count]
            storage.loggedIndexes = store.indexDefinitions
            return (storage, store)
        }

        let logFD = try FileIO.open(logPath, readOnly ? O_RDONLY : O_RDWR)
        let logBytes: [UInt8]
        do {
            logBytes = try FileIO.readAll(logFD, path: logPath)
        } catch {
            FileIO.closeFile(logFD)
            throw error
        }
        let log = WriteAheadLog(path: logPath, fd: logFD, size: logBytes.count,
                                databaseID: header.databaseID, base: header.lastTransaction)
        let replay = try storage.replay(logBytes, path: logPath, snapshot: header, into: store)
        if let torn = replay.torn {
            let what = "\(logPath): the last record (\(torn.length) bytes at byte offset \(torn.offset)"
                + (torn.sequence.map { ", transaction \($0)" } ?? "") + ") is incomplete: \(torn.reason). "
                + "A crash interrupted its write, so it was never reported as committed"
            if readOnly {
                storage.warnings.append(what + "; it was ignored (read-only: the file was not changed).")
            } else {
                try log.truncate(to: torn.offset)
                storage.warnings.append(what + "; it was cut off.")
            }
        }
        storage.loggedSymbols = [store.labels.count, store.types.count, store.keys.count]
        storage.loggedIndexes = store.indexDefinitions
        if readOnly {
            log.close()
        } else if replay.applied == 0 && replay.skipped > 0 {
            // Left over from a checkpoint cut short between its two renames: every record is
            // already in the snapshot. Start the log afresh.
            log.close()
            storage.log = try usable(WriteAheadLog.create(path: logPath, directory: directory,
                                                          databaseID: header.databaseID, base: header.lastTransaction))
        } else {
            storage.log = log
        }
        return (storage, store)
    }

    private static func usable(_ log: WriteAheadLog) throws(DossierError) -> WriteAheadLog {
        if let failure = log.failure { throw DossierError.storage(.ioError, failure) }
        return log
    }

    private struct ReplayResult {
        var applied = 0
        var skipped = 0
        var torn: LogScan.TornTail?
    }

    /// Applies the log's records after the snapshot's last transaction to `store`.
    private func replay(_ bytes: [UInt8], path: String, snapshot: Snapshot.Header,
                        into store: GraphStore) throws -> ReplayResult {
        let scan = try WriteAheadLog.scan(bytes, path: path)
        func corrupt(_ offset: Int, _ what: String) -> DossierError {
            DossierError.storage(.corruptFile, "\(path) is damaged at byte offset \(offset): \(what)")
        }
        guard scan.databaseID == snapshot.databaseID else {
            throw RetryableMismatch(error: corrupt(16,
                "the log belongs to a different database than \(Snapshot.fileName) (database ids differ)"))
        }
        guard scan.base <= snapshot.lastTransaction else {
            throw RetryableMismatch(error: corrupt(24,
                "the log continues from transaction \(scan.base) but the snapshot ends at transaction \(snapshot.lastTransaction): transactions in between are missing"))
        }
        var result = ReplayResult(torn: scan.torn)
        var expected = scan.base + 1
        store.recordsChanges = false
        defer { store.recordsChanges = true }
        try bytes.withUnsafeBytes { (buf: UnsafeRawBufferPointer) throws in
            for payload in scan.payloads {
                let recordOffset = payload.lowerBound - WriteAheadLog.recordHeaderSize
                var r = ByteReader(UnsafeRawBufferPointer(rebasing: buf[payload]), fileOffset: payload.lowerBound)
                guard let seq = LogRecord.peekSequence(&r) else {
                    throw corrupt(payload.lowerBound, "unreadable transaction number")
                }
                guard seq == expected else {
                    throw corrupt(recordOffset, "expected transaction \(expected), found transaction \(seq)")
                }
                expected += 1
                if seq <= snapshot.lastTransaction {
                    result.skipped += 1
                    continue
                }
                r.position = 0
                let record: LogRecord
                do throws(DecodeError) {
                    record = try LogRecord.decode(&r, symbolCounts: [store.labels.count, store.types.count, store.keys.count])
                } catch {
                    throw corrupt(error.offset, error.message)
                }
                do {
                    try Self.applySymbols(record.symbols, to: store)
                    for m in record.mutations { try store.apply(m) }
                    try store.apply(record.schema)
                } catch let e as DossierError {
                    throw corrupt(recordOffset, "transaction \(seq) does not fit the graph: \(e.message)")
                }
                result.applied += 1
                lastTransaction = seq
            }
        }
        return result
    }

    /// Adds a record's names to the symbol tables, checking that ids line up.
    private static func applySymbols(_ blocks: [LogRecord.SymbolBlock], to store: GraphStore) throws {
        for (i, block) in blocks.enumerated() {
            for (j, name) in block.names.enumerated() {
                let id = block.firstID + j
                let count = i == 0 ? store.labels.count : i == 1 ? store.types.count : store.keys.count
                if id < count {
                    let existing = i == 0 ? store.labels.name(Int32(id)) : i == 1 ? store.types.name(Int32(id)) : store.keys.name(Int32(id))
                    guard existing == name else {
                        throw DossierError.storage(.corruptFile, "name \(id) is \"\(existing)\", the log says \"\(name)\"")
                    }
                    continue
                }
                let got: Int32
                switch i {
                case 0: got = store.labels.intern(name)
                case 1: got = store.types.intern(name)
                default: got = store.keys.intern(name)
                }
                guard got == Int32(id) else {
                    throw DossierError.storage(.corruptFile, "name \"\(name)\" appears twice")
                }
            }
        }
    }

    // MARK: - CommitLog

    func append(_ mutations: [Mutation], store: GraphStore) throws {
        guard !isClosed else { throw DossierError.storage(.ioError, "the database is closed") }
        guard let log else { throw DossierError.storage(.readOnly, "the database is open read-only") }
        let seq = lastTransaction + 1
        let schema = store.schemaChanges(since: loggedIndexes)
        let payload = try LogRecord.encode(sequence: seq, mutations: mutations, schema: schema, store: store, logged: loggedSymbols)
        try log.append(payload: payload, sync: options.synchronousCommits)
        lastTransaction = seq
        loggedSymbols = [store.labels.count, store.types.count, store.keys.count]
        if !schema.isEmpty { loggedIndexes = store.indexDefinitions }
    }

    func hasUnloggedSchemaChanges(store: GraphStore) -> Bool {
        if store.observers.isEmpty && loggedIndexes.isEmpty { return false }
        return log != nil && !isClosed && store.indexDefinitions != loggedIndexes
    }

    func didCommit(store: GraphStore) throws {
        guard let log, log.size > options.checkpointThreshold else { return }
        do {
            try checkpoint(store: store)
            lastCheckpointError = nil
        } catch {
            // The commit is durable in the log; the next commit tries again.
            lastCheckpointError = error
        }
    }

    func close(store: GraphStore) throws {
        guard !isClosed else { return }
        defer {
            log?.close()
            log = nil
            lock?.release()
            lock = nil
            isClosed = true
        }
        if log != nil, lastTransaction > (log?.base ?? 0) {
            try checkpoint(store: store)
        }
    }

    /// Writes a snapshot of `store` (which must hold no uncommitted changes) and starts a new,
    /// empty log. Safe at any point against crashes: until the snapshot's rename the old
    /// snapshot and log stand; after it, the old log's records are all older than the snapshot
    /// and are skipped.
    func checkpoint(store: GraphStore) throws(DossierError) {
        guard !isClosed else { throw DossierError.storage(.ioError, "the database is closed") }
        guard let old = log else { throw DossierError.storage(.readOnly, "the database is open read-only") }
        if let failure = old.failure {
            throw DossierError.storage(.ioError, "the log is unusable after an earlier failure (\(failure)); reopen the database")
        }
        try Snapshot.write(store, header: .init(databaseID: databaseID, lastTransaction: lastTransaction),
                           to: snapshotPath, directory: directory)
        let fresh = try WriteAheadLog.create(path: logPath, directory: directory, databaseID: databaseID, base: lastTransaction)
        old.close()
        log = fresh
        loggedSymbols = [store.labels.count, store.types.count, store.keys.count]
        loggedIndexes = store.indexDefinitions
        if let failure = fresh.failure { throw DossierError.storage(.ioError, failure) }
    }
}
