/// FOREACH (x IN list | updates): runs the update sub-plan once per element for every input row,
/// then passes the input row on unchanged.
final class ForeachOperator: EagerUpdateOperator {
    let list: Expr
    let slot: Int
    let body: PhysicalOperator
    init(source: PhysicalOperator, list: Expr, slot: Int, body: PhysicalOperator) {
        self.list = list
        self.slot = slot
        self.body = body
        super.init(source: source)
    }
    override var name: String { "Foreach" }
    override var details: String { "#\(slot) IN \(list)" }
    override var nestedPlans: [PhysicalOperator] { [body] }
    override func update(_ row: Row, _ st: ExecutionState, into out: inout [Row]) throws {
        if let items = try iterationList(list, row, st, "FOREACH") {
            var r = row
            for x in items {
                r[slot] = x
                try body.open(st, argument: r)
                while try body.next(st) != nil {}
            }
        }
        out.append(row)
    }
}
