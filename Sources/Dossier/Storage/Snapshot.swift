#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The snapshot file (`snapshot.dossier`): the whole committed graph in a compact binary form
/// that loads without replaying anything. Layout (little-endian; details in docs/storage.md):
///
/// ```
/// header, 40 bytes:
///   0  8  magic "DOSSSNAP"
///   8  4  format version (1)
///  12  4  flags (0)
///  16  8  database id (random, shared with the log)
///  24  8  last transaction included
///  32  4  section count
///  36  4  CRC32C of bytes 0..<36
/// sections, each a 24-byte header then its payload:
///   0  4  kind (1 symbols, 2 nodes, 3 relationships, 4 indexes)
///   4  4  flags (bit 0: required — a reader that does not know the kind must refuse the file)
///   8  8  payload length
///  16  4  CRC32C of the payload
///  20  4  CRC32C of bytes 0..<20 of this section header
/// ```
/// Symbols: for labels, types, keys: varint count, then each name (varint length, UTF-8), in id order.
/// Nodes: varint id slots (dead included), varint live count, then per live node by ascending id:
/// varint gap (id − previous id − 1), varint label count, label ids ascending, varint property
/// count, (varint key id, value)…
/// Relationships: varint id slots, varint live count, then per live relationship: varint gap,
/// varint type id, varint start, varint end, properties as for nodes.
/// Indexes (optional when there are none): varint count, then per index in creation order: name,
/// varint label id, varint key id, one byte unique (0/1).
enum Snapshot {
    static let fileName = "snapshot.dossier"
    static let magic: [UInt8] = Array("DOSSSNAP".utf8)
    static let version: UInt32 = 1
    static let headerSize = 40
    static let sectionHeaderSize = 24

    enum Section: UInt32 {
        case symbols = 1, nodes = 2, relationships = 3, indexes = 4
    }
    static let requiredFlag: UInt32 = 1

    /// What a snapshot's header says.
    struct Header {
        var databaseID: UInt64
        var lastTransaction: UInt64
    }

    // MARK: - Writing

    /// Writes `store`'s committed graph to `path` atomically: to `path.tmp`, fsync, rename over
    /// `path`, fsync the directory. Returns the file's size.
    @discardableResult
    static func write(_ store: GraphStore, header: Header, to path: String, directory: String) throws(DossierError) -> Int {
        let tmp = path + ".tmp"
        FileIO.remove(tmp)
        let fd = try FileIO.open(tmp, O_RDWR | O_CREAT | O_TRUNC)
        var size = 0
        do {
            var head = ByteWriter(capacity: headerSize)
            head.append(magic)
            head.u32(version)
            head.u32(0)
            head.u64(header.databaseID)
            head.u64(header.lastTransaction)
            let sections: [Section] = store.indexes.isEmpty ? [.symbols, .nodes, .relationships]
                : [.symbols, .nodes, .relationships, .indexes]
            head.u32(UInt32(sections.count))
            head.u32(CRC32C.checksum(head.bytes))
            try FileIO.write(fd, head.bytes, at: 0, path: tmp)
            size = head.count
            for section in sections {
                let payload = try encode(section, store)
                var sh = ByteWriter(capacity: sectionHeaderSize)
                sh.u32(section.rawValue)
                sh.u32(requiredFlag)
                sh.u64(UInt64(payload.count))
                sh.u32(CRC32C.checksum(payload))
                sh.u32(CRC32C.checksum(sh.bytes))
                try FileIO.write(fd, sh.bytes, at: size, path: tmp)
                size += sh.count
                try FileIO.write(fd, payload, at: size, path: tmp)
                size += payload.count
            }
            try FileIO.sync(fd, path: tmp)
            _ = close(fd)
            try FileIO.rename(tmp, path)
            try FileIO.syncDirectory(directory)
        } catch {
            _ = close(fd)
            FileIO.remove(tmp)
            throw error
        }
        return size
    }

    static func encode(_ section: Section, _ store: GraphStore) throws(DossierError) -> [UInt8] {
        switch section {
        case .symbols:
            var w = ByteWriter(capacity: 1024)
            for table in [store.labels, store.types, store.keys] {
                w.varint(table.count)
                for name in table.names { w.string(name) }
            }
            return w.bytes
        case .nodes:
            var w = ByteWriter(capacity: 16 + store.nodeCount * 24)
            w.varint(store.nodes.count)
            w.varint(store.nodeCount)
            var previous = -1
            for i in store.nodes.indices where store.nodes[i].alive {
                let n = store.nodes[i]
                w.varint(i - previous - 1)
                previous = i
                w.varint(n.labels.count)
                for l in n.labels { w.varint(Int(l)) }
                try properties(n.properties, into: &w)
            }
            return w.bytes
        case .relationships:
            var w = ByteWriter(capacity: 16 + store.relationshipCount * 16)
            w.varint(store.relationships.count)
            w.varint(store.relationshipCount)
            var previous = -1
            for i in store.relationships.indices where store.relationships[i].alive {
                let r = store.relationships[i]
                w.varint(i - previous - 1)
                previous = i
                w.varint(Int(r.type))
                w.varint(r.start)
                w.varint(r.end)
                try properties(r.properties, into: &w)
            }
            return w.bytes
        case .indexes:
            var w = ByteWriter(capacity: 256)
            let defs = store.indexDefinitions
            w.varint(defs.count)
            for d in defs {
                w.string(d.name)
                w.varint(Int(d.label))
                w.varint(Int(d.key))
                w.u8(d.unique ? 1 : 0)
            }
            return w.bytes
        }
    }

    @inline(__always)
    private static func properties(_ props: [Property], into w: inout ByteWriter) throws(DossierError) {
        w.varint(props.count)
        for p in props {
            w.varint(Int(p.key))
            try ValueCodec.encode(p.value, into: &w)
        }
    }

    // MARK: - Reading

    /// Loads a snapshot file's bytes into `store` (which must be empty).
    /// - Throws: `DatabaseError.CorruptFile` (bad magic, checksum, truncation, inconsistent
    ///   records) or `DatabaseError.UnsupportedFormatVersion`, naming `path` and the byte offset.
    static func load(_ bytes: [UInt8], path: String, into store: GraphStore) throws(DossierError) -> Header {
        func corrupt(_ offset: Int, _ what: String) -> DossierError {
            DossierError.storage(.corruptFile, "\(path) is damaged at byte offset \(offset): \(what)")
        }
        return try bytes.withStorageBytes { (buf: UnsafeRawBufferPointer) throws(DossierError) -> Header in
            guard buf.count >= headerSize else {
                throw corrupt(buf.count, "the file is \(buf.count) bytes long, too short for its \(headerSize)-byte header (truncated)")
            }
            guard buf.prefix(8).elementsEqual(magic) else {
                throw corrupt(0, "bad magic number: this is not a Dossier snapshot")
            }
            var r = ByteReader(buf)
            r.position = 8
            let fileVersion = (try? r.u32()) ?? 0
            r.position = 16
            let databaseID = (try? r.u64()) ?? 0
            let last = (try? r.u64()) ?? 0
            let sectionCount = Int((try? r.u32()) ?? 0)
            let storedCRC = (try? r.u32()) ?? 0
            let crcOK = CRC32C.checksum(UnsafeRawBufferPointer(rebasing: buf[0..<36])) == storedCRC
            guard fileVersion == version else {
                throw DossierError.storage(.unsupportedFormatVersion,
                    "\(path) at byte offset 8: format version \(fileVersion) is not supported (this build reads version \(version))"
                    + (crcOK ? "" : "; the header checksum does not match either, so the file may be damaged"))
            }
            guard crcOK else { throw corrupt(36, "header checksum mismatch") }

            var decoder = SnapshotDecoder()
            var pos = headerSize
            for index in 0..<sectionCount {
                guard buf.count - pos >= sectionHeaderSize else {
                    throw corrupt(pos, "section \(index + 1) of \(sectionCount) is missing: the file is truncated")
                }
                var h = ByteReader(UnsafeRawBufferPointer(rebasing: buf[pos..<(pos + sectionHeaderSize)]), fileOffset: pos)
                let kind = (try? h.u32()) ?? 0
                let flags = (try? h.u32()) ?? 0
                let length = (try? h.u64()) ?? 0
                let payloadCRC = (try? h.u32()) ?? 0
                let headerCRC = (try? h.u32()) ?? 0
                guard CRC32C.checksum(UnsafeRawBufferPointer(rebasing: buf[pos..<(pos + 20)])) == headerCRC else {
                    throw corrupt(pos, "section \(index + 1) header checksum mismatch")
                }
                let start = pos + sectionHeaderSize
                guard length <= UInt64(buf.count - start) else {
                    throw corrupt(start, "section \(index + 1) needs \(length) bytes but only \(buf.count - start) remain: the file is truncated")
                }
                let end = start + Int(length)
                let payload = UnsafeRawBufferPointer(rebasing: buf[start..<end])
                guard CRC32C.checksum(payload) == payloadCRC else {
                    throw corrupt(start, "section \(index + 1) checksum mismatch")
                }
                if let section = Section(rawValue: kind) {
                    var pr = ByteReader(payload, fileOffset: start)
                    do throws(DecodeError) {
                        try decoder.decode(section, &pr)
                    } catch {
                        throw corrupt(error.offset, error.message)
                    }
                } else if flags & requiredFlag != 0 {
                    throw DossierError.storage(.unsupportedFormatVersion,
                        "\(path) at byte offset \(pos): section kind \(kind) is required but unknown to this build")
                }
                pos = end
            }
            guard pos == buf.count else {
                throw corrupt(pos, "\(buf.count - pos) unexpected bytes after the last section")
            }
            guard decoder.seen.starts(with: [.symbols, .nodes, .relationships]) else {
                throw corrupt(headerSize, "the symbols, nodes and relationships sections are not all present, once each, in that order")
            }
            store.bulkLoad(labels: decoder.labels, types: decoder.types, keys: decoder.keys,
                           nodes: decoder.takeNodes(), relationships: decoder.takeRelationships())
            for d in decoder.indexes {
                do throws(DossierError) {
                    try store.restoreIndex(d)
                } catch {
                    throw corrupt(decoder.indexesOffset, error.message)
                }
            }
            return Header(databaseID: databaseID, lastTransaction: last)
        }
    }
}

/// Decodes snapshot sections, checking every id against what came before.
struct SnapshotDecoder {
    var labels = SymbolTable()
    var types = SymbolTable()
    var keys = SymbolTable()
    private var nodes: [NodeRecord] = []
    private var relationships: [RelationshipRecord] = []
    /// One bit per node id, set for live nodes: checking relationship endpoints against this
    /// (small enough to stay in cache) instead of the node records.
    private var liveNodeBits: [UInt64] = []
    var seen: [Snapshot.Section] = []
    var indexes: [LogRecord.IndexDefinition] = []
    /// Where the indexes section starts (for messages).
    var indexesOffset = 0

    mutating func takeNodes() -> [NodeRecord] {
        defer { nodes = [] }
        return nodes
    }

    mutating func takeRelationships() -> [RelationshipRecord] {
        defer { relationships = [] }
        return relationships
    }

    mutating func decode(_ section: Snapshot.Section, _ r: inout ByteReader) throws(DecodeError) {
        guard seen.count < 4, section.rawValue == UInt32(seen.count + 1) else {
            throw r.error("section kind \(section.rawValue) is out of order")
        }
        seen.append(section)
        switch section {
        case .symbols:
            labels = try table(&r, "label")
            types = try table(&r, "relationship type")
            keys = try table(&r, "property key")
        case .nodes: try decodeNodes(&r)
        case .relationships: try decodeRelationships(&r)
        case .indexes:
            indexesOffset = r.offset
            let n = try r.count(max: r.remaining / 4, "index count")
            for _ in 0..<n {
                let name = try r.string()
                let label = try r.symbol(below: labels.count, "label")
                let key = try r.symbol(below: keys.count, "property key")
                let unique = try r.u8()
                guard unique <= 1 else { throw r.error("bad uniqueness flag \(unique)") }
                indexes.append(LogRecord.IndexDefinition(name: name, label: label, key: key, unique: unique == 1))
            }
        }
        guard r.isAtEnd else { throw r.error("\(r.remaining) unexpected bytes at the end of the section") }
    }

    private func table(_ r: inout ByteReader, _ what: String) throws(DecodeError) -> SymbolTable {
        let n = try r.count(max: r.remaining, "\(what) count")
        var t = SymbolTable()
        for i in 0..<n {
            let at = r.position
            let name = try r.string()
            guard t.intern(name) == Int32(i) else { throw r.error("duplicate \(what) name", at: at) }
        }
        return t
    }

    private static let deadNode = NodeRecord(labels: [], properties: [], outgoingEdges: [], incomingEdges: [], alive: false)
    private static let deadRelationship = RelationshipRecord(type: 0, start: 0, end: 0, properties: [], alive: false)

    private mutating func decodeNodes(_ r: inout ByteReader) throws(DecodeError) {
        let slots = try r.count(max: LogRecord.maxID, "node id count")
        // A live node takes at least three bytes.
        let live = try r.count(max: min(slots, r.remaining / 3), "live node count")
        nodes = []
        nodes.reserveCapacity(slots)
        liveNodeBits = [UInt64](repeating: 0, count: (slots + 63) / 64)
        let labelCount = labels.count
        var id = -1
        for _ in 0..<live {
            let at = r.position
            id += 1 + (try r.count(max: slots, "node id gap"))
            guard id < slots else { throw r.error("node id \(id) is beyond the \(slots) ids in use", at: at) }
            while nodes.count < id { nodes.append(Self.deadNode) }
            let nl = try r.count(max: r.remaining, "label count")
            var ls: [Int32] = []
            ls.reserveCapacity(nl)
            for _ in 0..<nl {
                let l = try r.symbol(below: labelCount, "label")
                if let prev = ls.last, prev >= l { throw r.error("labels not in ascending order") }
                ls.append(l)
            }
            nodes.append(NodeRecord(labels: ls, properties: try properties(&r), outgoingEdges: [], incomingEdges: [], alive: true))
            liveNodeBits[id >> 6] |= 1 << UInt64(id & 63)
        }
        while nodes.count < slots { nodes.append(Self.deadNode) }
    }

    private mutating func decodeRelationships(_ r: inout ByteReader) throws(DecodeError) {
        let slots = try r.count(max: LogRecord.maxID, "relationship id count")
        // A live relationship takes at least five bytes.
        let live = try r.count(max: min(slots, r.remaining / 5), "live relationship count")
        relationships = []
        relationships.reserveCapacity(slots)
        let typeCount = types.count
        let nodeSlots = nodes.count
        var id = -1
        for _ in 0..<live {
            let at = r.position
            id += 1 + (try r.count(max: slots, "relationship id gap"))
            guard id < slots else { throw r.error("relationship id \(id) is beyond the \(slots) ids in use", at: at) }
            while relationships.count < id { relationships.append(Self.deadRelationship) }
            let type = try r.symbol(below: typeCount, "relationship type")
            let endsAt = r.position
            let start = try r.count(max: nodeSlots, "start node id")
            let end = try r.count(max: nodeSlots, "end node id")
            guard start < nodeSlots, end < nodeSlots,
                  liveNodeBits[start >> 6] & (1 << UInt64(start & 63)) != 0,
                  liveNodeBits[end >> 6] & (1 << UInt64(end & 63)) != 0 else {
                throw r.error("relationship \(id) connects a node that does not exist", at: endsAt)
            }
            relationships.append(RelationshipRecord(type: type, start: start, end: end, properties: try properties(&r), alive: true))
        }
        while relationships.count < slots { relationships.append(Self.deadRelationship) }
    }

    @inline(__always)
    private func properties(_ r: inout ByteReader) throws(DecodeError) -> [Property] {
        let n = try r.count(max: r.remaining / 2, "property count")
        if n == 0 { return [] }
        var out: [Property] = []
        out.reserveCapacity(n)
        let keyCount = keys.count
        for _ in 0..<n {
            let key = try r.symbol(below: keyCount, "property key")
            let at = r.position
            let value = try ValueCodec.decode(&r)
            guard !value.isNull else { throw r.error("null property value", at: at) }
            out.append(Property(key: key, value: value))
        }
        return out
    }
}
