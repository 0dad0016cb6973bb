/// Runs the schema commands: `CREATE INDEX`, `DROP INDEX`, `CREATE CONSTRAINT ... IS UNIQUE`,
/// `DROP CONSTRAINT`, `SHOW INDEXES`, `SHOW CONSTRAINTS`.
///
/// The storage layer logs index definitions at commit, so they survive a restart. Like Neo4j,
/// schema changes are refused inside an explicit transaction (they could not be rolled back).
enum SchemaCommands {
    static func execute(_ command: SchemaCommand, context: ExecutionContext) throws -> ExecutionOutput {
        let store = context.store
        var output = ExecutionOutput(columns: [], rows: [])
        switch command {
        case .showIndexes, .showConstraints: break
        default:
            if context.inExplicitTransaction {
                throw DossierError.storage(.transactionState,
                                           "indexes and constraints cannot be created or dropped inside an explicit transaction: commit or roll back first")
            }
            if context.options.readOnly {
                throw DossierError.storage(.readOnly, "the database is open read-only")
            }
        }
        switch command {
        case let .createIndex(name, label, property, ifNotExists):
            if ifNotExists, exists(name: name, label: label, key: property, unique: false, store) { return output }
            try store.createIndex(name: name, label: label, key: property, unique: false)
            output.statistics.indexesAdded = 1
        case let .createUniqueConstraint(name, label, property, ifNotExists):
            if ifNotExists, exists(name: name, label: label, key: property, unique: true, store) { return output }
            try store.createIndex(name: name, label: label, key: property, unique: true)
            output.statistics.constraintsAdded = 1
        case let .dropIndex(name, ifExists):
            guard let index = index(named: name, store), !index.unique else {
                if ifExists { return output }
                if index(named: name, store) != nil {
                    throw DossierError(.databaseError, .indexNotFound,
                                       "'\(name)' is a constraint, not an index: use DROP CONSTRAINT \(name)")
                }
                throw DossierError(.databaseError, .indexNotFound, "there is no index named '\(name)'")
            }
            store.dropIndex(named: name)
            output.statistics.indexesRemoved = 1
        case let .dropConstraint(name, ifExists):
            guard let index = index(named: name, store), index.unique else {
                if ifExists { return output }
                if index(named: name, store) != nil {
                    throw DossierError(.databaseError, .indexNotFound,
                                       "'\(name)' is an index, not a constraint: use DROP INDEX \(name)")
                }
                throw DossierError(.databaseError, .indexNotFound, "there is no constraint named '\(name)'")
            }
            store.dropIndex(named: name)
            output.statistics.constraintsRemoved = 1
        case .showIndexes:
            output.columns = ["name", "type", "entityType", "labelsOrTypes", "properties", "owningConstraint", "distinctValues"]
            output.rows = store.indexes.sorted { $0.name < $1.name }.map { i in
                [.string(i.name), .string("RANGE"), .string("NODE"), .list([.string(store.labels.name(i.label))]),
                 .list([.string(store.keys.name(i.key))]), i.unique ? .string(i.name) : .null, .int(Int64(i.distinctValues))]
            }
        case .showConstraints:
            output.columns = ["name", "type", "entityType", "labelsOrTypes", "properties"]
            output.rows = store.indexes.filter(\.unique).sorted { $0.name < $1.name }.map { i in
                [.string(i.name), .string("UNIQUENESS"), .string("NODE"), .list([.string(store.labels.name(i.label))]),
                 .list([.string(store.keys.name(i.key))])]
            }
        }
        return output
    }

    private static func index(named name: String, _ store: GraphStore) -> PropertyIndex? {
        store.indexes.first { $0.name == name }
    }

    /// For `IF NOT EXISTS`: whether an index of that name, or an equivalent one, exists already.
    private static func exists(name: String?, label: String, key: String, unique: Bool, _ store: GraphStore) -> Bool {
        if let name, index(named: name, store) != nil { return true }
        guard let l = store.labels.lookup(label), let k = store.keys.lookup(key) else { return false }
        return store.indexes.contains { $0.label == l && $0.key == k && $0.unique == unique }
    }
}
