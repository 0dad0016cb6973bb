/// For each input row, every live node bound to `slot`.
final class AllNodesScanOperator: PhysicalOperator {
    let slot: Int
    let variable: String
    /// The input row with `slot` filled in, reused while the consumer lets go of it.
    @exclusivity(unchecked) private var row: Row = []
    @exclusivity(unchecked) private var active = false
    @exclusivity(unchecked) private var position = 0
    @exclusivity(unchecked) private var end = 0

    init(source: PhysicalOperator, slot: Int, variable: String) {
        self.slot = slot
        self.variable = variable
        super.init(source: source)
    }

    override var name: String { "AllNodesScan" }
    override var details: String { variable }

    override func reset(_ st: ExecutionState) throws {
        active = false
        row = []
    }

    override func produce(_ st: ExecutionState) throws -> Row? {
        let store = st.store
        while true {
            if active {
                while position < end {
                    let i = position
                    position += 1
                    if store.nodes[i].alive {
                        try st.tick()
                        row[slot] = .node(NodeID(i))
                        return row
                    }
                }
                active = false
            }
            guard let next = try source?.next(st) else {
                row = []
                return nil
            }
            row = next
            active = true
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
    @exclusivity(unchecked) private var row: Row = []
    @exclusivity(unchecked) private var active = false
    @exclusivity(unchecked) private var ids: [Int] = []
    @exclusivity(unchecked) private var position = 0

    init(source: PhysicalOperator, slot: Int, variable: String, label: String) {
        self.slot = slot
        self.variable = variable
        self.label = SymbolRef(label, .label)
        super.init(source: source)
    }

    override var name: String { "NodeByLabelScan" }
    override var details: String { "\(variable):\(label.name)" }

    override func reset(_ st: ExecutionState) throws {
        active = false
        row = []
        ids = []
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
            row = next
            active = true
            position = 0
            if let l = label.resolve(st.store) { ids = st.store.nodes(withLabel: l) }
        }
    }
}
