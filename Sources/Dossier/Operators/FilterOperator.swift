/// Passes on the rows for which `predicate` is true (false and null reject).
final class FilterOperator: PhysicalOperator {
    let predicate: Expr
    init(source: PhysicalOperator, predicate: Expr) {
        self.predicate = predicate
        super.init(source: source)
    }
    override var name: String { "Filter" }
    override var details: String { predicate.description }
    override var nestedPlans: [PhysicalOperator] { predicate.nestedPlans }
    override func produce(_ st: ExecutionState) throws -> Row? {
        while let row = try source?.next(st) {
            if try predicate.isTrue(row, st) { return row }
        }
        return nil
    }
}
