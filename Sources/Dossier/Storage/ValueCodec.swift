/// The binary encoding of `Value`, shared by the write-ahead log and snapshots.
///
/// One tag byte, then:
///
/// | tag | value | payload |
/// |---|---|---|
/// | 0 | null | — |
/// | 1 / 2 | false / true | — |
/// | 3 | integer | zigzag varint |
/// | 4 | float | 8 bytes, IEEE 754 bit pattern, little-endian (NaN payloads and -0.0 kept) |
/// | 5 | string | varint byte length, UTF-8 |
/// | 6 | list | varint count, that many values |
/// | 7 | map | varint count, that many (string key without tag, value) pairs in order |
/// | 8 / 9 | node / relationship reference | varint id |
/// | 10 | path | varint node count, node ids, relationship ids (one fewer) |
/// | 11 | temporal | kind byte, then zigzag fields (`ValueCodec+Temporal.swift`) |
///
/// Properties only ever hold tags 0–7 and 11; 8–10 exist so that encoding is total.
/// Decoding is total too: any bytes give a value or a `DecodeError` (bounds-checked reads,
/// counts checked against the bytes left, nesting capped at `maxDepth`).
enum ValueCodec {
    /// The deepest nesting of lists and maps that can be stored. Encoding refuses deeper
    /// values (the write fails and rolls back) so that every stored value can be read back.
    static let maxDepth = 512

    enum Tag: UInt8 {
        case null = 0, `false`, `true`, int, float, string, list, map, node, relationship, path, temporal
    }

    /// Appends the encoding of `value`.
    /// - Throws: `ResourceLimit.NestingTooDeep` for values nested deeper than `maxDepth`.
    static func encode(_ value: Value, into w: inout ByteWriter) throws(DossierError) {
        try encode(value, into: &w, depth: 0)
    }

    private static func encode(_ value: Value, into w: inout ByteWriter, depth: Int) throws(DossierError) {
        switch value {
        case .null: w.u8(Tag.null.rawValue)
        case .bool(let b): w.u8(b ? Tag.true.rawValue : Tag.false.rawValue)
        case .int(let i):
            w.u8(Tag.int.rawValue)
            w.zigzag(i)
        case .float(let d):
            w.u8(Tag.float.rawValue)
            w.u64(d.bitPattern)
        case .string(let s):
            w.u8(Tag.string.rawValue)
            w.string(s)
        case .list(let items):
            guard depth < maxDepth else { throw tooDeep() }
            w.u8(Tag.list.rawValue)
            w.varint(items.count)
            for v in items { try encode(v, into: &w, depth: depth + 1) }
        case .map(let m):
            guard depth < maxDepth else { throw tooDeep() }
            w.u8(Tag.map.rawValue)
            w.varint(m.count)
            for (k, v) in m {
                w.string(k)
                try encode(v, into: &w, depth: depth + 1)
            }
        case .node(let id):
            w.u8(Tag.node.rawValue)
            w.varint(id.rawValue)
        case .relationship(let id):
            w.u8(Tag.relationship.rawValue)
            w.varint(id.rawValue)
        case .path(let p):
            w.u8(Tag.path.rawValue)
            w.varint(p.nodes.count)
            for n in p.nodes { w.varint(n.rawValue) }
            for r in p.relationships { w.varint(r.rawValue) }
        case .temporal(let t):
            w.u8(Tag.temporal.rawValue)
            encodeTemporal(t, into: &w)
        }
    }

    private static func tooDeep() -> DossierError {
        DossierError.limit(.nestingTooDeep, "cannot store a value with lists or maps nested deeper than \(maxDepth) levels")
    }

    /// Reads one value.
    static func decode(_ r: inout ByteReader) throws(DecodeError) -> Value {
        try decode(&r, depth: 0)
    }

    private static func decode(_ r: inout ByteReader, depth: Int) throws(DecodeError) -> Value {
        let start = r.position
        let tag = try r.u8()
        switch tag {
        case Tag.null.rawValue: return .null
        case Tag.false.rawValue: return .bool(false)
        case Tag.true.rawValue: return .bool(true)
        case Tag.int.rawValue: return .int(try r.zigzag())
        case Tag.float.rawValue: return .float(Double(bitPattern: try r.u64()))
        case Tag.string.rawValue: return .string(try r.string())
        case Tag.list.rawValue:
            guard depth < maxDepth else { throw r.error("values nested deeper than \(maxDepth) levels", at: start) }
            // Every element takes at least one byte.
            let n = try r.count(max: r.remaining, "list length")
            var items: [Value] = []
            items.reserveCapacity(n)
            for _ in 0..<n { items.append(try decode(&r, depth: depth + 1)) }
            return .list(items)
        case Tag.map.rawValue:
            guard depth < maxDepth else { throw r.error("values nested deeper than \(maxDepth) levels", at: start) }
            // Every entry takes at least two bytes (key length, value tag).
            let n = try r.count(max: r.remaining / 2, "map size")
            var m = ValueMap()
            m.reserveCapacity(n)
            for _ in 0..<n {
                let keyAt = r.position
                let k = try r.string()
                let v = try decode(&r, depth: depth + 1)
                guard m.updateValue(v, forKey: k) == nil else { throw r.error("duplicate map key", at: keyAt) }
            }
            return .map(m)
        case Tag.node.rawValue: return .node(NodeID(try r.count(max: Int(Int32.max) * 64, "node id")))
        case Tag.relationship.rawValue:
            return .relationship(RelationshipID(try r.count(max: Int(Int32.max) * 64, "relationship id")))
        case Tag.path.rawValue:
            let n = try r.count(max: r.remaining, "path length")
            guard n >= 1 else { throw r.error("empty path", at: start) }
            var nodes: [NodeID] = []
            nodes.reserveCapacity(n)
            for _ in 0..<n { nodes.append(NodeID(try r.count(max: Int(Int32.max) * 64, "node id"))) }
            var rels: [RelationshipID] = []
            rels.reserveCapacity(n - 1)
            for _ in 1..<n { rels.append(RelationshipID(try r.count(max: Int(Int32.max) * 64, "relationship id"))) }
            return .path(PathValue(nodes: nodes, relationships: rels))
        case Tag.temporal.rawValue:
            return .temporal(try decodeTemporal(&r, start: start))
        default:
            throw r.error("unknown value tag \(tag)", at: start)
        }
    }
}
