/// `expr[index]`: list element, map entry, or a node's or relationship's property by name.
final class SubscriptExpr: Expr {
    let base: Expr, index: Expr
    init(_ base: Expr, _ index: Expr, at location: SourceLocation) {
        self.base = base
        self.index = index
        super.init(at: location)
    }
    override func eval(_ row: Row, _ st: ExecutionState) throws -> Value {
        let b = try base.eval(row, st)
        let i = try index.eval(row, st)
        do { return try Value.index(b, i, store: st.store) } catch { throw error.located(at: location) }
    }
    override var description: String { "\(base)[\(index)]" }
}

/// `list[from..to]`
final class SliceExpr: Expr {
    let base: Expr, from: Expr?, to: Expr?
    init(_ base: Expr, _ from: Expr?, _ to: Expr?, at location: SourceLocation) {
        self.base = base
        self.from = from
        self.to = to
        super.init(at: location)
    }
    override func eval(_ row: Row, _ st: ExecutionState) throws -> Value {
        let b = try base.eval(row, st)
        let f = try from?.eval(row, st)
        let t = try to?.eval(row, st)
        do { return try Value.slice(b, from: f, to: t) } catch { throw error.located(at: location) }
    }
    override var description: String { "\(base)[\(from?.description ?? "")..\(to?.description ?? "")]" }
}

/// `n:A:B` (all labels present); null for null.
final class HasLabelsExpr: Expr {
    let base: Expr
    let labels: [SymbolRef]
    init(_ base: Expr, labels: [String], at location: SourceLocation) {
        self.base = base
        self.labels = labels.map { SymbolRef($0, .label) }
        super.init(at: location)
    }
    override func eval(_ row: Row, _ st: ExecutionState) throws -> Value {
        switch try base.eval(row, st) {
        case .null: return .null
        case .node(let id):
            let store = st.store
            guard id.rawValue >= 0, id.rawValue < store.nodeBits.count else { return .null }
            // One read of the node's dense label bits (see `GraphStore.nodeBits`).
            let bits = store.nodeBits[id.rawValue]
            guard bits & GraphStore.aliveBit != 0 else { throw DossierError.deletedEntityAccess("node", at: location) }
            for l in labels {
                guard let lid = l.resolve(store) else { return .bool(false) }
                if lid < 63 {
                    if bits & (1 << UInt64(lid)) == 0 { return .bool(false) }
                } else if !store.nodes[id.rawValue].hasLabel(lid) {
                    return .bool(false)
                }
            }
            return .bool(true)
        case let v:
            throw DossierError.type(.invalidArgumentType, "label predicates need a node, got \(v.typeName)", at: location)
        }
    }
    override var description: String { "\(base)" + labels.map { ":\($0.name)" }.joined() }
}

/// `n {.name, .*, key: expr, var}`
final class MapProjectionExpr: Expr {
    enum Item {
        case property(SymbolRef)
        case all
        case entry(String, Expr)
    }
    let base: Expr
    let items: [Item]
    init(_ base: Expr, items: [Item], at location: SourceLocation) {
        self.base = base
        self.items = items
        super.init(at: location)
    }
    override func eval(_ row: Row, _ st: ExecutionState) throws -> Value {
        let b = try base.eval(row, st)
        if b.isNull { return .null }
        var out = ValueMap()
        for item in items {
            switch item {
            case .property(let key):
                switch b {
                case .node(let id): out[key.name] = try st.store.property(of: id, key, at: location)
                case .relationship(let id): out[key.name] = try st.store.property(of: id, key, at: location)
                case .map(let m): out[key.name] = m[key.name] ?? .null
                default: throw DossierError.type(.invalidArgumentType, "map projection of a \(b.typeName)", at: location)
                }
            case .all:
                switch b {
                case .node(let id):
                    guard st.store.isAlive(id) else { throw DossierError.deletedEntityAccess("node", at: location) }
                    for (k, v) in st.store.propertyMap(of: id) { out[k] = v }
                case .relationship(let id):
                    guard st.store.isAlive(id) else { throw DossierError.deletedEntityAccess("relationship", at: location) }
                    for (k, v) in st.store.propertyMap(of: id) { out[k] = v }
                case .map(let m): for (k, v) in m { out[k] = v }
                default: throw DossierError.type(.invalidArgumentType, "map projection of a \(b.typeName)", at: location)
                }
            case .entry(let k, let e):
                out[k] = try nested(e.eval(row, st), at: location)
            }
        }
        return .map(out)
    }
    override var description: String { "\(base) {…}" }
}
