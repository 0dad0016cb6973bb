/// Plans of recently run queries, keyed by their exact text, so that running a short query again
/// skips parsing and planning (microseconds instead of tens of microseconds or more).
///
/// A plan does not depend on parameter values (only on which parameters exist), so a cached plan
/// runs with new values. Entries are dropped when the schema changes (an index appears or goes:
/// the best plan may differ), when the graph has grown or shrunk severalfold since planning (the
/// start-node choice may differ), and wholesale when the cache is full. Not cached: `EXPLAIN`,
/// `PROFILE`, schema commands, queries that call procedures (the registry can change) and LOAD CSV.
final class PlanCache {
    private struct Entry {
        let plan: PlannedQuery
        let schemaVersion: Int
        let size: Int
    }
    private var entries: [String: Entry] = [:]
    /// Most plans kept.
    let capacity: Int

    init(capacity: Int = 256) { self.capacity = capacity }

    /// A graph-size measure for staleness.
    private static func size(of store: GraphStore) -> Int { store.nodeCount + store.relationshipCount }

    /// The cached plan for `text`, if it is still good for this store and these parameters.
    func plan(for text: String, parameters: [String: Value], store: GraphStore) -> PlannedQuery? {
        guard let e = entries[text] else { return nil }
        let now = Self.size(of: store)
        guard e.schemaVersion == store.schemaVersion, now <= 4 * e.size + 1000, e.size <= 4 * now + 1000 else {
            entries[text] = nil
            return nil
        }
        // A missing parameter: plan again, which reports it.
        for name in e.plan.parameterNames where parameters[name] == nil { return nil }
        return e.plan
    }

    /// Remembers the plan of `text` (when it is a query worth caching).
    func insert(_ plan: PlannedQuery, for text: String, store: GraphStore) {
        guard Self.cacheable(text) else { return }
        if entries.count >= capacity { entries.removeAll(keepingCapacity: true) }
        entries[text] = Entry(plan: plan, schemaVersion: store.schemaVersion, size: Self.size(of: store))
    }

    /// Forgets every plan.
    func removeAll() { entries.removeAll() }

    /// Queries that mention CALL are not cached (procedures can be registered later), nor LOAD
    /// CSV (a plan stopped early would keep its file open); very long texts (generated scripts)
    /// are not worth keeping.
    static func cacheable(_ text: String) -> Bool {
        text.utf8.count <= 16_384 && text.range(of: "call", options: .caseInsensitive) == nil
            && text.range(of: "csv", options: .caseInsensitive) == nil
    }
}

extension Database {
    /// Runs a parsed statement, planning a query through the plan cache.
    func execute(_ statement: Statement, context: ExecutionContext) throws -> ExecutionOutput {
        guard case .query(let q) = statement else { return try QueryExecutor.execute(statement, context: context) }
        let planned = try QueryExecutor.plan(q, context: context)
        planCache.insert(planned, for: context.source, store: store)
        return try QueryExecutor.run(planned, context: context, profile: false)
    }
}
