/// `(a)-[rs*]->(b)` where `rs` is an already bound list of relationships: passes the row on when
/// the list forms a path of the right types, direction and length from `a` (binding or checking `b`).
final class BoundRelationshipListOperator: PhysicalOperator {
    let fromSlot: Int
    let listSlot: Int
    let toSlot: Int
    let direction: RelationshipDirection
    let types: [SymbolRef]
    let minLength: Int
    let maxLength: Int
    let toBound: Bool
    let uniqueness: UniquenessCheck
    /// Expanding right to left: walk the list from its end.
    let reversed: Bool
    let label: String

    init(source: PhysicalOperator, fromSlot: Int, listSlot: Int, toSlot: Int, direction: RelationshipDirection,
         types: [String], minLength: Int, maxLength: Int, toBound: Bool, uniqueness: UniquenessCheck,
         reversed: Bool, label: String) {
        self.fromSlot = fromSlot
        self.listSlot = listSlot
        self.toSlot = toSlot
        self.direction = direction
        self.types = types.map { SymbolRef($0, .type) }
        self.minLength = minLength
        self.maxLength = maxLength
        self.toBound = toBound
        self.uniqueness = uniqueness
        self.reversed = reversed
        self.label = label
        super.init(source: source)
    }

    override var name: String { "CheckRelationshipList" }
    override var details: String { label }

    /// The node the list leads to from `start`, or nil when it is not such a path.
    private func walk(_ items: [Value], from start: Int, _ row: Row, _ st: ExecutionState) -> Int? {
        guard items.count >= minLength && items.count <= maxLength else { return nil }
        let store = st.store
        let resolved = store.resolveTypes(types)
        var current = start
        var seen = Set<Int>()
        for item in reversed ? items.reversed() : items {
            guard case .relationship(let r) = item, store.isAlive(r), seen.insert(r.rawValue).inserted else { return nil }
            if !uniqueness.isEmpty && !uniqueness.allows(r.rawValue, in: row) { return nil }
            let rec = store.relationships[r.rawValue]
            if let t = resolved, !t.contains(rec.type) { return nil }
            if direction != .incoming && rec.start == current {
                current = rec.end
            } else if direction != .outgoing && rec.end == current {
                current = rec.start
            } else {
                return nil
            }
        }
        return current
    }

    override func produce(_ st: ExecutionState) throws -> Row? {
        while var row = try source?.next(st) {
            guard case .node(let from) = row[fromSlot], case .list(let items) = row[listSlot],
                  let end = walk(items, from: from.rawValue, row, st) else { continue }
            if toBound {
                guard case .node(let t) = row[toSlot], t.rawValue == end else { continue }
            } else {
                row[toSlot] = .node(NodeID(end))
            }
            return row
        }
        return nil
    }
}
