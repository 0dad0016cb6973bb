/// A set of nodes and relationships to export (e.g. as Graphviz DOT): the subgraph of a query
/// result, the whole graph, or a node's neighbourhood. Every relationship's start and end node
/// is among `nodes`, so no edge dangles. Both arrays are sorted by id, so exports are deterministic.
public struct Subgraph: Sendable, Equatable {
    public private(set) var nodes: [NodeSnapshot]
    public private(set) var relationships: [RelationshipSnapshot]

    /// Keeps the live nodes, and the live relationships whose end nodes are both present; sorts by id
    /// and drops duplicates.
    public init(nodes: [NodeSnapshot], relationships: [RelationshipSnapshot]) {
        var seenNodes = Set<NodeID>()
        let ns = nodes.filter { !$0.deleted && seenNodes.insert($0.id).inserted }.sorted { $0.id < $1.id }
        var seenRels = Set<RelationshipID>()
        let rs = relationships.filter {
            !$0.deleted && seenNodes.contains($0.start) && seenNodes.contains($0.end) && seenRels.insert($0.id).inserted
        }.sorted { $0.id < $1.id }
        self.nodes = ns
        self.relationships = rs
    }

    /// The subgraph of a result: every node, relationship and path in its rows (also inside lists
    /// and maps), plus the end nodes of every relationship, each once. Uses the result's snapshots.
    public init(result: QueryResult) {
        var nodeIDs = Set<NodeID>()
        var relIDs = Set<RelationshipID>()
        func visit(_ v: Value) {
            switch v {
            case .node(let id): nodeIDs.insert(id)
            case .relationship(let id): relIDs.insert(id)
            case .path(let p):
                nodeIDs.formUnion(p.nodes)
                relIDs.formUnion(p.relationships)
            case .list(let items): items.forEach(visit)
            case .map(let m): m.values.forEach(visit)
            default: break
            }
        }
        result.rows.forEach { $0.forEach(visit) }
        let rels = relIDs.compactMap { result.relationships[$0] }
        for r in rels { nodeIDs.insert(r.start); nodeIDs.insert(r.end) }
        self.init(nodes: nodeIDs.compactMap { result.nodes[$0] }, relationships: rels)
    }

    /// True when there is nothing to export.
    public var isEmpty: Bool { nodes.isEmpty }
}
