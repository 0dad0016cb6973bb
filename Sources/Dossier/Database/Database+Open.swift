extension Database {
    /// Opens the database stored in the directory at `path`, creating it when it does not exist.
    ///
    /// ```swift
    /// let db = try Database.open(path: "research.dossier")
    /// try db.execute("CREATE (:Person {name: 'Igor Kochetkov'})")   // durable when it returns
    /// try db.close()                                                 // checkpoints, releases the lock
    /// ```
    ///
    /// A database is a directory holding `snapshot.dossier` (the graph as of a checkpoint),
    /// `wal.dossier` (every transaction since, one checksummed record each) and `LOCK`
    /// (see docs/storage.md). Opening loads the snapshot and replays the log. A record cut short
    /// by a crash at the end of the log is dropped — it was never acknowledged — and reported in
    /// `openWarnings`; any other damage refuses to open.
    ///
    /// One process may write at a time: opening takes an exclusive lock on `LOCK`. With
    /// `options.readOnly` the database is opened without the lock and never written: the graph is
    /// the committed state as of the moment of opening (a writer may go on committing meanwhile;
    /// its later changes are not seen). That is safe on a local file system, where the writer only
    /// appends to the log and replaces files by atomic rename.
    ///
    /// - Throws: `DatabaseError.DatabaseLocked` (naming the holder's pid) when another opener holds
    ///   the lock; `DatabaseError.CorruptFile` / `UnsupportedFormatVersion` (naming the file, the
    ///   byte offset and the problem) for damaged or unknown files; `DatabaseError.IOError`.
    public static func open(path: String, options: DatabaseOptions = .init()) throws(DossierError) -> Database {
        let (storage, store) = try DiskStorage.open(path: path, options: options)
        return Database(store: store, options: options, log: storage, path: storage.directory)
    }

    /// What opening had to repair or ignore (a torn final log record), one sentence each.
    /// Empty for a clean open and for in-memory databases.
    public var openWarnings: [String] {
        lock.lock(); defer { lock.unlock() }
        return (log as? DiskStorage)?.warnings ?? []
    }

    /// Writes a snapshot of the committed graph and starts a new, empty log (REPL `:checkpoint`).
    /// Done automatically when the log passes `options.checkpointThreshold` bytes and on `close()`.
    /// Does nothing for an in-memory database.
    /// - Throws: `DatabaseError.TransactionState` inside an explicit transaction;
    ///   `DatabaseError.ReadOnly` when opened read-only; `DatabaseError.IOError`.
    public func checkpoint() throws(DossierError) {
        lock.lock(); defer { lock.unlock() }
        guard let storage = log as? DiskStorage else { return }
        guard transactionStart == nil else {
            throw DossierError.storage(.transactionState, "cannot checkpoint inside a transaction; commit or roll back first")
        }
        try storage.checkpoint(store: store)
    }

    /// Checkpoints (when anything changed since the last one), closes the files and releases the
    /// lock. An open explicit transaction is rolled back. Afterwards the graph can still be read
    /// but every write fails. Closing twice does nothing.
    public func close() throws(DossierError) {
        lock.lock(); defer { lock.unlock() }
        if let start = transactionStart {
            store.rollback(to: start)
            store.commit()
            transactionStart = nil
        }
        guard let storage = log as? DiskStorage else { return }
        do {
            try storage.close(store: store)
        } catch let e as DossierError {
            throw e
        } catch {
            throw DossierError.storage(.ioError, "\(error)")
        }
    }

    /// Whether `close()` has been called on this on-disk database.
    public var isClosed: Bool {
        lock.lock(); defer { lock.unlock() }
        return (log as? DiskStorage)?.isClosed ?? false
    }
}
