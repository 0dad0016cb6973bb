#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The payload of one write-ahead-log record: one committed transaction.
///
/// ```
/// varint  transaction sequence number (1, 2, 3, ... across the database's life)
/// 3 ×     symbol block, for label names, relationship types, property keys in that order:
///           varint first id, varint count, count × (varint length, UTF-8)
///         — the names interned since the previous record, so replay rebuilds every
///           SymbolTable with identical ids
/// varint  mutation count, then each mutation: a tag byte and its fields (below)
/// ```
///
/// | tag | mutation | fields |
/// |---|---|---|
/// | 1 | create node | id, label count, label ids, property count, (key id, value)… |
/// | 2 | delete node | id |
/// | 3 | create relationship | id, type id, start id, end id, property count, (key id, value)… |
/// | 4 | delete relationship | id |
/// | 5 | set node property | id, key id, value (null removes) |
/// | 6 | set relationship property | id, key id, value (null removes) |
/// | 7 / 8 | add / remove label | node id, label id |
///
/// Ids and counts are varints; values use `ValueCodec`.
///
/// Then, optionally (absent in records without schema changes):
/// ```
/// varint  schema change count, then each: a tag byte and its fields
///   9  create index   name, label id, key id, unique (1 byte: 0 or 1)
///   10 drop index     name
/// ```
/// Schema changes are replayed after the record's mutations (a uniqueness constraint is then
/// checked against the data as it was when the transaction committed).
struct LogRecord {
    /// A property index or uniqueness constraint, as stored.
    struct IndexDefinition: Equatable {
        var name: String
        var label: Int32
        var key: Int32
        var unique: Bool
    }

    enum SchemaChange: Equatable {
        case createIndex(IndexDefinition)
        case dropIndex(String)
    }

    /// Names interned since the previous record: the first new id, then the names in id order.
    struct SymbolBlock: Equatable {
        var firstID: Int
        var names: [String]
    }

    var sequence: UInt64
    /// Labels, relationship types, property keys.
    var symbols: [SymbolBlock]
    var mutations: [Mutation]
    var schema: [SchemaChange] = []

    /// Largest node or relationship id a record may mention. Ids are dense in memory (every id
    /// below the largest takes a record slot, deleted or not), so a larger one is damage — or a
    /// graph this machine could not hold: the slots may take at most half its memory (a few
    /// bytes of a hostile file must not make `open` try to allocate 80 GB), and ids stay below 2^31.
    static let maxID: Int = {
        let pages = Int(sysconf(Int32(_SC_PHYS_PAGES))), pageSize = Int(sysconf(Int32(_SC_PAGESIZE)))
        let slot = max(MemoryLayout<NodeRecord>.stride, MemoryLayout<RelationshipRecord>.stride)
        let (memory, overflow) = pages.multipliedReportingOverflow(by: pageSize)
        guard pages > 0, pageSize > 0, !overflow else { return Int(Int32.max) }
        return min(Int(Int32.max), memory / 2 / slot)
    }()

    enum Tag: UInt8 {
        case createNode = 1, deleteNode, createRelationship, deleteRelationship
        case setNodeProperty, setRelationshipProperty, addLabel, removeLabel
        case createIndex, dropIndex
    }

    /// Encodes a record for `mutations`, carrying the names of `store`'s symbol tables from
    /// the `logged` counts (labels, types, keys) up to their current sizes.
    static func encode(sequence: UInt64, mutations: [Mutation], schema: [SchemaChange] = [], store: GraphStore,
                       logged: [Int]) throws(DossierError) -> [UInt8] {
        var w = ByteWriter(capacity: 64 + mutations.count * 24)
        w.varint(sequence)
        for (table, from) in zip([store.labels, store.types, store.keys], logged) {
            let first = min(from, table.count)
            w.varint(first)
            w.varint(table.count - first)
            for i in first..<table.count { w.string(table.names[i]) }
        }
        w.varint(mutations.count)
        for m in mutations { try encode(m, into: &w) }
        if !schema.isEmpty {
            w.varint(schema.count)
            for change in schema {
                switch change {
                case .createIndex(let d):
                    w.u8(Tag.createIndex.rawValue)
                    w.string(d.name)
                    w.varint(Int(d.label))
                    w.varint(Int(d.key))
                    w.u8(d.unique ? 1 : 0)
                case .dropIndex(let name):
                    w.u8(Tag.dropIndex.rawValue)
                    w.string(name)
                }
            }
        }
        return w.bytes
    }

    private static func properties(_ props: [Property], into w: inout ByteWriter) throws(DossierError) {
        w.varint(props.count)
        for p in props {
            w.varint(Int(p.key))
            try ValueCodec.encode(p.value, into: &w)
        }
    }

    static func encode(_ m: Mutation, into w: inout ByteWriter) throws(DossierError) {
        switch m {
        case let .createNode(id, labels, props):
            w.u8(Tag.createNode.rawValue)
            w.varint(id.rawValue)
            w.varint(labels.count)
            for l in labels { w.varint(Int(l)) }
            try properties(props, into: &w)
        case let .deleteNode(id):
            w.u8(Tag.deleteNode.rawValue)
            w.varint(id.rawValue)
        case let .createRelationship(id, type, start, end, props):
            w.u8(Tag.createRelationship.rawValue)
            w.varint(id.rawValue)
            w.varint(Int(type))
            w.varint(start.rawValue)
            w.varint(end.rawValue)
            try properties(props, into: &w)
        case let .deleteRelationship(id):
            w.u8(Tag.deleteRelationship.rawValue)
            w.varint(id.rawValue)
        case let .setNodeProperty(id, key, value):
            w.u8(Tag.setNodeProperty.rawValue)
            w.varint(id.rawValue)
            w.varint(Int(key))
            try ValueCodec.encode(value ?? .null, into: &w)
        case let .setRelationshipProperty(id, key, value):
            w.u8(Tag.setRelationshipProperty.rawValue)
            w.varint(id.rawValue)
            w.varint(Int(key))
            try ValueCodec.encode(value ?? .null, into: &w)
        case let .addLabel(id, label):
            w.u8(Tag.addLabel.rawValue)
            w.varint(id.rawValue)
            w.varint(Int(label))
        case let .removeLabel(id, label):
            w.u8(Tag.removeLabel.rawValue)
            w.varint(id.rawValue)
            w.varint(Int(label))
        }
    }

    /// Reads just the sequence number (for messages about damaged records).
    static func peekSequence(_ r: inout ByteReader) -> UInt64? {
        try? r.varint()
    }

    /// Decodes a payload. `symbolCounts` are the sizes the symbol tables will have when this
    /// record is replayed, before its own names: symbol ids are checked against them.
    static func decode(_ r: inout ByteReader, symbolCounts: [Int]) throws(DecodeError) -> LogRecord {
        let sequence = try r.varint()
        var symbols: [SymbolBlock] = []
        var sizes: [Int] = []
        for i in 0..<3 {
            let at = r.position
            let first = try r.count(max: LogRecord.maxID, "first symbol id")
            guard first <= symbolCounts[i] else {
                throw r.error("names start at id \(first) but only \(symbolCounts[i]) are defined", at: at)
            }
            let n = try r.count(max: r.remaining, "name count")
            var names: [String] = []
            names.reserveCapacity(n)
            for _ in 0..<n { names.append(try r.string()) }
            symbols.append(SymbolBlock(firstID: first, names: names))
            sizes.append(max(symbolCounts[i], first + n))
        }
        let labelCount = sizes[0], typeCount = sizes[1], keyCount = sizes[2]
        // Every mutation takes at least two bytes.
        let n = try r.count(max: r.remaining / 2, "mutation count")
        var mutations: [Mutation] = []
        mutations.reserveCapacity(n)

        func id(_ r: inout ByteReader, _ what: String) throws(DecodeError) -> Int {
            try r.count(max: LogRecord.maxID, what)
        }
        func props(_ r: inout ByteReader) throws(DecodeError) -> [Property] {
            let n = try r.count(max: r.remaining / 2, "property count")
            var out: [Property] = []
            out.reserveCapacity(n)
            for _ in 0..<n {
                let key = try r.symbol(below: keyCount, "property key")
                let at = r.position
                let value = try ValueCodec.decode(&r)
                guard !value.isNull else { throw r.error("null property value", at: at) }
                out.append(Property(key: key, value: value))
            }
            return out
        }
        func optionalValue(_ r: inout ByteReader) throws(DecodeError) -> Value? {
            let v = try ValueCodec.decode(&r)
            if v.isNull { return nil }
            return v
        }

        for _ in 0..<n {
            let at = r.position
            let tag = try r.u8()
            switch Tag(rawValue: tag) {
            case .createNode:
                let node = try id(&r, "node id")
                let nl = try r.count(max: r.remaining, "label count")
                var labels: [Int32] = []
                labels.reserveCapacity(nl)
                for _ in 0..<nl { labels.append(try r.symbol(below: labelCount, "label")) }
                mutations.append(.createNode(NodeID(node), labels: labels, properties: try props(&r)))
            case .deleteNode:
                mutations.append(.deleteNode(NodeID(try id(&r, "node id"))))
            case .createRelationship:
                let rel = try id(&r, "relationship id")
                let type = try r.symbol(below: typeCount, "relationship type")
                let start = try id(&r, "node id")
                let end = try id(&r, "node id")
                mutations.append(.createRelationship(RelationshipID(rel), type: type, start: NodeID(start),
                                                     end: NodeID(end), properties: try props(&r)))
            case .deleteRelationship:
                mutations.append(.deleteRelationship(RelationshipID(try id(&r, "relationship id"))))
            case .setNodeProperty:
                let node = try id(&r, "node id")
                let key = try r.symbol(below: keyCount, "property key")
                mutations.append(.setNodeProperty(NodeID(node), key: key, value: try optionalValue(&r)))
            case .setRelationshipProperty:
                let rel = try id(&r, "relationship id")
                let key = try r.symbol(below: keyCount, "property key")
                mutations.append(.setRelationshipProperty(RelationshipID(rel), key: key, value: try optionalValue(&r)))
            case .addLabel:
                let node = try id(&r, "node id")
                mutations.append(.addLabel(NodeID(node), try r.symbol(below: labelCount, "label")))
            case .removeLabel:
                let node = try id(&r, "node id")
                mutations.append(.removeLabel(NodeID(node), try r.symbol(below: labelCount, "label")))
            case .createIndex, .dropIndex, nil:
                throw r.error("unknown change type \(tag)", at: at)
            }
        }
        var schema: [SchemaChange] = []
        if !r.isAtEnd {
            let count = try r.count(max: r.remaining / 2, "schema change count")
            for _ in 0..<count {
                let at = r.position
                let tag = try r.u8()
                switch Tag(rawValue: tag) {
                case .createIndex:
                    let name = try r.string()
                    let label = try r.symbol(below: labelCount, "label")
                    let key = try r.symbol(below: keyCount, "property key")
                    let unique = try r.u8()
                    guard unique <= 1 else { throw r.error("bad uniqueness flag \(unique)") }
                    schema.append(.createIndex(IndexDefinition(name: name, label: label, key: key, unique: unique == 1)))
                case .dropIndex:
                    schema.append(.dropIndex(try r.string()))
                default:
                    throw r.error("unknown schema change type \(tag)", at: at)
                }
            }
        }
        guard r.isAtEnd else { throw r.error("\(r.remaining) unexpected bytes after the last change") }
        return LogRecord(sequence: sequence, symbols: symbols, mutations: mutations, schema: schema)
    }
}
