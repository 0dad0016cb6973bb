import Foundation
import Testing
@testable import Dossier

@Suite struct EngineFeatureTests {
    @Test func shortestPaths() throws {
        let db = Database()
        try run(db, """
            CREATE (a:N {k: 'a'})-[:R]->(b:N {k: 'b'})-[:R]->(c:N {k: 'c'})-[:R]->(d:N {k: 'd'}),
                   (a)-[:R]->(x:N {k: 'x'})-[:R]->(d), (a)-[:R]->(y:N {k: 'y'})-[:R]->(d)
            """)
        var r = try run(db, "MATCH (a {k: 'a'}), (d {k: 'd'}) MATCH p = shortestPath((a)-[*]->(d)) RETURN length(p)")
        #expect(r.rows == [[2]])
        r = try run(db, "MATCH (a {k: 'a'}), (d {k: 'd'}) MATCH p = allShortestPaths((a)-[*]->(d)) RETURN count(p)")
        #expect(r.rows == [[2]])
        r = try run(db, "MATCH p = shortestPath((a {k: 'a'})-[*..1]->(d {k: 'd'})) RETURN p")
        #expect(r.rows.isEmpty)
    }

    @Test func patternExpressions() throws {
        let db = Database()
        try run(db, "CREATE (a:A {n: 1})-[:R]->(:B {n: 2}), (:A {n: 3})")
        var r = try run(db, "MATCH (a:A) WHERE (a)-[:R]->() RETURN a.n")
        #expect(r.rows == [[1]])
        r = try run(db, "MATCH (a:A) RETURN a.n, [(a)-->(b) | b.n] AS ns ORDER BY a.n")
        #expect(r.rows == [[1, [2]], [3, []]])
        r = try run(db, "MATCH (a:A) WHERE exists { MATCH (a)-->(b) WHERE b.n > 1 } RETURN a.n")
        #expect(r.rows == [[1]])
        r = try run(db, "MATCH (a:A) WHERE NOT exists((a)-->()) RETURN a.n")
        #expect(r.rows == [[3]])
    }

    @Test func namedPathsAndVariableLength() throws {
        let db = Database()
        try run(db, "CREATE (:S {n: 0})-[:R]->({n: 1})-[:R]->({n: 2})")
        var r = try run(db, "MATCH p = (:S)-[*0..]->(x) RETURN length(p), x.n ORDER BY x.n")
        #expect(r.rows == [[0, 0], [1, 1], [2, 2]])
        r = try run(db, "MATCH (x {n: 2})<-[rs*]-(s:S) RETURN size(rs)")
        #expect(r.rows == [[2]])
        r = try run(db, "MATCH p = (x {n: 2})<-[*]-(s:S) RETURN [n IN nodes(p) | n.n]")
        #expect(r.rows == [[[2, 1, 0]]])
    }

    @Test func foreachAndMergeRelationships() throws {
        let db = Database()
        try run(db, "CREATE (:A), (:B)")
        try run(db, "MATCH (a:A), (b:B) FOREACH (i IN range(1, 3) | MERGE (a)-[:R {i: i % 2}]->(b))")
        #expect(db.relationshipCount == 2)
        let r = try run(db, "MATCH (:A)-[r:R]->(:B) RETURN r.i ORDER BY r.i")
        #expect(r.rows == [[0], [1]])
    }

    @Test func setPropertiesFromMaps() throws {
        let db = Database()
        try run(db, "CREATE (n:N {a: 1, b: 2})")
        try run(db, "MATCH (n:N) SET n += {b: null, c: 3}")
        var r = try run(db, "MATCH (n:N) RETURN properties(n)")
        #expect(r.rows == [[["a": 1, "c": 3]]])
        try run(db, "MATCH (n:N) SET n = {z: 9, y: null}")
        r = try run(db, "MATCH (n:N) RETURN properties(n)")
        #expect(r.rows == [[["z": 9]]])
        #expect(error(db, "MATCH (n:N) SET n.m = [{x: 1}]")?.code == .invalidPropertyType)
    }

    @Test func cancellationStopsALongQuery() throws {
        let db = Database()
        let done = DispatchSemaphore(value: 0)
        nonisolated(unsafe) var caught: DossierError?
        let thread = Thread {
            caught = error(db, "UNWIND range(1, 4000000) AS x WITH x WHERE x % 7 = 0 UNWIND range(1, 1000) AS y RETURN count(*)")
            done.signal()
        }
        thread.start()
        Thread.sleep(forTimeInterval: 0.2)
        let t0 = Date()
        db.cancel()
        #expect(done.wait(timeout: .now() + 5) == .success)
        #expect(Date().timeIntervalSince(t0) < 2)
        #expect(caught?.code == .cancelled)
    }

    @Test func catastrophicRegexEndsQuickly() throws {
        let db = Database()
        let clock = ContinuousClock()
        let t = clock.measure {
            _ = error(db, "RETURN 'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa!' =~ '(a+)+$'")
        }
        #expect(t < .seconds(5))
    }

    @Test func compileErrorLocationPointsAtToken() throws {
        let db = Database()
        let e = error(db, "MATCH (n)\nRETURN n, missing")
        #expect(e?.code == .undefinedVariable)
        #expect(e?.location?.line == 2)
        #expect(e?.location?.column == 11)
        #expect(e?.phase == .compileTime)
    }

    @Test func notSupportedNamesTheConstruct() throws {
        let db = Database()
        let e = error(db, "CALL { RETURN 1 AS x } RETURN x")
        #expect(e?.kind == .notSupported)
        #expect(e?.message.contains("CALL") == true)
        #expect(error(db, "LOAD CSV FROM 'file:///x.csv' AS row RETURN row")?.code == .loadCSVError)
    }
}

@Suite struct EngineDepthTests {
    @Test func longQueriesRunOrFailCleanly() throws {
        let db = Database()
        // Just under the plan-depth limit: must run (on a test thread's stack).
        let ok = "CREATE (n0)" + (1..<990).map { " CREATE (n\($0))" }.joined() + " RETURN 1 AS x"
        #expect(try run(db, ok).rows == [[1]])
        let tooLong = "CREATE (n0)" + (1..<3000).map { " CREATE (n\($0))" }.joined()
        #expect(error(db, tooLong)?.code == .nestingTooDeep)
        let chain = "MATCH (a0)" + (1..<400).map { "-->(a\($0))" }.joined() + " RETURN count(*)"
        #expect(try run(db, chain).rows == [[0]])
    }
}

@Suite struct EngineIndexTests {
    @Test func indexSeekIsUsedAndCorrect() throws {
        let db = Database()
        try run(db, "UNWIND range(1, 100) AS i CREATE (:P {id: i, name: 'p' + i})")
        try db.store.createIndex(name: nil, label: "P", key: "id", unique: false)
        let plan = try run(db, "EXPLAIN MATCH (n:P {id: 5}) RETURN n.name").plan ?? ""
        #expect(plan.contains("NodeIndexSeek"))
        #expect(try run(db, "MATCH (n:P {id: 5}) RETURN n.name").rows == [["p5"]])
        #expect(try run(db, "MATCH (n:P) WHERE n.id = 7.0 RETURN n.name").rows == [["p7"]])
        #expect(try run(db, "MATCH (n:P) WHERE n.id IN [1, 3, null] RETURN n.name ORDER BY n.name").rows == [["p1"], ["p3"]])
        #expect(try run(db, "UNWIND [2, 4] AS x MATCH (n:P) WHERE n.id = x RETURN n.name").rows == [["p2"], ["p4"]])
        #expect(try run(db, "MATCH (n:P {id: null}) RETURN n").rows.isEmpty)
        try run(db, "MATCH (n:P {id: 5}) SET n.id = 500")
        #expect(try run(db, "MATCH (n:P {id: 500}) RETURN n.name").rows == [["p5"]])
    }
}

@Suite struct EngineProcedureTests {
    @Test func builtinAndRegisteredProcedures() throws {
        let db = Database()
        try run(db, "CREATE (:A {x: 1})-[:R]->(:B)")
        #expect(try run(db, "CALL db.labels() YIELD label RETURN label ORDER BY label").rows == [["A"], ["B"]])
        #expect(try run(db, "CALL db.relationshipTypes()").rows == [["R"]])
        let sig = try ProcedureSignature(parsing: "my.double(x :: INTEGER?) :: (y :: INTEGER?)")
        db.procedures.register(Procedure(signature: sig) { args, _ in
            guard case .int(let x) = args[0] else { return [[.null]] }
            return [[.int(x * 2)]]
        })
        #expect(try run(db, "UNWIND [1, 2] AS v CALL my.double(v) YIELD y RETURN y").rows == [[2], [4]])
        #expect(try run(db, "CALL my.double", ["x": 21]).rows == [[42]])
        #expect(error(db, "CALL my.double('a')")?.code == .invalidArgumentType)
        #expect(error(db, "CALL nope.nothing()")?.code == .procedureNotFound)
    }
}

@Suite struct EnginePlanReuseTests {
    @Test func aPlanRunsAgainWithOtherParameters() throws {
        let db = Database()
        try run(db, "UNWIND range(1, 5) AS i CREATE (:N {i: i})")
        let statement = try Parser.parse("MATCH (n:N) WHERE n.i >= $min WITH n ORDER BY n.i DESC LIMIT 2 RETURN collect(n.i) AS c, count(*) AS k",
                                         options: db.options)
        guard case .query(let q) = statement else { Issue.record("not a query"); return }
        func context(_ params: [String: Value]) -> ExecutionContext {
            ExecutionContext(store: db.store, parameters: params, options: db.options, cancellation: db.cancellation, source: "")
        }
        let planned = try QueryExecutor.plan(q, context: context(["min": 1]))
        let a = try QueryExecutor.run(planned, context: context(["min": 1]), profile: false)
        let b = try QueryExecutor.run(planned, context: context(["min": 5]), profile: false)
        let c = try QueryExecutor.run(planned, context: context(["min": 1]), profile: true)
        #expect(a.rows == [[[5, 4], 2]])
        #expect(b.rows == [[[5], 1]])
        #expect(c.rows == a.rows)
    }
}
