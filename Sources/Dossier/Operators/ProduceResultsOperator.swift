/// The root of a single query: turns slot rows into result rows holding only the columns.
final class ProduceResultsOperator: PhysicalOperator {
    let slots: [Int]
    let columns: [String]
    init(source: PhysicalOperator, slots: [Int], columns: [String]) {
        self.slots = slots
        self.columns = columns
        super.init(source: source)
    }
    override var name: String { "ProduceResults" }
    override var details: String { columns.joined(separator: ", ") }
    override func produce(_ st: ExecutionState) throws -> Row? {
        guard let row = try source?.next(st) else { return nil }
        return slots.map { row[$0] }
    }
}

/// UNION / UNION ALL: the rows of each branch in turn (branches end in `ProduceResults`).
final class UnionOperator: PhysicalOperator {
    let branches: [PhysicalOperator]
    let widths: [Int]
    private var current = 0
    init(branches: [PhysicalOperator], widths: [Int]) {
        self.branches = branches
        self.widths = widths
        super.init(source: nil)
    }
    override var name: String { "Union" }
    override var nestedPlans: [PhysicalOperator] { branches }
    override func open(_ st: ExecutionState, argument: Row) throws {
        current = 0
        if let first = branches.first { try first.open(st, argument: Row(repeating: .null, count: widths[0])) }
    }
    override func produce(_ st: ExecutionState) throws -> Row? {
        while current < branches.count {
            if let row = try branches[current].next(st) { return row }
            current += 1
            if current < branches.count {
                try branches[current].open(st, argument: Row(repeating: .null, count: widths[current]))
            }
        }
        return nil
    }
}
