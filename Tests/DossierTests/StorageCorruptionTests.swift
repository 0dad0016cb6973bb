import Foundation
import Testing
@testable import Dossier

/// Damaged files: every open either recovers a valid prefix of the committed transactions
/// (saying so when it dropped anything) or refuses with an error naming the file and offset.
@Suite(.serialized) struct StorageCorruptionTests {
    /// A database whose snapshot holds 12 transactions and whose log holds 10 more, with the
    /// canonical graph after each of those 10 (index 0: the snapshot alone).
    struct Fixture {
        var snapshot: [UInt8]
        var log: [UInt8]
        var states: [String]
    }

    static func makeFixture() throws -> Fixture {
        let path = StorageTestSupport.scratchPath("fixture")
        defer { StorageTestSupport.remove(path) }
        let db = try Database.open(path: path)
        try StorageTestSupport.populate(db, transactions: 12, seed: 5)
        try db.checkpoint()
        var states = [StorageTestSupport.canonical(db)]
        var rng = SplitMix(seed: 99)
        for t in 0..<10 {
            try db.write { s in
                let x = s.createNode(labels: [s.labelID("Wal\(t % 3)")], properties: [
                    Property(key: s.keyID("t"), value: .int(Int64(t))),
                    Property(key: s.keyID("v"), value: StorageTestSupport.sampleValue(&rng)),
                ])
                if let other = s.allNodeIDs().first {
                    s.createRelationship(type: s.typeID("LOGGED"), start: x, end: NodeID(other), properties: [])
                }
                if t % 4 == 3, let victim = s.allNodeIDs().dropFirst(3).first, s.nodes[victim].outgoing.allSatisfy({ $0.edges.isEmpty }),
                   s.nodes[victim].incoming.allSatisfy({ $0.edges.isEmpty }) {
                    s.deleteNode(NodeID(victim))
                }
                s.setProperty(NodeID(0), key: s.keyID("touched"), value: .int(Int64(t)))
            }
            states.append(StorageTestSupport.canonical(db))
        }
        let snapshot = try StorageTestSupport.readFile(path + "/snapshot.dossier")
        let log = try StorageTestSupport.readFile(path + "/wal.dossier")
        db.read { _ in }
        return Fixture(snapshot: snapshot, log: log, states: states)
    }

    enum Outcome { case recovered(prefix: Int, warned: Bool), refused(DossierError) }

    /// Writes the two files into a fresh directory and opens it.
    static func open(snapshot: [UInt8], log: [UInt8], fixture: Fixture, reopen: Bool = true) throws -> (Outcome, String) {
        let path = StorageTestSupport.scratchPath("case")
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        try StorageTestSupport.writeFile(path + "/snapshot.dossier", snapshot)
        try StorageTestSupport.writeFile(path + "/wal.dossier", log)
        do {
            let db = try Database.open(path: path)
            let graph = StorageTestSupport.canonical(db)
            let warned = !db.openWarnings.isEmpty
            guard let prefix = fixture.states.firstIndex(of: graph) else {
                Issue.record("opened a graph that is not a prefix of the committed transactions")
                return (.recovered(prefix: -1, warned: warned), path)
            }
            guard reopen else { return (.recovered(prefix: prefix, warned: warned), path) }
            // Whatever recovery cut off is gone for good: the next open is clean and identical.
            try db.close()
            let again = try Database.open(path: path)
            #expect(again.openWarnings.isEmpty)
            #expect(StorageTestSupport.canonical(again) == graph)
            try again.close()
            return (.recovered(prefix: prefix, warned: warned), path)
        } catch {
            return (.refused(error), path)
        }
    }

    /// `atRecordBoundary`: the damage was a truncation exactly between two records, which leaves
    /// a shorter but entirely valid log (nothing in the files can tell it from one never longer).
    static func check(_ outcome: Outcome, file: String, fixture: Fixture, what: String, atRecordBoundary: Bool = false) {
        switch outcome {
        case let .recovered(prefix, warned):
            if prefix < fixture.states.count - 1 && !warned && !atRecordBoundary {
                Issue.record("\(what): recovered only \(prefix) of \(fixture.states.count - 1) logged transactions without a warning")
            }
        case .refused(let e):
            #expect(e.code == .corruptFile || e.code == .unsupportedFormatVersion, "\(what): \(e)")
            #expect(e.message.contains(file), "\(what): \(e.message)")
            #expect(e.message.contains("byte offset"), "\(what): \(e.message)")
        }
    }

    @Test func damagedLog() throws {
        let fixture = try Self.makeFixture()
        let boundaries = Set(try WriteAheadLog.scan(fixture.log, path: "wal").payloads.map(\.upperBound) + [WriteAheadLog.headerSize])
        var rng = SplitMix(seed: 2024)
        var recovered = 0, refused = 0, warned = 0
        for i in 0..<240 {
            var log = fixture.log
            let what: String
            var atBoundary = false
            if i % 2 == 0 {
                let cut = Int(rng.next() % UInt64(log.count))
                log.removeSubrange(cut...)
                what = "log truncated to \(cut) bytes"
                atBoundary = boundaries.contains(cut)
            } else {
                let at = Int(rng.next() % UInt64(log.count))
                let mask = UInt8(1 + rng.next() % 255)
                log[at] ^= mask
                what = "log byte \(at) xor \(mask)"
            }
            let (outcome, path) = try Self.open(snapshot: fixture.snapshot, log: log, fixture: fixture, reopen: i % 8 < 2)
            defer { StorageTestSupport.remove(path) }
            Self.check(outcome, file: "wal.dossier", fixture: fixture, what: what, atRecordBoundary: atBoundary)
            switch outcome {
            case .recovered(_, let w): recovered += 1; if w { warned += 1 }
            case .refused: refused += 1
            }
        }
        // Both kinds of outcome must actually occur.
        #expect(recovered > 20 && refused > 20 && warned > 20, "recovered \(recovered), refused \(refused), warned \(warned)")
    }

    @Test func damagedSnapshot() throws {
        let fixture = try Self.makeFixture()
        var rng = SplitMix(seed: 4048)
        for i in 0..<240 {
            var snapshot = fixture.snapshot
            let what: String
            if i % 2 == 0 {
                let cut = Int(rng.next() % UInt64(snapshot.count))
                snapshot.removeSubrange(cut...)
                what = "snapshot truncated to \(cut) bytes"
            } else {
                let at = Int(rng.next() % UInt64(snapshot.count))
                let mask = UInt8(1 + rng.next() % 255)
                snapshot[at] ^= mask
                what = "snapshot byte \(at) xor \(mask)"
            }
            let (outcome, path) = try Self.open(snapshot: snapshot, log: fixture.log, fixture: fixture)
            defer { StorageTestSupport.remove(path) }
            // Every byte of a snapshot is covered by a checksum: damage must always refuse.
            if case .recovered = outcome { Issue.record("\(what): opened a damaged snapshot") }
            Self.check(outcome, file: "snapshot.dossier", fixture: fixture, what: what)
        }
    }

    @Test func checkpointLeftoversAndMismatchedFiles() throws {
        let path = StorageTestSupport.scratchPath()
        defer { StorageTestSupport.remove(path) }
        let db = try Database.open(path: path)
        try StorageTestSupport.populate(db, transactions: 6)
        let oldLog = try StorageTestSupport.readFile(path + "/wal.dossier")
        try db.checkpoint()
        let graph = StorageTestSupport.canonical(db)
        try db.write { s in s.createNode(labels: [], properties: []) }
        let newLog = try StorageTestSupport.readFile(path + "/wal.dossier")
        db.read { _ in }
        let snapshot = try StorageTestSupport.readFile(path + "/snapshot.dossier")
        // A crash between a checkpoint's two renames: new snapshot, old log. Its records are skipped.
        let fixture = Fixture(snapshot: snapshot, log: oldLog, states: [graph])
        let (outcome, p1) = try Self.open(snapshot: snapshot, log: oldLog, fixture: fixture)
        StorageTestSupport.remove(p1)
        if case .recovered(let prefix, let warned) = outcome {
            #expect(prefix == 0 && !warned)
        } else {
            Issue.record("checkpoint leftovers refused: \(outcome)")
        }
        // A log from another database, or one that starts after the snapshot ends, is refused.
        let other = StorageTestSupport.scratchPath("other")
        defer { StorageTestSupport.remove(other) }
        let odb = try Database.open(path: other)
        try odb.write { s in s.createNode(labels: [], properties: []) }
        let otherLog = try StorageTestSupport.readFile(other + "/wal.dossier")
        try odb.close()
        let oldSnapshotFixture = Fixture(snapshot: snapshot, log: newLog, states: [])
        for (log, expectText) in [(otherLog, "different database")] {
            let (o, p) = try Self.open(snapshot: snapshot, log: log, fixture: oldSnapshotFixture)
            StorageTestSupport.remove(p)
            guard case .refused(let e) = o else { Issue.record("mismatched log accepted"); continue }
            #expect(e.message.contains(expectText), "\(e.message)")
        }
        // An empty snapshot of this database (transaction 0) with the new log: transactions missing.
        let emptyPath = StorageTestSupport.scratchPath("empty")
        defer { StorageTestSupport.remove(emptyPath) }
        try FileManager.default.createDirectory(atPath: emptyPath, withIntermediateDirectories: true)
        let id = try WriteAheadLog.scan(newLog, path: "wal").databaseID
        try Snapshot.write(GraphStore(), header: .init(databaseID: id, lastTransaction: 0),
                           to: emptyPath + "/snapshot.dossier", directory: emptyPath)
        try StorageTestSupport.writeFile(emptyPath + "/wal.dossier", newLog)
        #expect(throws: DossierError.self) { _ = try Database.open(path: emptyPath) }
        do { _ = try Database.open(path: emptyPath) } catch {
            #expect(error.message.contains("missing"), "\(error.message)")
        }
        // A snapshot from a newer Dossier is refused as such.
        var future = snapshot
        future[8] = 2
        let futureFixture = Fixture(snapshot: future, log: newLog, states: [])
        let (fo, fp) = try Self.open(snapshot: future, log: newLog, fixture: futureFixture)
        StorageTestSupport.remove(fp)
        if case .refused(let e) = fo { #expect(e.code == .unsupportedFormatVersion) } else { Issue.record("future version accepted") }
        try db.close()
    }
}
