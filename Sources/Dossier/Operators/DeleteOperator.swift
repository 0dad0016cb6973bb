/// DELETE / DETACH DELETE: deletes the nodes, relationships and paths the expressions yield
/// (null and already deleted entities are skipped). A node deleted without DETACH that still has
/// relationships is reported by `Database` at the end of the query.
final class DeleteOperator: EagerUpdateOperator {
    let expressions: [Expr]
    let detach: Bool
    init(source: PhysicalOperator, expressions: [Expr], detach: Bool) {
        self.expressions = expressions
        self.detach = detach
        super.init(source: source)
    }
    override var name: String { detach ? "DetachDelete" : "Delete" }
    override var details: String { expressions.map(\.description).joined(separator: ", ") }

    private func deleteNode(_ id: NodeID, _ store: GraphStore) {
        guard store.isAlive(id) else { return }
        if detach {
            var edges: [Adjacency] = []
            store.collectEdges(of: id.rawValue, direction: .both, types: nil, into: &edges)
            for e in edges { store.deleteRelationship(RelationshipID(e.relationship)) }
        }
        store.deleteNode(id)
    }

    private func delete(_ v: Value, _ st: ExecutionState, at location: SourceLocation) throws {
        let store = st.store
        switch v {
        case .null: return
        case .node(let id): deleteNode(id, store)
        case .relationship(let id): store.deleteRelationship(id)
        case .path(let p):
            for r in p.relationships { store.deleteRelationship(r) }
            for n in p.nodes { deleteNode(n, store) }
        case .list(let items):
            for item in items { try delete(item, st, at: location) }
        default:
            throw DossierError.type(.invalidArgumentType, "DELETE needs a node, relationship or path, got \(v.typeName)",
                                    at: location)
        }
    }

    override func update(_ row: Row, _ st: ExecutionState, into out: inout [Row]) throws {
        for e in expressions { try delete(try e.eval(row, st), st, at: e.location) }
        out.append(row)
    }
}
