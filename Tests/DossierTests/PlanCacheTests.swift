import Foundation
import Testing
@testable import Dossier

/// The plan cache: reuse with new parameter values, invalidation on schema change and on
/// missing parameters, and what is never cached.
@Suite struct PlanCacheTests {
    @Test func reusesPlansWithNewParameterValues() throws {
        let db = Database()
        try db.execute("UNWIND range(1, 50) AS i CREATE (:N {i: i})")
        let q = "MATCH (n:N) WHERE n.i > $min RETURN count(n) AS c"
        #expect(try db.execute(q, parameters: ["min": 10]).rows == [[40]])
        #expect(db.planCache.plan(for: q, parameters: ["min": 1], store: db.store) != nil)
        #expect(try db.execute(q, parameters: ["min": 45]).rows == [[5]])
        #expect(try db.execute(q, parameters: ["min": "x"]).rows == [[0]])
        // A missing parameter is still reported.
        #expect(throws: DossierError.self) { try db.execute(q) }
        // Writes through a cached plan.
        let w = "CREATE (:N {i: $i})"
        try db.execute(w, parameters: ["i": 100])
        try db.execute(w, parameters: ["i": 101])
        #expect(try db.execute(q, parameters: ["min": 99]).rows == [[2]])
    }

    @Test func schemaChangesDropPlans() throws {
        let db = Database()
        try db.execute("UNWIND range(1, 50) AS i CREATE (:N {i: i})")
        let q = "MATCH (n:N {i: $i}) RETURN n.i"
        #expect(try db.execute(q, parameters: ["i": 7]).rows == [[7]])
        try db.execute("CREATE INDEX FOR (n:N) ON (n.i)")
        #expect(db.planCache.plan(for: q, parameters: ["i": 7], store: db.store) == nil)
        #expect(try db.execute(q, parameters: ["i": 8]).rows == [[8]])
        try db.execute("DROP INDEX index_N_i")
        #expect(db.planCache.plan(for: q, parameters: ["i": 7], store: db.store) == nil)
        #expect(try db.execute(q, parameters: ["i": 9]).rows == [[9]])
    }

    @Test func notCached() throws {
        let db = Database()
        try db.execute("EXPLAIN RETURN 1")
        try db.execute("PROFILE RETURN 2")
        try db.execute("CALL db.labels()")
        #expect(db.planCache.plan(for: "EXPLAIN RETURN 1", parameters: [:], store: db.store) == nil)
        #expect(db.planCache.plan(for: "PROFILE RETURN 2", parameters: [:], store: db.store) == nil)
        #expect(db.planCache.plan(for: "CALL db.labels()", parameters: [:], store: db.store) == nil)
    }

    @Test func aFailedRunLeavesAReusablePlan() throws {
        let db = Database()
        let q = "UNWIND $xs AS x RETURN 10 / x AS y"
        #expect(throws: DossierError.self) { try db.execute(q, parameters: ["xs": [1, 0]]) }
        #expect(try db.execute(q, parameters: ["xs": [2, 5]]).rows == [[5], [2]])
    }

    @Test func shortQueriesAreCheapWhenCached() throws {
        let db = Database()
        try db.execute("CREATE INDEX FOR (n:N) ON (n.i)")
        try db.execute("UNWIND range(1, 1000) AS i CREATE (:N {i: i})")
        let q = "MATCH (n:N {i: $i}) RETURN n.i AS i"
        _ = try db.execute(q, parameters: ["i": 1])
        let clock = ContinuousClock()
        let runs = 2000
        let t = clock.measure {
            for i in 0..<runs { _ = try? db.execute(q, parameters: ["i": .int(Int64(i % 1000))]) }
        }
        // Loose bound (debug builds, shared machines): well under a millisecond per query.
        #expect(t / runs < .milliseconds(1), "\(t / runs) per query")
    }
}
