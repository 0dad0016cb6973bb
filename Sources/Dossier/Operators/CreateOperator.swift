/// What CREATE (or the create half of MERGE) makes for each row, in order.
enum CreateStep {
    case node(slot: Int, labels: [SymbolRef], properties: Expr?)
    case relationship(slot: Int, type: SymbolRef, startSlot: Int, endSlot: Int, properties: Expr?, location: SourceLocation)
    case path(slot: Int, PathExpr)

    var description: String {
        switch self {
        case .node(let s, let labels, _): return "(#\(s)\(labels.map { ":\($0.name)" }.joined()))"
        case .relationship(let s, let t, let a, let b, _, _): return "(#\(a))-[#\(s):\(t.name)]->(#\(b))"
        case .path(let s, _): return "#\(s) = path"
        }
    }
}

/// Runs create steps on a row, writing the new entities into their slots.
func performCreate(_ steps: [CreateStep], _ row: inout Row, _ st: ExecutionState, merge: Bool) throws {
    let store = st.store
    for step in steps {
        switch step {
        case let .node(slot, labels, props):
            let properties = try PropertyValues.properties(from: props, row, st, forbidNull: merge)
            row[slot] = .node(store.createNode(labels: labels.map { $0.intern(store) }, properties: properties))
        case let .relationship(slot, type, a, b, props, location):
            guard case .node(let start) = row[a], case .node(let end) = row[b] else {
                throw DossierError.type(.invalidArgumentType, "cannot create a relationship to a missing (null) node",
                                        at: location)
            }
            guard store.isAlive(start) else { throw DossierError.deletedEntityAccess("node", at: location) }
            guard store.isAlive(end) else { throw DossierError.deletedEntityAccess("node", at: location) }
            let properties = try PropertyValues.properties(from: props, row, st, forbidNull: merge)
            row[slot] = .relationship(store.createRelationship(type: type.intern(store), start: start, end: end,
                                                               properties: properties))
        case let .path(slot, expr):
            row[slot] = try expr.eval(row, st)
        }
    }
}

/// CREATE: makes the pattern's new nodes and relationships for every input row.
final class CreateOperator: EagerUpdateOperator {
    let steps: [CreateStep]
    init(source: PhysicalOperator, steps: [CreateStep]) {
        self.steps = steps
        super.init(source: source)
    }
    override var name: String { streaming ? "Create(streaming)" : "Create" }
    override var details: String { steps.map(\.description).joined(separator: ", ") }
    override func update(_ row: Row, _ st: ExecutionState, into out: inout [Row]) throws {
        var r = row
        try performCreate(steps, &r, st, merge: false)
        out.append(r)
    }
}
