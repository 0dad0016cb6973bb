/// For each input row, every path of `min...max` relationships from the node in `fromSlot`
/// (depth-first), never reusing a relationship. Binds the list of relationships to `listSlot`
/// and the last node to `toSlot` (or checks it when `toBound`).
final class VarLengthExpandOperator: PhysicalOperator {
    let fromSlot: Int
    let listSlot: Int
    let toSlot: Int
    let direction: RelationshipDirection
    let types: [SymbolRef]
    let minLength: Int
    let maxLength: Int
    let toBound: Bool
    let uniqueness: UniquenessCheck
    /// Property equalities every relationship on the path must satisfy (`[*..2 {k: v}]`).
    let propertyKeys: [SymbolRef]
    let propertyValues: [Expr]
    let label: String
    /// The pattern is expanded right to left: the list is reported in pattern (left-to-right) order.
    let reversed: Bool

    private struct Frame {
        var node: Int
        var edges: [Adjacency]
        var index: Int
    }
    @exclusivity(unchecked) private var input: Row?
    @exclusivity(unchecked) private var stack: [Frame] = []
    @exclusivity(unchecked) private var path: [Int] = []
    @exclusivity(unchecked) private var resolvedTypes: [Int32]?
    @exclusivity(unchecked) private var wanted: [Value] = []
    @exclusivity(unchecked) private var pendingStart = false

    init(source: PhysicalOperator, fromSlot: Int, listSlot: Int, toSlot: Int, direction: RelationshipDirection,
         types: [String], minLength: Int, maxLength: Int, toBound: Bool, uniqueness: UniquenessCheck,
         propertyKeys: [String], propertyValues: [Expr], label: String, reversed: Bool) {
        self.reversed = reversed
        self.fromSlot = fromSlot
        self.listSlot = listSlot
        self.toSlot = toSlot
        self.direction = direction
        self.types = types.map { SymbolRef($0, .type) }
        self.minLength = minLength
        self.maxLength = maxLength
        self.toBound = toBound
        self.uniqueness = uniqueness
        self.propertyKeys = propertyKeys.map { SymbolRef($0, .key) }
        self.propertyValues = propertyValues
        self.label = label
        super.init(source: source)
    }

    override var name: String { toBound ? "VarLengthExpandInto" : "VarLengthExpand" }
    override var details: String { label }

    override func reset(_ st: ExecutionState) throws {
        input = nil
        stack.removeAll()
        path.removeAll()
        resolvedTypes = st.store.resolveTypes(types)
    }

    private func edges(of node: Int, _ store: GraphStore) -> [Adjacency] {
        var out: [Adjacency] = []
        store.collectEdges(of: node, direction: direction, types: resolvedTypes, into: &out)
        return out
    }

    private func relationshipMatches(_ rel: Int, _ store: GraphStore) -> Bool {
        if propertyKeys.isEmpty { return true }
        let rec = store.relationships[rel]
        for i in propertyKeys.indices {
            guard let k = propertyKeys[i].resolve(store), let v = rec.property(k),
                  Value.cypherEquals(v, wanted[i]) == true else { return false }
        }
        return true
    }

    /// The output row for the current path ending at `node`, or nil when it does not qualify.
    private func emit(_ row: Row, node: Int) -> Row? {
        guard path.count >= minLength else { return nil }
        if toBound {
            guard case .node(let t) = row[toSlot], t.rawValue == node else { return nil }
        }
        var out = row
        let rels: [Value] = path.map { .relationship(RelationshipID($0)) }
        out[listSlot] = .list(reversed ? rels.reversed() : rels)
        if !toBound { out[toSlot] = .node(NodeID(node)) }
        return out
    }

    override func produce(_ st: ExecutionState) throws -> Row? {
        let store = st.store
        while true {
            if let row = input {
                if pendingStart {
                    pendingStart = false
                    if let start = stack.last?.node, let out = emit(row, node: start) { return out }
                }
                while let top = stack.last {
                    let i = stack.count - 1
                    if top.index < top.edges.count {
                        let e = top.edges[top.index]
                        stack[i].index += 1
                        try st.tick()
                        if path.contains(e.relationship) { continue }
                        if !uniqueness.isEmpty && !uniqueness.allows(e.relationship, in: row) { continue }
                        if !relationshipMatches(e.relationship, store) { continue }
                        path.append(e.relationship)
                        let more = path.count < maxLength ? edges(of: e.neighbor, store) : []
                        stack.append(Frame(node: e.neighbor, edges: more, index: 0))
                        if let out = emit(row, node: e.neighbor) { return out }
                    } else {
                        stack.removeLast()
                        if !stack.isEmpty { path.removeLast() }
                    }
                }
                input = nil
            }
            guard let next = try source?.next(st) else { return nil }
            stack.removeAll()
            path.removeAll()
            guard case .node(let from) = next[fromSlot], store.isAlive(from) else { continue }
            guard minLength <= maxLength else { continue }
            wanted = try propertyValues.map { try $0.eval(next, st) }
            if wanted.contains(where: \.isNull) { continue }
            stack.append(Frame(node: from.rawValue, edges: maxLength > 0 ? edges(of: from.rawValue, store) : [], index: 0))
            pendingStart = true
            input = next
        }
    }
}
