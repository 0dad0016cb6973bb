/// Base of the updating operators: reads **all** input rows first, applies the update to each
/// (in order, so later rows see earlier rows' writes), and only then passes rows on. Reads
/// before a write never see that write, and LIMIT after a write never skips writes.
class EagerUpdateOperator: PhysicalOperator {
    /// Update each row as it arrives (set by the planner only where no read before it could see
    /// the update: see `StreamingWrites`).
    var streaming = false
    @exclusivity(unchecked) private var output: [Row] = []
    @exclusivity(unchecked) private var position = 0
    @exclusivity(unchecked) private var done = false

    override func reset(_ st: ExecutionState) throws {
        output = []
        position = 0
        done = false
    }

    /// Applies the update to one row; appends the resulting rows (usually the row itself) to `out`.
    func update(_ row: Row, _ st: ExecutionState, into out: inout [Row]) throws {}

    override func produce(_ st: ExecutionState) throws -> Row? {
        if streaming {
            while position >= output.count {
                output.removeAll(keepingCapacity: true)
                position = 0
                guard let r = try source?.next(st) else { return nil }
                try st.tick()
                try update(r, st, into: &output)
            }
            position += 1
            return output[position - 1]
        }
        if !done {
            done = true
            var input: [Row] = []
            while let r = try source?.next(st) {
                input.append(r)
                try st.checkIntermediateRows(input.count)
            }
            for r in input {
                try st.tick()
                try update(r, st, into: &output)
            }
        }
        guard position < output.count else {
            output = []
            return nil
        }
        position += 1
        return output[position - 1]
    }
}

/// Property values as the store keeps them: scalars (temporal values included) and lists of scalars.
enum PropertyValues {
    /// Whether `v` may be stored as a property value (null means "remove").
    static func isStorable(_ v: Value) -> Bool {
        switch v {
        case .null, .bool, .int, .float, .string, .temporal: return true
        case .list(let items):
            return items.allSatisfy {
                switch $0 {
                case .bool, .int, .float, .string, .temporal: return true
                default: return false
                }
            }
        default: return false
        }
    }

    /// - Throws: TypeError `InvalidPropertyType` when `v` cannot be stored.
    static func check(_ v: Value, key: String, at location: SourceLocation?) throws {
        if !isStorable(v) {
            throw DossierError.type(.invalidPropertyType, "property `\(key)` cannot hold a \(v.typeName) value", at: location)
        }
    }

    /// The entries of a property map (a map, or a node's or relationship's properties).
    static func entries(of v: Value, _ st: ExecutionState, at location: SourceLocation?) throws -> [(String, Value)]? {
        switch v {
        case .null: return nil
        case .map(let m): return m.map { ($0.key, $0.value) }
        case .node(let id):
            guard st.store.isAlive(id) else { throw DossierError.deletedEntityAccess("node", at: location) }
            return st.store.propertyMap(of: id).map { ($0.key, $0.value) }
        case .relationship(let id):
            guard st.store.isAlive(id) else { throw DossierError.deletedEntityAccess("relationship", at: location) }
            return st.store.propertyMap(of: id).map { ($0.key, $0.value) }
        default:
            throw DossierError.type(.invalidArgumentType, "expected a map of properties, got \(v.typeName)", at: location)
        }
    }

    /// Interned, checked properties for a new entity (nulls skipped).
    static func properties(from expr: Expr?, _ row: Row, _ st: ExecutionState, forbidNull: Bool) throws -> [Property] {
        guard let expr else { return [] }
        if let map = expr as? MapExpr, let ids = map.internedKeys(st.store) {
            // A literal map: no intermediate map value, keys interned once per query.
            var out: [Property] = []
            out.reserveCapacity(ids.count)
            for i in ids.indices {
                let v = try map.values[i].eval(row, st)
                if v.isNull {
                    if forbidNull {
                        throw DossierError(.semanticError, .mergeReadOwnWrites,
                                           "cannot merge using a null property value for `\(map.keys[i])`", at: expr.location)
                    }
                    continue
                }
                try check(v, key: map.keys[i], at: expr.location)
                out.append(Property(key: ids[i], value: v))
            }
            return out
        }
        guard let entries = try entries(of: try expr.eval(row, st), st, at: expr.location) else { return [] }
        var out: [Property] = []
        out.reserveCapacity(entries.count)
        for (k, v) in entries {
            if v.isNull {
                if forbidNull {
                    throw DossierError(.semanticError, .mergeReadOwnWrites,
                                       "cannot merge using a null property value for `\(k)`", at: expr.location)
                }
                continue
            }
            try check(v, key: k, at: expr.location)
            out.append(Property(key: st.store.keys.intern(k), value: v))
        }
        return out
    }
}

extension MapExpr {
    /// The keys interned as property keys (cached), or nil when a key repeats.
    @inline(__always)
    func internedKeys(_ store: GraphStore) -> [Int32]? {
        if let ids = propertyKeyIDs { return ids.count == keys.count ? ids : nil }
        guard Set(keys).count == keys.count else {
            propertyKeyIDs = []  // remembered: a key repeats
            return nil
        }
        let ids = keys.map { store.keys.intern($0) }
        propertyKeyIDs = ids
        return ids
    }
}
