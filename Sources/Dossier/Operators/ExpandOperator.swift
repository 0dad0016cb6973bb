/// For each input row, follows the relationships of the node in `fromSlot` (by type and direction),
/// binding the relationship to `relationshipSlot` and the other end to `toSlot`.
///
/// When `toBound`, the other end is already bound and only matching relationships pass
/// (ExpandInto). When `relationshipBound`, the relationship comes from the row and is only checked.
final class ExpandOperator: PhysicalOperator {
    let fromSlot: Int
    let relationshipSlot: Int
    let toSlot: Int
    let direction: RelationshipDirection
    let types: [SymbolRef]
    let toBound: Bool
    let relationshipBound: Bool
    let uniqueness: UniquenessCheck
    let label: String
    /// Labels the node reached must carry (`(a)-->(b:L)`), checked before a row is made.
    var neighborLabels: [SymbolRef] = []

    /// The current input row with this operator's slots filled in: written in place while the
    /// consumer has let go of the previous output (no copy per output row).
    @exclusivity(unchecked) private var row: Row = []
    @exclusivity(unchecked) private var active = false
    @exclusivity(unchecked) private var edges: [Adjacency] = []
    @exclusivity(unchecked) private var position = 0
    @exclusivity(unchecked) private var resolvedTypes: [Int32]?

    init(source: PhysicalOperator, fromSlot: Int, relationshipSlot: Int, toSlot: Int,
         direction: RelationshipDirection, types: [String], toBound: Bool, relationshipBound: Bool,
         uniqueness: UniquenessCheck, label: String) {
        self.fromSlot = fromSlot
        self.relationshipSlot = relationshipSlot
        self.toSlot = toSlot
        self.direction = direction
        self.types = types.map { SymbolRef($0, .type) }
        self.toBound = toBound
        self.relationshipBound = relationshipBound
        self.uniqueness = uniqueness
        self.label = label
        super.init(source: source)
    }

    override var name: String { relationshipBound ? "CheckRelationship" : (toBound ? "ExpandInto" : "Expand") }
    override var details: String {
        neighborLabels.isEmpty ? label : label + " checking " + neighborLabels.map { ":\($0.name)" }.joined()
    }

    override func reset(_ st: ExecutionState) throws {
        active = false
        row = []
        edges.removeAll(keepingCapacity: true)
        resolvedTypes = st.store.resolveTypes(types)
    }

    override func produce(_ st: ExecutionState) throws -> Row? {
        while true {
            if active {
                while position < edges.count {
                    let e = edges[position]
                    position += 1
                    if toBound {
                        guard case .node(let t) = row[toSlot], t.rawValue == e.neighbor else { continue }
                    }
                    if !neighborLabels.isEmpty, try !hasNeighborLabels(e.neighbor, st.store) { continue }
                    if !uniqueness.isEmpty && !uniqueness.allows(e.relationship, in: row) { continue }
                    try st.tick()
                    row[relationshipSlot] = .relationship(RelationshipID(e.relationship))
                    if !toBound { row[toSlot] = .node(NodeID(e.neighbor)) }
                    return row
                }
                active = false
            }
            guard let next = try source?.next(st) else {
                row = []
                return nil
            }
            edges.removeAll(keepingCapacity: true)
            position = 0
            guard case .node(let from) = next[fromSlot], st.store.isAlive(from) else { continue }
            if relationshipBound {
                gatherBound(next, from: from.rawValue, st.store)
            } else {
                st.store.collectEdges(of: from.rawValue, direction: direction, types: resolvedTypes, into: &edges)
            }
            row = next
            active = true
        }
    }

    /// The bound relationship, as an edge from `from`, when it fits type and direction.
    private func gatherBound(_ row: Row, from: Int, _ store: GraphStore) {
        guard case .relationship(let r) = row[relationshipSlot], store.isAlive(r) else { return }
        let rec = store.relationships[r.rawValue]
        if let t = resolvedTypes, !t.contains(rec.type) { return }
        if direction != .incoming && rec.start == from {
            edges.append(Adjacency(relationship: r.rawValue, neighbor: rec.end))
        }
        if direction != .outgoing && rec.end == from && !(direction == .both && rec.start == from) {
            edges.append(Adjacency(relationship: r.rawValue, neighbor: rec.start))
        }
    }

    /// Whether node `n` carries every label of `neighborLabels` (one read of its label bits).
    @inline(__always)
    private func hasNeighborLabels(_ n: Int, _ store: GraphStore) throws -> Bool {
        let bits = store.nodeBits[n]
        guard bits & GraphStore.aliveBit != 0 else { throw DossierError.deletedEntityAccess("node", at: nil) }
        for l in neighborLabels {
            guard let lid = l.resolve(store) else { return false }
            if lid < 63 {
                if bits & (1 << UInt64(lid)) == 0 { return false }
            } else if !store.nodes[n].hasLabel(lid) {
                return false
            }
        }
        return true
    }
}
