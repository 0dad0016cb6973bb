/// `expr.key` on a node, relationship or map; null-safe.
final class PropertyExpr: Expr {
    let base: Expr
    let key: SymbolRef
    init(_ base: Expr, key: String, at location: SourceLocation) {
        self.base = base
        self.key = SymbolRef(key, .key)
        super.init(at: location)
    }
    override func eval(_ row: Row, _ st: ExecutionState) throws -> Value {
        let b = try base.eval(row, st)
        switch b {
        case .node(let id):
            return try st.store.property(of: id, key, at: location)
        case .relationship(let id):
            return try st.store.property(of: id, key, at: location)
        case .map(let m):
            return m[key.name] ?? .null
        case .null:
            return .null
        case .temporal(let t):
            return try t.property(key.name)
        default:
            throw DossierError.type(.invalidArgumentType,
                                    "cannot access property `\(key.name)` of a \(b.typeName)", at: location)
        }
    }
    override var description: String { "\(base).\(key.name)" }
}

extension GraphStore {
    /// A node's property by a lazily interned key; null when absent.
    /// - Throws: `EntityNotFound.DeletedEntityAccess` when the node was deleted.
    @inline(__always)
    func property(of id: NodeID, _ key: SymbolRef, at location: SourceLocation?) throws -> Value {
        guard id.rawValue >= 0, id.rawValue < nodes.count else { return .null }
        guard nodes[id.rawValue].alive else { throw DossierError.deletedEntityAccess("node", at: location) }
        guard let k = key.resolve(self) else { return .null }
        return nodes[id.rawValue].property(k) ?? .null
    }

    /// A relationship's property by a lazily interned key; null when absent.
    @inline(__always)
    func property(of id: RelationshipID, _ key: SymbolRef, at location: SourceLocation?) throws -> Value {
        guard id.rawValue >= 0, id.rawValue < relationships.count else { return .null }
        guard relationships[id.rawValue].alive else { throw DossierError.deletedEntityAccess("relationship", at: location) }
        guard let k = key.resolve(self) else { return .null }
        return relationships[id.rawValue].property(k) ?? .null
    }

    /// A node's property by name (dynamic access `n[key]`).
    func property(of id: NodeID, named name: String, at location: SourceLocation?) throws -> Value {
        guard id.rawValue >= 0, id.rawValue < nodes.count else { return .null }
        guard nodes[id.rawValue].alive else { throw DossierError.deletedEntityAccess("node", at: location) }
        guard let k = keys.lookup(name) else { return .null }
        return nodes[id.rawValue].property(k) ?? .null
    }

    func property(of id: RelationshipID, named name: String, at location: SourceLocation?) throws -> Value {
        guard id.rawValue >= 0, id.rawValue < relationships.count else { return .null }
        guard relationships[id.rawValue].alive else { throw DossierError.deletedEntityAccess("relationship", at: location) }
        guard let k = keys.lookup(name) else { return .null }
        return relationships[id.rawValue].property(k) ?? .null
    }
}

extension DossierError {
    /// `EntityNotFound.DeletedEntityAccess`: reading a deleted node or relationship.
    static func deletedEntityAccess(_ what: String, at location: SourceLocation?) -> DossierError {
        DossierError(.entityNotFound, .deletedEntityAccess, "the \(what) was deleted by this query", at: location)
    }
}
