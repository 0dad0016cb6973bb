/// The key under which a property value is indexed: Cypher *equality* made hashable.
///
/// Integers and floats with the same numeric value share a key (`1 = 1.0`); NaN and values
/// containing null are never indexed, since `=` is never true for them. Strings hash by their
/// Unicode scalars (Cypher compares code points, not canonical equivalence).
public enum IndexKey: Hashable, Sendable {
    case bool(Bool)
    case int(Int64)
    case float(UInt64)
    case text(ScalarString)
    // Boxed: keeps the key small (24 bytes) for the common scalar keys.
    indirect case list([IndexKey])
    indirect case map([MapEntry])
    /// Temporal values: Cypher equality on them is structural.
    case temporal(TemporalValue)

    /// One entry of a map key, sorted by key.
    public struct MapEntry: Hashable, Sendable {
        public var key: ScalarString
        public var value: IndexKey
    }

    /// The key for `value`, or nil when `value = x` can never be true (null, NaN, nested nulls,
    /// graph entities).
    public init?(_ value: Value) {
        switch value {
        case .null, .node, .relationship, .path: return nil
        case .bool(let b): self = .bool(b)
        case .int(let i): self = .int(i)
        case .float(let d):
            if d.isNaN { return nil }
            if let i = Int64(exactly: d) { self = .int(i) } else { self = .float((d == 0 ? 0.0 : d).bitPattern) }
        case .string(let s): self = .text(ScalarString(s))
        case .temporal(let t): self = .temporal(t)
        case .list(let items):
            var keys: [IndexKey] = []
            keys.reserveCapacity(items.count)
            for item in items {
                guard let k = IndexKey(item) else { return nil }
                keys.append(k)
            }
            self = .list(keys)
        case .map(let m):
            var entries: [MapEntry] = []
            for (k, v) in m {
                guard let vk = IndexKey(v) else { return nil }
                entries.append(MapEntry(key: ScalarString(k), value: vk))
            }
            entries.sort { $0.key < $1.key }
            self = .map(entries)
        }
    }
}

/// A string compared and hashed by Unicode scalars (Cypher's string equality).
public struct ScalarString: Hashable, Comparable, Sendable {
    public let string: String
    public init(_ s: String) { string = s }
    public static func == (a: ScalarString, b: ScalarString) -> Bool {
        a.string.utf8.elementsEqual(b.string.utf8)
    }
    public func hash(into h: inout Hasher) {
        let hashed: Void? = string.utf8.withContiguousStorageIfAvailable { h.combine(bytes: UnsafeRawBufferPointer($0)) }
        if hashed == nil { for b in string.utf8 { h.combine(b) } }
    }
    public static func < (a: ScalarString, b: ScalarString) -> Bool {
        a.string.unicodeScalars.lexicographicallyPrecedes(b.string.unicodeScalars)
    }
}

/// An index on one property of the nodes carrying one label: value → node ids.
/// Kept current by every change to the store (it observes the `GraphStore`), and optionally
/// enforcing uniqueness.
public final class PropertyIndex {
    /// The index's name (`CREATE INDEX name ...`).
    public let name: String
    public let label: Int32
    public let key: Int32
    /// Backs a uniqueness constraint.
    public let unique: Bool
    /// The ids of the nodes holding one value, ascending: most values (ids, keys) have one node,
    /// kept inline without an array.
    public enum Postings: Sendable {
        case one(Int)
        case many([Int])

        /// The ids as an array.
        public var ids: [Int] {
            switch self {
            case .one(let id): return [id]
            case .many(let ids): return ids
            }
        }
        public var count: Int {
            switch self {
            case .one: return 1
            case .many(let ids): return ids.count
            }
        }
    }
    /// Value → ids of live nodes with that label and value.
    @exclusivity(unchecked) private(set) var entries: [IndexKey: Postings] = [:]
    /// Keys that gained a second node since the last check (uniqueness).
    private var suspect: [IndexKey] = []

    init(name: String, label: Int32, key: Int32, unique: Bool, store: GraphStore) {
        self.name = name
        self.label = label
        self.key = key
        self.unique = unique
        for id in store.nodes(withLabel: label) {
            if let v = store.nodes[id].property(key) { insert(id, v) }
        }
    }

    /// Ids of nodes whose property equals `value` (candidates; Cypher equality holds for all of them).
    public func lookup(_ value: Value) -> [Int] {
        postings(value)?.ids ?? []
    }

    /// The nodes whose property equals `value`, without building an array for a single node.
    @inline(__always)
    public func postings(_ value: Value) -> Postings? {
        guard let k = IndexKey(value) else { return nil }
        return entries[k]
    }

    /// Number of distinct indexed values.
    public var distinctValues: Int { entries.count }

    /// A value that more than one node holds, if the index is unique and one exists.
    func duplicate(store: GraphStore) -> Value? {
        defer { suspect.removeAll() }
        for k in suspect {
            if case .many(let ids)? = entries[k], ids.count > 1, let v = store.nodes[ids[0]].property(key) { return v }
        }
        return nil
    }

    private func insert(_ id: Int, _ value: Value) {
        guard let k = IndexKey(value) else { return }
        guard let i = entries.index(forKey: k) else {
            entries[k] = .one(id)
            return
        }
        let ids: [Int]
        switch entries.values[i] {
        case .one(let other):
            if other == id { return }
            ids = other < id ? [other, id] : [id, other]
        case .many(var many):
            entries.values[i] = .one(-1)  // let go of the array so it is not copied
            let pos = GraphStore.lowerBound(many, id)
            if pos < many.count && many[pos] == id {
                entries.values[i] = .many(many)
                return
            }
            many.insert(id, at: pos)
            ids = many
        }
        if unique { suspect.append(k) }
        entries.values[i] = .many(ids)
    }

    private func remove(_ id: Int, _ value: Value) {
        guard let k = IndexKey(value), let i = entries.index(forKey: k) else { return }
        switch entries.values[i] {
        case .one(let other):
            if other == id { entries.remove(at: i) }
        case .many(var many):
            let pos = GraphStore.lowerBound(many, id)
            guard pos < many.count && many[pos] == id else { return }
            entries.values[i] = .one(-1)
            many.remove(at: pos)
            entries.values[i] = many.count == 1 ? .one(many[0]) : .many(many)
        }
    }
}

extension PropertyIndex: GraphStoreObserver {
    func nodeCreated(_ id: Int, store: GraphStore) {
        if store.nodes[id].hasLabel(label), let v = store.nodes[id].property(key) { insert(id, v) }
    }
    func nodeDeleted(_ id: Int, store: GraphStore) {
        if store.nodes[id].hasLabel(label), let v = store.nodes[id].property(key) { remove(id, v) }
    }
    func nodePropertyChanged(_ id: Int, key changed: Int32, old: Value?, new: Value?, store: GraphStore) {
        guard changed == key, store.nodes[id].alive, store.nodes[id].hasLabel(label) else { return }
        if let o = old { remove(id, o) }
        if let n = new { insert(id, n) }
    }
    func nodeLabelsChanged(_ id: Int, store: GraphStore) {
        guard let v = store.nodes[id].property(key) else { return }
        if store.nodes[id].alive && store.nodes[id].hasLabel(label) { insert(id, v) } else { remove(id, v) }
    }
}
