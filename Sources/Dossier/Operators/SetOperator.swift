/// One change made by SET, REMOVE, or MERGE's ON CREATE / ON MATCH.
enum SetAction {
    /// `target.key = value` (null removes).
    case property(target: Expr, key: SymbolRef, value: Expr)
    /// `n = map` (replace all properties) or `n += map` (merge).
    case properties(target: Expr, value: Expr, merge: Bool)
    case addLabels(target: Expr, labels: [SymbolRef])
    case removeProperty(target: Expr, key: SymbolRef)
    case removeLabels(target: Expr, labels: [SymbolRef])

    var description: String {
        switch self {
        case let .property(t, k, v): return "\(t).\(k.name) = \(v)"
        case let .properties(t, v, m): return "\(t) \(m ? "+=" : "=") \(v)"
        case let .addLabels(t, l): return "\(t)\(l.map { ":\($0.name)" }.joined())"
        case let .removeProperty(t, k): return "REMOVE \(t).\(k.name)"
        case let .removeLabels(t, l): return "REMOVE \(t)\(l.map { ":\($0.name)" }.joined())"
        }
    }
}

/// The entity a SET/REMOVE target evaluates to (nil for null: nothing to do).
private enum Entity {
    case node(NodeID), relationship(RelationshipID)
}

private func entity(_ target: Expr, _ row: Row, _ st: ExecutionState) throws -> Entity? {
    switch try target.eval(row, st) {
    case .null: return nil
    case .node(let id):
        guard st.store.isAlive(id) else { throw DossierError.deletedEntityAccess("node", at: target.location) }
        return .node(id)
    case .relationship(let id):
        guard st.store.isAlive(id) else { throw DossierError.deletedEntityAccess("relationship", at: target.location) }
        return .relationship(id)
    case let v:
        throw DossierError.type(.invalidArgumentType, "SET and REMOVE need a node or relationship, got \(v.typeName)",
                                at: target.location)
    }
}

private func setProperty(_ e: Entity, _ key: Int32, _ value: Value?, _ store: GraphStore) {
    switch e {
    case .node(let id): store.setProperty(id, key: key, value: value)
    case .relationship(let id): store.setProperty(id, key: key, value: value)
    }
}

/// Applies one SET/REMOVE action to a row.
func performSetAction(_ action: SetAction, _ row: Row, _ st: ExecutionState) throws {
    let store = st.store
    switch action {
    case let .property(target, key, valueExpr):
        guard let e = try entity(target, row, st) else { return }
        let v = try valueExpr.eval(row, st)
        try PropertyValues.check(v, key: key.name, at: valueExpr.location)
        setProperty(e, key.intern(store), v.isNull ? nil : v, store)
    case let .properties(target, valueExpr, merge):
        guard let e = try entity(target, row, st) else { return }
        let entries = try PropertyValues.entries(of: try valueExpr.eval(row, st), st, at: valueExpr.location) ?? []
        for (k, v) in entries { try PropertyValues.check(v, key: k, at: valueExpr.location) }
        if !merge {
            let existing: [Property]
            switch e {
            case .node(let id): existing = store.nodes[id.rawValue].properties
            case .relationship(let id): existing = store.relationships[id.rawValue].properties
            }
            let keep = Set(entries.filter { !$0.1.isNull }.map(\.0))
            for p in existing where !keep.contains(store.keys.name(p.key)) { setProperty(e, p.key, nil, store) }
        }
        for (k, v) in entries {
            if v.isNull {
                if let id = store.keys.lookup(k) { setProperty(e, id, nil, store) }
            } else {
                setProperty(e, store.keys.intern(k), v, store)
            }
        }
    case let .addLabels(target, labels):
        guard let e = try entity(target, row, st) else { return }
        guard case .node(let id) = e else {
            throw DossierError.type(.invalidArgumentType, "labels can only be set on nodes", at: target.location)
        }
        for l in labels { store.addLabel(id, l.intern(store)) }
    case let .removeProperty(target, key):
        guard let e = try entity(target, row, st) else { return }
        guard let k = key.resolve(store) else { return }
        setProperty(e, k, nil, store)
    case let .removeLabels(target, labels):
        guard let e = try entity(target, row, st) else { return }
        guard case .node(let id) = e else {
            throw DossierError.type(.invalidArgumentType, "labels can only be removed from nodes", at: target.location)
        }
        for l in labels { if let lid = l.resolve(store) { store.removeLabel(id, lid) } }
    }
}

/// SET and REMOVE: applies the actions to every input row, in order.
final class SetOperator: EagerUpdateOperator {
    let actions: [SetAction]
    let isRemove: Bool
    init(source: PhysicalOperator, actions: [SetAction], isRemove: Bool) {
        self.actions = actions
        self.isRemove = isRemove
        super.init(source: source)
    }
    override var name: String { isRemove ? "Remove" : "Set" }
    override var details: String { actions.map(\.description).joined(separator: ", ") }
    override func update(_ row: Row, _ st: ExecutionState, into out: inout [Row]) throws {
        for a in actions { try performSetAction(a, row, st) }
        out.append(row)
    }
}
