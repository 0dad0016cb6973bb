/// For each input row, every path of `min...max` relationships from the node in `fromSlot`
/// (depth-first), never reusing a relationship. Binds the list of relationships to `listSlot`
/// and the last node to `toSlot` (or checks it when `toBound`).
final class VarLengthExpandOperator: PhysicalOperator {
    let fromSlot: Int
    let listSlot: Int
    let toSlot: Int
    let direction: RelationshipDirection
    let types: [SymbolRef]
    let minLength: Int
    let maxLength: Int
    let toBound: Bool
    let uniqueness: UniquenessCheck
    /// Property equalities every relationship on the path must satisfy (`[*..2 {k: v}]`).
    let propertyKeys: [SymbolRef]
    let propertyValues: [Expr]
    let label: String
    /// The pattern is expanded right to left: the list is reported in pattern (left-to-right) order.
    let reversed: Bool

    private struct Frame {
        var node: Int
        var edges: [Adjacency]
        var index: Int
    }
    @exclusivity(unchecked) private var input: Row?
    @exclusivity(unchecked) private var stack: [Frame] = []
    @exclusivity(unchecked) private var path: [Int] = []
    @exclusivity(unchecked) private var resolvedTypes: [Int32]?
    @exclusivity(unchecked) private var wanted: [Value] = []
    @exclusivity(unchecked) private var pendingStart = false

    init(source: PhysicalOperator, fromSlot: Int, listSlot: Int, toSlot: Int, direction: RelationshipDirection,
         types: [String], minLength: Int, maxLength: Int, toBound: Bool, uniqueness: UniquenessCheck,
         propertyKeys: [String], propertyValues: [Expr], label: String, reversed: Bool) {
        self.reversed = reversed
        self.fromSlot = fromSlot
        self.listSlot = listSlot
        self.toSlot = toSlot
        self.direction = direction
        self.types = types.map { SymbolRef($0, .type) }
        self.minLength = minLength
        self.maxLength = maxLength
        self.toBound = toBound
        self.uniqueness = uniqueness
        self.propertyKeys = propertyKeys.map { SymbolRef($0, .key) }
        self.propertyValues = propertyValues
        self.label = label
        super.init(source: source)
    }

    /// Expand breadth-first, each reachable end node once (set by the planner only where just
    /// the distinct (start, end) pairs matter; see `MultiplicityAnalysis`). The relationship list
    /// is not bound (the pattern leaves it anonymous).
    var breadthFirst = false
    private var reached: [Int] = []
    private var reachedPosition = 0
    private var search = BreadthFirstReach()

    override var name: String {
        breadthFirst ? "VarLengthExpand(BFS)" : (toBound ? "VarLengthExpandInto" : "VarLengthExpand")
    }
    override var details: String { label }

    override func reset(_ st: ExecutionState) throws {
        input = nil
        stack.removeAll()
        path.removeAll()
        resolvedTypes = st.store.resolveTypes(types)
    }

    private func edges(of node: Int, _ store: GraphStore) -> [Adjacency] {
        var out: [Adjacency] = []
        store.collectEdges(of: node, direction: direction, types: resolvedTypes, into: &out)
        return out
    }

    private func relationshipMatches(_ rel: Int, _ store: GraphStore) -> Bool {
        if propertyKeys.isEmpty { return true }
        let rec = store.relationships[rel]
        for i in propertyKeys.indices {
            guard let k = propertyKeys[i].resolve(store), let v = rec.property(k),
                  Value.cypherEquals(v, wanted[i]) == true else { return false }
        }
        return true
    }

    /// The output row for the current path ending at `node`, or nil when it does not qualify.
    private func emit(_ row: Row, node: Int) -> Row? {
        guard path.count >= minLength else { return nil }
        if toBound {
            guard case .node(let t) = row[toSlot], t.rawValue == node else { return nil }
        }
        var out = row
        let rels: [Value] = path.map { .relationship(RelationshipID($0)) }
        out[listSlot] = .list(reversed ? rels.reversed() : rels)
        if !toBound { out[toSlot] = .node(NodeID(node)) }
        return out
    }

    override func produce(_ st: ExecutionState) throws -> Row? {
        if breadthFirst { return try produceBreadthFirst(st) }
        let store = st.store
        while true {
            if let row = input {
                if pendingStart {
                    pendingStart = false
                    if let start = stack.last?.node, let out = emit(row, node: start) { return out }
                }
                while let top = stack.last {
                    let i = stack.count - 1
                    if top.index < top.edges.count {
                        let e = top.edges[top.index]
                        stack[i].index += 1
                        try st.tick()
                        if path.contains(e.relationship) { continue }
                        if !uniqueness.isEmpty && !uniqueness.allows(e.relationship, in: row) { continue }
                        if !relationshipMatches(e.relationship, store) { continue }
                        path.append(e.relationship)
                        let more = path.count < maxLength ? edges(of: e.neighbor, store) : []
                        stack.append(Frame(node: e.neighbor, edges: more, index: 0))
                        if let out = emit(row, node: e.neighbor) { return out }
                    } else {
                        stack.removeLast()
                        if !stack.isEmpty { path.removeLast() }
                    }
                }
                input = nil
            }
            guard let next = try source?.next(st) else { return nil }
            stack.removeAll()
            path.removeAll()
            guard case .node(let from) = next[fromSlot], store.isAlive(from) else { continue }
            guard minLength <= maxLength else { continue }
            wanted = try propertyValues.map { try $0.eval(next, st) }
            if wanted.contains(where: \.isNull) { continue }
            stack.append(Frame(node: from.rawValue, edges: maxLength > 0 ? edges(of: from.rawValue, store) : [], index: 0))
            pendingStart = true
            input = next
        }
    }

    /// Breadth-first mode: for each input row, every node reachable by a trail of
    /// `minLength...maxLength` relationships (`minLength` 0 or 1), once.
    private func produceBreadthFirst(_ st: ExecutionState) throws -> Row? {
        while true {
            if var row = input, reachedPosition < reached.count {
                let n = reached[reachedPosition]
                reachedPosition += 1
                row[listSlot] = .null
                row[toSlot] = .node(NodeID(n))
                return row
            }
            input = nil
            guard let next = try source?.next(st) else {
                reached = []
                return nil
            }
            guard case .node(let from) = next[fromSlot], st.store.isAlive(from), minLength <= maxLength else { continue }
            try search.run(from: from.rawValue, direction: direction, types: resolvedTypes, maxLength: maxLength,
                           includeStart: minLength == 0, st)
            reached = search.reached
            reachedPosition = 0
            input = next
        }
    }
}

/// A breadth-first search from one node with visited marks kept between searches (a generation
/// stamp per node: no clearing, no hashing), reporting each node reachable by a trail of 1 to
/// `maxLength` relationships once, in breadth-first order.
///
/// The start node itself is reachable only through a closed trail. For a directed pattern that
/// is an edge back into it from a reached node at depth < maxLength. For an undirected one it is
/// a cycle through it: an edge back to it other than the one that reached its neighbour, or an
/// edge joining two nodes reached through different first relationships (a shortest cycle
/// through the start is always found that way), short enough.
struct BreadthFirstReach {
    private(set) var reached: [Int] = []
    private var stamp: [UInt32] = []
    private var generation: UInt32 = 0
    private var depth: [Int32] = []
    /// Per node: the first relationship of its path from the start (its branch), and the
    /// relationship it was reached through.
    private var branch: [Int32] = []
    private var via: [Int32] = []
    private var edges: [Adjacency] = []

    mutating func run(from a: Int, direction: RelationshipDirection, types: [Int32]?, maxLength: Int, includeStart: Bool,
                      _ st: ExecutionState) throws {
        let store = st.store
        let n = store.nodes.count
        if stamp.count < n {
            stamp += [UInt32](repeating: 0, count: n - stamp.count)
            depth += [Int32](repeating: 0, count: n - depth.count)
            branch += [Int32](repeating: -1, count: n - branch.count)
            via += [Int32](repeating: -1, count: n - via.count)
        }
        generation &+= 1
        if generation == 0 {  // wrapped: clear once every 4 billion searches
            for i in stamp.indices { stamp[i] = 0 }
            generation = 1
        }
        reached.removeAll(keepingCapacity: true)
        stamp[a] = generation
        depth[a] = 0
        branch[a] = -1
        via[a] = -1
        var startReachable = includeStart
        var frontier = [a]
        var level = 0
        let limit = maxLength
        let undirected = direction == .both
        while !frontier.isEmpty && level < limit {
            var nextFrontier: [Int] = []
            for x in frontier {
                edges.removeAll(keepingCapacity: true)
                store.collectEdges(of: x, direction: direction, types: types, into: &edges)
                let dx = Int(depth[x])
                for e in edges {
                    try st.tick()
                    let y = e.neighbor
                    let r = Int32(truncatingIfNeeded: e.relationship)
                    if y == a {
                        // Back to the start: a closed trail of dx + 1 unless it is the way we came.
                        if !startReachable && (!undirected || x == a || r != via[x]) { startReachable = true }
                        continue
                    }
                    if stamp[y] != generation {
                        stamp[y] = generation
                        depth[y] = Int32(dx + 1)
                        branch[y] = x == a ? r : branch[x]
                        via[y] = r
                        reached.append(y)
                        nextFrontier.append(y)
                    } else if undirected && !startReachable && branch[y] != branch[x]
                                && dx + Int(depth[y]) + 1 <= limit {
                        // Two branches joined: a cycle through the start.
                        startReachable = true
                    }
                }
            }
            frontier = nextFrontier
            level += 1
        }
        if startReachable { reached.append(a) }
    }
}
