import Testing
@testable import Dossier

/// Plan rewrites for speed give the same answers as the plain plans: counts from the store,
/// grouping fast paths, row reuse in scans and expansions.
@Suite struct QueryOptimizationTests {
    static func graph() throws -> Database {
        let db = Database()
        try db.execute("UNWIND range(1, 40) AS i CREATE (:P {i: i, g: i % 3})")
        try db.execute("UNWIND range(1, 10) AS i CREATE (:Q {i: i})")
        try db.execute("CREATE ()")
        try db.execute("MATCH (a:P), (b:P) WHERE b.i = a.i + 1 CREATE (a)-[:NEXT]->(b)")
        try db.execute("MATCH (a:P), (b:Q) WHERE a.i = b.i CREATE (a)-[:SAME {w: a.i}]->(b), (b)-[:BACK]->(b)")
        return db
    }

    @Test func countsFromTheStoreMatchScans() throws {
        let db = try Self.graph()
        // Each pair: a query the count store answers, and the same with a no-op filter that keeps the scan.
        let pairs = [
            ("MATCH (n) RETURN count(n)", "MATCH (n) WHERE true RETURN count(n)"),
            ("MATCH (n) RETURN count(*)", "MATCH (n) WHERE true RETURN count(*)"),
            ("MATCH (n:P) RETURN count(n)", "MATCH (n:P) WHERE true RETURN count(n)"),
            ("MATCH (n:Nope) RETURN count(*)", "MATCH (n:Nope) WHERE true RETURN count(*)"),
            ("MATCH ()-[r]->() RETURN count(r)", "MATCH ()-[r]->() WHERE true RETURN count(r)"),
            ("MATCH ()<-[r]-() RETURN count(r)", "MATCH ()<-[r]-() WHERE true RETURN count(r)"),
            ("MATCH ()-[r:SAME]->() RETURN count(r) AS c", "MATCH ()-[r:SAME]->() WHERE true RETURN count(r) AS c"),
            ("MATCH (a)-[:BACK]->(b) RETURN count(a)", "MATCH (a)-[:BACK]->(b) WHERE true RETURN count(a)"),
            ("MATCH (a)-[r]->(b) RETURN count(DISTINCT r)", "MATCH (a)-[r]->(b) WHERE true RETURN count(DISTINCT r)"),
            ("MATCH (a)-[r]->(b) RETURN count(DISTINCT a)", "MATCH (a)-[r]->(b) WHERE true RETURN count(DISTINCT a)"),
            ("MATCH (a)-[r]->(b) RETURN count(DISTINCT b)", "MATCH (a)-[r]->(b) WHERE true RETURN count(DISTINCT b)"),
            ("MATCH ()-[r:NEXT|SAME]->() RETURN count(r)", "MATCH ()-[r:NEXT|SAME]->() WHERE true RETURN count(r)"),
            ("MATCH ()-[r]-() RETURN count(r)", "MATCH ()-[r]-() WHERE true RETURN count(r)"),
        ]
        for (fast, slow) in pairs {
            #expect(try db.execute(fast).rows == db.execute(slow).rows, "\(fast)")
        }
        #expect((try db.execute("EXPLAIN MATCH (n) RETURN count(n)").plan ?? "").contains("NodeCountFromCountStore"))
        #expect((try db.execute("EXPLAIN MATCH ()-[r:SAME]->() RETURN count(*)").plan ?? "").contains("RelationshipCountFromCountStore"))
        // Within a transaction, counts follow uncommitted changes.
        try db.begin()
        try db.execute("MATCH (n:Q) DETACH DELETE n")
        #expect(try db.execute("MATCH (n) RETURN count(n)").rows == [[41]])
        #expect(try db.execute("MATCH ()-[r]->() RETURN count(r)").rows == [[39]])
        try db.rollback()
        #expect(try db.execute("MATCH (n) RETURN count(n)").rows == [[51]])
    }

    @Test func groupingGivesTheSameGroupsInAnyArrivalOrder() throws {
        let db = try Self.graph()
        let r = try db.execute("MATCH (a:P)-[:NEXT]->(b) RETURN a.g AS g, count(*) AS n, collect(b.i)[0] AS first ORDER BY g")
        #expect(r.rows == [[0, 13, 4], [1, 13, 2], [2, 13, 3]])
        // Keys read from entities (the same entity twice in a row skips evaluation) against the same
        // keys computed another way.
        for (fast, slow) in [("a.g", "a.g + 0"), ("b", "id(b)"), ("r.w", "coalesce(r.w, -1)")] {
            let q = "MATCH (a:P)-[r]-(b) RETURN %@ AS k, count(*) AS n, sum(b.i) AS s ORDER BY n, s"
            let x = try db.execute(q.replacingOccurrences(of: "%@", with: fast)).rows.map { [$0[1], $0[2]] }
            let y = try db.execute(q.replacingOccurrences(of: "%@", with: slow)).rows.map { [$0[1], $0[2]] }
            #expect(x == y, "\(fast)")
        }
        let nulls = try db.execute("UNWIND [null, null, 1, 1, null, 2.0, 2] AS x RETURN x, count(*) AS n ORDER BY x")
        #expect(nulls.rows == [[1, 2], [2.0, 2], [.null, 3]])
    }

    @Test func rowsHandedOutStayIntact() throws {
        // Rows collected by a consumer must not change when the producer moves on.
        let db = try Self.graph()
        let r = try db.execute("MATCH (a:P {i: 5})-[r]->(b) RETURN type(r) AS t, b.i AS i ORDER BY t")
        #expect(r.rows == [["NEXT", 6], ["SAME", 5]])
        let u = try db.execute("UNWIND [1, 2, 3] AS x UNWIND [x, x * 10] AS y RETURN x, y")
        #expect(u.rows == [[1, 1], [1, 10], [2, 2], [2, 20], [3, 3], [3, 30]])
        let c = try db.execute("MATCH (a:P) WHERE a.i <= 3 WITH collect(a.i) AS xs UNWIND xs AS x RETURN x")
        #expect(c.rows == [[1], [2], [3]])
    }
}

/// A final CREATE streams only when nothing read before it could see its writes.
@Suite struct StreamingWritesTests {
    func plan(_ db: Database, _ q: String) throws -> String { try db.execute("EXPLAIN " + q).plan ?? "" }

    @Test func streamsWhenReadsCannotSeeTheWrites() throws {
        let db = Database()
        try db.execute("CREATE INDEX FOR (p:P) ON (p.id)")
        for q in ["UNWIND range(1, 3) AS i CREATE (:P {id: i})",
                  "MATCH (a:P {id: 1}), (b:P {id: 2}) CREATE (a)-[:T]->(b)",
                  "MATCH (a:P)-[:T]->(b) CREATE (a)-[:U]->(b)",
                  "MATCH (a:P) WITH count(a) AS n CREATE (:P {id: n})"] {
            #expect(try plan(db, q).contains("Create(streaming)"), "\(q)")
        }
        for q in ["MATCH (a:P) CREATE (:P)", "MATCH (a) CREATE ()", "MATCH (a:P)-[:T]->(b) CREATE (a)-[:T]->(b)",
                  "MATCH (a)-->(b) CREATE (a)-[:U]->(b)", "MATCH (a:P {id: 1}) CREATE (:P {id: 1})",
                  "MATCH (a:P) WHERE size([(a)-->() | 1]) = 0 CREATE (:Q)",
                  "UNWIND [1] AS x CREATE (:P) RETURN x"] {
            #expect(!(try plan(db, q).contains("Create(streaming)")), "\(q)")
        }
    }

    @Test func sameResultsAsEager() throws {
        let db = Database()
        try db.execute("UNWIND range(1, 4) AS i CREATE (:P {id: i})")
        // Reads that could see the writes stay eager: each matched row creates exactly once.
        try db.execute("MATCH (a:P) CREATE (:P {id: a.id + 10})")
        #expect(try db.execute("MATCH (a:P) RETURN count(a)").rows == [[8]])
        try db.execute("MATCH (a:P), (b:P) WHERE b.id = a.id + 10 CREATE (a)-[:T]->(b)")
        try db.execute("MATCH (a:P)-[:T]->(b) CREATE (a)-[:T]->(b)")
        #expect(try db.execute("MATCH ()-[r:T]->() RETURN count(r)").rows == [[8]])
        try db.execute("MATCH (a:P)-[:T]->(b) CREATE (b)-[:U]->(a)")
        #expect(try db.execute("MATCH ()-[r:U]->() RETURN count(r)").rows == [[8]])
        // A failing row rolls back every streamed row.
        #expect(throws: DossierError.self) { try db.execute("UNWIND [1, 2, 0] AS x CREATE (:Z {v: 1 / x})") }
        #expect(try db.execute("MATCH (z:Z) RETURN count(z)").rows == [[0]])
    }
}

/// `GraphStore.nodeBits` always mirrors the records (alive flag and labels).
@Suite struct NodeBitsTests {
    static func check(_ s: GraphStore, sourceLocation: Testing.SourceLocation = #_sourceLocation) {
        #expect(s.nodeBits.count == s.nodes.count, sourceLocation: sourceLocation)
        for (i, n) in s.nodes.enumerated() where i < s.nodeBits.count {
            var want: UInt64 = n.alive ? GraphStore.aliveBit : 0
            if n.alive { for l in n.labels where l < 63 { want |= 1 << UInt64(l) } }
            #expect(s.nodeBits[i] == want, "node \(i)", sourceLocation: sourceLocation)
        }
    }

    @Test func followsWritesRollbacksAndReload() throws {
        let db = Database()
        try db.execute("UNWIND range(1, 20) AS i CREATE (n:A {i: i}) SET n:B")
        try db.execute("MATCH (n:A) WHERE n.i % 3 = 0 REMOVE n:A SET n:C")
        try db.execute("MATCH (n) WHERE n.i % 5 = 0 DETACH DELETE n")
        Self.check(db.store)
        try db.begin()
        try db.execute("MATCH (n:B) WHERE n.i < 10 DETACH DELETE n")
        try db.execute("CREATE (:X:Y:Z)")
        try db.execute("MATCH (n:C) SET n:D REMOVE n:B")
        Self.check(db.store)
        try db.rollback()
        Self.check(db.store)
        #expect(throws: DossierError.self) { try db.execute("MATCH (n:A) SET n:Q WITH n RETURN 1 / 0") }
        Self.check(db.store)
        #expect(try db.execute("MATCH (n:B) WHERE n:A RETURN count(n)").rows == [[11]])
        // Labels beyond the 63 that have bits.
        for i in 0..<70 { try db.execute("CREATE (:L\(i))") }
        try db.execute("MATCH (n:L65) SET n:L2")
        #expect(try db.execute("MATCH (n) WHERE n:L65 AND n:L2 RETURN count(n)").rows == [[1]])
        Self.check(db.store)
        // A snapshot load builds them too.
        let path = StorageTestSupport.scratchPath("bits")
        defer { StorageTestSupport.remove(path) }
        let disk = try Database.open(path: path)
        try disk.execute("UNWIND range(1, 9) AS i CREATE (n:A {i: i})")
        try disk.execute("MATCH (n:A {i: 3}) DELETE n")
        try disk.close()
        let again = try Database.open(path: path)
        Self.check(again.store)
        try again.close()
    }
}

/// Variable-length patterns followed only by DISTINCT / DISTINCT aggregates are matched
/// breadth-first; the distinct end nodes must be exactly those path enumeration finds,
/// including the start node (reachable only through a closed trail).
@Suite struct BreadthFirstVarLengthTests {
    @Test func sameEndNodesAsPathEnumeration() throws {
        var rng = SplitMix(seed: 11)
        for graph in 0..<6 {
            let db = Database()
            let n = 6 + Int(rng.next() % 6)
            try db.execute("UNWIND range(0, $n - 1) AS i CREATE (:N {i: i})", parameters: ["n": .int(Int64(n))])
            var edges: [Value] = []
            for _ in 0..<(n + Int(rng.next() % UInt64(2 * n))) {
                let a = Int64(rng.next() % UInt64(n)), b = Int64(rng.next() % UInt64(n))  // self-loops, parallels
                edges.append([.int(a), .int(b), .int(Int64(rng.next() % 2))])
            }
            try db.execute("""
                UNWIND $edges AS e MATCH (a:N {i: e[0]}), (b:N {i: e[1]})
                FOREACH (_ IN CASE WHEN e[2] = 0 THEN [1] ELSE [] END | CREATE (a)-[:R]->(b))
                FOREACH (_ IN CASE WHEN e[2] = 1 THEN [1] ELSE [] END | CREATE (a)-[:S]->(b))
                """, parameters: ["edges": .list(edges)])
            for pattern in ["-[:R*1..3]-", "-[:R*..2]->", "<-[:R*1..4]-", "-[*0..2]-", "-[:R|S*1..3]->", "-[:R*]-", "-[*1..1]-"] {
                for s in 0..<n {
                    let fast = "MATCH (a:N {i: $s})\(pattern)(b) RETURN collect(DISTINCT b.i) AS xs"
                    let slow = "MATCH p = (a:N {i: $s})\(pattern)(b) RETURN collect(DISTINCT b.i) AS xs"
                    let x = try db.execute(fast, parameters: ["s": .int(Int64(s))]).rows
                    let y = try db.execute(slow, parameters: ["s": .int(Int64(s))]).rows
                    func sorted(_ r: [[Value]]) -> [Int64] {
                        guard case .list(let l)? = r.first?.first else { return [] }
                        return l.compactMap { if case .int(let i) = $0 { i } else { nil } }.sorted()
                    }
                    #expect(sorted(x) == sorted(y), "graph \(graph), start \(s): \(pattern)")
                }
            }
            #expect((try db.execute("EXPLAIN MATCH (a:N)-[:R*1..3]-(b) RETURN count(DISTINCT b)").plan ?? "").contains("BFS"))
            #expect(!(try db.execute("EXPLAIN MATCH (a:N)-[:R*1..3]-(b) RETURN count(b)").plan ?? "").contains("BFS"))
            #expect(!(try db.execute("EXPLAIN MATCH (a:N)-[:R*2..3]-(b) RETURN DISTINCT b").plan ?? "").contains("BFS"))
        }
    }
}
