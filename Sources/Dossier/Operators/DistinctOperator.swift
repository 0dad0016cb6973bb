/// Passes on the first row of each distinct combination of `keySlots` (equivalence: null = null).
final class DistinctOperator: PhysicalOperator {
    let keySlots: [Int]
    @exclusivity(unchecked) private var seen = Set<RowKey>()
    init(source: PhysicalOperator, keySlots: [Int]) {
        self.keySlots = keySlots
        super.init(source: source)
    }
    override var name: String { "Distinct" }
    override func reset(_ st: ExecutionState) throws { seen.removeAll() }
    override func produce(_ st: ExecutionState) throws -> Row? {
        while let row = try source?.next(st) {
            let key = RowKey(keySlots.map { row[$0] })
            if seen.insert(key).inserted {
                try st.checkIntermediateRows(seen.count)
                return row
            }
        }
        return nil
    }
}
