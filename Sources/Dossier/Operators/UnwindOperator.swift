/// UNWIND: one row per element of the list (none for null or an empty list; a non-list
/// value gives one row).
final class UnwindOperator: PhysicalOperator {
    let list: Expr
    let slot: Int
    let variable: String
    @exclusivity(unchecked) private var row: Row = []
    @exclusivity(unchecked) private var active = false
    @exclusivity(unchecked) private var items: [Value] = []
    @exclusivity(unchecked) private var position = 0

    init(source: PhysicalOperator, list: Expr, slot: Int, variable: String) {
        self.list = list
        self.slot = slot
        self.variable = variable
        super.init(source: source)
    }
    override var name: String { "Unwind" }
    override var details: String { "\(list) AS \(variable)" }
    override var nestedPlans: [PhysicalOperator] { list.nestedPlans }
    override func reset(_ st: ExecutionState) throws {
        active = false
        row = []
    }
    override func produce(_ st: ExecutionState) throws -> Row? {
        while true {
            if active, position < items.count {
                try st.tick()
                row[slot] = items[position]
                position += 1
                return row
            }
            active = false
            guard let next = try source?.next(st) else {
                row = []
                items = []
                return nil
            }
            switch try list.eval(next, st) {
            case .null: items = []
            case .list(let l): items = l
            case let v: items = [v]
            }
            position = 0
            row = next
            active = true
        }
    }
}
