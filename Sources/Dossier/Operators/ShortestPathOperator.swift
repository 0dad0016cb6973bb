/// `shortestPath((a)-[*]-(b))` / `allShortestPaths(...)` between two bound nodes:
/// a breadth-first search with visited sets, then one (or every) shortest path is read back
/// from the predecessor lists.
final class ShortestPathOperator: PhysicalOperator {
    let fromSlot: Int
    let toSlot: Int
    let listSlot: Int
    let isList: Bool
    let direction: RelationshipDirection
    let types: [SymbolRef]
    let minLength: Int
    let maxLength: Int
    let all: Bool
    let uniqueness: UniquenessCheck
    let label: String

    @exclusivity(unchecked) private var input: Row?
    @exclusivity(unchecked) private var paths: [[Int]] = []
    @exclusivity(unchecked) private var position = 0
    @exclusivity(unchecked) private var resolvedTypes: [Int32]?

    init(source: PhysicalOperator, fromSlot: Int, toSlot: Int, listSlot: Int, isList: Bool,
         direction: RelationshipDirection, types: [String], minLength: Int, maxLength: Int, all: Bool,
         uniqueness: UniquenessCheck, label: String) {
        self.fromSlot = fromSlot
        self.toSlot = toSlot
        self.listSlot = listSlot
        self.isList = isList
        self.direction = direction
        self.types = types.map { SymbolRef($0, .type) }
        self.minLength = minLength
        self.maxLength = maxLength
        self.all = all
        self.uniqueness = uniqueness
        self.label = label
        super.init(source: source)
    }

    override var name: String { all ? "AllShortestPaths" : "ShortestPath" }
    override var details: String { label }

    override func reset(_ st: ExecutionState) throws {
        input = nil
        paths = []
        resolvedTypes = st.store.resolveTypes(types)
    }

    override func produce(_ st: ExecutionState) throws -> Row? {
        while true {
            if var row = input, position < paths.count {
                let p = paths[position]
                position += 1
                if isList {
                    row[listSlot] = .list(p.map { .relationship(RelationshipID($0)) })
                } else if let r = p.first {
                    row[listSlot] = .relationship(RelationshipID(r))
                }
                return row
            }
            input = nil
            guard let next = try source?.next(st) else { return nil }
            guard case .node(let a) = next[fromSlot], case .node(let b) = next[toSlot],
                  st.store.isAlive(a), st.store.isAlive(b) else { continue }
            paths = try search(from: a.rawValue, to: b.rawValue, row: next, st)
            position = 0
            input = next
        }
    }

    /// Relationship-id sequences of the shortest path(s) from `a` to `b`.
    private func search(from a: Int, to b: Int, row: Row, _ st: ExecutionState) throws -> [[Int]] {
        if a == b && minLength == 0 { return [[]] }
        let store = st.store
        // predecessors[node] = [(previous node, relationship)] on some shortest path.
        var depth: [Int: Int] = [a: 0]
        var predecessors: [Int: [(Int, Int)]] = [:]
        var frontier = [a]
        var level = 0
        var found = false
        var edges: [Adjacency] = []
        while !frontier.isEmpty && !found && level < maxLength {
            level += 1
            var nextFrontier: [Int] = []
            for n in frontier {
                edges.removeAll(keepingCapacity: true)
                store.collectEdges(of: n, direction: direction, types: resolvedTypes, into: &edges)
                for e in edges {
                    try st.tick()
                    if !uniqueness.isEmpty && !uniqueness.allows(e.relationship, in: row) { continue }
                    if let d = depth[e.neighbor] {
                        if d == level { predecessors[e.neighbor, default: []].append((n, e.relationship)) }
                        continue
                    }
                    if e.neighbor == a { continue }
                    depth[e.neighbor] = level
                    predecessors[e.neighbor] = [(n, e.relationship)]
                    nextFrontier.append(e.neighbor)
                    if e.neighbor == b { found = true }
                }
            }
            frontier = nextFrontier
        }
        guard found, level >= minLength else { return [] }
        // Read paths back from b (iteratively: paths can be long).
        var out: [[Int]] = []
        var stack: [(node: Int, suffix: [Int])] = [(b, [])]
        while let (node, suffix) = stack.popLast() {
            try st.tick()
            if node == a {
                out.append(suffix.reversed())
                if !all { break }
                try st.checkIntermediateRows(out.count)
                continue
            }
            for (prev, rel) in (predecessors[node] ?? []).reversed() {
                stack.append((prev, suffix + [rel]))
            }
        }
        return out
    }
}
