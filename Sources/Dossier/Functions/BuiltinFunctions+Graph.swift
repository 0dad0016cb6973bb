/// Graph functions: `id labels type keys properties startNode endNode nodes relationships
/// length exists`. A null argument gives null; a value of the wrong type raises TypeError
/// `InvalidArgumentValue`; labels, keys and properties of an entity deleted in this
/// transaction raise EntityNotFound `DeletedEntityAccess` (`id` and `type` still work).
extension BuiltinFunctions {
    static let graphFunctions: [FunctionDescriptor] = [
        fn("id", 1) { args, _ throws(DossierError) in
            switch arg(args, 0) {
            case .null: return .null
            case .node(let n): return .int(Int64(n.rawValue))
            case .relationship(let r): return .int(Int64(r.rawValue))
            case let v: throw .functionArgument("id", v, expected: "a NODE or RELATIONSHIP")
            }
        },
        fn("labels", 1) { args, ctx throws(DossierError) in
            switch arg(args, 0) {
            case .null: return .null
            case .node(let n):
                let store = ctx.store
                guard store.exists(n) else { return .list([]) }
                guard store.nodes[n.rawValue].alive else { throw .deletedEntity("node", n.rawValue) }
                return .list(store.nodes[n.rawValue].labels.map { .string(store.labels.name($0)) })
            case let v: throw .functionArgument("labels", v, expected: "a NODE")
            }
        },
        fn("type", 1) { args, ctx throws(DossierError) in
            switch arg(args, 0) {
            case .null: return .null
            case .relationship(let r):
                guard ctx.store.exists(r) else { return .null }
                return .string(ctx.store.types.name(ctx.store.relationships[r.rawValue].type))
            case let v: throw .functionArgument("type", v, expected: "a RELATIONSHIP")
            }
        },
        fn("keys", 1) { args, ctx throws(DossierError) in
            let v = arg(args, 0)
            switch v {
            case .null: return .null
            case .map(let m): return .list(m.keys.map { .string($0) })
            case .node, .relationship:
                let props = try properties(of: v, ctx.store)
                return .list(props.map { .string(ctx.store.keys.name($0.key)) })
            default: throw .functionArgument("keys", v, expected: "a NODE, RELATIONSHIP or MAP")
            }
        },
        fn("properties", 1) { args, ctx throws(DossierError) in
            let v = arg(args, 0)
            switch v {
            case .null: return .null
            case .map: return v
            case .node, .relationship:
                var m = ValueMap()
                for p in try properties(of: v, ctx.store) { m[ctx.store.keys.name(p.key)] = p.value }
                return .map(m)
            default: throw .functionArgument("properties", v, expected: "a NODE, RELATIONSHIP or MAP")
            }
        },
        fn("startNode", 1) { args, ctx throws(DossierError) in
            switch arg(args, 0) {
            case .null: return .null
            case .relationship(let r):
                guard ctx.store.exists(r) else { return .null }
                return .node(NodeID(ctx.store.relationships[r.rawValue].start))
            case let v: throw .functionArgument("startNode", v, expected: "a RELATIONSHIP")
            }
        },
        fn("endNode", 1) { args, ctx throws(DossierError) in
            switch arg(args, 0) {
            case .null: return .null
            case .relationship(let r):
                guard ctx.store.exists(r) else { return .null }
                return .node(NodeID(ctx.store.relationships[r.rawValue].end))
            case let v: throw .functionArgument("endNode", v, expected: "a RELATIONSHIP")
            }
        },
        fn("nodes", 1) { args, _ throws(DossierError) in
            switch arg(args, 0) {
            case .null: return .null
            case .path(let p): return .list(p.nodes.map { .node($0) })
            case let v: throw .functionArgument("nodes", v, expected: "a PATH")
            }
        },
        fn("relationships", 1) { args, _ throws(DossierError) in
            switch arg(args, 0) {
            case .null: return .null
            case .path(let p): return .list(p.relationships.map { .relationship($0) })
            case let v: throw .functionArgument("relationships", v, expected: "a PATH")
            }
        },
        fn("length", 1) { args, _ throws(DossierError) in
            switch arg(args, 0) {
            case .null: return .null
            case .path(let p): return .int(Int64(p.relationships.count))
            case .list(let l): return .int(Int64(l.count))
            case .string(let s): return .int(Int64(s.unicodeScalars.count))
            case let v: throw .functionArgument("length", v, expected: "a PATH")
            }
        },
        // Value form: true for any non-null value. The engine handles `exists(n.prop)` and
        // pattern predicates itself (a missing property evaluates to null here anyway).
        fn("exists", 1) { args, _ throws(DossierError) in
            .bool(!arg(args, 0).isNull)
        },
    ]

    /// The stored properties of a live node or relationship (deleted → DeletedEntityAccess).
    static func properties(of v: Value, _ store: GraphStore) throws(DossierError) -> [Property] {
        switch v {
        case .node(let n):
            guard store.exists(n) else { return [] }
            guard store.nodes[n.rawValue].alive else { throw .deletedEntity("node", n.rawValue) }
            return store.nodes[n.rawValue].properties
        case .relationship(let r):
            guard store.exists(r) else { return [] }
            guard store.relationships[r.rawValue].alive else { throw .deletedEntity("relationship", r.rawValue) }
            return store.relationships[r.rawValue].properties
        default:
            return []
        }
    }
}
