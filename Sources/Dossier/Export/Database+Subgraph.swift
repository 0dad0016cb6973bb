/// Selecting subgraphs to export: the whole graph, a neighbourhood, or given elements.
extension Database {
    /// Every live node and relationship.
    public func subgraphAll() -> Subgraph {
        Subgraph(nodes: allNodes(), relationships: allRelationships())
    }

    /// The given nodes and relationships (plus the end nodes of those relationships); ids that do
    /// not name live elements are ignored.
    public func subgraph(nodes: [NodeID], relationships: [RelationshipID]) -> Subgraph {
        lock.lock(); defer { lock.unlock() }
        var nodeIDs = Set(nodes.filter { store.isAlive($0) })
        let rels = Set(relationships.filter { store.isAlive($0) })
        for r in rels {
            let rec = store.relationships[r.rawValue]
            nodeIDs.insert(NodeID(rec.start))
            nodeIDs.insert(NodeID(rec.end))
        }
        return Subgraph(nodes: nodeIDs.map { store.snapshot(of: $0) }, relationships: rels.map { store.snapshot(of: $0) })
    }

    /// The nodes matching `key`, then every node within `depth` hops of them in either direction,
    /// and every relationship among those nodes.
    ///
    /// `key` matches a node's `key` property (a string, or an integer written in decimal); when no
    /// node has such a `key`, it is read as a node id.
    /// - Throws: `EntityNotFound` when no node matches; `ArgumentError.NumberOutOfRange` for a
    ///   negative depth.
    public func subgraph(around key: String, depth: Int) throws(DossierError) -> Subgraph {
        guard depth >= 0 else {
            throw DossierError.argument(.numberOutOfRange, "depth must be 0 or more, not \(depth)")
        }
        lock.lock(); defer { lock.unlock() }
        let seeds = nodesMatching(key: key)
        guard !seeds.isEmpty else {
            throw DossierError(.entityNotFound, .invalidArgumentValue,
                               "no node has key \(key.debugDescription) or id \(key)")
        }
        var reached = Set(seeds)
        var frontier = seeds
        for _ in 0..<depth {
            if frontier.isEmpty { break }  // (not `where`: that would still count to a huge depth)
            var next: [Int] = []
            for n in frontier {
                for edges in [store.nodes[n].outgoingEdges, store.nodes[n].incomingEdges] {
                    for edge in edges where store.relationships[edge.relationship].alive {
                        if reached.insert(edge.neighbor).inserted { next.append(edge.neighbor) }
                    }
                }
            }
            frontier = next
        }
        var rels = Set<Int>()
        for n in reached {
            for edge in store.nodes[n].outgoingEdges
            where reached.contains(edge.neighbor) && store.relationships[edge.relationship].alive {
                rels.insert(edge.relationship)
            }
        }
        return Subgraph(nodes: reached.map { store.snapshot(of: NodeID($0)) },
                        relationships: rels.map { store.snapshot(of: RelationshipID($0)) })
    }

    /// Live nodes whose `key` property equals `key`; else the live node with that id.
    private func nodesMatching(key: String) -> [Int] {
        let asInt = Int64(key)
        var out: [Int] = []
        if let keyID = store.keys.lookup("key") {
            for (i, n) in store.nodes.enumerated() where n.alive {
                guard let p = n.properties.first(where: { $0.key == keyID }) else { continue }
                switch p.value {
                case .string(let s) where s == key: out.append(i)
                case .int(let v) where v == asInt: out.append(i)
                default: break
                }
            }
        }
        if out.isEmpty, let id = Int(key), store.isAlive(NodeID(id)) { out.append(id) }
        return out
    }
}
