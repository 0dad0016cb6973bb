/// MERGE: for each input row (seeing what earlier rows created), either every match of the
/// pattern (then ON MATCH SET) or, when there is none, the whole pattern created (then ON CREATE SET).
final class MergeOperator: EagerUpdateOperator {
    let match: PhysicalOperator
    let create: [CreateStep]
    let onMatch: [SetAction]
    let onCreate: [SetAction]
    init(source: PhysicalOperator, match: PhysicalOperator, create: [CreateStep], onMatch: [SetAction], onCreate: [SetAction]) {
        self.match = match
        self.create = create
        self.onMatch = onMatch
        self.onCreate = onCreate
        super.init(source: source)
    }
    override var name: String { "Merge" }
    override var details: String { create.map(\.description).joined(separator: ", ") }
    override var nestedPlans: [PhysicalOperator] { [match] }

    override func update(_ row: Row, _ st: ExecutionState, into out: inout [Row]) throws {
        try match.open(st, argument: row)
        var matches: [Row] = []
        while let m = try match.next(st) {
            matches.append(m)
            try st.checkIntermediateRows(matches.count)
        }
        if matches.isEmpty {
            var r = row
            try performCreate(create, &r, st, merge: true)
            for a in onCreate { try performSetAction(a, r, st) }
            out.append(r)
        } else {
            for m in matches {
                for a in onMatch { try performSetAction(a, m, st) }
                out.append(m)
            }
        }
    }
}
