import Dossier
@testable import DossierFuzz
import Foundation
import Testing

/// Inputs the fuzzer (`dossier-fuzz`, `Benchmarks/fuzz.sh`) found to crash, hang or blow up the
/// process. Each must now give a result or a `DossierError`.
@Suite struct FuzzRegressionTests {
    /// Runs `query` on a small graph: a result or a `DossierError` with a message is fine.
    @discardableResult
    static func survives(_ query: String, options: DatabaseOptions = DatabaseOptions()) -> Result<QueryResult, DossierError> {
        let db = Database(options: options)
        _ = try? db.execute("CREATE (a:Person {name: 'a'})-[:KNOWS]->(b:Person {name: 'b'}), (a)-[:R]->(a)")
        do {
            return .success(try db.execute(query))
        } catch {
            #expect(!error.message.isEmpty)
            if error.phase == .compileTime { #expect(error.location != nil, "\(error)") }
            return .failure(error)
        }
    }

    /// DOT label wrapping with `maxLabelLines` 0 indexed line -1.
    @Test func dotWrapWithNoLabelLines() throws {
        let db = Database()
        try db.execute("CREATE (:Person {name: 'a long name that needs wrapping'})-[:KNOWS]->(:Person {name: 'b'})")
        var options = DotOptions()
        options.maxLabelLines = 0
        options.wrapWidth = 0
        let dot = DotExporter(database: db, options: options).exportAll()
        #expect(dot.contains("digraph"))
    }

    /// A label cut to exactly 16,384 bytes (quotes included) was refused by Graphviz.
    @Test func dotLongLabelsStayWithinGraphvizLimit() throws {
        let db = Database()
        try db.execute("CREATE (:Person {name: $s})-[:KNOWS]->(:Person {name: $s})",
                       parameters: ["s": .string(String(repeating: "é", count: 20_000))])
        var options = DotOptions()
        options.clusterByLabel = true
        let dot = DotExporter(database: db, options: options).exportAll()
        guard GraphvizRenderer.dotExecutable() != nil else { return }
        #expect(throws: Never.self) { try GraphvizRenderer.render(dot, format: .svg) }
    }

    /// `LOAD CSV` from a file without line breaks grew one record until memory ran out.
    @Test func loadCSVFromEndlessFileIsCapped() throws {
        guard FileManager.default.fileExists(atPath: "/dev/zero") else { return }
        var options = DatabaseOptions()
        options.maxCollectionSize = 100_000
        let r = Self.survives("LOAD CSV FROM 'file:///dev/zero' AS `ü` RETURN * SKIP 8", options: options)
        #expect(throws: DossierError.self) { try r.get() }
        if case .failure(let e) = r { #expect(e.code == .collectionTooLarge) }
        let commas = NSTemporaryDirectory() + "/fuzz-commas-\(getpid()).csv"
        try Data(repeating: UInt8(ascii: ","), count: 300_000).write(to: URL(fileURLWithPath: commas))
        defer { try? FileManager.default.removeItem(atPath: commas) }
        let c = Self.survives("LOAD CSV FROM 'file://\(commas)' AS row RETURN size(row)", options: options)
        if case .failure(let e) = c { #expect(e.code == .collectionTooLarge) } else { Issue.record("expected an error") }
    }

    /// LEB128.
    static func varint(_ v: UInt64) -> [UInt8] {
        var v = v, out: [UInt8] = []
        while v >= 0x80 { out.append(UInt8(truncatingIfNeeded: v) | 0x80); v >>= 7 }
        return out + [UInt8(v)]
    }

    static func le<T: FixedWidthInteger>(_ v: T) -> [UInt8] { withUnsafeBytes(of: v.littleEndian) { Array($0) } }

    /// A snapshot with empty symbol tables whose nodes section is `nodes` (checksums valid).
    static func snapshot(nodes: [UInt8], relationships: [UInt8] = [0, 0]) -> [UInt8] {
        var b = Array("DOSSSNAP".utf8) + le(UInt32(1)) + le(UInt32(0)) + le(UInt64(42)) + le(UInt64(0)) + le(UInt32(3)) + le(UInt32(0))
        for (kind, payload) in [(UInt32(1), [UInt8]([0, 0, 0])), (2, nodes), (3, relationships)] {
            b += le(kind) + le(UInt32(1)) + le(UInt64(payload.count)) + le(UInt32(0)) + le(UInt32(0)) + payload
        }
        StorageFuzzer.fixSnapshotChecksums(&b)
        return b
    }

    static func open(snapshot: [UInt8], log: [UInt8]? = nil) -> DossierError? {
        let dir = NSTemporaryDirectory() + "/fuzz-regression-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
        try? FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: dir) }
        _ = FileManager.default.createFile(atPath: dir + "/snapshot.dossier", contents: Data(snapshot))
        if let log { _ = FileManager.default.createFile(atPath: dir + "/wal.dossier", contents: Data(log)) }
        var options = DatabaseOptions()
        options.readOnly = true
        do {
            let db = try Database.open(path: dir, options: options)
            try db.close()
            return nil
        } catch {
            return error
        }
    }

    /// A 100-byte snapshot claiming 2^31 − 1 node ids (all deleted) made `open` reserve 80 GB and abort.
    @Test func snapshotWithHugeIDCountIsRefused() {
        #expect(Self.open(snapshot: Self.snapshot(nodes: [0, 0])) == nil, "the hand-made snapshot is valid")
        for slots in [UInt64(Int32.max), 1 << 31, 1 << 40] {
            let nodes = Self.open(snapshot: Self.snapshot(nodes: Self.varint(slots) + [0]))
            #expect(nodes?.code == .corruptFile, "\(String(describing: nodes))")
            let rels = Self.open(snapshot: Self.snapshot(nodes: [0, 0], relationships: Self.varint(slots) + [0]))
            #expect(rels?.code == .corruptFile, "\(String(describing: rels))")
        }
    }

    /// A log record creating node 2^31 − 2 made replay append two billion deleted-node slots.
    @Test func logCreatingHugeNodeIDIsRefused() {
        var log = Array("DOSSWAL\0".utf8) + Self.le(UInt32(1)) + Self.le(UInt32(0)) + Self.le(UInt64(42)) + Self.le(UInt64(0))
            + Self.le(UInt32(0)) + Self.le(UInt32(0))
        let payload: [UInt8] = Self.varint(1) + [0, 0, 0, 0, 0, 0] + Self.varint(1) + [1] + Self.varint(UInt64(Int32.max) - 1) + [0, 0]
        log += Self.le(UInt32(0x4345_5244)) + Self.le(UInt32(payload.count)) + Self.le(UInt32(0)) + Self.le(UInt32(0)) + payload
        StorageFuzzer.fixLogChecksums(&log)
        let error = Self.open(snapshot: Self.snapshot(nodes: [0, 0]), log: log)
        #expect(error?.code == .corruptFile, "\(String(describing: error))")
    }

    /// `:export dot FILE --around KEY --depth 9223372036854775807` spun through 2^63 empty rounds.
    @Test func subgraphAroundWithHugeDepthFinishes() throws {
        let db = Database()
        try db.execute("CREATE (:Person {key: 'a'})-[:KNOWS]->(:Person {key: 'b'})-[:KNOWS]->(:Person {key: 'c'})")
        let sub = try db.subgraph(around: "a", depth: Int.max)
        #expect(sub.nodes.count == 3)
        #expect(sub.relationships.count == 2)
    }

    /// A comprehension, quantifier or reduce in SKIP / LIMIT wrote its local variable into the
    /// empty row the count was evaluated on (index out of range).
    @Test(arguments: [
        ("RETURN 1 AS a ORDER BY a LIMIT CASE WHEN any(x IN [1] WHERE x = 1) THEN 1 ELSE 2 END", 1),
        ("RETURN 1 LIMIT size([x IN [1, 2] | x])", 1),
        ("UNWIND [1, 2, 3] AS y RETURN y SKIP size([x IN [1, 2] WHERE x > 0])", 1),
        ("UNWIND [1, 2, 3] AS y RETURN y ORDER BY y SKIP reduce(a = 0, x IN [1] | a + x)", 2),
        ("UNWIND [1, 2, 3] AS y WITH y LIMIT size([x IN range(1, 2) WHERE all(z IN [x] WHERE z > 0)]) RETURN y", 2),
    ])
    func comprehensionsInSkipAndLimit(query: String, rows: Int) throws {
        let r = try Self.survives(query).get()
        #expect(r.rows.count == rows)
    }

    /// Runs `body` on a thread with a `kilobytes` stack (macOS gives secondary threads 512 KB).
    static func onSmallStack(kilobytes: Int, _ body: @escaping @Sendable () -> Void) {
        let done = DispatchSemaphore(value: 0)
        let thread = Thread {
            body()
            done.signal()
        }
        thread.stackSize = kilobytes << 10
        thread.start()
        done.wait()
    }

    /// 150 nested unary operators passed the parser (limit 200) but overflowed a 512 KB stack in
    /// the expression compiler, whose frames are several KB each (about 3 KB in a release build,
    /// 13 KB in a debug build — hence 1 MB here, where the tests run in debug).
    @Test func deepExpressionsOnSmallStack() {
        let queries = ["RETURN " + String(repeating: "+", count: 150) + "1",
                       "RETURN " + String(repeating: "-(", count: 190) + "1" + String(repeating: ")", count: 190),
                       "RETURN " + String(repeating: "NOT ", count: 199) + "true"]
        for query in queries {
            Self.onSmallStack(kilobytes: 1024) {
                do throws(DossierError) {
                    _ = try Database().execute(query)
                } catch {
                    #expect(error.code == .nestingTooDeep, "\(error)")
                }
            }
        }
    }
}
