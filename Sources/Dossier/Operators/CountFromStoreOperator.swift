/// `MATCH (n) RETURN count(n)`, `MATCH (n:L) RETURN count(*)`, `MATCH ()-[r:T]->() RETURN count(r)`:
/// the answer read from the store's counters instead of scanning (Neo4j's count store).
/// Yields one row holding the count, as the aggregation it replaces would.
final class CountFromStoreOperator: PhysicalOperator {
    enum Counted {
        case nodes(label: SymbolRef?)
        case relationships(type: SymbolRef?)
    }
    let counted: Counted
    let slot: Int
    let slots: SlotAllocator
    private var done = false

    init(source: PhysicalOperator, counted: Counted, slot: Int, slots: SlotAllocator) {
        self.counted = counted
        self.slot = slot
        self.slots = slots
        super.init(source: source)
    }

    override var name: String {
        if case .nodes = counted { return "NodeCountFromCountStore" }
        return "RelationshipCountFromCountStore"
    }
    override var details: String {
        switch counted {
        case .nodes(let l): return "(" + (l.map { ":\($0.name)" } ?? "") + ")"
        case .relationships(let t): return "()-[" + (t.map { ":\($0.name)" } ?? "") + "]->()"
        }
    }

    override func reset(_ st: ExecutionState) throws { done = false }

    override func produce(_ st: ExecutionState) throws -> Row? {
        if done { return nil }
        done = true
        // The leaf yields one argument row: the count is taken once.
        guard try source?.next(st) != nil else { return nil }
        let store = st.store
        let n: Int
        switch counted {
        case .nodes(nil): n = store.nodeCount
        case .nodes(let l?): n = l.resolve(store).map { store.nodes(withLabel: $0).count } ?? 0
        case .relationships(nil): n = store.relationshipCount
        case .relationships(let t?):
            n = t.resolve(store).map { Int($0) < store.relationshipCountByType.count ? store.relationshipCountByType[Int($0)] : 0 } ?? 0
        }
        var row = Row(repeating: .null, count: slots.count)
        row[slot] = .int(Int64(n))
        return row
    }

    /// The count-store operator that can replace an aggregation of `source`, if any: one
    /// `count(*)` / `count(x)` (DISTINCT or not) without grouping keys, over a scan of all nodes or
    /// of one label, or over a one-type (or any-type) directed expansion from a scan of all nodes,
    /// with nothing else (no filters, no other input) in between.
    static func replacing(_ source: PhysicalOperator, keySlots: [Int], aggregates: [AggregationCollector.Spec],
                          slots: SlotAllocator) -> PhysicalOperator? {
        guard keySlots.isEmpty, aggregates.count == 1, let spec = aggregates.first,
              spec.name.lowercased() == "count" else { return nil }
        var countedSlot: Int?
        if let args = spec.arguments {
            guard args.count == 1, let s = args[0] as? SlotExpr else { return nil }
            countedSlot = s.slot
        }
        if let scan = source as? AllNodesScanOperator, let leaf = scan.source as? ArgumentOperator,
           countedSlot == nil || countedSlot == scan.slot {
            return CountFromStoreOperator(source: leaf, counted: .nodes(label: nil), slot: spec.slot, slots: slots)
        }
        if let scan = source as? NodeByLabelScanOperator, let leaf = scan.source as? ArgumentOperator,
           countedSlot == nil || countedSlot == scan.slot {
            return CountFromStoreOperator(source: leaf, counted: .nodes(label: scan.label), slot: spec.slot, slots: slots)
        }
        if let expand = source as? ExpandOperator, let scan = expand.source as? AllNodesScanOperator,
           let leaf = scan.source as? ArgumentOperator, expand.fromSlot == scan.slot, expand.direction != .both,
           !expand.toBound, !expand.relationshipBound, expand.uniqueness.isEmpty, expand.types.count <= 1,
           countedSlot == nil || countedSlot == expand.relationshipSlot
            || (!spec.distinct && (countedSlot == scan.slot || countedSlot == expand.toSlot)) {
            return CountFromStoreOperator(source: leaf, counted: .relationships(type: expand.types.first),
                                          slot: spec.slot, slots: slots)
        }
        return nil
    }
}
