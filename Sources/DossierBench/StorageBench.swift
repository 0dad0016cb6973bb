import ArgumentParser
import Dossier
import Foundation

/// `dossier-bench storage`: snapshot size and open time against rebuilding from a dump, commit
/// latency with fsync, and bulk-load throughput (the numbers in docs/storage.md).
struct StorageBench: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "storage",
        abstract: "Measure snapshot open time vs. loading the dump, file sizes, commit latency and bulk-load throughput.")

    @Option(help: "Nodes in the generated graph.") var nodes = 1_000_000
    @Option(help: "Relationships in the generated graph.") var relationships = 5_000_000
    @Option(help: "Scratch directory (removed afterwards).") var dir = NSTemporaryDirectory() + "/dossier-storage-bench"
    @Option(help: "Single-statement commits to time.") var commits = 1000
    @Flag(help: "Skip rebuilding the graph from its dump (slow for large graphs).") var skipDump = false
    @Flag(help: "Keep the scratch directory.") var keep = false
    @Flag(help: "Only generate the database (DIR/graph.dossier) and checkpoint it.") var generateOnly = false

    func run() throws {
        try? FileManager.default.removeItem(atPath: dir)
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        defer { if !keep { try? FileManager.default.removeItem(atPath: dir) } }
        let dbPath = dir + "/graph.dossier"
        print("graph: \(nodes) nodes, \(relationships) relationships; scratch \(dir)")

        // 1. Bulk load in one transaction, committed to the log (one record, fsync'ed).
        var noAutoCheckpoint = DatabaseOptions()
        noAutoCheckpoint.checkpointThreshold = Int.max
        var t = now()
        var c = cpuSeconds()
        do {
            let db = try Database.open(path: dbPath, options: noAutoCheckpoint)
            try db.write { store in Self.generate(store, nodes: nodes, relationships: relationships) }
            // Dropped without close(): no checkpoint, the graph is only in the log.
        }
        let bulk = now() - t
        let bulkCPU = cpuSeconds() - c
        let logBytes = fileSize(dbPath + "/wal.dossier")
        print(String(format: "bulk load, one transaction (build + log write + fsync): %.2f s (CPU %.2f s), %.0f nodes+relationships/s, log record %.1f MiB",
                     bulk, bulkCPU, Double(nodes + relationships) / bulk, Double(logBytes) / 1048576))

        // 2. Recovery: replay that log record (what opening after a crash right after the load does).
        t = now()
        c = cpuSeconds()
        var db = try Database.open(path: dbPath)
        print(String(format: "open by replaying the log (no snapshot yet): %.2f s (CPU %.2f s)", now() - t, cpuSeconds() - c))
        t = now()
        try db.checkpoint()
        let checkpoint = now() - t
        let snapshotBytes = fileSize(dbPath + "/snapshot.dossier")
        let sections = try snapshotSections(dbPath + "/snapshot.dossier")
        print(String(format: "checkpoint (write snapshot + fsync + rename + new log): %.2f s", checkpoint))
        print("snapshot: \(snapshotBytes) bytes (\(String(format: "%.1f", Double(snapshotBytes) / 1048576)) MiB); sections: "
              + sections.map { "\($0.name) \($0.bytes)" }.joined(separator: ", "))
        let nodeSection = sections.first { $0.name == "nodes" }?.bytes ?? 0
        let relSection = sections.first { $0.name == "relationships" }?.bytes ?? 0
        print(String(format: "bytes per node: %.1f, bytes per relationship: %.1f",
                     Double(nodeSection) / Double(max(nodes, 1)), Double(relSection) / Double(max(relationships, 1))))
        try db.close()
        if generateOnly { return }

        // 3. Open from the snapshot (best of 3; the file is in the page cache).
        var opens: [Double] = []
        var openCPU: [Double] = []
        for _ in 0..<3 {
            t = now()
            c = cpuSeconds()
            db = try Database.open(path: dbPath)
            opens.append(now() - t)
            openCPU.append(cpuSeconds() - c)
            try db.close()
        }
        let open = opens.min() ?? .nan
        print(String(format: "open from snapshot: %.2f s (best of 3: %@; CPU %@)",
                     open, opens.map { String(format: "%.2f", $0) }.joined(separator: ", "),
                     openCPU.map { String(format: "%.2f", $0) }.joined(separator: ", ")))

        // 4. Dump, and rebuild from the dump.
        db = try Database.open(path: dbPath)
        t = now()
        let dumpPath = dir + "/graph.cypher"
        _ = FileManager.default.createFile(atPath: dumpPath, contents: nil)
        let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: dumpPath))
        try db.dump { piece in try handle.write(contentsOf: Data(piece.utf8)) }
        try handle.close()
        let dumpTime = now() - t
        try db.close()
        print(String(format: "dump: %.2f s, %.1f MiB", dumpTime, Double(fileSize(dumpPath)) / 1048576))
        if !skipDump {
            let script = try String(contentsOfFile: dumpPath, encoding: .utf8)
            let fresh = Database()
            t = now()
            c = cpuSeconds()
            for statement in ScriptSplitter.split(script).statements { try fresh.execute(statement.text) }
            let rebuild = now() - t
            let rebuildCPU = cpuSeconds() - c
            print(String(format: "rebuild from dump (in memory, no logging): %.2f s (CPU %.2f s) — snapshot open is %.1f× faster (CPU: %.1f×)",
                         rebuild, rebuildCPU, rebuild / open, rebuildCPU / (openCPU.min() ?? .nan)))
        }

        // 5. Commit latency of single statements, each fsync'ed.
        let small = dir + "/latency.dossier"
        let ldb = try Database.open(path: small)
        try ldb.execute("CREATE (:Tick {i: -1})")
        var latencies: [Double] = []
        for i in 0..<commits {
            t = now()
            try ldb.execute("CREATE (:Tick {i: $i, at: 'now'})", parameters: ["i": .int(Int64(i))])
            latencies.append(now() - t)
        }
        latencies.sort()
        var viaAPI: [Double] = []
        for i in 0..<commits {
            t = now()
            try ldb.write { s in
                s.createNode(labels: [s.labelID("Tick")], properties: [Property(key: s.keyID("i"), value: .int(Int64(i)))])
            }
            viaAPI.append(now() - t)
        }
        viaAPI.sort()
        func pct(_ xs: [Double], _ p: Double) -> Double { xs[min(xs.count - 1, Int(Double(xs.count) * p))] * 1000 }
        print(String(format: "commit latency, CREATE statement with fsync: median %.2f ms, p99 %.2f ms (%d commits)",
                     pct(latencies, 0.5), pct(latencies, 0.99), commits))
        print(String(format: "commit latency, Database.write with fsync: median %.2f ms, p99 %.2f ms", pct(viaAPI, 0.5), pct(viaAPI, 0.99)))
        try ldb.close()

        // 6. Bulk load through Cypher in one statement.
        let cdb = try Database.open(path: dir + "/cypher.dossier")
        let n = min(nodes, 200_000)
        t = now()
        try cdb.execute("UNWIND range(1, $n) AS i CREATE (:Item {i: i, name: 'item ' + toString(i), score: i * 0.5})",
                        parameters: ["n": .int(Int64(n))])
        let cypherBulk = now() - t
        print(String(format: "bulk load via one Cypher statement (UNWIND ... CREATE, %d nodes, 3 properties, fsync'ed): %.2f s, %.0f nodes/s",
                     n, cypherBulk, Double(n) / cypherBulk))
        try cdb.close()
    }

    /// People, organisations and documents with a few properties; relationships of three types
    /// with one or two properties, endpoints spread pseudo-randomly.
    static func generate(_ store: GraphStore, nodes: Int, relationships: Int) {
        let labels = [store.labelID("Person"), store.labelID("Organization"), store.labelID("Document")]
        let types = [store.typeID("SAID"), store.typeID("MEMBER_OF"), store.typeID("CITES")]
        let name = store.keyID("name"), key = store.keyID("key"), score = store.keyID("score")
        let weight = store.keyID("weight"), since = store.keyID("since")
        var ids: [NodeID] = []
        ids.reserveCapacity(nodes)
        for i in 0..<nodes {
            ids.append(store.createNode(labels: [labels[i % 3]], properties: [
                Property(key: key, value: .int(Int64(i))),
                Property(key: name, value: .string("Entity \(i)")),
                Property(key: score, value: .float(Double(i % 1000) / 7)),
            ]))
        }
        var x: UInt64 = 0x9E37_79B9_7F4A_7C15
        for i in 0..<relationships {
            x ^= x << 13; x ^= x >> 7; x ^= x << 17
            let s = ids[Int(x % UInt64(nodes))]
            let e = ids[Int((x >> 32) % UInt64(nodes))]
            var props = [Property(key: weight, value: .float(Double(i % 100) / 10))]
            if i % 2 == 0 { props.append(Property(key: since, value: .int(Int64(1990 + i % 35)))) }
            store.createRelationship(type: types[i % 3], start: s, end: e, properties: props)
        }
    }

    /// User + system CPU time of this process so far (wall time is unreliable on a shared machine).
    func cpuSeconds() -> Double {
        var usage = rusage()
        getrusage(__rusage_who_t(RUSAGE_SELF.rawValue), &usage)
        return Double(usage.ru_utime.tv_sec) + Double(usage.ru_utime.tv_usec) / 1e6
            + Double(usage.ru_stime.tv_sec) + Double(usage.ru_stime.tv_usec) / 1e6
    }

    func fileSize(_ path: String) -> Int {
        ((try? FileManager.default.attributesOfItem(atPath: path))?[.size] as? Int) ?? 0
    }

    /// Walks the snapshot's section headers (layout in docs/storage.md).
    func snapshotSections(_ path: String) throws -> [(name: String, bytes: Int)] {
        let data = try Data(contentsOf: URL(fileURLWithPath: path))
        func u32(_ at: Int) -> UInt32 { data[at..<at + 4].reversed().reduce(0) { $0 << 8 | UInt32($1) } }
        func u64(_ at: Int) -> UInt64 { data[at..<at + 8].reversed().reduce(0) { $0 << 8 | UInt64($1) } }
        var out: [(String, Int)] = [("header", 40)]
        var pos = 40
        for _ in 0..<Int(u32(32)) {
            let kind = u32(pos)
            let length = Int(u64(pos + 8))
            out.append(([1: "symbols", 2: "nodes", 3: "relationships"][kind] ?? "kind \(kind)", length + 24))
            pos += 24 + length
        }
        return out
    }
}
