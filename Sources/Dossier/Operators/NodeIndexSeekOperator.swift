/// For each input row, the nodes with `label` whose property `key` equals the value (or, with
/// `isList`, any element of the list), found through a property index; falls back to a label
/// scan with the comparison when the index no longer exists. The seek replaces the predicate.
final class NodeIndexSeekOperator: PhysicalOperator {
    let slot: Int
    let variable: String
    let label: SymbolRef
    let key: SymbolRef
    let value: Expr
    let isList: Bool
    @exclusivity(unchecked) private var row: Row = []
    @exclusivity(unchecked) private var active = false
    @exclusivity(unchecked) private var ids: [Int] = []
    /// The one matching node when there is exactly one (no array), else -1.
    @exclusivity(unchecked) private var single = -1
    @exclusivity(unchecked) private var position = 0
    @exclusivity(unchecked) private var index: PropertyIndex?

    init(source: PhysicalOperator, slot: Int, variable: String, label: String, key: String, value: Expr, isList: Bool) {
        self.slot = slot
        self.variable = variable
        self.label = SymbolRef(label, .label)
        self.key = SymbolRef(key, .key)
        self.value = value
        self.isList = isList
        super.init(source: source)
    }

    override var name: String { "NodeIndexSeek" }
    override var details: String { "\(variable):\(label.name)(\(key.name) \(isList ? "IN" : "=") \(value))" }

    override var nestedPlans: [PhysicalOperator] { value.nestedPlans }

    override func reset(_ st: ExecutionState) throws {
        active = false
        row = []
        ids = []
        single = -1
        if let l = label.resolve(st.store), let k = key.resolve(st.store) {
            index = st.store.index(label: l, key: k)
        } else {
            index = nil
        }
    }

    /// The matching node ids, ascending, into `ids` (or, for exactly one, `single`).
    private func candidates(_ row: Row, _ st: ExecutionState) throws {
        single = -1
        ids = []
        guard let l = label.resolve(st.store) else { return }
        let v = try value.eval(row, st)
        guard let index else {
            // The index is gone (dropped after planning): scan the label and compare.
            ids = try scan(label: l, v, st.store)
            return
        }
        if isList {
            guard case .list(let items) = v else {
                if !v.isNull { _ = try Value.isIn(.null, v) }  // the type error `IN` raises
                return
            }
            if items.count == 1 {
                take(index.postings(items[0]))
                return
            }
            var out = Set<Int>()
            for item in items { if let p = index.postings(item) { out.formUnion(p.ids) } }
            ids = out.sorted()
            return
        }
        take(index.postings(v))
    }

    @inline(__always)
    private func take(_ p: PropertyIndex.Postings?) {
        switch p {
        case .one(let id)?: single = id
        case .many(let many)?: ids = many
        case nil: break
        }
    }

    private func scan(label: Int32, _ v: Value, _ store: GraphStore) throws -> [Int] {
        let k = key.resolve(store)
        var out: [Int] = []
        for id in store.nodes(withLabel: label) {
            let p = k.flatMap { store.nodes[id].property($0) } ?? .null
            let match = isList ? try Value.isIn(p, v) : Value.cypherEquals(p, v)
            if match == true { out.append(id) }
        }
        return out
    }

    override func produce(_ st: ExecutionState) throws -> Row? {
        while true {
            if active {
                if single >= 0 {
                    try st.tick()
                    row[slot] = .node(NodeID(single))
                    single = -1
                    return row
                }
                if position < ids.count {
                    try st.tick()
                    row[slot] = .node(NodeID(ids[position]))
                    position += 1
                    return row
                }
            }
            active = false
            ids = []
            guard let next = try source?.next(st) else {
                row = []
                return nil
            }
            try candidates(next, st)
            position = 0
            // Copy into our own row (no new array per input row once we have one).
            if row.count == next.count {
                for i in next.indices { row[i] = next[i] }
            } else {
                row = next
            }
            active = true
        }
    }
}
