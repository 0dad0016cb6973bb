/// `(n $map)`: true when every entry of the map equals the entity's property.
final class PropertyMapMatchExpr: Expr {
    let entity: Expr, map: Expr
    init(_ entity: Expr, _ map: Expr, at location: SourceLocation) {
        self.entity = entity
        self.map = map
        super.init(at: location)
    }
    override func eval(_ row: Row, _ st: ExecutionState) throws -> Value {
        guard case .map(let m) = try map.eval(row, st) else { return .null }
        let e = try entity.eval(row, st)
        for (k, v) in m {
            let actual: Value
            switch e {
            case .node(let id): actual = try st.store.property(of: id, named: k, at: location)
            case .relationship(let id): actual = try st.store.property(of: id, named: k, at: location)
            default: return .null
            }
            if Value.cypherEquals(actual, v) != true { return .bool(false) }
        }
        return .bool(true)
    }
    override var description: String { "\(entity) matches \(map)" }
}
