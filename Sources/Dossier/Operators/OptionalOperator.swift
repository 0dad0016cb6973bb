/// OPTIONAL MATCH: for each input row, the rows of `inner` (run with the input row as argument),
/// or, when it has none, the input row with the new variables (`nullSlots`) set to null.
final class OptionalOperator: PhysicalOperator {
    let inner: PhysicalOperator
    let nullSlots: [Int]
    private var input: Row?
    private var matched = false

    init(source: PhysicalOperator, inner: PhysicalOperator, nullSlots: [Int]) {
        self.inner = inner
        self.nullSlots = nullSlots
        super.init(source: source)
    }
    override var name: String { "Optional" }
    override var nestedPlans: [PhysicalOperator] { [inner] }
    override func reset(_ st: ExecutionState) throws { input = nil }
    override func produce(_ st: ExecutionState) throws -> Row? {
        while true {
            if var row = input {
                if let out = try inner.next(st) {
                    matched = true
                    return out
                }
                input = nil
                if !matched {
                    for s in nullSlots { row[s] = .null }
                    return row
                }
            }
            guard let next = try source?.next(st) else { return nil }
            try inner.open(st, argument: next)
            input = next
            matched = false
        }
    }
}
