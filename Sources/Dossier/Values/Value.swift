import Collections

/// A node's identity: a dense integer, never reused while the database is open.
public struct NodeID: Hashable, Comparable, Sendable, CustomStringConvertible {
    public var rawValue: Int
    @inlinable public init(_ rawValue: Int) { self.rawValue = rawValue }
    @inlinable public static func < (a: NodeID, b: NodeID) -> Bool { a.rawValue < b.rawValue }
    public var description: String { String(rawValue) }
}

/// A relationship's identity: a dense integer, never reused while the database is open.
public struct RelationshipID: Hashable, Comparable, Sendable, CustomStringConvertible {
    public var rawValue: Int
    @inlinable public init(_ rawValue: Int) { self.rawValue = rawValue }
    @inlinable public static func < (a: RelationshipID, b: RelationshipID) -> Bool { a.rawValue < b.rawValue }
    public var description: String { String(rawValue) }
}

/// A path: alternating nodes and relationships, `nodes.count == relationships.count + 1`.
/// The direction of each step is recovered from the relationship's start and end node.
public struct PathValue: Hashable, Sendable {
    public var nodes: [NodeID]
    public var relationships: [RelationshipID]
    public init(nodes: [NodeID], relationships: [RelationshipID]) {
        self.nodes = nodes
        self.relationships = relationships
    }
    /// A path of length zero.
    public init(single node: NodeID) { self.nodes = [node]; self.relationships = [] }
    /// The number of relationships.
    public var length: Int { relationships.count }
}

/// An openCypher map value. Keys keep insertion order (so output is deterministic);
/// equality and hashing of *Cypher* values ignore key order (see `Value+Semantics`).
public typealias ValueMap = OrderedDictionary<String, Value>

/// A value of the query language: what an expression evaluates to, what a property holds,
/// what a result cell contains.
///
/// Nodes, relationships and paths are held by identity; a `QueryResult` carries a snapshot
/// of their labels, types and properties as they were when the query finished.
///
/// `==` on `Value` is *structural identity* (used by tests and caches): `.int(1) != .float(1.0)`,
/// NaN equals NaN, map key order is ignored. Cypher's three-valued `=` lives in `CypherEquality`.
public enum Value: Sendable {
    case null
    case bool(Bool)
    case int(Int64)
    case float(Double)
    case string(String)
    case list([Value])
    case map(ValueMap)
    case node(NodeID)
    case relationship(RelationshipID)
    indirect case path(PathValue)
    /// A date, time, date-time or duration (`Values/Temporal/`).
    indirect case temporal(TemporalValue)
}

extension Value {
    /// True for `.null`.
    @inlinable public var isNull: Bool { if case .null = self { return true } else { return false } }

    /// The openCypher type name, as used in error messages (`INTEGER`, `STRING`, `NODE`...).
    public var typeName: String {
        switch self {
        case .null: return "NULL"
        case .bool: return "BOOLEAN"
        case .int: return "INTEGER"
        case .float: return "FLOAT"
        case .string: return "STRING"
        case .list: return "LIST"
        case .map: return "MAP"
        case .node: return "NODE"
        case .relationship: return "RELATIONSHIP"
        case .path: return "PATH"
        case .temporal(let t): return t.typeName
        }
    }

    /// Whether a value may be stored as a property: scalars and (nested) lists and maps of them.
    public var isStorable: Bool {
        switch self {
        case .null, .bool, .int, .float, .string, .temporal: return true
        case .list(let items): return items.allSatisfy { $0.isStorable }
        case .map(let m): return m.values.allSatisfy { $0.isStorable }
        case .node, .relationship, .path: return false
        }
    }
}

extension Value: Equatable {
    /// Structural identity; see the type's documentation.
    public static func == (a: Value, b: Value) -> Bool {
        switch (a, b) {
        case (.null, .null): return true
        case let (.bool(x), .bool(y)): return x == y
        case let (.int(x), .int(y)): return x == y
        case let (.float(x), .float(y)): return x == y || (x.isNaN && y.isNaN)
        case let (.string(x), .string(y)): return x.unicodeScalars.elementsEqual(y.unicodeScalars)
        case let (.list(x), .list(y)): return x == y
        case let (.map(x), .map(y)):
            guard x.count == y.count else { return false }
            for (k, v) in x { guard let w = y[k], v == w else { return false } }
            return true
        case let (.node(x), .node(y)): return x == y
        case let (.relationship(x), .relationship(y)): return x == y
        case let (.path(x), .path(y)): return x == y
        case let (.temporal(x), .temporal(y)): return x == y
        default: return false
        }
    }
}

extension Value: ExpressibleByNilLiteral, ExpressibleByBooleanLiteral, ExpressibleByIntegerLiteral,
    ExpressibleByFloatLiteral, ExpressibleByStringLiteral, ExpressibleByArrayLiteral,
    ExpressibleByDictionaryLiteral
{
    public init(nilLiteral: ()) { self = .null }
    public init(booleanLiteral value: Bool) { self = .bool(value) }
    public init(integerLiteral value: Int64) { self = .int(value) }
    public init(floatLiteral value: Double) { self = .float(value) }
    public init(stringLiteral value: String) { self = .string(value) }
    public init(arrayLiteral elements: Value...) { self = .list(elements) }
    public init(dictionaryLiteral elements: (String, Value)...) {
        var m = ValueMap()
        for (k, v) in elements { m[k] = v }
        self = .map(m)
    }
}
