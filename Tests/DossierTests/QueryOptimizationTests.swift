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
