import Foundation
import Testing
@testable import Dossier

@Suite struct StorageCodecTests {
    @Test func crc32cKnownValues() {
        #expect(CRC32C.checksum(Array("123456789".utf8)) == 0xE306_9283)
        #expect(CRC32C.checksum([UInt8]()) == 0)
        #expect(CRC32C.checksum([UInt8](repeating: 0, count: 32)) == 0x8A91_36AA)
        // Slicing-by-8 agrees with the bit-at-a-time definition for every length and alignment.
        var rng = SplitMix(seed: 7)
        let data = (0..<300).map { _ in UInt8(truncatingIfNeeded: rng.next()) }
        for start in 0..<9 {
            for end in stride(from: start, through: data.count, by: 7) {
                var c: UInt32 = 0xFFFF_FFFF
                for b in data[start..<end] {
                    c ^= UInt32(b)
                    for _ in 0..<8 { c = (c & 1) != 0 ? (c >> 1) ^ 0x82F6_3B78 : c >> 1 }
                }
                #expect(CRC32C.checksum(data, start..<end) == ~c)
            }
        }
        // Checksumming in pieces equals checksumming at once.
        let whole = CRC32C.checksum(data)
        let parts = CRC32C.checksum(Array(data[100...]), continuing: CRC32C.checksum(Array(data[..<100])))
        #expect(whole == parts)
    }

    @Test func valueRoundTrip() throws {
        var values: [Value] = [
            .null, .bool(true), .bool(false), .int(0), .int(-1), .int(.max), .int(.min), .int(63), .int(-64), .int(64),
            .float(0), .float(-0.0), .float(.nan), .float(-.nan), .float(.infinity), .float(-.infinity),
            .float(.leastNonzeroMagnitude), .float(.greatestFiniteMagnitude), .float(0.1),
            .string(""), .string("e\u{301}"), .string("é"), .string("\u{0}"), .string("\u{1F469}\u{200D}\u{1F52C}"),
            .list([]), .map([:]), .list([.list([.list([])])]),
            .map(["z": 1, "a": ["x": [1.5, "y", nil]], "": ""]),
            .node(NodeID(5)), .relationship(RelationshipID(7)),
            .path(PathValue(nodes: [NodeID(1), NodeID(2)], relationships: [RelationshipID(3)])),
        ]
        var rng = SplitMix(seed: 3)
        for _ in 0..<200 { values.append(StorageTestSupport.sampleValue(&rng)) }
        for v in values {
            var w = ByteWriter()
            try ValueCodec.encode(v, into: &w)
            let decoded = try w.bytes.withStorageBytes { (buf) throws(DecodeError) -> Value in
                var r = ByteReader(buf)
                let d = try ValueCodec.decode(&r)
                #expect(r.isAtEnd)
                return d
            }
            #expect(StorageTestSupport.describe(decoded) == StorageTestSupport.describe(v))
            if case .map(let a) = v, case .map(let b) = decoded { #expect(Array(a.keys) == Array(b.keys)) }
        }
    }

    @Test func deepValuesAreRefusedOnWrite() throws {
        var v = Value.int(1)
        for _ in 0..<ValueCodec.maxDepth { v = .list([v]) }
        var w = ByteWriter()
        try ValueCodec.encode(v, into: &w)  // exactly at the limit: fine
        v = .list([v])
        var w2 = ByteWriter()
        #expect(throws: DossierError.self) { try ValueCodec.encode(v, into: &w2) }
    }

    @Test func decodingArbitraryBytesNeverCrashes() {
        var rng = SplitMix(seed: 11)
        var decoded = 0
        for i in 0..<20_000 {
            let n = Int(rng.next() % 40)
            var bytes = (0..<n).map { _ in UInt8(truncatingIfNeeded: rng.next()) }
            // Bias towards plausible tags so nested structures are exercised too.
            if n > 0 { bytes[0] = UInt8(rng.next() % 12) }
            if i % 3 == 0 { bytes.append(contentsOf: [6, 0xFF, 0xFF, 0xFF, 0xFF, 0x0F]) }  // a huge list length
            let ok = bytes.withUnsafeBytes { buf -> Bool in
                var r = ByteReader(buf)
                return (try? ValueCodec.decode(&r)) != nil
            }
            if ok { decoded += 1 }
        }
        #expect(decoded > 0)
        // Deep nesting in the input is an error, not a stack overflow.
        let deep = Array([[UInt8]](repeating: [6, 1], count: 100_000).joined())
        deep.withUnsafeBytes { buf in
            var r = ByteReader(buf)
            #expect((try? ValueCodec.decode(&r)) == nil)
        }
    }

    @Test func logRecordRoundTrip() throws {
        let s = GraphStore()
        let l = s.labelID("L"), t = s.typeID("T"), k = s.keyID("k")
        let muts: [Mutation] = [
            .createNode(NodeID(0), labels: [l], properties: [Property(key: k, value: "x")]),
            .createNode(NodeID(3), labels: [], properties: []),
            .createRelationship(RelationshipID(0), type: t, start: NodeID(0), end: NodeID(3), properties: [Property(key: k, value: 1.5)]),
            .setNodeProperty(NodeID(0), key: k, value: nil), .setNodeProperty(NodeID(0), key: k, value: [1, 2]),
            .setRelationshipProperty(RelationshipID(0), key: k, value: nil),
            .addLabel(NodeID(3), l), .removeLabel(NodeID(3), l), .deleteRelationship(RelationshipID(0)), .deleteNode(NodeID(3)),
        ]
        let bytes = try LogRecord.encode(sequence: 42, mutations: muts, store: s, logged: [0, 0, 0])
        let rec = try bytes.withStorageBytes { (buf) throws(DecodeError) -> LogRecord in
            var r = ByteReader(buf)
            return try LogRecord.decode(&r, symbolCounts: [0, 0, 0])
        }
        #expect(rec.sequence == 42)
        #expect(rec.mutations == muts)
        #expect(rec.symbols == [.init(firstID: 0, names: ["L"]), .init(firstID: 0, names: ["T"]), .init(firstID: 0, names: ["k"])])
        // Every truncation of the payload is a clean error.
        for cut in 0..<bytes.count {
            let r = Array(bytes[..<cut]).withUnsafeBytes { buf -> LogRecord? in
                var r = ByteReader(buf)
                return try? LogRecord.decode(&r, symbolCounts: [0, 0, 0])
            }
            #expect(r == nil)
        }
    }
}

@Suite struct StorageDatabaseTests {
    @Test func createWriteReopen() throws {
        let path = StorageTestSupport.scratchPath()
        defer { StorageTestSupport.remove(path) }
        let db = try Database.open(path: path)
        #expect(db.path == path)
        #expect(db.openWarnings.isEmpty)
        try StorageTestSupport.populate(db, transactions: 25)
        let before = StorageTestSupport.canonical(db)
        let slots = db.read { ($0.nodes.count, $0.relationships.count) }
        // Reopen without closing (no checkpoint: everything comes from the log).
        db.read { _ in }
        let copy = StorageTestSupport.scratchPath("copy")
        try FileManager.default.copyItem(atPath: path, toPath: copy)
        defer { StorageTestSupport.remove(copy) }
        let fromLog = try Database.open(path: copy)
        expectSameGraph(StorageTestSupport.canonical(fromLog), before)
        try fromLog.close()
        // Close (checkpoint) and reopen from the snapshot.
        try db.close()
        #expect(db.isClosed)
        let walSize = try FileManager.default.attributesOfItem(atPath: path + "/wal.dossier")[.size] as? Int
        #expect(walSize == WriteAheadLog.headerSize)
        let again = try Database.open(path: path)
        expectSameGraph(StorageTestSupport.canonical(again), before)
        // Ids of deleted records are never reused.
        let newID = try again.write { $0.createNode(labels: [], properties: []) }
        #expect(newID.rawValue == slots.0)
        try again.close()
        // Writes after close fail.
        #expect(throws: DossierError.self) { try again.write { $0.createNode(labels: [], properties: []) } }
    }

    @Test func explicitTransactionIsOneRecord() throws {
        let path = StorageTestSupport.scratchPath()
        defer { StorageTestSupport.remove(path) }
        let db = try Database.open(path: path)
        try db.begin()
        try db.write { s in s.createNode(labels: [s.labelID("A")], properties: []) }
        try db.write { s in s.createNode(labels: [s.labelID("B")], properties: []) }
        try db.commit()
        try db.begin()
        try db.write { s in s.createNode(labels: [s.labelID("C")], properties: []) }
        try db.rollback()
        let bytes = try StorageTestSupport.readFile(path + "/wal.dossier")
        let scan = try WriteAheadLog.scan(bytes, path: "wal")
        #expect(scan.payloads.count == 1)
        let copy = StorageTestSupport.scratchPath("copy")
        try FileManager.default.copyItem(atPath: path, toPath: copy)
        defer { StorageTestSupport.remove(copy) }
        let reopened = try Database.open(path: copy)
        #expect(reopened.nodeCount == 2)
        // The label interned by the rolled-back transaction keeps its id too, once a later record carries it.
        #expect(reopened.read { $0.labels.names } == ["A", "B"])
        try reopened.close()
        try db.write { s in s.createNode(labels: [s.labelID("D")], properties: []) }
        try db.close()
        let last = try Database.open(path: path)
        #expect(last.read { $0.labels.names } == ["A", "B", "C", "D"])
        try last.close()
    }

    @Test func checkpointsAutomaticallyAndOnRequest() throws {
        let path = StorageTestSupport.scratchPath()
        defer { StorageTestSupport.remove(path) }
        var options = DatabaseOptions()
        options.checkpointThreshold = 2_000
        let db = try Database.open(path: path, options: options)
        try StorageTestSupport.populate(db, transactions: 40)
        let logSize = { (try? FileManager.default.attributesOfItem(atPath: path + "/wal.dossier")[.size] as? Int) ?? -1 }
        #expect(logSize() < 4_000)
        try db.begin()
        #expect(throws: DossierError.self) { try db.checkpoint() }
        try db.rollback()
        try db.checkpoint()
        #expect(logSize() == WriteAheadLog.headerSize)
        let before = StorageTestSupport.canonical(db)
        let copy = StorageTestSupport.scratchPath("copy")
        try FileManager.default.copyItem(atPath: path, toPath: copy)
        defer { StorageTestSupport.remove(copy) }
        let reopened = try Database.open(path: copy)
        expectSameGraph(StorageTestSupport.canonical(reopened), before)
        try reopened.close()
        try db.close()
    }

    @Test func tornFinalRecordIsCutOffWithAWarning() throws {
        let path = StorageTestSupport.scratchPath()
        defer { StorageTestSupport.remove(path) }
        let db = try Database.open(path: path)
        try StorageTestSupport.populate(db, transactions: 5)
        let before = StorageTestSupport.canonical(db)
        try db.write { s in s.createNode(labels: [s.labelID("Late")], properties: []) }
        let walPath = path + "/wal.dossier"
        var bytes = try StorageTestSupport.readFile(walPath)
        let scan = try WriteAheadLog.scan(bytes, path: walPath)
        let lastRecord = scan.payloads[scan.payloads.count - 1].lowerBound - WriteAheadLog.recordHeaderSize
        db.read { _ in }
        let copy = StorageTestSupport.scratchPath("copy")
        try FileManager.default.copyItem(atPath: path, toPath: copy)
        defer { StorageTestSupport.remove(copy) }
        bytes.removeLast(3)
        try StorageTestSupport.writeFile(copy + "/wal.dossier", bytes)
        let recovered = try Database.open(path: copy)
        expectSameGraph(StorageTestSupport.canonical(recovered), before)
        #expect(recovered.openWarnings.count == 1)
        let warning = recovered.openWarnings.first ?? ""
        #expect(warning.contains("byte offset \(lastRecord)"))
        #expect(warning.contains("transaction 6"))
        #expect(warning.contains("cut off"))
        try recovered.write { s in s.createNode(labels: [], properties: []) }
        try recovered.close()
        let clean = try Database.open(path: copy)
        #expect(clean.openWarnings.isEmpty)
        #expect(clean.nodeCount == recovered.nodeCount)
        try clean.close()
        try db.close()
    }

    @Test func secondOpenerIsRefused() throws {
        let path = StorageTestSupport.scratchPath()
        defer { StorageTestSupport.remove(path) }
        let db = try Database.open(path: path)
        try db.write { s in s.createNode(labels: [], properties: []) }
        do {
            _ = try Database.open(path: path)
            Issue.record("a second opener in the same process was not refused")
        } catch {
            #expect(error.code == .databaseLocked)
            #expect(error.message.contains("process \(getpid())"))
        }
        // Another process.
        let (status, output) = try StorageTestSupport.runHelper(["verify", path])
        #expect(status == 1)
        #expect(output.contains("DatabaseLocked"))
        #expect(output.contains("process \(getpid())"))
        // Read-only openers need no lock and see the committed graph.
        var ro = DatabaseOptions()
        ro.readOnly = true
        let reader = try Database.open(path: path, options: ro)
        #expect(reader.nodeCount == 1)
        #expect(throws: DossierError.self) { try reader.write { s in s.createNode(labels: [], properties: []) } }
        #expect(throws: DossierError.self) { try reader.checkpoint() }
        try db.close()
        // Released: the next opener gets it.
        let next = try Database.open(path: path)
        #expect(next.nodeCount == 1)
        try next.close()
    }

    @Test func refusesDirectoriesThatAreNotDatabases() throws {
        let path = StorageTestSupport.scratchPath()
        defer { StorageTestSupport.remove(path) }
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        _ = FileManager.default.createFile(atPath: path + "/notes.txt", contents: Data("hello".utf8))
        #expect(throws: DossierError.self) { _ = try Database.open(path: path) }
        #expect(throws: DossierError.self) { _ = try Database.open(path: path + "/notes.txt") }
        var ro = DatabaseOptions()
        ro.readOnly = true
        #expect(throws: DossierError.self) { _ = try Database.open(path: path + "/missing", options: ro) }
    }
}

@Suite struct StorageIndexTests {
    static func definitions(_ db: Database) -> [String] {
        db.read { s in s.indexes.map { "\($0.name) :\(s.labels.name($0.label))(\(s.keys.name($0.key)))\($0.unique ? " unique" : "")" } }
    }

    @Test func indexesSurviveRestartFromLogAndSnapshot() throws {
        let path = StorageTestSupport.scratchPath()
        defer { StorageTestSupport.remove(path) }
        let db = try Database.open(path: path)
        try db.write { s in
            for i in 0..<50 {
                s.createNode(labels: [s.labelID("Person")], properties: [Property(key: s.keyID("key"), value: .int(Int64(i)))])
            }
        }
        // Schema-only statements are logged on their own.
        try db.write { s in _ = try s.createIndex(name: "person_key", label: "Person", key: "key", unique: true) }
        try db.write { s in _ = try s.createIndex(name: nil, label: "Doc", key: "title", unique: false) }
        try db.write { s in _ = try s.createIndex(name: "tmp", label: "Doc", key: "x", unique: false) }
        try db.write { s in _ = s.dropIndex(named: "tmp") }
        let expected = Self.definitions(db)
        #expect(expected == ["person_key :Person(key) unique", "index_Doc_title :Doc(title)"])

        var copies: [String] = []
        defer { copies.forEach(StorageTestSupport.remove) }
        func reopenCopy() throws -> Database {
            let copy = StorageTestSupport.scratchPath("copy")
            copies.append(copy)
            try FileManager.default.copyItem(atPath: path, toPath: copy)
            return try Database.open(path: copy)
        }
        let fromLog = try reopenCopy()
        #expect(Self.definitions(fromLog) == expected)
        #expect(fromLog.read { s in s.index(label: s.labelID("Person"), key: s.keyID("key"))?.lookup(7) } == [7])
        try fromLog.close()

        // Redefine a name, then checkpoint: the snapshot carries the indexes.
        try db.write { s in
            _ = s.dropIndex(named: "index_Doc_title")
            _ = try s.createIndex(name: "index_Doc_title", label: "Doc", key: "subtitle", unique: false)
        }
        try db.checkpoint()
        let fromSnapshot = try reopenCopy()
        #expect(Self.definitions(fromSnapshot) == ["person_key :Person(key) unique", "index_Doc_title :Doc(subtitle)"])
        #expect(fromSnapshot.read { s in s.index(label: s.labelID("Person"), key: s.keyID("key"))?.lookup(49) } == [49])
        try fromSnapshot.close()
        try db.close()
    }
}
