/// For each input row, the nodes with `label` whose property `key` equals the value (or, with
/// `isList`, any element of the list), found through a property index; falls back to a label
/// scan when the index no longer exists (the planner keeps the equality as a filter above).
final class NodeIndexSeekOperator: PhysicalOperator {
    let slot: Int
    let variable: String
    let label: SymbolRef
    let key: SymbolRef
    let value: Expr
    let isList: Bool
    private var row: Row = []
    private var active = false
    private var ids: [Int] = []
    private var position = 0
    private var index: PropertyIndex?

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

    override func reset(_ st: ExecutionState) throws {
        active = false
        row = []
        ids = []
        if let l = label.resolve(st.store), let k = key.resolve(st.store) {
            index = st.store.index(label: l, key: k)
        } else {
            index = nil
        }
    }

    private func candidates(_ row: Row, _ st: ExecutionState) throws -> [Int] {
        guard let l = label.resolve(st.store) else { return [] }
        guard let index else { return st.store.nodes(withLabel: l) }
        let v = try value.eval(row, st)
        if isList {
            guard case .list(let items) = v else { return [] }
            var out = Set<Int>()
            for item in items { out.formUnion(index.lookup(item)) }
            return out.sorted()
        }
        return index.lookup(v)
    }

    override func produce(_ st: ExecutionState) throws -> Row? {
        while true {
            if active, position < ids.count {
                try st.tick()
                row[slot] = .node(NodeID(ids[position]))
                position += 1
                return row
            }
            active = false
            ids = []
            guard let next = try source?.next(st) else {
                row = []
                return nil
            }
            ids = try candidates(next, st)
            position = 0
            row = next
            active = true
        }
    }
}
