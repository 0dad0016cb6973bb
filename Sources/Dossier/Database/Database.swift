import Foundation

/// Persists committed changes. The storage layer's write-ahead log implements it;
/// an in-memory database has none.
protocol CommitLog: AnyObject {
    /// Makes `mutations` durable (appended and synced) or throws; called before the
    /// in-memory transaction is forgotten, so a failure can still roll back.
    func append(_ mutations: [Mutation], store: GraphStore) throws
    /// Called after every commit, to let the log checkpoint when it grows.
    func didCommit(store: GraphStore) throws
    /// Whether the store has changes that are not mutations (index definitions) to log.
    func hasUnloggedSchemaChanges(store: GraphStore) -> Bool
    /// Flushes and releases files and locks.
    func close(store: GraphStore) throws
}

/// Everything a running query needs from its surroundings.
final class ExecutionContext {
    let store: GraphStore
    let parameters: [String: Value]
    let options: DatabaseOptions
    let cancellation: CancellationFlag
    /// The statement's text (column names and error carets refer to it).
    let source: String
    /// The procedures CALL can run.
    var procedures: ProcedureRegistry?
    /// An explicit transaction (`begin()`) is open: schema commands are refused.
    var inExplicitTransaction = false
    init(store: GraphStore, parameters: [String: Value], options: DatabaseOptions,
         cancellation: CancellationFlag, source: String) {
        self.store = store
        self.parameters = parameters
        self.options = options
        self.cancellation = cancellation
        self.source = source
    }
}

/// A Dossier database: a property graph held in memory, optionally persisted to a directory,
/// queried with openCypher.
///
/// ```swift
/// let db = Database()                                   // empty, in memory
/// try db.execute("CREATE (:Person {name: 'Igor Kochetkov'})")
/// let r = try db.execute("MATCH (p:Person) RETURN p.name AS name")
/// print(r.rows)                                          // [["Igor Kochetkov"]]
/// ```
///
/// Every statement is atomic: it either applies completely or, when it throws, leaves the
/// graph exactly as it was. All thrown errors are `DossierError`s. A `Database` serialises
/// its statements; it may be shared between threads.
public final class Database: @unchecked Sendable {
    let store: GraphStore
    public let options: DatabaseOptions
    var log: (any CommitLog)?
    let lock = NSRecursiveLock()
    /// The procedures `CALL` can run: the built-in `db.*` ones and any you register.
    public let procedures = ProcedureRegistry.withBuiltins()
    /// Set by `cancel()`; polled by the running query.
    public let cancellation = CancellationFlag()
    /// Savepoint of an explicit transaction (`begin()`), when one is open.
    var transactionStart: GraphStore.Savepoint?
    /// Where the database lives on disk; nil in memory.
    public internal(set) var path: String?
    /// Plans of recent queries, by text.
    let planCache = PlanCache()

    /// An empty in-memory database.
    public init(options: DatabaseOptions = DatabaseOptions()) {
        self.store = GraphStore()
        self.options = options
    }

    init(store: GraphStore, options: DatabaseOptions, log: (any CommitLog)?, path: String?) {
        self.store = store
        self.options = options
        self.log = log
        self.path = path
    }

    /// Runs one statement (a trailing `;` is allowed) and returns its result.
    ///
    /// - Parameters:
    ///   - query: openCypher text.
    ///   - parameters: values for `$name` parameters.
    /// - Throws: `DossierError`: syntax and semantic errors carry the `line:column` in `query`.
    @discardableResult
    public func execute(_ query: String, parameters: [String: Value] = [:]) throws(DossierError) -> QueryResult {
        lock.lock()
        defer { lock.unlock() }
        cancellation.reset()
        do {
            if let planned = planCache.plan(for: query, parameters: parameters, store: store) {
                return try run(source: query, parameters: parameters) { try QueryExecutor.run(planned, context: $0, profile: false) }
            }
            let statement = try Parser.parse(query, options: options)
            return try run(source: query, parameters: parameters) { try self.execute(statement, context: $0) }
        } catch let e as DossierError {
            throw e
        } catch {
            throw DossierError.internal("\(error)")
        }
    }

    /// Runs a statement (`body` plans and executes it) atomically: checks, commit or rollback, result.
    func run(source: String, parameters: [String: Value],
             _ body: (ExecutionContext) throws -> ExecutionOutput) throws -> QueryResult {
        let savepoint = store.savepoint()
        let context = ExecutionContext(store: store, parameters: parameters, options: options,
                                       cancellation: cancellation, source: source)
        context.procedures = procedures
        context.inExplicitTransaction = transactionStart != nil
        var output: ExecutionOutput
        do {
            output = try body(context)
            if let dangling = store.deletedNodesWithRelationships(since: savepoint) {
                throw DossierError(.constraintVerificationFailed, .deleteConnectedNode,
                                   "cannot delete node \(dangling.rawValue): it still has relationships; use DETACH DELETE")
            }
            if let violation = store.uniquenessViolation() { throw violation }
            let changes = store.mutations(since: savepoint)
            if !changes.isEmpty && options.readOnly {
                throw DossierError.storage(.readOnly, "the database is open read-only")
            }
            output.statistics = mergeStatistics(QueryStatistics(mutations: changes), output.statistics)
            if transactionStart == nil { try commitPending() }
        } catch {
            store.rollback(to: savepoint)
            throw error
        }
        return QueryResult(columns: output.columns, rows: output.rows, statistics: output.statistics,
                           nodes: snapshotNodes(output.rows), relationships: snapshotRelationships(output.rows),
                           plan: output.plan, notifications: output.notifications)
    }

    private func mergeStatistics(_ a: QueryStatistics, _ b: QueryStatistics) -> QueryStatistics {
        var s = a
        s.indexesAdded += b.indexesAdded
        s.indexesRemoved += b.indexesRemoved
        s.constraintsAdded += b.constraintsAdded
        s.constraintsRemoved += b.constraintsRemoved
        return s
    }

    /// Writes pending changes to the log (if any) and forgets their undo information.
    func commitPending() throws {
        if store.pendingMutations.isEmpty && !(log?.hasUnloggedSchemaChanges(store: store) ?? false) {
            store.commit()
            return
        }
        if let log {
            try log.append(store.pendingMutations, store: store)
        }
        store.commit()
        try log?.didCommit(store: store)
    }

    // MARK: - Explicit transactions

    /// Starts an explicit transaction: statements run until `commit()` become durable together.
    public func begin() throws(DossierError) {
        lock.lock(); defer { lock.unlock() }
        guard transactionStart == nil else {
            throw DossierError.storage(.transactionState, "a transaction is already open")
        }
        transactionStart = store.savepoint()
    }

    /// Commits the open transaction as one log record.
    public func commit() throws(DossierError) {
        lock.lock(); defer { lock.unlock() }
        guard let start = transactionStart else {
            throw DossierError.storage(.transactionState, "no transaction is open")
        }
        do {
            try commitPending()
            transactionStart = nil
        } catch let e as DossierError {
            store.rollback(to: start)
            transactionStart = nil
            throw e
        } catch {
            store.rollback(to: start)
            transactionStart = nil
            throw DossierError.storage(.ioError, "\(error)")
        }
    }

    /// Discards every change of the open transaction.
    public func rollback() throws(DossierError) {
        lock.lock(); defer { lock.unlock() }
        guard let start = transactionStart else {
            throw DossierError.storage(.transactionState, "no transaction is open")
        }
        store.rollback(to: start)
        store.commit()
        transactionStart = nil
    }

    /// Whether an explicit transaction is open.
    public var inTransaction: Bool { transactionStart != nil }

    /// Asks the running statement (if any) to stop; it fails with `Interrupted.Cancelled`
    /// and rolls back. Safe to call from any thread.
    public func cancel() { cancellation.cancel() }

    // MARK: - Reading the graph directly

    /// Number of live nodes.
    public var nodeCount: Int { lock.lock(); defer { lock.unlock() }; return store.nodeCount }
    /// Number of live relationships.
    public var relationshipCount: Int { lock.lock(); defer { lock.unlock() }; return store.relationshipCount }

    /// Every live node, by ascending id.
    public func allNodes() -> [NodeSnapshot] {
        lock.lock(); defer { lock.unlock() }
        return store.allNodeIDs().map { store.snapshot(of: NodeID($0)) }
    }

    /// Every live relationship, by ascending id.
    public func allRelationships() -> [RelationshipSnapshot] {
        lock.lock(); defer { lock.unlock() }
        return store.allRelationshipIDs().map { store.snapshot(of: RelationshipID($0)) }
    }

    /// A node by id, when it exists and is alive.
    public func node(_ id: NodeID) -> NodeSnapshot? {
        lock.lock(); defer { lock.unlock() }
        return store.isAlive(id) ? store.snapshot(of: id) : nil
    }

    /// A relationship by id, when it exists and is alive.
    public func relationship(_ id: RelationshipID) -> RelationshipSnapshot? {
        lock.lock(); defer { lock.unlock() }
        return store.isAlive(id) ? store.snapshot(of: id) : nil
    }

    /// Labels, relationship types and property keys in use, with counts.
    public func schema() -> GraphSchema {
        lock.lock(); defer { lock.unlock() }
        var labels: [(String, Int)] = []
        for (i, ids) in store.labelIndex.enumerated() where !ids.isEmpty {
            labels.append((store.labels.name(Int32(i)), ids.count))
        }
        var types: [(String, Int)] = []
        for (i, n) in store.relationshipCountByType.enumerated() where n > 0 {
            types.append((store.types.name(Int32(i)), n))
        }
        var keyCounts = [Int](repeating: 0, count: store.keys.count)
        for n in store.nodes where n.alive { for p in n.properties { keyCounts[Int(p.key)] += 1 } }
        for r in store.relationships where r.alive { for p in r.properties { keyCounts[Int(p.key)] += 1 } }
        var keys: [(String, Int)] = []
        for (i, n) in keyCounts.enumerated() where n > 0 { keys.append((store.keys.name(Int32(i)), n)) }
        return GraphSchema(labels: labels.sorted { $0.0 < $1.0 }.map { .init(name: $0.0, count: $0.1) },
                           relationshipTypes: types.sorted { $0.0 < $1.0 }.map { .init(name: $0.0, count: $0.1) },
                           propertyKeys: keys.sorted { $0.0 < $1.0 }.map { .init(name: $0.0, count: $0.1) })
    }

    // MARK: - Snapshots for results

    private func snapshotNodes(_ rows: [[Value]]) -> [NodeID: NodeSnapshot] {
        var out: [NodeID: NodeSnapshot] = [:]
        func visit(_ v: Value) {
            switch v {
            case .node(let id): if out[id] == nil, store.exists(id) { out[id] = store.snapshot(of: id) }
            case .path(let p): for id in p.nodes where out[id] == nil && store.exists(id) { out[id] = store.snapshot(of: id) }
            case .relationship(let r):
                if store.exists(r) {
                    let rec = store.relationships[r.rawValue]
                    for id in [NodeID(rec.start), NodeID(rec.end)] where out[id] == nil && store.exists(id) {
                        out[id] = store.snapshot(of: id)
                    }
                }
            case .list(let l): l.forEach(visit)
            case .map(let m): m.values.forEach(visit)
            default: break
            }
        }
        rows.forEach { $0.forEach(visit) }
        return out
    }

    private func snapshotRelationships(_ rows: [[Value]]) -> [RelationshipID: RelationshipSnapshot] {
        var out: [RelationshipID: RelationshipSnapshot] = [:]
        func visit(_ v: Value) {
            switch v {
            case .relationship(let id): if out[id] == nil, store.exists(id) { out[id] = store.snapshot(of: id) }
            case .path(let p): for id in p.relationships where out[id] == nil && store.exists(id) { out[id] = store.snapshot(of: id) }
            case .list(let l): l.forEach(visit)
            case .map(let m): m.values.forEach(visit)
            default: break
            }
        }
        rows.forEach { $0.forEach(visit) }
        return out
    }
}

/// Labels, relationship types and property keys in use, each with how often.
public struct GraphSchema: Sendable {
    public struct Entry: Sendable, Equatable {
        public var name: String
        public var count: Int
    }
    public var labels: [Entry]
    public var relationshipTypes: [Entry]
    public var propertyKeys: [Entry]
}

/// What the executor hands back for one statement.
struct ExecutionOutput {
    var columns: [String]
    var rows: [[Value]]
    var plan: String? = nil
    var notifications: [String] = []
    /// Schema counters (index/constraint changes); graph changes are counted from the mutation log.
    var statistics = QueryStatistics()
}
