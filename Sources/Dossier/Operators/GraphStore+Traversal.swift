extension GraphStore {
    /// Appends to `out` the relationships of node `node` in `direction` whose type is in `types`
    /// (nil: any type). With `.both`, a self-loop is reported once.
    /// - Complexity: O(degree of the node in the chosen types).
    @inline(__always)
    func collectEdges(of node: Int, direction: RelationshipDirection, types: [Int32]?, into out: inout [Adjacency]) {
        if direction != .incoming { Self.append(nodes[node].outgoingEdges, types: types, except: -1, into: &out) }
        if direction != .outgoing {
            Self.append(nodes[node].incomingEdges, types: types, except: direction == .both ? node : -1, into: &out)
        }
    }

    /// Appends the entries of `edges` (ordered by type) whose type is in `types` (all when nil),
    /// leaving out those whose neighbour is `except` (a self-loop seen from the other side).
    @inline(__always)
    private static func append(_ edges: [Adjacency], types: [Int32]?, except: Int, into out: inout [Adjacency]) {
        if edges.isEmpty { return }
        let skip = Int32(truncatingIfNeeded: except)
        guard let types else {
            if except < 0 { out.append(contentsOf: edges) } else { for e in edges where e.neighbor32 != skip { out.append(e) } }
            return
        }
        guard types.count == 1 else {
            for e in edges where types.contains(e.type32) && e.neighbor32 != skip { out.append(e) }
            return
        }
        // One type: its run, found by binary search on long lists.
        let t = types[0]
        var i = 0
        if edges.count > 16 {
            var hi = edges.count
            while i < hi {
                let mid = (i + hi) / 2
                if edges[mid].type32 < t { i = mid + 1 } else { hi = mid }
            }
        }
        while i < edges.count, edges[i].type32 <= t {
            let e = edges[i]
            if e.type32 == t && e.neighbor32 != skip { out.append(e) }
            i += 1
        }
    }

    /// Resolves type names to ids; names that do not exist (yet) are left out.
    /// Returns nil when `refs` is empty (any type).
    func resolveTypes(_ refs: [SymbolRef]) -> [Int32]? {
        if refs.isEmpty { return nil }
        return refs.compactMap { $0.resolve(self) }
    }
}

/// The relationship-uniqueness rule of one MATCH: a new relationship must differ from those
/// already bound by the same MATCH (single slots and variable-length lists).
struct UniquenessCheck {
    var relationshipSlots: [Int] = []
    var listSlots: [Int] = []

    var isEmpty: Bool { relationshipSlots.isEmpty && listSlots.isEmpty }

    @inline(__always)
    func allows(_ rel: Int, in row: Row) -> Bool {
        for s in relationshipSlots {
            if case .relationship(let r) = row[s], r.rawValue == rel { return false }
        }
        for s in listSlots {
            if case .list(let items) = row[s] {
                for case .relationship(let r) in items where r.rawValue == rel { return false }
            }
        }
        return true
    }
}
