/// Plans the matching of pattern chains on top of an input plan: picks where each chain starts
/// (a bound node, else the label with the fewest nodes, else all nodes), expands along it in
/// both directions, and applies each predicate conjunct as soon as the slots it reads are bound.
/// Relationships bound within one MATCH are kept distinct.
struct MatchPlanner {
    let context: CompilationContext
    private(set) var plan: PhysicalOperator
    /// Slots bound so far (outer variables plus what this pattern bound).
    private(set) var bound: Set<Int>
    private var pending: [Conjunct]
    private var uniqueness = UniquenessCheck()
    /// Property equalities of variable-length relationships, by relationship slot.
    var varLengthProperties: [Int: [(String, Expr)]] = [:]
    /// Only distinct (start, end) pairs matter after this MATCH (see `MultiplicityAnalysis`):
    /// a lone anonymous variable-length relationship may be expanded breadth-first.
    var breadthFirstVarLength = false
    /// The chain being planned allows it (one relationship, no path variable).
    private var breadthFirstChain = false

    init(context: CompilationContext, source: PhysicalOperator, bound: Set<Int>, conjuncts: [Conjunct]) {
        self.context = context
        self.plan = source
        self.bound = bound
        self.pending = conjuncts
    }

    /// Adds filters for every pending conjunct whose dependencies are bound.
    mutating func applyReadyFilters() {
        var rest: [Conjunct] = []
        for c in pending {
            if c.dependencies.isSubset(of: bound) {
                plan = FilterOperator(source: plan, predicate: c.expr)
            } else {
                rest.append(c)
            }
        }
        pending = rest
    }

    /// Adds filters for all remaining conjuncts (dependencies on slots nobody binds are a bug,
    /// but the filter is still correct: it reads null).
    mutating func applyAllFilters() {
        for c in pending { plan = FilterOperator(source: plan, predicate: c.expr) }
        pending = []
    }

    /// Plans every chain, connected ones first, shortest-path ones last.
    mutating func planChains(_ chains: [PatternChain]) throws {
        applyReadyFilters()
        var remaining = chains.filter { $0.selector == .all }
        while !remaining.isEmpty {
            let index = remaining.firstIndex { c in c.nodes.contains { bound.contains($0.slot) } }
                ?? remaining.indices.min { cost(remaining[$0]) < cost(remaining[$1]) } ?? 0
            let chain = remaining.remove(at: index)
            try planChain(chain)
        }
        for chain in chains where chain.selector != .all {
            try planShortestPath(chain)
        }
        applyReadyFilters()
    }

    /// Estimated rows of starting a chain at its cheapest node.
    private func cost(_ chain: PatternChain) -> Int {
        chain.nodes.map { nodeCost($0).rows }.min() ?? 0
    }

    /// Rows a scan of `node` yields and the label to scan by (nil: all nodes).
    private func nodeCost(_ node: PatternChain.Node) -> (rows: Int, label: String?) {
        if let seek = indexSeek(for: node) { return (1, seek.label) }
        var best: (Int, String?) = (context.store.nodeCount, nil)
        for l in node.labels {
            let n = context.store.labels.lookup(l).map { context.store.nodes(withLabel: $0).count } ?? 0
            if n < best.0 || best.1 == nil { best = (n, l) }
        }
        return best
    }

    /// An index on one of the node's labels that an equality conjunct can seek.
    private func indexSeek(for node: PatternChain.Node) -> (label: String, equality: PropertyEquality)? {
        let store = context.store
        for c in pending {
            guard let eq = c.propertyEquality, eq.slot == node.slot, eq.valueDependencies.isSubset(of: bound),
                  let k = store.keys.lookup(eq.key) else { continue }
            for l in node.labels {
                if let lid = store.labels.lookup(l), store.index(label: lid, key: k) != nil { return (l, eq) }
            }
        }
        return nil
    }

    private mutating func scan(_ node: PatternChain.Node) {
        let (_, label) = nodeCost(node)
        let name = node.name ?? "anon_\(node.slot)"
        if let (indexLabel, eq) = indexSeek(for: node) {
            plan = NodeIndexSeekOperator(source: plan, slot: node.slot, variable: name, label: indexLabel, key: eq.key,
                                         value: eq.value, isList: eq.isList)
            // The seek answers the predicate exactly: no filter for it.
            if let i = pending.firstIndex(where: { $0.propertyEquality?.value === eq.value }) { pending.remove(at: i) }
            if let i = pending.firstIndex(where: { $0.labelOf?.slot == node.slot && $0.labelOf?.label == indexLabel }) {
                pending.remove(at: i)
            }
        } else if let label {
            plan = NodeByLabelScanOperator(source: plan, slot: node.slot, variable: name, label: label)
            // The scan already guarantees this label.
            if let i = pending.firstIndex(where: { $0.labelOf?.slot == node.slot && $0.labelOf?.label == label }) {
                pending.remove(at: i)
            }
        } else {
            plan = AllNodesScanOperator(source: plan, slot: node.slot, variable: name)
        }
        bound.insert(node.slot)
    }

    private mutating func planChain(_ chain: PatternChain) throws {
        breadthFirstChain = breadthFirstVarLength && chain.pathSlot == nil && chain.relationships.count == 1
        let start: Int
        if let i = chain.nodes.firstIndex(where: { bound.contains($0.slot) }) {
            start = i
            if chain.relationships.isEmpty {
                // A bound node on its own: it must be a node (a null binding matches nothing).
                let n = chain.nodes[i]
                plan = FilterOperator(source: plan, predicate: IsNullExpr(SlotExpr(slot: n.slot, name: n.name ?? "", at: n.range.start),
                                                                          negated: true, at: n.range.start))
            }
        } else {
            start = chain.nodes.indices.min { nodeCost(chain.nodes[$0]).rows < nodeCost(chain.nodes[$1]).rows } ?? 0
            scan(chain.nodes[start])
        }
        applyReadyFilters()
        var i = start
        while i < chain.relationships.count {
            try expand(from: chain.nodes[i], chain.relationships[i], to: chain.nodes[i + 1], reversed: false)
            i += 1
        }
        i = start - 1
        while i >= 0 {
            try expand(from: chain.nodes[i + 1], chain.relationships[i], to: chain.nodes[i], reversed: true)
            i -= 1
        }
        if let p = chain.pathSlot {
            plan = ProjectionOperator(source: plan, slots: [p], expressions: [chain.pathExpr()], labels: [chain.pathName ?? "path"])
            bound.insert(p)
            applyReadyFilters()
        }
    }

    private static func flip(_ d: RelationshipDirection) -> RelationshipDirection {
        switch d {
        case .outgoing: return .incoming
        case .incoming: return .outgoing
        case .both: return .both
        }
    }

    private mutating func expand(from: PatternChain.Node, _ rel: PatternChain.Relationship, to: PatternChain.Node,
                                 reversed: Bool) throws {
        let direction = reversed ? Self.flip(rel.direction) : rel.direction
        let toBound = bound.contains(to.slot)
        let arrow: String
        switch direction {
        case .outgoing: arrow = "->"
        case .incoming: arrow = "<-"
        case .both: arrow = "--"
        }
        let types = rel.types.isEmpty ? "" : ":" + rel.types.joined(separator: "|")
        let label = "(\(from.name ?? "")) \(arrow)[\(rel.name ?? "")\(types)] (\(to.name ?? ""))"
        if let length = rel.length {
            if bound.contains(rel.slot) {
                plan = BoundRelationshipListOperator(source: plan, fromSlot: from.slot, listSlot: rel.slot, toSlot: to.slot,
                                                     direction: direction, types: rel.types, minLength: length.min ?? 1,
                                                     maxLength: length.max ?? Int.max, toBound: toBound,
                                                     uniqueness: uniqueness, reversed: reversed, label: label)
                uniqueness.listSlots.append(rel.slot)
                bound.insert(to.slot)
                applyReadyFilters()
                return
            }
            let props = varLengthProperties[rel.slot] ?? []
            let keys = props.map(\.0), values = props.map(\.1)
            let breadthFirst = breadthFirstChain && rel.name == nil && props.isEmpty && !toBound
                && uniqueness.isEmpty && (length.min ?? 1) <= 1
            plan = VarLengthExpandOperator(source: plan, fromSlot: from.slot, listSlot: rel.slot, toSlot: to.slot,
                                           direction: direction, types: rel.types, minLength: length.min ?? 1,
                                           maxLength: length.max ?? Int.max, toBound: toBound, uniqueness: uniqueness,
                                           propertyKeys: keys, propertyValues: values, label: label, reversed: reversed)
            (plan as? VarLengthExpandOperator)?.breadthFirst = breadthFirst
            uniqueness.listSlots.append(rel.slot)
        } else {
            let relBound = bound.contains(rel.slot)
            let expand = ExpandOperator(source: plan, fromSlot: from.slot, relationshipSlot: rel.slot, toSlot: to.slot,
                                        direction: direction, types: rel.types, toBound: toBound, relationshipBound: relBound,
                                        uniqueness: uniqueness, label: label)
            if !toBound {
                // The new node's labels are checked by the expansion itself (no filter after it).
                while let i = pending.firstIndex(where: { $0.labelOf?.slot == to.slot }), let l = pending[i].labelOf?.label {
                    expand.neighborLabels.append(SymbolRef(l, .label))
                    pending.remove(at: i)
                }
            }
            plan = expand
            uniqueness.relationshipSlots.append(rel.slot)
        }
        bound.insert(rel.slot)
        bound.insert(to.slot)
        applyReadyFilters()
    }

    private mutating func planShortestPath(_ chain: PatternChain) throws {
        guard chain.relationships.count == 1, let rel = chain.relationships.first else {
            throw DossierError.notSupported("shortestPath over more than one relationship pattern", at: chain.range.start)
        }
        for n in chain.nodes where !bound.contains(n.slot) {
            scan(n)
            applyReadyFilters()
        }
        let length = rel.length ?? VariableLength(min: 1, max: 1)
        plan = ShortestPathOperator(source: plan, fromSlot: chain.nodes[0].slot, toSlot: chain.nodes[1].slot,
                                    listSlot: rel.slot, isList: rel.isVarLength, direction: rel.direction, types: rel.types,
                                    minLength: length.min ?? 1, maxLength: length.max ?? Int.max,
                                    all: chain.selector == .allShortestPaths, uniqueness: uniqueness,
                                    label: chain.pathName ?? "")
        if rel.isVarLength { uniqueness.listSlots.append(rel.slot) } else { uniqueness.relationshipSlots.append(rel.slot) }
        bound.insert(rel.slot)
        if let p = chain.pathSlot {
            plan = ProjectionOperator(source: plan, slots: [p], expressions: [chain.pathExpr()], labels: [chain.pathName ?? "path"])
            bound.insert(p)
        }
        applyReadyFilters()
    }
}
