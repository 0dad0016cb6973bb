extension GraphStore {
    /// Replaces the whole graph with already decoded records (snapshot loading): builds the
    /// label index, counts and adjacency lists in one pass each. Dead records are placeholders
    /// that keep ids from being reused. Undo and redo logs are left empty.
    ///
    /// - Precondition (checked by the snapshot reader): symbol ids are within their tables;
    ///   every live relationship's endpoints are live nodes; label lists are sorted and distinct.
    /// - Complexity: O(nodes + relationships + labels).
    func bulkLoad(labels: SymbolTable, types: SymbolTable, keys: SymbolTable,
                  nodes newNodes: consuming [NodeRecord], relationships newRels: consuming [RelationshipRecord]) {
        self.labels = labels
        self.types = types
        self.keys = keys
        undoLog.removeAll()
        pendingMutations.removeAll()

        var nodes = newNodes
        let rels = newRels
        var labelIndex = [[Int]](repeating: [], count: labels.count)
        var liveNodes = 0
        for i in nodes.indices where nodes[i].alive {
            liveNodes += 1
            for l in nodes[i].labels { labelIndex[Int(l)].append(i) }
        }
        var byType = [Int](repeating: 0, count: types.count)
        var liveRels = 0
        // Exact capacities for the adjacency arrays avoid regrowth: count first, then fill.
        var outDegree = [Int32](repeating: 0, count: nodes.count)
        var inDegree = [Int32](repeating: 0, count: nodes.count)
        for r in rels where r.alive {
            outDegree[r.start] &+= 1
            inDegree[r.end] &+= 1
        }
        for i in rels.indices where rels[i].alive {
            let r = rels[i]
            liveRels += 1
            byType[Int(r.type)] += 1
            Self.appendBulk(Adjacency(relationship: i, neighbor: r.end), type: r.type,
                            capacity: Int(outDegree[r.start]), to: &nodes[r.start].outgoing)
            Self.appendBulk(Adjacency(relationship: i, neighbor: r.start), type: r.type,
                            capacity: Int(inDegree[r.end]), to: &nodes[r.end].incoming)
        }
        self.nodes = nodes
        self.relationships = rels
        self.labelIndex = labelIndex
        self.nodeCount = liveNodes
        self.relationshipCount = liveRels
        self.relationshipCountByType = byType
    }

    /// Appends to the group of `type` (relationship ids arrive ascending). A node with one
    /// relationship type gets a group sized exactly to its degree.
    @inline(__always)
    private static func appendBulk(_ a: Adjacency, type: Int32, capacity: Int, to groups: inout [AdjacencyGroup]) {
        for g in groups.indices where groups[g].type == type {
            groups[g].edges.append(a)
            return
        }
        var edges: [Adjacency] = []
        edges.reserveCapacity(groups.isEmpty ? capacity : 4)
        edges.append(a)
        groups.append(AdjacencyGroup(type: type, edges: edges))
    }
}
