import ArgumentParser
import Dossier
import Foundation

/// `dossier-bench scaling`: a synthetic actors-and-statements graph (Person, Organization,
/// Document, Statement) at growing sizes, loaded through `Benchmarks/scaling/load.cypher`:
/// load time, snapshot open time, memory per node and relationship, and the latency of a point
/// lookup, a 2-hop query and an aggregation (the table in docs/performance.md).
struct Scaling: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Generate actors-and-statements graphs of growing size; time load, snapshot open, lookups, 2-hop and aggregation.")

    @Option(help: "Relationship counts, comma-separated.") var sizes: String = "100000,1000000,5000000"
    @Option(help: "The load script.") var script: String = "Benchmarks/scaling/load.cypher"
    @Option(help: "Scratch directory (removed afterwards).") var dir = NSTemporaryDirectory() + "/dossier-scaling-bench"
    @Flag(help: "Skip the on-disk database (snapshot open time).") var skipDisk = false
    @Option(help: "Timed point lookups per size.") var lookups = 1000

    func run() throws {
        let scriptText = try String(contentsOfFile: script, encoding: .utf8)
        var rows: [String] = []
        for size in sizes.split(separator: ",").compactMap({ Int($0) }) {
            try? FileManager.default.removeItem(atPath: dir)
            try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
            defer { try? FileManager.default.removeItem(atPath: dir) }
            let graph = SyntheticGraph(relationships: size)
            try graph.write(to: dir)
            rows.append(try measure(graph, script: scriptText))
        }
        print("")
        print("| relationships | nodes | load s | nodes+rels/s | snapshot open s | RSS MiB | B/node | B/rel | point lookup µs | 2-hop µs | aggregation ms |")
        print("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
        rows.forEach { print($0) }
    }

    func measure(_ graph: SyntheticGraph, script: String) throws -> String {
        let rss0 = currentRSSMiB()
        var row = ""
        do {
            let db = Database()
            let t0 = now()
            _ = try runScript(db, script, parameters: ["dir": .string(dir)])
            let load = now() - t0
            let rss = currentRSSMiB() - rss0
            let m = db.memoryReport()
            let nodePart = m.nodeRecords + m.nodeLabels + m.nodeProperties + m.labelIndex + m.propertyIndexes
            let relPart = m.relationshipRecords + m.relationshipProperties + m.adjacency
            print(String(format: "%d relationships: loaded %d nodes, %d relationships in %.2f s; RSS +%.0f MiB; %@",
                         graph.relationshipTotal, db.nodeCount, db.relationshipCount, load, rss, m.description))

            var rng = SplitMix64(seed: 7)
            func time(_ q: String, reps: Int, _ params: () -> [String: Value]) throws -> Double {
                for _ in 0..<3 { _ = try db.execute(q, parameters: params()) }
                var ts: [Double] = []
                for _ in 0..<reps {
                    let p = params()
                    let s = now()
                    _ = try db.execute(q, parameters: p)
                    ts.append(now() - s)
                }
                return median(ts)
            }
            let lookup = try time("MATCH (p:Person {key: $k}) RETURN p.name, p.born", reps: lookups) {
                ["k": .string("p\(rng.next(below: graph.people))")]
            }
            let twoHop = try time("""
                MATCH (p:Person {key: $k})-[:SAID]->(s:Statement)-[:ABOUT]->(x)
                RETURN count(DISTINCT x) AS actors
                """, reps: 200) {
                ["k": .string("p\(rng.next(below: graph.people))")]
            }
            let aggregation = try time("""
                MATCH (s:Statement)-[:REPORTED_IN]->(d:Document)
                RETURN s.topic AS topic, count(DISTINCT d) AS documents ORDER BY documents DESC LIMIT 5
                """, reps: 5) { [:] }
            row = String(format: "| %d | %d | %.2f | %.0f | %@ | %.0f | %.0f | %.0f | %.1f | %.1f | %.1f |",
                         db.relationshipCount, db.nodeCount, load, Double(db.relationshipCount + db.nodeCount) / load, "%OPEN%",
                         rss, Double(nodePart) / Double(max(db.nodeCount, 1)), Double(relPart) / Double(max(db.relationshipCount, 1)),
                         lookup * 1e6, twoHop * 1e6, aggregation * 1e3)
            print(String(format: "  point lookup %.1f µs, 2-hop %.1f µs, aggregation %.1f ms", lookup * 1e6, twoHop * 1e6, aggregation * 1e3))
        }
        var open = "–"
        if !skipDisk {
            let path = dir + "/graph.dossier"
            var options = DatabaseOptions()
            options.synchronousCommits = false
            options.checkpointThreshold = Int.max
            do {
                let db = try Database.open(path: path, options: options)
                _ = try runScript(db, script, parameters: ["dir": .string(dir)])
                try db.checkpoint()
                try db.close()
            }
            var ts: [Double] = []
            for _ in 0..<3 {
                let s = now()
                let db = try Database.open(path: path)
                ts.append(now() - s)
                try db.close()
            }
            open = String(format: "%.2f", median(ts))
            print("  snapshot open \(open) s")
        }
        return row.replacingOccurrences(of: "%OPEN%", with: open)
    }
}

/// A deterministic generator (SplitMix64).
struct SplitMix64 {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
    mutating func next(below n: Int) -> Int { Int(next() % UInt64(max(n, 1))) }
    /// A skewed pick in 0..<n: low indexes are much more likely (a few prolific actors).
    mutating func skewed(below n: Int) -> Int {
        let u = Double(next() >> 11) / Double(1 << 53)
        return min(n - 1, Int(Double(n) * u * u * u))
    }
}

/// The synthetic investigation graph: per statement one SAID (from a person, or 1 in 5 from an
/// organisation), one or two REPORTED_IN and one ABOUT (a person or an organisation); people are
/// members of organisations. Speakers and subjects follow a skewed distribution.
struct SyntheticGraph {
    let statements: Int
    let people: Int
    let organizations: Int
    let documents: Int

    init(relationships: Int) {
        // ~3.5 relationships per statement, plus one membership per person (people = statements / 8).
        statements = max(Int(Double(relationships) / 3.625), 10)
        people = max(statements / 8, 10)
        organizations = max(people / 10, 5)
        documents = max(statements / 6, 5)
    }

    var relationshipTotal: Int { Int(Double(statements) * 3.5) + people }

    static let topics = ["detention", "torture", "disappearance", "threat", "denial", "testimony", "propaganda", "relocation"]

    func write(to dir: String) throws {
        var rng = SplitMix64(seed: 42)
        func file(_ name: String, _ header: String, _ body: (inout String) -> Void) throws {
            var s = header + "\n"
            s.reserveCapacity(1 << 20)
            body(&s)
            try s.write(toFile: dir + "/" + name, atomically: false, encoding: .utf8)
        }
        try file("people.csv", "key,name,born") { s in
            for i in 0..<people { s += "p\(i),Person \(i),\(1940 + i % 60)\n" }
        }
        try file("organizations.csv", "key,name,kind") { s in
            for i in 0..<organizations { s += "o\(i),Organization \(i),\(["ngo", "ministry", "media", "police"][i % 4])\n" }
        }
        try file("documents.csv", "key,title,published") { s in
            for i in 0..<documents { s += "d\(i),Report \(i),20\(10 + i % 14)-0\(1 + i % 9)-1\(i % 10)\n" }
        }
        try file("statements.csv", "key,text,topic,said") { s in
            for i in 0..<statements {
                s += "s\(i),\"Statement \(i), as quoted\",\(Self.topics[i % Self.topics.count]),20\(10 + i % 14)-0\(1 + i % 9)-2\(i % 8)\n"
            }
        }
        try file("member_of.csv", "person,organization,since") { s in
            for i in 0..<people { s += "p\(i),o\(rng.skewed(below: organizations)),\(1990 + i % 30)\n" }
        }
        var personSaid = "actor,statement\n", orgSaid = "actor,statement\n"
        var reported = "statement,document,page\n", aboutPerson = "statement,actor\n", aboutOrg = "statement,actor\n"
        for i in 0..<statements {
            if i % 5 == 4 { orgSaid += "o\(rng.skewed(below: organizations)),s\(i)\n" } else { personSaid += "p\(rng.skewed(below: people)),s\(i)\n" }
            reported += "s\(i),d\(rng.next(below: documents)),\(1 + i % 40)\n"
            if i % 2 == 0 { reported += "s\(i),d\(rng.next(below: documents)),\(1 + i % 40)\n" }
            if i % 3 == 0 { aboutOrg += "s\(i),o\(rng.skewed(below: organizations))\n" } else { aboutPerson += "s\(i),p\(rng.skewed(below: people))\n" }
        }
        try personSaid.write(toFile: dir + "/person_said.csv", atomically: false, encoding: .utf8)
        try orgSaid.write(toFile: dir + "/organization_said.csv", atomically: false, encoding: .utf8)
        try reported.write(toFile: dir + "/reported_in.csv", atomically: false, encoding: .utf8)
        try aboutPerson.write(toFile: dir + "/about_person.csv", atomically: false, encoding: .utf8)
        try aboutOrg.write(toFile: dir + "/about_organization.csv", atomically: false, encoding: .utf8)
    }
}
