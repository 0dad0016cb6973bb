import Testing
@testable import Dossier

/// Runs `query` and returns its rows (failing the test on error).
@discardableResult
func run(_ db: Database, _ query: String, _ params: [String: Value] = [:]) throws -> QueryResult {
    try db.execute(query, parameters: params)
}

/// The error a query raises, or nil.
func error(_ db: Database, _ query: String, _ params: [String: Value] = [:]) -> DossierError? {
    do {
        _ = try db.execute(query, parameters: params)
        return nil
    } catch {
        return error
    }
}

@Suite struct EngineReadTests {
    @Test func returnLiterals() throws {
        let db = Database()
        let r = try run(db, "RETURN 1 AS a, 'x' AS b, [1, 2] AS c, null AS d")
        #expect(r.columns == ["a", "b", "c", "d"])
        #expect(r.rows == [[1, "x", [1, 2], nil]])
    }

    @Test func columnNamesUseSourceText() throws {
        let db = Database()
        let r = try run(db, "UNWIND [1, 2] AS x RETURN cOuNt( * ), x + 1")
        #expect(r.columns == ["cOuNt( * )", "x + 1"])
    }

    @Test func matchShapes() throws {
        let db = Database()
        try run(db, "CREATE (a:Person {name: 'A'})-[:KNOWS {since: 1}]->(b:Person {name: 'B'})-[:KNOWS]->(c:Person {name: 'C'})")
        var r = try run(db, "MATCH (a:Person)-[:KNOWS]->(b) RETURN a.name, b.name ORDER BY a.name")
        #expect(r.rows == [["A", "B"], ["B", "C"]])
        r = try run(db, "MATCH (a)<-[:KNOWS]-(b) RETURN a.name ORDER BY a.name")
        #expect(r.rows == [["B"], ["C"]])
        r = try run(db, "MATCH (a)--(b) RETURN count(*)")
        #expect(r.rows == [[4]])
        r = try run(db, "MATCH (a {name: 'A'})-[*]->(x) RETURN x.name ORDER BY x.name")
        #expect(r.rows == [["B"], ["C"]])
        r = try run(db, "MATCH p = (a {name: 'A'})-[*2]->(x) RETURN length(p), x.name")
        #expect(r.rows == [[2, "C"]])
        r = try run(db, "MATCH (a)-[r]->(b), (b)-[s]->(c) RETURN a.name, c.name")
        #expect(r.rows == [["A", "C"]])
    }

    @Test func optionalMatch() throws {
        let db = Database()
        try run(db, "CREATE (:Single), (:Other)")
        var r = try run(db, "MATCH (n:Single) OPTIONAL MATCH (n)-[r]-(m) WHERE m:NonExistent RETURN r")
        #expect(r.rows == [[nil]])
        r = try run(db, "OPTIONAL MATCH (n:Nope) RETURN n")
        #expect(r.rows == [[nil]])
    }

    @Test func aggregationGrouping() throws {
        let db = Database()
        try run(db, "UNWIND [1, 1, 2, null] AS x CREATE ({num: x})")
        var r = try run(db, "MATCH (a) WITH a.num AS k, count(*) AS c RETURN k, c ORDER BY k")
        #expect(r.rows == [[1, 2], [2, 1], [nil, 1]])
        r = try run(db, "MATCH (a) RETURN count(a.num), sum(a.num), avg(a.num), collect(DISTINCT a.num)")
        #expect(r.rows[0][0] == 3)
        #expect(r.rows[0][1] == 4)
        r = try run(db, "MATCH (a:Nope) RETURN count(a) > 0")
        #expect(r.rows == [[false]])
        r = try run(db, "MATCH (a:Nope) RETURN a.x, count(*)")
        #expect(r.rows.isEmpty)
    }

    @Test func orderingSkipLimit() throws {
        let db = Database()
        let r = try run(db, "UNWIND [3, 1, null, 2] AS x RETURN x ORDER BY x DESC SKIP 1 LIMIT 2")
        #expect(r.rows == [[3], [2]])
        let t = try run(db, "UNWIND [3, 1, 2] AS x RETURN x ORDER BY x LIMIT 2")
        #expect(t.rows == [[1], [2]])
    }

    @Test func withScoping() throws {
        let db = Database()
        try run(db, "CREATE ({name2: 'A'}), ({name2: 'B'})")
        let r = try run(db, "MATCH (a) WITH a.name2 AS name WHERE a.name2 = 'B' RETURN *")
        #expect(r.rows == [["B"]])
        #expect(error(db, "MATCH (a) WITH a.name2 AS name RETURN a")?.code == .undefinedVariable)
    }

    @Test func unionAndDistinct() throws {
        let db = Database()
        var r = try run(db, "RETURN 1 AS a UNION RETURN 1 AS a")
        #expect(r.rows == [[1]])
        r = try run(db, "RETURN 1 AS a UNION ALL RETURN 1 AS a")
        #expect(r.rows == [[1], [1]])
        r = try run(db, "UNWIND [null, null, 1] AS x RETURN DISTINCT x")
        #expect(r.rows.count == 2)
    }
}

@Suite struct EngineWriteTests {
    @Test func createSetRemoveDelete() throws {
        let db = Database()
        var r = try run(db, "CREATE (n:N {num: 42, gone: null}) RETURN n.num")
        #expect(r.rows == [[42]])
        #expect(r.statistics.nodesCreated == 1)
        #expect(r.statistics.propertiesSet == 1)
        try run(db, "MATCH (n:N) SET n.x = 1, n:M")
        r = try run(db, "MATCH (n:M) RETURN n.x")
        #expect(r.rows == [[1]])
        try run(db, "MATCH (n:N) REMOVE n.x, n:M")
        r = try run(db, "MATCH (n:N) RETURN n.x, labels(n)")
        #expect(r.rows == [[nil, ["N"]]])
        try run(db, "MATCH (n) DETACH DELETE n")
        #expect(db.nodeCount == 0)
    }

    @Test func writesAreEagerUnderLimit() throws {
        let db = Database()
        let r = try run(db, "UNWIND [1, 2, 3] AS x CREATE (n:N {num: x}) RETURN n LIMIT 0")
        #expect(r.rows.isEmpty)
        #expect(db.nodeCount == 3)
    }

    @Test func atomicRollback() throws {
        let db = Database()
        #expect(error(db, "UNWIND [1, 2, 'x'] AS x CREATE (n {v: x}) WITH x RETURN x * 2") != nil)
        #expect(db.nodeCount == 0)
    }

    @Test func merge() throws {
        let db = Database()
        try run(db, "UNWIND [1, 1, 2] AS x MERGE (n:N {v: x}) ON CREATE SET n.created = true ON MATCH SET n.matched = true")
        #expect(db.nodeCount == 2)
        let r = try run(db, "MATCH (n:N {v: 1}) RETURN n.created, n.matched")
        #expect(r.rows == [[true, true]])
        #expect(error(db, "MERGE (n {v: null})")?.code == .mergeReadOwnWrites)
    }

    @Test func deleteConnectedNodeFails() throws {
        let db = Database()
        try run(db, "CREATE (a)-[:R]->(b)")
        #expect(error(db, "MATCH (a)-->() DELETE a")?.code == .deleteConnectedNode)
        try run(db, "MATCH (a)-[r]-(b) DELETE r, a, b")
        #expect(db.nodeCount == 0)
    }
}

@Suite struct EngineErrorTests {
    @Test func compileTimeErrors() throws {
        let db = Database()
        let cases: [(String, DossierError.Code)] = [
            ("RETURN x", .undefinedVariable),
            ("MATCH (a) CREATE (a)", .variableAlreadyBound),
            ("WITH 123 AS n MATCH (n) RETURN n", .variableTypeConflict),
            ("MATCH ()-[r]-(), ()-[r]-() RETURN r", .relationshipUniquenessViolation),
            ("MATCH (a) WHERE count(a) > 1 RETURN a", .invalidAggregation),
            ("RETURN count(count(*))", .nestedAggregation),
            ("MATCH (me), (you) RETURN me.age + count(you.age)", .ambiguousAggregationExpression),
            ("MATCH (a) WITH a, count(*) RETURN a", .noExpressionAlias),
            ("RETURN 1 AS a, 2 AS a", .columnNameConflict),
            ("RETURN 1 AS a UNION RETURN 2 AS b", .differentColumnsInUnion),
            ("RETURN *", .noVariablesInScope),
            ("CREATE ()-[:A*2]->()", .creatingVarLength),
            ("CREATE ()-[:A|B]->()", .noSingleRelationshipType),
            ("CREATE ()-[:A]-()", .requiresDirectedRelationship),
            ("MATCH (n $p) RETURN n", .invalidParameterUse),
            ("UNWIND [1] AS x RETURN x SKIP x", .nonConstantExpression),
            ("RETURN 1 LIMIT -1", .negativeIntegerArgument),
            ("RETURN 1 LIMIT 1.5", .invalidArgumentType),
            ("MATCH (n) DELETE n:Person", .invalidDelete),
            ("RETURN foo(1)", .unknownFunction),
            ("RETURN toUpper()", .invalidNumberOfArguments),
            ("RETURN NOT 0", .invalidArgumentType),
            ("RETURN $missing", .missingParameter),
        ]
        for (q, code) in cases {
            let e = error(db, q, q.contains("$p") ? ["p": ["a": 1]] : [:])
            #expect(e?.code == code, "\(q): \(String(describing: e))")
            #expect(e?.location != nil, "\(q) has no location")
        }
    }

    @Test func runtimeErrors() throws {
        let db = Database()
        #expect(error(db, "RETURN 1 LIMIT $n", ["n": -1])?.code == .negativeIntegerArgument)
        try run(db, "CREATE ({num: 1})")
        #expect(error(db, "MATCH (n) DELETE n RETURN n.num")?.code == .deletedEntityAccess)
    }
}

@Suite struct EngineLimitTests {
    @Test func hugeRangeEndsQuickly() throws {
        let db = Database()
        let clock = ContinuousClock()
        let t = clock.measure { _ = error(db, "RETURN range(1, 100000000)") }
        #expect(t < .seconds(5))
        let t2 = clock.measure { _ = error(db, "RETURN reduce(s = 0, x IN range(1, 10000000) | s + x)") }
        #expect(t2 < .seconds(5))
    }

    @Test func explainAndProfile() throws {
        let db = Database()
        try run(db, "CREATE (:A)-[:R]->(:B)")
        let e = try run(db, "EXPLAIN MATCH (a:A)-->(b) RETURN b")
        #expect(e.rows.isEmpty)
        #expect(e.plan?.contains("NodeByLabelScan") == true)
        let p = try run(db, "PROFILE MATCH (a:A)-->(b) RETURN b")
        #expect(p.rows.count == 1)
        #expect(p.plan?.contains("rows=") == true)
    }
}
