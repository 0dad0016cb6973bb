/// Subscripts and membership: `list[i]`, `map[key]`, `list[a..b]`, `x IN list`,
/// and property reads on nodes, relationships and maps.
extension Value {
    /// `container[idx]`.
    ///
    /// - null container or null index → null.
    /// - list with an integer index: negative counts from the end; out of range → null.
    ///   A non-integer index raises TypeError `InvalidArgumentType`.
    /// - map (or node / relationship, when `store` is given) with a string key → the value
    ///   or null; a non-string key raises TypeError `MapElementAccessByNonString`.
    /// - anything else raises TypeError `InvalidArgumentType`.
    public static func index(_ container: Value, _ idx: Value, store: GraphStore? = nil) throws(DossierError) -> Value {
        switch (container, idx) {
        case (.null, _), (_, .null): return .null
        case let (.list(items), .int(i)):
            let n = Int64(items.count)
            let k = i < 0 ? i &+ n : i
            guard k >= 0 && k < n else { return .null }
            return items[Int(k)]
        case (.list, _):
            throw .type(.invalidArgumentType, "List index must be an INTEGER, got \(idx.typeName)")
        case let (.map(m), .string(k)):
            return m[k] ?? .null
        case let (.temporal(t), .string(k)):
            return try t.property(k)
        case (.map, _), (.node, _), (.relationship, _):
            guard case .string(let k) = idx else {
                throw .type(.mapElementAccessByNonString,
                            "Map element access needs a STRING key, got \(idx.typeName)")
            }
            guard let store else {
                throw .type(.invalidArgumentType, "Cannot index \(container.typeName) here")
            }
            return try property(of: container, key: k, store: store)
        default:
            throw .type(.invalidArgumentType, "Cannot index into \(container.typeName) (only lists and maps)")
        }
    }

    /// `list[from..to]`; `nil` bounds were omitted in the query. Start inclusive, end
    /// exclusive, negative bounds from the end, clipped to the list, inverted → `[]`,
    /// a null bound or a null list → null. A non-list raises TypeError `InvalidArgumentType`.
    public static func slice(_ list: Value, from: Value?, to: Value?) throws(DossierError) -> Value {
        if list.isNull || from?.isNull == true || to?.isNull == true { return .null }
        guard case .list(let items) = list else {
            throw .type(.invalidArgumentType, "Cannot slice \(list.typeName) (only lists)")
        }
        let n = Int64(items.count)
        func bound(_ v: Value?, _ dflt: Int64) throws(DossierError) -> Int64 {
            guard let v else { return dflt }
            guard case .int(let i) = v else {
                throw .type(.invalidArgumentType, "List slice bounds must be INTEGER, got \(v.typeName)")
            }
            let k = i < 0 ? i &+ n : i
            return Swift.max(0, Swift.min(n, k))
        }
        let a = try bound(from, 0), b = try bound(to, n)
        guard a < b else { return .list([]) }
        return .list(Array(items[Int(a)..<Int(b)]))
    }

    /// `x IN list`, three-valued: true if an element is equal; otherwise null if any
    /// comparison was null; otherwise false. `null IN []` → false; `null IN [1]` → null;
    /// a null list → null; a non-list raises TypeError `InvalidArgumentType`.
    public static func isIn(_ x: Value, _ list: Value) throws(DossierError) -> Bool? {
        switch list {
        case .null: return nil
        case .list(let items):
            var unknown = false
            for item in items {
                switch cypherEquals(x, item) {
                case .some(true): return true
                case .none: unknown = true
                case .some(false): break
                }
            }
            return unknown ? nil : false
        default:
            throw .type(.invalidArgumentType, "IN expects a LIST on its right, got \(list.typeName)")
        }
    }

    /// `x.key` on a map, node or relationship (null for a missing key or a null `x`), or a
    /// component of a temporal value (`d.year`; see `TemporalValue+Accessors.swift`).
    /// Reading a node or relationship deleted in this transaction raises EntityNotFound
    /// `DeletedEntityAccess`. Other types raise TypeError `InvalidArgumentType`.
    public static func property(of x: Value, key: String, store: GraphStore) throws(DossierError) -> Value {
        switch x {
        case .null: return .null
        case .map(let m): return m[key] ?? .null
        case .node(let n):
            guard store.exists(n) else { return .null }
            let rec = store.nodes[n.rawValue]
            guard rec.alive else { throw .deletedEntity("node", n.rawValue) }
            guard let k = store.keys.lookup(key) else { return .null }
            return rec.property(k) ?? .null
        case .relationship(let r):
            guard store.exists(r) else { return .null }
            let rec = store.relationships[r.rawValue]
            guard rec.alive else { throw .deletedEntity("relationship", r.rawValue) }
            guard let k = store.keys.lookup(key) else { return .null }
            return rec.property(k) ?? .null
        case .temporal(let t):
            return try t.property(key)
        default:
            throw .type(.invalidArgumentType, "Cannot read property `\(key)` of \(x.typeName)")
        }
    }
}

extension DossierError {
    /// Reading labels or properties of an entity deleted earlier in the transaction.
    static func deletedEntity(_ what: String, _ id: Int) -> DossierError {
        DossierError(.entityNotFound, .deletedEntityAccess,
                     "The \(what) with id \(id) has been deleted in this transaction")
    }
}
