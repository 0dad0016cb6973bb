import Dossier

/// Turns library results into the comparable form: graph elements are resolved through the
/// result's snapshots (`QueryResult.nodes` / `.relationships`).
extension TCKValue {
    /// `value` as the TCK sees it. A node or relationship missing from the snapshots becomes a
    /// value that equals nothing (`(:<missing node N>)`), so the mismatch is visible in reports.
    init(_ value: Value, in result: QueryResult) {
        switch value {
        case .null: self = .null
        case .bool(let b): self = .bool(b)
        case .int(let i): self = .int(i)
        case .float(let d): self = .float(d)
        case .string(let s): self = .string(s)
        // The TCK writes temporal values as their ISO 8601 strings ('1816-01-01').
        case .temporal(let t): self = .string(t.isoString)
        case .list(let items): self = .list(items.map { TCKValue($0, in: result) })
        case .map(let m):
            var out: [String: TCKValue] = [:]
            for (k, v) in m { out[k] = TCKValue(v, in: result) }
            self = .map(out)
        case .node(let id): self = TCKValue.node(id, in: result)
        case .relationship(let id): self = TCKValue.relationship(id, in: result)
        case .path(let p):
            guard let first = p.nodes.first, p.nodes.count == p.relationships.count + 1 else {
                self = .string("<malformed path \(p.nodes) \(p.relationships)>")
                return
            }
            var steps: [PathStep] = []
            for (i, rid) in p.relationships.enumerated() {
                let from = p.nodes[i]
                let forward = result.relationships[rid].map { $0.start == from } ?? true
                steps.append(PathStep(relationship: TCKValue.relationship(rid, in: result), forward: forward,
                                      node: TCKValue.node(p.nodes[i + 1], in: result)))
            }
            self = .path(start: TCKValue.node(first, in: result), steps: steps)
        }
    }

    /// A storable property value (no graph elements) in comparable form.
    init(property value: Value) {
        self.init(value, in: QueryResult())
    }

    private static func node(_ id: NodeID, in result: QueryResult) -> TCKValue {
        guard let n = result.nodes[id] else {
            return .node(labels: ["<missing node \(id)>"], properties: [:])
        }
        var props: [String: TCKValue] = [:]
        for (k, v) in n.properties { props[k] = TCKValue(v, in: result) }
        return .node(labels: Set(n.labels), properties: props)
    }

    private static func relationship(_ id: RelationshipID, in result: QueryResult) -> TCKValue {
        guard let r = result.relationships[id] else {
            return .relationship(type: "<missing relationship \(id)>", properties: [:])
        }
        var props: [String: TCKValue] = [:]
        for (k, v) in r.properties { props[k] = TCKValue(v, in: result) }
        return .relationship(type: r.type, properties: props)
    }

    /// The library value for a `parameters are` cell; graph elements cannot be parameters.
    var parameterValue: Value? {
        switch self {
        case .null: return .null
        case .bool(let b): return .bool(b)
        case .int(let i): return .int(i)
        case .float(let d): return .float(d)
        case .string(let s): return .string(s)
        case .list(let items):
            var out: [Value] = []
            for item in items {
                guard let v = item.parameterValue else { return nil }
                out.append(v)
            }
            return .list(out)
        case .map(let m):
            var out = ValueMap()
            for k in m.keys.sorted() {
                guard let v = m[k]?.parameterValue else { return nil }
                out[k] = v
            }
            return .map(out)
        case .node, .relationship, .path: return nil
        }
    }
}
