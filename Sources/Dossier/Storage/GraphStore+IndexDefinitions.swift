extension GraphStore {
    /// The definitions of every property index and uniqueness constraint, in creation order
    /// (what snapshots and log records store).
    var indexDefinitions: [LogRecord.IndexDefinition] {
        indexes.map { LogRecord.IndexDefinition(name: $0.name, label: $0.label, key: $0.key, unique: $0.unique) }
    }

    /// Recreates an index from its stored definition (built over the current nodes).
    /// - Throws: `DatabaseError.CorruptFile` when it cannot be created as stored (a duplicate
    ///   name, or data violating a uniqueness constraint).
    func restoreIndex(_ d: LogRecord.IndexDefinition) throws(DossierError) {
        guard Int(d.label) < labels.count, Int(d.key) < keys.count else {
            throw DossierError.storage(.corruptFile, "index \(d.name) refers to an unknown label or key")
        }
        do {
            try createIndex(name: d.name, label: labels.name(d.label), key: keys.name(d.key), unique: d.unique)
        } catch let e as DossierError {
            throw DossierError.storage(.corruptFile, "cannot restore index \(d.name): \(e.message)")
        } catch {
            throw DossierError.storage(.corruptFile, "cannot restore index \(d.name): \(error)")
        }
    }

    /// Applies logged schema changes.
    func apply(_ changes: [LogRecord.SchemaChange]) throws(DossierError) {
        for change in changes {
            switch change {
            case .createIndex(let d): try restoreIndex(d)
            case .dropIndex(let name):
                guard dropIndex(named: name) else {
                    throw DossierError.storage(.corruptFile, "the log drops index \(name), which does not exist")
                }
            }
        }
    }

    /// The schema changes that turn `logged` into the current definitions.
    func schemaChanges(since logged: [LogRecord.IndexDefinition]) -> [LogRecord.SchemaChange] {
        let current = indexDefinitions
        guard current != logged else { return [] }
        var changes: [LogRecord.SchemaChange] = []
        for d in logged where !current.contains(d) { changes.append(.dropIndex(d.name)) }
        for d in current where !logged.contains(d) { changes.append(.createIndex(d)) }
        return changes
    }
}
