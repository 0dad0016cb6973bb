extension GraphStore {
    /// Replaces the whole graph with already decoded records (snapshot loading): builds the
    /// label index, counts and adjacency lists without per-edge reallocation. Dead records are
    /// placeholders that keep ids from being reused. Undo and redo logs are left empty.
    ///
    /// Adjacency is built as the incremental path builds it — per node, groups by type in order
    /// of their first relationship, relationships ascending — via a counting sort: degrees first,
    /// then relationship ids bucketed per node in id order, then each node's groups allocated
    /// once at their exact size.
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
        let nodeSlots = nodes.count

        var labelIndex = [[Int]](repeating: [], count: labels.count)
        var liveNodes = 0
        var bits = [UInt64](repeating: 0, count: nodeSlots)
        labelSets = [:]
        for i in nodes.indices where nodes[i].labels.count > 0 { nodes[i].labels = sharedLabels(nodes[i].labels) }
        nodes.withUnsafeBufferPointer { nb in
            for i in 0..<nb.count where nb[i].alive {
                liveNodes += 1
                bits[i] = GraphStore.aliveBit
                for l in nb[i].labels {
                    labelIndex[Int(l)].append(i)
                    if l < 63 { bits[i] |= 1 << UInt64(l) }
                }
            }
        }
        self.nodeBits = bits

        var byType = [Int](repeating: 0, count: types.count)
        var outStart = [Int](repeating: 0, count: nodeSlots + 1)
        var inStart = [Int](repeating: 0, count: nodeSlots + 1)
        var liveRels = 0
        rels.withUnsafeBufferPointer { rb in
            for i in 0..<rb.count where rb[i].alive {
                liveRels += 1
                byType[Int(rb[i].type)] += 1
                outStart[rb[i].start + 1] += 1
                inStart[rb[i].end + 1] += 1
            }
        }
        for v in 0..<nodeSlots {
            outStart[v + 1] += outStart[v]
            inStart[v + 1] += inStart[v]
        }
        // Each relationship's adjacency entry bucketed by start (and by end) node, ascending
        // within each bucket, so that building the lists reads memory in order.
        let blank = Adjacency(relationship: 0, neighbor: 0)
        var outEdges = [Adjacency](repeating: blank, count: liveRels)
        var inEdges = [Adjacency](repeating: blank, count: liveRels)
        do {
            var outNext = outStart, inNext = inStart
            rels.withUnsafeBufferPointer { rb in
                for i in 0..<rb.count where rb[i].alive {
                    let (s, e, t) = (rb[i].start, rb[i].end, rb[i].type)
                    outEdges[outNext[s]] = Adjacency(relationship: i, neighbor: e, type: t)
                    outNext[s] += 1
                    inEdges[inNext[e]] = Adjacency(relationship: i, neighbor: s, type: t)
                    inNext[e] += 1
                }
            }
        }
        outEdges.withUnsafeBufferPointer { ob in
            inEdges.withUnsafeBufferPointer { ib in
                nodes.withUnsafeMutableBufferPointer { nb in
                    for v in 0..<nodeSlots {
                        if outStart[v] < outStart[v + 1] {
                            nb[v].outgoingEdges = Self.list(UnsafeBufferPointer(rebasing: ob[outStart[v]..<outStart[v + 1]]))
                        }
                        if inStart[v] < inStart[v + 1] {
                            nb[v].incomingEdges = Self.list(UnsafeBufferPointer(rebasing: ib[inStart[v]..<inStart[v + 1]]))
                        }
                    }
                }
            }
        }
        self.nodes = nodes
        self.relationships = rels
        self.labelIndex = labelIndex
        self.nodeCount = liveNodes
        self.relationshipCount = liveRels
        self.relationshipCountByType = byType
    }

    /// One node's adjacency list, exactly sized, from its edges (ascending relationship ids):
    /// ordered by type, then relationship id.
    private static func list(_ edges: UnsafeBufferPointer<Adjacency>) -> [Adjacency] {
        var list = [Adjacency](unsafeUninitializedCapacity: edges.count) { buf, n in
            for k in 0..<edges.count { buf.initializeElement(at: k, to: edges[k]) }
            n = edges.count
        }
        if let first = edges.first, !edges.allSatisfy({ $0.type == first.type }) {
            list.sort(by: Adjacency.precedes)
        }
        return list
    }
}
