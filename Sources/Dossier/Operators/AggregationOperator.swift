/// Grouping and aggregation: reads every input row, groups by the key expressions (under
/// equivalence, so nulls form one group), and yields one row per group holding the keys and
/// the aggregates' results. Without keys, an empty input still yields one row.
final class AggregationOperator: PhysicalOperator {
    let keySlots: [Int]
    let keyExpressions: [Expr]
    let aggregates: [AggregationCollector.Spec]
    /// The slots of the query (its final count is the width of output rows).
    let slots: SlotAllocator

    /// Per aggregate: its first argument (nil for `count(*)`) and second (percentiles), so that
    /// feeding a row does not copy the specs.
    private let firstArguments: [Expr?]
    private let secondArguments: [Expr?]
    @exclusivity(unchecked) private var output: [Row] = []
    @exclusivity(unchecked) private var position = 0
    @exclusivity(unchecked) private var loaded = false

    init(source: PhysicalOperator, keySlots: [Int], keyExpressions: [Expr], aggregates: [AggregationCollector.Spec],
         slots: SlotAllocator) {
        self.keySlots = keySlots
        self.keyExpressions = keyExpressions
        self.aggregates = aggregates
        self.slots = slots
        self.firstArguments = aggregates.map { $0.arguments?.first }
        self.secondArguments = aggregates.map { ($0.arguments?.count ?? 0) > 1 ? $0.arguments?[1] : nil }
        super.init(source: source)
    }

    override var name: String { keySlots.isEmpty ? "Aggregation" : "EagerAggregation" }
    override var details: String {
        let keys = keyExpressions.map(\.description)
        let aggs = aggregates.map { spec in
            "\(spec.name)(\(spec.distinct ? "DISTINCT " : "")\(spec.arguments.map { $0.map(\.description).joined(separator: ", ") } ?? "*"))"
        }
        return (keys.isEmpty ? "" : "keys: \(keys.joined(separator: ", ")); ") + aggs.joined(separator: ", ")
    }

    override func reset(_ st: ExecutionState) throws {
        output = []
        position = 0
        loaded = false
    }

    /// A fresh aggregator per aggregate, with constant extra arguments (percentiles) applied.
    private func makeAggregators(_ st: ExecutionState) throws -> [Aggregator] {
        try aggregates.map { spec in
            guard let args = spec.arguments else { return Aggregators.makeCountStar() }
            let constants = args.dropFirst().compactMap(\.constantValue)
            let constantArgs = constants.count == args.count - 1 ? Array(constants) : []
            do {
                guard let a = try Aggregators.makeAggregator(name: spec.name, distinct: spec.distinct,
                                                             constantArguments: constantArgs, options: st.options) else {
                    throw DossierError.compile(.unknownFunction, "unknown aggregate \(spec.name)", at: spec.location)
                }
                return a
            } catch {
                throw error.located(at: spec.location)
            }
        }
    }

    private func feed(_ aggregators: inout [Aggregator], _ row: Row, _ st: ExecutionState) throws {
        for i in firstArguments.indices {
            do {
                guard let first = firstArguments[i] else {
                    try aggregators[i].add(.null)
                    continue
                }
                let v = try first.eval(row, st)
                if let second = secondArguments[i] {
                    let p = try second.eval(row, st)
                    if v.isNull { continue }
                    try aggregators[i].add(v, percentile: p)
                } else {
                    try aggregators[i].add(v)
                }
            } catch {
                throw error.located(at: aggregates[i].location)
            }
        }
    }

    private func load(_ st: ExecutionState) throws {
        let width = slots.count
        var groups: [RowKey: Int] = [:]
        var keys: [[Value]] = []
        var states: [[Aggregator]] = []
        var template: [Aggregator]?
        if keySlots.isEmpty {
            keys = [[]]
            states = [try makeAggregators(st)]
        }
        // Grouping keys are evaluated into one reused buffer; consecutive rows of the same group
        // (common: rows arrive grouped by an expansion) skip the hash lookup.
        var k = [Value](repeating: .null, count: keyExpressions.count)
        var last = -1
        // When every key is `n.prop` (or `n`) of a node or relationship in a slot, a row whose
        // entities are the previous row's has the previous row's keys: nothing to evaluate.
        let entitySlots = keyExpressions.map(Self.entitySlot)
        let byEntity = entitySlots.allSatisfy { $0 != nil }
        var lastEntities = [Int](repeating: -1, count: keyExpressions.count)
        while let row = try source?.next(st) {
            var g: Int
            if keySlots.isEmpty {
                g = 0
            } else {
                if byEntity && last >= 0 {
                    var same = true
                    for i in entitySlots.indices {
                        if let s = entitySlots[i], Self.entityID(row[s]) != lastEntities[i] || lastEntities[i] < 0 {
                            same = false
                            break
                        }
                    }
                    if same {
                        try feed(&states[last], row, st)
                        continue
                    }
                    for i in entitySlots.indices { if let s = entitySlots[i] { lastEntities[i] = Self.entityID(row[s]) } }
                } else if byEntity {
                    for i in entitySlots.indices { if let s = entitySlots[i] { lastEntities[i] = Self.entityID(row[s]) } }
                }
                for i in keyExpressions.indices { k[i] = try keyExpressions[i].eval(row, st) }
                g = last
                if g >= 0 {
                    for i in k.indices where !Self.sameKey(k[i], keys[g][i]) {
                        g = -1
                        break
                    }
                }
                if g < 0 {
                    let key = RowKey(k)
                    if let existing = groups[key] {
                        g = existing
                    } else {
                        g = keys.count
                        groups[key] = g
                        keys.append(k)
                        if template == nil { template = try makeAggregators(st) }
                        states.append(template ?? [])
                        try st.checkIntermediateRows(keys.count)
                    }
                    last = g
                }
            }
            try feed(&states[g], row, st)
        }
        output.reserveCapacity(keys.count)
        for g in keys.indices {
            var row = Row(repeating: .null, count: width)
            for i in keySlots.indices { row[keySlots[i]] = keys[g][i] }
            for i in aggregates.indices {
                do { row[aggregates[i].slot] = try states[g][i].result() } catch { throw error.located(at: aggregates[i].location) }
            }
            output.append(row)
        }
    }

    override func produce(_ st: ExecutionState) throws -> Row? {
        if !loaded {
            loaded = true
            try load(st)
        }
        guard position < output.count else {
            output = []
            return nil
        }
        position += 1
        return output[position - 1]
    }

    /// Grouping-key equivalence, with a shortcut for the common case of the very same string
    /// (a property read again from the same node): no byte comparison.
    @inline(__always)
    static func sameKey(_ a: Value, _ b: Value) -> Bool {
        if case .string(let x) = a, case .string(let y) = b {
            let identical = x.utf8.withContiguousStorageIfAvailable { p in
                y.utf8.withContiguousStorageIfAvailable { q in p.baseAddress == q.baseAddress && p.count == q.count }
            }
            if identical == true { return true }
        }
        return Value.equivalent(a, b)
    }

    /// The slot a key reads an entity from, when the key is `x` or `x.prop` with `x` a slot.
    static func entitySlot(_ e: Expr) -> Int? {
        if let s = e as? SlotExpr { return s.slot }
        if let p = e as? PropertyExpr, let s = p.base as? SlotExpr { return s.slot }
        return nil
    }

    /// A node's or relationship's identity as one number (nodes even, relationships odd); -1 for
    /// anything else (never "the same entity").
    @inline(__always)
    static func entityID(_ v: Value) -> Int {
        switch v {
        case .node(let n): return n.rawValue &* 2
        case .relationship(let r): return r.rawValue &* 2 &+ 1
        default: return -1
        }
    }
}
