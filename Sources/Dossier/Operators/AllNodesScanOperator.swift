/// For each input row, every live node bound to `slot`.
final class AllNodesScanOperator: PhysicalOperator {
    let slot: Int
    let variable: String
    private var input: Row?
    private var position = 0
    private var end = 0

    init(source: PhysicalOperator, slot: Int, variable: String) {
        self.slot = slot
        self.variable = variable
        super.init(source: source)
    }

    override var name: String { "AllNodesScan" }
    override var details: String { variable }

    override func reset(_ st: ExecutionState) throws { input = nil }

    override func produce(_ st: ExecutionState) throws -> Row? {
        let store = st.store
        while true {
            if var row = input {
                while position < end {
                    let i = position
                    position += 1
                    if store.nodes[i].alive {
                        try st.tick()
                        row[slot] = .node(NodeID(i))
                        return row
                    }
                }
                input = nil
            }
            guard let next = try source?.next(st) else { return nil }
            input = next
            position = 0
            end = store.nodes.count
        }
    }
}

/// For each input row, every live node carrying `label`, bound to `slot`.
final class NodeByLabelScanOperator: PhysicalOperator {
    let slot: Int
    let variable: String
    let label: SymbolRef
    private var input: Row?
    private var ids: [Int] = []
    private var position = 0

    init(source: PhysicalOperator, slot: Int, variable: String, label: String) {
        self.slot = slot
        self.variable = variable
        self.label = SymbolRef(label, .label)
        super.init(source: source)
    }

    override var name: String { "NodeByLabelScan" }
    override var details: String { "\(variable):\(label.name)" }

    override func reset(_ st: ExecutionState) throws {
        input = nil
        ids = []
    }

    override func produce(_ st: ExecutionState) throws -> Row? {
        while true {
            if var row = input, position < ids.count {
                try st.tick()
                row[slot] = .node(NodeID(ids[position]))
                position += 1
                return row
            }
            input = nil
            ids = []
            guard let next = try source?.next(st) else { return nil }
            input = next
            position = 0
            if let l = label.resolve(st.store) { ids = st.store.nodes(withLabel: l) }
        }
    }
}
