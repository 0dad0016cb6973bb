/// The in-memory property graph: contiguous arrays of node and relationship records,
/// interned names, per-node adjacency grouped by relationship type, and a label index.
///
/// Every mutation is recorded twice: as an `UndoEntry` (so a failed query or a rolled-back
/// transaction leaves the graph exactly as before) and as a `Mutation` (what the write-ahead
/// log persists at commit). `savepoint()` / `rollback(to:)` / `commit()` delimit them.
///
/// Not thread-safe: `Database` serialises access.
public final class GraphStore {
    /// Interned label names.
    public internal(set) var labels = SymbolTable()
    /// Interned relationship type names.
    public internal(set) var types = SymbolTable()
    /// Interned property keys.
    public internal(set) var keys = SymbolTable()

    /// Node records, indexed by `NodeID.rawValue` (dead ones included).
    // Hot, read on every row: no dynamic exclusivity checks (Database serialises access).
    @exclusivity(unchecked) public internal(set) var nodes: [NodeRecord] = []
    /// Relationship records, indexed by `RelationshipID.rawValue` (dead ones included).
    @exclusivity(unchecked) public internal(set) var relationships: [RelationshipRecord] = []
    /// For each label id, the ids of live nodes carrying it, ascending.
    @exclusivity(unchecked) public internal(set) var labelIndex: [[Int]] = []
    /// Per node id: bit 63 set when the node is alive, bit `l` when it carries label `l` (< 63).
    /// A dense 8-byte-per-node copy of what label checks need, so checking the label of a node
    /// reached by an expansion costs one access to a compact array (not its record and label list).
    @exclusivity(unchecked) public internal(set) var nodeBits: [UInt64] = []
    /// The `nodeBits` flag of a live node.
    public static let aliveBit: UInt64 = 1 << 63
    /// One shared array per distinct label set: nodes with the same labels share it (copy on
    /// write), instead of one small heap array per node.
    var labelSets: [[Int32]: [Int32]] = [:]

    /// The shared instance of the label list `ls`.
    @inline(__always)
    func sharedLabels(_ ls: [Int32]) -> [Int32] {
        if ls.isEmpty { return ls }
        if let shared = labelSets[ls] { return shared }
        if labelSets.count < 4096 { labelSets[ls] = ls }
        return ls
    }

    /// Live node count.
    @exclusivity(unchecked) public internal(set) var nodeCount = 0
    /// Live relationship count.
    @exclusivity(unchecked) public internal(set) var relationshipCount = 0
    /// Live relationships per type id.
    @exclusivity(unchecked) public internal(set) var relationshipCountByType: [Int] = []

    @exclusivity(unchecked) var undoLog: [UndoEntry] = []
    /// Changes since the last `commit()`, in order.
    @exclusivity(unchecked) public internal(set) var pendingMutations: [Mutation] = []
    /// When false, no undo or redo is recorded (bulk loading into a fresh store, replay).
    public var recordsChanges = true

    /// Hooks for secondary structures (property indexes) that must follow every change.
    var observers: [any GraphStoreObserver] = []
    /// Bumped by every index or constraint change: plans made before it may no longer be the best.
    public internal(set) var schemaVersion = 0

    public init() {}

    // MARK: - Reading

    @inlinable public func isAlive(_ node: NodeID) -> Bool {
        node.rawValue >= 0 && node.rawValue < nodes.count && nodes[node.rawValue].alive
    }
    @inlinable public func isAlive(_ rel: RelationshipID) -> Bool {
        rel.rawValue >= 0 && rel.rawValue < relationships.count && relationships[rel.rawValue].alive
    }
    /// Whether `node` names a record at all (alive or deleted).
    @inlinable public func exists(_ node: NodeID) -> Bool { node.rawValue >= 0 && node.rawValue < nodes.count }
    @inlinable public func exists(_ rel: RelationshipID) -> Bool { rel.rawValue >= 0 && rel.rawValue < relationships.count }

    /// Ids of live nodes carrying `label`, ascending.
    public func nodes(withLabel label: Int32) -> [Int] {
        Int(label) < labelIndex.count ? labelIndex[Int(label)] : []
    }

    /// Ids of all live nodes, ascending.
    public func allNodeIDs() -> [Int] {
        var out: [Int] = []
        out.reserveCapacity(nodeCount)
        for i in nodes.indices where nodes[i].alive { out.append(i) }
        return out
    }

    /// Ids of all live relationships, ascending.
    public func allRelationshipIDs() -> [Int] {
        var out: [Int] = []
        out.reserveCapacity(relationshipCount)
        for i in relationships.indices where relationships[i].alive { out.append(i) }
        return out
    }

    /// A node's properties keyed by name, in stored order.
    public func propertyMap(of node: NodeID) -> ValueMap {
        var m = ValueMap()
        for p in nodes[node.rawValue].properties { m[keys.name(p.key)] = p.value }
        return m
    }

    /// A relationship's properties keyed by name, in stored order.
    public func propertyMap(of rel: RelationshipID) -> ValueMap {
        var m = ValueMap()
        for p in relationships[rel.rawValue].properties { m[keys.name(p.key)] = p.value }
        return m
    }

    /// A node's label names, sorted by label id (creation order of labels).
    public func labelNames(of node: NodeID) -> [String] {
        nodes[node.rawValue].labels.map { labels.name($0) }
    }

    /// A copy of a node's labels and properties.
    public func snapshot(of node: NodeID) -> NodeSnapshot {
        NodeSnapshot(id: node, labels: labelNames(of: node), properties: propertyMap(of: node),
                     deleted: !nodes[node.rawValue].alive)
    }

    /// A copy of a relationship's type, endpoints and properties.
    public func snapshot(of rel: RelationshipID) -> RelationshipSnapshot {
        let r = relationships[rel.rawValue]
        return RelationshipSnapshot(id: rel, type: types.name(r.type), start: NodeID(r.start), end: NodeID(r.end),
                                    properties: propertyMap(of: rel), deleted: !r.alive)
    }

    // MARK: - Transactions

    /// A point to which changes can be rolled back.
    public struct Savepoint: Sendable {
        let undoCount: Int
        let mutationCount: Int
    }

    public func savepoint() -> Savepoint {
        Savepoint(undoCount: undoLog.count, mutationCount: pendingMutations.count)
    }

    /// Undoes every change made after `savepoint`, newest first.
    public func rollback(to savepoint: Savepoint) {
        while undoLog.count > savepoint.undoCount {
            let entry = undoLog.removeLast()
            undo(entry)
        }
        if pendingMutations.count > savepoint.mutationCount {
            pendingMutations.removeSubrange(savepoint.mutationCount...)
        }
    }

    /// Ends the transaction: returns its changes (for the log) and forgets how to undo them.
    @discardableResult
    public func commit() -> [Mutation] {
        let changes = pendingMutations
        // Hand the buffer over (keeping its capacity would copy it, since `changes` shares it:
        // after a million-row load, every later commit would allocate that much again).
        pendingMutations = []
        // A small undo buffer is reused; a large one is released rather than kept resident.
        if undoLog.capacity > 4096 { undoLog = [] } else { undoLog.removeAll(keepingCapacity: true) }
        return changes
    }

    /// Mutations since `savepoint` (for statistics).
    public func mutations(since savepoint: Savepoint) -> ArraySlice<Mutation> {
        pendingMutations[min(savepoint.mutationCount, pendingMutations.count)...]
    }

    /// Node ids deleted since `savepoint` that still have live relationships
    /// (the end-of-query check for `DELETE` without `DETACH`).
    public func deletedNodesWithRelationships(since savepoint: Savepoint) -> NodeID? {
        var i = savepoint.undoCount
        while i < undoLog.count {
            if case .deletedNode(let id) = undoLog[i], !nodes[id].alive {
                let n = nodes[id]
                if !n.outgoingEdges.isEmpty || !n.incomingEdges.isEmpty { return NodeID(id) }
            }
            i += 1
        }
        return nil
    }

    private func record(_ undo: UndoEntry, _ mutation: @autoclosure () -> Mutation) {
        guard recordsChanges else { return }
        undoLog.append(undo)
        pendingMutations.append(mutation())
    }

    // MARK: - Writing

    /// Creates a node. `labels` need not be sorted or distinct; null values are skipped.
    @discardableResult
    public func createNode(labels newLabels: [Int32], properties: [Property]) -> NodeID {
        let id = nodes.count
        insertNode(id: id, labels: newLabels, properties: properties)
        let rec = nodes[id]
        record(.createdNode(id), .createNode(NodeID(id), labels: rec.labels, properties: rec.properties))
        return NodeID(id)
    }

    private func insertNode(id: Int, labels newLabels: [Int32], properties: [Property]) {
        var ls: [Int32]
        if newLabels.count <= 1 {
            ls = newLabels.filter { $0 >= 0 }
        } else {
            ls = Array(Set(newLabels)).sorted()
            ls.removeAll { $0 < 0 }
        }
        var props: [Property] = []
        props.reserveCapacity(properties.count)
        for p in properties where !p.value.isNull {
            if let i = props.firstIndex(where: { $0.key == p.key }) { props[i].value = p.value } else { props.append(p) }
        }
        while nodes.count <= id {
            nodes.append(NodeRecord(labels: [], properties: [], outgoingEdges: [], incomingEdges: [], alive: false))
            nodeBits.append(0)
        }
        nodes[id] = NodeRecord(labels: sharedLabels(ls), properties: props, outgoingEdges: [], incomingEdges: [], alive: true)
        nodeCount += 1
        nodeBits[id] = Self.aliveBit
        for l in ls { indexInsert(label: l, node: id) }
        for o in observers { o.nodeCreated(id, store: self) }
    }

    /// Creates a relationship between two live nodes.
    @discardableResult
    public func createRelationship(type: Int32, start: NodeID, end: NodeID, properties: [Property]) -> RelationshipID {
        let id = relationships.count
        insertRelationship(id: id, type: type, start: start.rawValue, end: end.rawValue, properties: properties)
        let rec = relationships[id]
        record(.createdRelationship(id),
               .createRelationship(RelationshipID(id), type: type, start: start, end: end, properties: rec.properties))
        return RelationshipID(id)
    }

    private func insertRelationship(id: Int, type: Int32, start: Int, end: Int, properties: [Property]) {
        var props: [Property] = []
        for p in properties where !p.value.isNull {
            if let i = props.firstIndex(where: { $0.key == p.key }) { props[i].value = p.value } else { props.append(p) }
        }
        while relationships.count <= id {
            relationships.append(RelationshipRecord(type: 0, start: 0, end: 0, properties: [], alive: false))
        }
        relationships[id] = RelationshipRecord(type: type, start: start, end: end, properties: props, alive: true)
        relationshipCount += 1
        while relationshipCountByType.count <= Int(type) { relationshipCountByType.append(0) }
        relationshipCountByType[Int(type)] += 1
        link(rel: id, type: type, start: start, end: end)
    }

    private func link(rel: Int, type: Int32, start: Int, end: Int) {
        Self.insert(Adjacency(relationship: rel, neighbor: end, type: type), into: &nodes[start].outgoingEdges)
        Self.insert(Adjacency(relationship: rel, neighbor: start, type: type), into: &nodes[end].incomingEdges)
    }

    private func unlink(rel: Int, type: Int32, start: Int, end: Int) {
        Self.remove(Adjacency(relationship: rel, neighbor: end, type: type), from: &nodes[start].outgoingEdges)
        Self.remove(Adjacency(relationship: rel, neighbor: start, type: type), from: &nodes[end].incomingEdges)
    }

    /// Inserts `a` in (type, relationship) order; new relationships usually go at the end.
    private static func insert(_ a: Adjacency, into edges: inout [Adjacency]) {
        // Grow by a quarter, not double: most nodes have few relationships, and doubling
        // leaves a third of all adjacency memory unused.
        let n = edges.count
        if n == edges.capacity { edges.reserveCapacity(n + max(1, n / 4)) }
        if let last = edges.last, Adjacency.precedes(a, last) {
            edges.insert(a, at: lowerBound(edges, a))
        } else {
            edges.append(a)
        }
    }

    private static func remove(_ a: Adjacency, from edges: inout [Adjacency]) {
        let i = lowerBound(edges, a)
        if i < edges.count && edges[i].rel32 == a.rel32 && edges[i].type32 == a.type32 { edges.remove(at: i) }
    }

    /// The first position whose entry does not precede `a`.
    static func lowerBound(_ edges: [Adjacency], _ a: Adjacency) -> Int {
        var lo = 0, hi = edges.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if Adjacency.precedes(edges[mid], a) { lo = mid + 1 } else { hi = mid }
        }
        return lo
    }

    /// Marks a node deleted. Its relationships must be deleted first by the caller, or
    /// `deletedNodesWithRelationships(since:)` reports it at the end of the query.
    public func deleteNode(_ node: NodeID) {
        let id = node.rawValue
        guard isAlive(node) else { return }
        nodes[id].alive = false
        nodeCount -= 1
        nodeBits[id] &= ~Self.aliveBit
        for l in nodes[id].labels { indexRemove(label: l, node: id) }
        for o in observers { o.nodeDeleted(id, store: self) }
        record(.deletedNode(id), .deleteNode(node))
    }

    public func deleteRelationship(_ rel: RelationshipID) {
        let id = rel.rawValue
        guard isAlive(rel) else { return }
        let r = relationships[id]
        relationships[id].alive = false
        relationshipCount -= 1
        relationshipCountByType[Int(r.type)] -= 1
        unlink(rel: id, type: r.type, start: r.start, end: r.end)
        record(.deletedRelationship(id), .deleteRelationship(rel))
    }

    /// Sets (or, with nil, removes) a node property.
    public func setProperty(_ node: NodeID, key: Int32, value: Value?) {
        let id = node.rawValue
        let newValue: Value? = (value?.isNull ?? true) ? nil : value
        let old = nodes[id].property(key)
        if old == nil && newValue == nil { return }
        Self.set(key, newValue, in: &nodes[id].properties)
        for o in observers { o.nodePropertyChanged(id, key: key, old: old, new: newValue, store: self) }
        record(.nodeProperty(id, key: key, old: old), .setNodeProperty(node, key: key, value: newValue))
    }

    /// Sets (or, with nil, removes) a relationship property.
    public func setProperty(_ rel: RelationshipID, key: Int32, value: Value?) {
        let id = rel.rawValue
        let newValue: Value? = (value?.isNull ?? true) ? nil : value
        let old = relationships[id].property(key)
        if old == nil && newValue == nil { return }
        Self.set(key, newValue, in: &relationships[id].properties)
        record(.relationshipProperty(id, key: key, old: old), .setRelationshipProperty(rel, key: key, value: newValue))
    }

    private static func set(_ key: Int32, _ value: Value?, in props: inout [Property]) {
        if let i = props.firstIndex(where: { $0.key == key }) {
            if let v = value { props[i].value = v } else { props.remove(at: i) }
        } else if let v = value {
            props.append(Property(key: key, value: v))
        }
    }

    /// Adds a label; returns false when the node already had it.
    @discardableResult
    public func addLabel(_ node: NodeID, _ label: Int32) -> Bool {
        let id = node.rawValue
        guard !nodes[id].hasLabel(label) else { return false }
        insertSorted(label, into: &nodes[id].labels)
        if nodes[id].alive { indexInsert(label: label, node: id) }
        for o in observers { o.nodeLabelsChanged(id, store: self) }
        record(.addedLabel(id, label), .addLabel(node, label))
        return true
    }

    /// Removes a label; returns false when the node did not have it.
    @discardableResult
    public func removeLabel(_ node: NodeID, _ label: Int32) -> Bool {
        let id = node.rawValue
        guard let i = nodes[id].labels.firstIndex(of: label) else { return false }
        nodes[id].labels.remove(at: i)
        if nodes[id].alive { indexRemove(label: label, node: id) }
        for o in observers { o.nodeLabelsChanged(id, store: self) }
        record(.removedLabel(id, label), .removeLabel(node, label))
        return true
    }

    // MARK: - Replay

    /// Applies a logged mutation (recovery). Throws when it does not fit the current graph.
    public func apply(_ m: Mutation) throws {
        switch m {
        case let .createNode(id, ls, props):
            guard id.rawValue >= 0, id.rawValue >= nodes.count || !nodes[id.rawValue].alive else {
                throw DossierError.storage(.corruptFile, "log creates node \(id) which already exists")
            }
            insertNode(id: id.rawValue, labels: ls, properties: props)
            record(.createdNode(id.rawValue), m)
        case let .deleteNode(id):
            guard isAlive(id) else { throw DossierError.storage(.corruptFile, "log deletes missing node \(id)") }
            deleteNode(id)
        case let .createRelationship(id, type, s, e, props):
            guard isAlive(s), isAlive(e), id.rawValue >= 0, id.rawValue >= relationships.count || !relationships[id.rawValue].alive else {
                throw DossierError.storage(.corruptFile, "log creates relationship \(id) with missing endpoints or existing id")
            }
            insertRelationship(id: id.rawValue, type: type, start: s.rawValue, end: e.rawValue, properties: props)
            record(.createdRelationship(id.rawValue), m)
        case let .deleteRelationship(id):
            guard isAlive(id) else { throw DossierError.storage(.corruptFile, "log deletes missing relationship \(id)") }
            deleteRelationship(id)
        case let .setNodeProperty(id, key, value):
            guard exists(id) else { throw DossierError.storage(.corruptFile, "log sets property of missing node \(id)") }
            setProperty(id, key: key, value: value)
        case let .setRelationshipProperty(id, key, value):
            guard exists(id) else { throw DossierError.storage(.corruptFile, "log sets property of missing relationship \(id)") }
            setProperty(id, key: key, value: value)
        case let .addLabel(id, l):
            guard exists(id) else { throw DossierError.storage(.corruptFile, "log labels missing node \(id)") }
            addLabel(id, l)
        case let .removeLabel(id, l):
            guard exists(id) else { throw DossierError.storage(.corruptFile, "log unlabels missing node \(id)") }
            removeLabel(id, l)
        }
    }

    /// Restores a deleted-record placeholder so that ids stay dense after a snapshot load
    /// (a snapshot stores only live records; ids of deleted ones stay unused).
    public func reserveIDs(nodes nodeCount: Int, relationships relCount: Int) {
        while nodes.count < nodeCount {
            nodes.append(NodeRecord(labels: [], properties: [], outgoingEdges: [], incomingEdges: [], alive: false))
            nodeBits.append(0)
        }
        while relationships.count < relCount {
            relationships.append(RelationshipRecord(type: 0, start: 0, end: 0, properties: [], alive: false))
        }
    }

    // MARK: - Undo

    private func undo(_ entry: UndoEntry) {
        switch entry {
        case .createdNode(let id):
            if nodes[id].alive {
                nodes[id].alive = false
                nodeCount -= 1
                nodeBits[id] &= ~Self.aliveBit
                for l in nodes[id].labels { indexRemove(label: l, node: id) }
                for o in observers { o.nodeDeleted(id, store: self) }
            }
        case .createdRelationship(let id):
            let r = relationships[id]
            if r.alive {
                relationships[id].alive = false
                relationshipCount -= 1
                relationshipCountByType[Int(r.type)] -= 1
                unlink(rel: id, type: r.type, start: r.start, end: r.end)
            }
        case .deletedNode(let id):
            nodes[id].alive = true
            nodeCount += 1
            nodeBits[id] |= Self.aliveBit
            for l in nodes[id].labels { indexInsert(label: l, node: id) }
            for o in observers { o.nodeCreated(id, store: self) }
        case .deletedRelationship(let id):
            let r = relationships[id]
            relationships[id].alive = true
            relationshipCount += 1
            relationshipCountByType[Int(r.type)] += 1
            link(rel: id, type: r.type, start: r.start, end: r.end)
        case let .nodeProperty(id, key, old):
            let cur = nodes[id].property(key)
            Self.set(key, old, in: &nodes[id].properties)
            for o in observers { o.nodePropertyChanged(id, key: key, old: cur, new: old, store: self) }
        case let .relationshipProperty(id, key, old):
            Self.set(key, old, in: &relationships[id].properties)
        case let .addedLabel(id, l):
            if let i = nodes[id].labels.firstIndex(of: l) { nodes[id].labels.remove(at: i) }
            if nodes[id].alive { indexRemove(label: l, node: id) }
            for o in observers { o.nodeLabelsChanged(id, store: self) }
        case let .removedLabel(id, l):
            insertSorted(l, into: &nodes[id].labels)
            if nodes[id].alive { indexInsert(label: l, node: id) }
            for o in observers { o.nodeLabelsChanged(id, store: self) }
        }
    }

    // MARK: - Label index

    private func insertSorted(_ v: Int32, into a: inout [Int32]) {
        let pos = a.firstIndex { $0 > v } ?? a.count
        a.insert(v, at: pos)
    }

    private func indexInsert(label: Int32, node: Int) {
        let l = Int(label)
        if l < 63 { nodeBits[node] |= 1 << UInt64(l) }
        while labelIndex.count <= l { labelIndex.append([]) }
        if let last = labelIndex[l].last, last >= node {
            let pos = Self.lowerBound(labelIndex[l], node)
            if pos < labelIndex[l].count && labelIndex[l][pos] == node { return }
            labelIndex[l].insert(node, at: pos)
        } else {
            labelIndex[l].append(node)
        }
    }

    private func indexRemove(label: Int32, node: Int) {
        let l = Int(label)
        if l >= 0 && l < 63 { nodeBits[node] &= ~(1 << UInt64(l)) }
        guard l < labelIndex.count else { return }
        let pos = Self.lowerBound(labelIndex[l], node)
        if pos < labelIndex[l].count && labelIndex[l][pos] == node { labelIndex[l].remove(at: pos) }
    }

    static func lowerBound(_ a: [Int], _ v: Int) -> Int {
        var lo = 0, hi = a.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if a[mid] < v { lo = mid + 1 } else { hi = mid }
        }
        return lo
    }
}

/// Something that must follow every change to the graph (a property index, say).
protocol GraphStoreObserver: AnyObject {
    func nodeCreated(_ id: Int, store: GraphStore)
    func nodeDeleted(_ id: Int, store: GraphStore)
    func nodePropertyChanged(_ id: Int, key: Int32, old: Value?, new: Value?, store: GraphStore)
    func nodeLabelsChanged(_ id: Int, store: GraphStore)
}

/// A copy of a node as it was when a query finished.
public struct NodeSnapshot: Sendable, Equatable {
    public var id: NodeID
    public var labels: [String]
    public var properties: ValueMap
    /// Deleted by the query that returned it.
    public var deleted: Bool
}

/// A copy of a relationship as it was when a query finished.
public struct RelationshipSnapshot: Sendable, Equatable {
    public var id: RelationshipID
    public var type: String
    public var start: NodeID
    public var end: NodeID
    public var properties: ValueMap
    public var deleted: Bool
}
