/// Evaluates expressions on each row and stores them in slots (RETURN/WITH items, named paths).
final class ProjectionOperator: PhysicalOperator {
    let slots: [Int]
    let expressions: [Expr]
    let labels: [String]
    init(source: PhysicalOperator, slots: [Int], expressions: [Expr], labels: [String]) {
        self.slots = slots
        self.expressions = expressions
        self.labels = labels
        super.init(source: source)
    }
    override var name: String { "Projection" }
    override var details: String {
        slots.indices.map { "\(expressions[$0]) AS \(labels[$0])" }.joined(separator: ", ")
    }
    override var nestedPlans: [PhysicalOperator] { expressions.flatMap(\.nestedPlans) }
    override func produce(_ st: ExecutionState) throws -> Row? {
        guard var row = try source?.next(st) else { return nil }
        if slots.count == 1 {
            row[slots[0]] = try expressions[0].eval(row, st)
            return row
        }
        // Items never read each other's slots (each gets a new one), so they can be stored as
        // they are computed, without an array of values per row.
        for i in slots.indices { row[slots[i]] = try expressions[i].eval(row, st) }
        return row
    }
}
