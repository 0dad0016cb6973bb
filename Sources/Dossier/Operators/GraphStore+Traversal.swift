extension GraphStore {
    /// Appends to `out` the relationships of node `node` in `direction` whose type is in `types`
    /// (nil: any type). With `.both`, a self-loop is reported once.
    /// - Complexity: O(degree of the node in the chosen types).
    @inline(__always)
    func collectEdges(of node: Int, direction: RelationshipDirection, types: [Int32]?, into out: inout [Adjacency]) {
        if direction != .incoming {
            for g in nodes[node].outgoing where types == nil || types?.contains(g.type) == true {
                out.append(contentsOf: g.edges)
            }
        }
        if direction != .outgoing {
            for g in nodes[node].incoming where types == nil || types?.contains(g.type) == true {
                if direction == .both {
                    for e in g.edges where e.neighbor != node { out.append(e) }
                } else {
                    out.append(contentsOf: g.edges)
                }
            }
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
