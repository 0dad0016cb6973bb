extension Database {
    /// Runs `body` against the graph store directly, as one atomic statement: its changes are
    /// committed (durably, for an on-disk database) when it returns, rolled back when it throws.
    /// Inside an explicit transaction they join the transaction instead.
    ///
    /// For loaders, generators and tests that need no query language:
    /// ```swift
    /// try db.write { store in
    ///     let person = store.labelID("Person"), name = store.keyID("name")
    ///     store.createNode(labels: [person], properties: [Property(key: name, value: "Ana")])
    /// }
    /// ```
    /// The caller must pass ids of live nodes and relationships to the store's methods.
    /// - Throws: `DatabaseError.ReadOnly` when opened read-only; the log's I/O errors; what `body` throws
    ///   (wrapped in `DatabaseError.InternalError` unless it is a `DossierError`).
    @discardableResult
    public func write<T>(_ body: (GraphStore) throws -> T) throws(DossierError) -> T {
        lock.lock(); defer { lock.unlock() }
        guard !options.readOnly else { throw DossierError.storage(.readOnly, "the database is open read-only") }
        let savepoint = store.savepoint()
        do {
            let result = try body(store)
            if transactionStart == nil { try commitPending() }
            return result
        } catch {
            store.rollback(to: savepoint)
            throw (error as? DossierError) ?? DossierError.internal("\(error)")
        }
    }

    /// Runs `body` with read access to the graph store (no changes allowed).
    public func read<T>(_ body: (GraphStore) throws -> T) rethrows -> T {
        lock.lock(); defer { lock.unlock() }
        return try body(store)
    }
}
