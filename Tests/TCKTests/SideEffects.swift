import Dossier

/// The eight side-effect counters of the TCK (`+nodes`, `-properties`, ...), as net differences
/// between two `GraphState`s: nodes and relationships are sets; properties are
/// (entity, key, value) triples, so a changed value counts −1 and +1; labels are the distinct
/// label names present in the whole graph.
struct SideEffects: Equatable, CustomStringConvertible {
    var counters: [String: Int] = [:]

    static let keys = ["+nodes", "-nodes", "+relationships", "-relationships",
                       "+properties", "-properties", "+labels", "-labels"]

    subscript(key: String) -> Int {
        get { counters[key] ?? 0 }
        set { counters[key] = newValue == 0 ? nil : newValue }
    }

    /// Counters from a `the side effects should be:` table (`| +nodes | 1 |`); unlisted keys are 0.
    init(table: GherkinTable) throws(SideEffectsTableError) {
        for row in table {
            guard row.count == 2, SideEffects.keys.contains(row[0]), let n = Int(row[1]) else {
                throw SideEffectsTableError(row: row)
            }
            self[row[0]] = n
        }
    }

    init() {}

    /// The net difference from `before` to `after`.
    init(from before: GraphState, to after: GraphState) {
        self["+nodes"] = after.nodes.subtracting(before.nodes).count
        self["-nodes"] = before.nodes.subtracting(after.nodes).count
        self["+relationships"] = after.relationships.subtracting(before.relationships).count
        self["-relationships"] = before.relationships.subtracting(after.relationships).count
        self["+properties"] = after.properties.subtracting(before.properties).count
        self["-properties"] = before.properties.subtracting(after.properties).count
        self["+labels"] = after.labels.subtracting(before.labels).count
        self["-labels"] = before.labels.subtracting(after.labels).count
    }

    var description: String {
        let parts = SideEffects.keys.compactMap { k in counters[k].map { "\(k) \($0)" } }
        return parts.isEmpty ? "none" : parts.joined(separator: ", ")
    }
}

/// A malformed side-effects table row.
struct SideEffectsTableError: Error { var row: [String] }

/// What the side-effect counters are computed from: the whole graph at one moment.
struct GraphState {
    /// An entity a property belongs to.
    enum Entity: Hashable { case node(Int), relationship(Int) }
    /// One property: entity, key and value (in its canonical text form, so it can be hashed).
    struct PropertyTriple: Hashable {
        var entity: Entity
        var key: String
        var value: String
    }

    var nodes: Set<Int> = []
    var relationships: Set<Int> = []
    var properties: Set<PropertyTriple> = []
    var labels: Set<String> = []

    init() {}

    /// The current content of `db`.
    init(of db: Database) {
        self.init(nodes: db.allNodes(), relationships: db.allRelationships())
    }

    init(nodes: [NodeSnapshot], relationships: [RelationshipSnapshot]) {
        for n in nodes where !n.deleted {
            self.nodes.insert(n.id.rawValue)
            labels.formUnion(n.labels)
            for (k, v) in n.properties where !v.isNull {
                properties.insert(PropertyTriple(entity: .node(n.id.rawValue), key: k,
                                                 value: TCKValue(property: v).canonicalText))
            }
        }
        for r in relationships where !r.deleted {
            self.relationships.insert(r.id.rawValue)
            for (k, v) in r.properties where !v.isNull {
                properties.insert(PropertyTriple(entity: .relationship(r.id.rawValue), key: k,
                                                 value: TCKValue(property: v).canonicalText))
            }
        }
    }
}

extension TCKValue {
    /// An injective text form for hashing stored property values (floats keep their sign and
    /// exact digits; map keys are sorted and quoted).
    var canonicalText: String {
        switch self {
        case .list(let items): return "[" + items.map(\.canonicalText).joined(separator: ", ") + "]"
        case .map(let m):
            return "{" + m.keys.sorted().map { "\($0.debugDescription): \(m[$0]?.canonicalText ?? "")" }
                .joined(separator: ", ") + "}"
        default: return description
        }
    }
}
