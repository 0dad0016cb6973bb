/// One property of a node or relationship: an interned key and its (non-null) value.
public struct Property: Sendable, Equatable {
    public var key: Int32
    public var value: Value
    public init(key: Int32, value: Value) {
        self.key = key
        self.value = value
    }
}

/// One entry of a node's adjacency list: the relationship, its type and the node at its other end.
///
/// Ids are kept as 32-bit integers (ids stay below 2³¹: see docs/storage.md, Limits), so an
/// entry takes 12 bytes: adjacency lists are most of the graph's memory.
public struct Adjacency: Sendable, Equatable {
    @usableFromInline var type32: Int32
    @usableFromInline var rel32: Int32
    @usableFromInline var neighbor32: Int32
    /// The relationship's type.
    @inlinable public var type: Int32 {
        get { type32 }
        set { type32 = newValue }
    }
    @inlinable public var relationship: Int {
        get { Int(rel32) }
        set { rel32 = Int32(truncatingIfNeeded: newValue) }
    }
    @inlinable public var neighbor: Int {
        get { Int(neighbor32) }
        set { neighbor32 = Int32(truncatingIfNeeded: newValue) }
    }
    @inlinable public init(relationship: Int, neighbor: Int, type: Int32 = 0) {
        self.type32 = type
        self.rel32 = Int32(truncatingIfNeeded: relationship)
        self.neighbor32 = Int32(truncatingIfNeeded: neighbor)
    }

    /// The adjacency-list order: by type, then relationship id.
    @inlinable static func precedes(_ a: Adjacency, _ b: Adjacency) -> Bool {
        a.type32 != b.type32 ? a.type32 < b.type32 : a.rel32 < b.rel32
    }
}

/// A node's relationships of one type in one direction (a view built from the flat lists).
public struct AdjacencyGroup: Sendable {
    public var type: Int32
    public var edges: [Adjacency]
    public init(type: Int32, edges: [Adjacency]) {
        self.type = type
        self.edges = edges
    }
}

/// Storage for one node. Deleted nodes keep their data (`alive == false`) so that a
/// transaction can be rolled back and a result can still describe what was deleted.
public struct NodeRecord: Sendable {
    /// Sorted, distinct label ids (nodes with the same labels share one array).
    public var labels: [Int32]
    public var properties: [Property]
    /// Outgoing relationships, sorted by type, then relationship id: one array per node and
    /// direction (no array per type), so a node costs two small allocations at most.
    public var outgoingEdges: [Adjacency]
    /// Incoming relationships, in the same order.
    public var incomingEdges: [Adjacency]
    public var alive: Bool

    public init(labels: [Int32], properties: [Property], outgoingEdges: [Adjacency], incomingEdges: [Adjacency],
                alive: Bool) {
        self.labels = labels
        self.properties = properties
        self.outgoingEdges = outgoingEdges
        self.incomingEdges = incomingEdges
        self.alive = alive
    }

    public init(labels: [Int32], properties: [Property], outgoing: [AdjacencyGroup], incoming: [AdjacencyGroup],
                alive: Bool) {
        func flat(_ groups: [AdjacencyGroup]) -> [Adjacency] {
            var out: [Adjacency] = []
            for g in groups { for e in g.edges { out.append(Adjacency(relationship: e.relationship, neighbor: e.neighbor, type: g.type)) } }
            out.sort(by: Adjacency.precedes)
            return out
        }
        self.init(labels: labels, properties: properties, outgoingEdges: flat(outgoing), incomingEdges: flat(incoming),
                  alive: alive)
    }

    /// Outgoing relationships grouped by type (ascending type id). Builds arrays: for display
    /// and tests, not for traversal.
    public var outgoing: [AdjacencyGroup] { Self.groups(outgoingEdges) }
    /// Incoming relationships grouped by type.
    public var incoming: [AdjacencyGroup] { Self.groups(incomingEdges) }

    static func groups(_ edges: [Adjacency]) -> [AdjacencyGroup] {
        var out: [AdjacencyGroup] = []
        for e in edges {
            if out.last?.type == e.type { out[out.count - 1].edges.append(e) } else { out.append(AdjacencyGroup(type: e.type, edges: [e])) }
        }
        return out
    }

    @inlinable
    public func property(_ key: Int32) -> Value? {
        for p in properties where p.key == key { return p.value }
        return nil
    }

    @inlinable
    public func hasLabel(_ label: Int32) -> Bool {
        for l in labels where l == label { return true }
        return false
    }

    /// The relationships of `type` (or of every type when nil) in one direction.
    @inlinable
    public func degree(outgoing out: Bool, type: Int32?) -> Int {
        let edges = out ? outgoingEdges : incomingEdges
        guard let type else { return edges.count }
        var n = 0
        for e in edges where e.type32 == type { n += 1 }
        return n
    }
}

/// Storage for one relationship: 24 bytes (endpoint ids as 32-bit integers, like `Adjacency`).
public struct RelationshipRecord: Sendable {
    public var type: Int32
    @usableFromInline var start32: Int32
    @usableFromInline var end32: Int32
    public var alive: Bool
    public var properties: [Property]

    @inlinable public var start: Int {
        get { Int(start32) }
        set { start32 = Int32(truncatingIfNeeded: newValue) }
    }
    @inlinable public var end: Int {
        get { Int(end32) }
        set { end32 = Int32(truncatingIfNeeded: newValue) }
    }

    @inlinable
    public init(type: Int32, start: Int, end: Int, properties: [Property], alive: Bool) {
        self.type = type
        self.start32 = Int32(truncatingIfNeeded: start)
        self.end32 = Int32(truncatingIfNeeded: end)
        self.alive = alive
        self.properties = properties
    }

    @inlinable
    public func property(_ key: Int32) -> Value? {
        for p in properties where p.key == key { return p.value }
        return nil
    }
}

/// One change to the graph, in the form the write-ahead log records and replays.
/// Ids are explicit so that replay recreates exactly the same ids.
public enum Mutation: Sendable, Equatable {
    case createNode(NodeID, labels: [Int32], properties: [Property])
    case deleteNode(NodeID)
    case createRelationship(RelationshipID, type: Int32, start: NodeID, end: NodeID, properties: [Property])
    case deleteRelationship(RelationshipID)
    /// `nil` removes the property.
    case setNodeProperty(NodeID, key: Int32, value: Value?)
    case setRelationshipProperty(RelationshipID, key: Int32, value: Value?)
    case addLabel(NodeID, Int32)
    case removeLabel(NodeID, Int32)
}

/// How to undo one change (kept only until the transaction ends).
enum UndoEntry {
    case createdNode(Int)
    case createdRelationship(Int)
    case deletedNode(Int)
    case deletedRelationship(Int)
    case nodeProperty(Int, key: Int32, old: Value?)
    case relationshipProperty(Int, key: Int32, old: Value?)
    case addedLabel(Int, Int32)
    case removedLabel(Int, Int32)
}
