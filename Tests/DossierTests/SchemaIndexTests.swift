import Foundation
import Testing
@testable import Dossier

/// CREATE/DROP INDEX, uniqueness constraints, SHOW INDEXES, index seeks in plans, and
/// persistence of index definitions across restarts.
@Suite struct SchemaIndexTests {
    static func graph(_ db: Database) throws {
        try db.execute("UNWIND range(1, 300) AS i CREATE (:Person {id: i % 100, name: 'p' + toString(i)})")
        try db.execute("MATCH (a:Person), (b:Person) WHERE b.id = (a.id + 1) % 100 AND a.name < b.name CREATE (a)-[:KNOWS]->(b)")
    }

    static let queries = [
        "MATCH (p:Person {id: 7}) RETURN p.name ORDER BY p.name",
        "MATCH (p:Person) WHERE p.id IN [1, 2.0, null, 1] RETURN p.name ORDER BY p.name",
        "MATCH (p:Person) WHERE 3 = p.id RETURN p.name ORDER BY p.name",
        "MATCH (p:Person {id: 5})-[:KNOWS]->(q) RETURN p.name, q.name ORDER BY p.name, q.name",
        "UNWIND [1, 2, 3] AS x MATCH (p:Person {id: x}) RETURN x, count(p) ORDER BY x",
        "MATCH (p:Person) WHERE p.id = '7' RETURN count(p)",
        "MATCH (p:Person) WHERE p.id IN $ids RETURN p.name ORDER BY p.name",
    ]

    @Test func seekIsUsedAndGivesTheSameAnswers() throws {
        let plain = Database(), indexed = Database()
        try Self.graph(plain)
        try Self.graph(indexed)
        try indexed.execute("CREATE INDEX person_id FOR (p:Person) ON (p.id)")
        let params: [String: Value] = ["ids": [4, 99, 1000]]
        for q in Self.queries {
            #expect(try plain.execute(q, parameters: params).rows == indexed.execute(q, parameters: params).rows, "\(q)")
            let plan = try indexed.execute("EXPLAIN " + q, parameters: params).plan ?? ""
            #expect(plan.contains("NodeIndexSeek"), "\(q)\n\(plan)")
            #expect(!(try plain.execute("EXPLAIN " + q, parameters: params).plan ?? "").contains("NodeIndexSeek"))
        }
    }

    @Test func indexFollowsWrites() throws {
        let db = Database()
        try db.execute("CREATE INDEX FOR (p:Person) ON (p.id)")
        try db.execute("CREATE (:Person {id: 1, name: 'a'}), (:Person {id: 2, name: 'b'})")
        let q = "MATCH (p:Person {id: $id}) RETURN p.name"
        #expect(try db.execute(q, parameters: ["id": 1]).rows == [["a"]])
        try db.execute("MATCH (p:Person {id: 1}) SET p.id = 3")
        #expect(try db.execute(q, parameters: ["id": 1]).rows.isEmpty)
        #expect(try db.execute(q, parameters: ["id": 3]).rows == [["a"]])
        try db.execute("MATCH (p:Person {id: 3}) REMOVE p:Person")
        #expect(try db.execute(q, parameters: ["id": 3]).rows.isEmpty)
        try db.execute("MATCH (p {id: 3}) SET p:Person")
        #expect(try db.execute(q, parameters: ["id": 3]).rows == [["a"]])
        try db.execute("MATCH (p:Person {id: 2}) DELETE p")
        #expect(try db.execute(q, parameters: ["id": 2]).rows.isEmpty)
        // A failing statement's writes are rolled back from the index too.
        #expect(throws: DossierError.self) { try db.execute("CREATE (:Person {id: 9}) WITH 1 AS x RETURN 1 / 0") }
        #expect(try db.execute(q, parameters: ["id": 9]).rows.isEmpty)
    }

    @Test func schemaCommandsAndShowIndexes() throws {
        let db = Database()
        var r = try db.execute("CREATE INDEX idx FOR (n:Doc) ON (n.title)")
        #expect(r.statistics.indexesAdded == 1)
        r = try db.execute("CREATE CONSTRAINT doc_key FOR (n:Doc) REQUIRE n.key IS UNIQUE")
        #expect(r.statistics.constraintsAdded == 1)
        #expect(throws: DossierError.self) { try db.execute("CREATE INDEX idx FOR (n:Doc) ON (n.other)") }
        try db.execute("CREATE INDEX idx IF NOT EXISTS FOR (n:Doc) ON (n.title)")
        r = try db.execute("SHOW INDEXES")
        #expect(r.rows.map { $0[0] } == ["doc_key", "idx"])
        #expect(try db.execute("SHOW CONSTRAINTS").rows.map { $0[0] } == ["doc_key"])
        #expect(throws: DossierError.self) { try db.execute("DROP INDEX doc_key") }
        #expect(throws: DossierError.self) { try db.execute("DROP CONSTRAINT idx") }
        #expect(throws: DossierError.self) { try db.execute("DROP INDEX nope") }
        try db.execute("DROP INDEX nope IF EXISTS")
        #expect(try db.execute("DROP INDEX idx").statistics.indexesRemoved == 1)
        #expect(try db.execute("DROP CONSTRAINT doc_key").statistics.constraintsRemoved == 1)
        #expect(try db.execute("SHOW INDEXES").rows.isEmpty)
    }

    @Test func uniquenessViolationFailsAndRollsBack() throws {
        let db = Database()
        try db.execute("CREATE CONSTRAINT doc_key FOR (n:Doc) REQUIRE n.key IS UNIQUE")
        try db.execute("CREATE (:Doc {key: 'a'})")
        do {
            try db.execute("CREATE (:Doc {key: 'b'}), (:Doc {key: 'a'})")
            Issue.record("expected a violation")
        } catch {
            #expect(error.kind == .constraintVerificationFailed)
            #expect(error.code == .uniquenessViolation)
        }
        #expect(db.nodeCount == 1)
        // A duplicate that is resolved within the statement is fine.
        try db.execute("CREATE (d:Doc {key: 'a'}) SET d.key = 'c'")
        #expect(db.nodeCount == 2)
        // Adding the label later is checked too.
        try db.execute("CREATE (:Draft {key: 'c'})")
        #expect(throws: DossierError.self) { try db.execute("MATCH (d:Draft) SET d:Doc") }
        // A constraint cannot be created over existing duplicates.
        try db.execute("CREATE (:Note {n: 1}), (:Note {n: 1})")
        #expect(throws: DossierError.self) { try db.execute("CREATE CONSTRAINT FOR (n:Note) REQUIRE n.n IS UNIQUE") }
        #expect(try db.execute("SHOW CONSTRAINTS").rows.count == 1)
    }

    @Test func schemaChangesAreRefusedInsideTransactions() throws {
        let db = Database()
        try db.execute("CREATE INDEX keep FOR (n:A) ON (n.x)")
        try db.begin()
        #expect(throws: DossierError.self) { try db.execute("CREATE INDEX temp FOR (n:A) ON (n.y)") }
        #expect(throws: DossierError.self) { try db.execute("DROP INDEX keep") }
        #expect(try db.execute("SHOW INDEXES").rows.map { $0[0] } == ["keep"])
        try db.rollback()
    }

    @Test func indexesSurviveRestart() throws {
        let path = StorageTestSupport.scratchPath("indexes")
        defer { StorageTestSupport.remove(path) }
        var options = DatabaseOptions()
        options.synchronousCommits = false
        do {
            let db = try Database.open(path: path, options: options)
            try db.execute("CREATE INDEX person_id FOR (p:Person) ON (p.id)")
            try db.execute("CREATE CONSTRAINT person_key FOR (p:Person) REQUIRE p.key IS UNIQUE")
            try db.execute("CREATE INDEX gone FOR (p:Person) ON (p.x)")
            try db.execute("DROP INDEX gone")
            try db.execute("CREATE (:Person {id: 1, key: 'a'})")
            // Dropped without close(): the log alone must bring the indexes back.
        }
        do {
            let db = try Database.open(path: path, options: options)
            #expect(try db.execute("SHOW INDEXES").rows.map { $0[0] } == ["person_id", "person_key"])
            #expect((try db.execute("EXPLAIN MATCH (p:Person {id: 1}) RETURN p").plan ?? "").contains("NodeIndexSeek"))
            #expect(throws: DossierError.self) { try db.execute("CREATE (:Person {key: 'a'})") }
            try db.checkpoint()
            try db.close()
        }
        do {
            // From the snapshot.
            let db = try Database.open(path: path, options: options)
            #expect(try db.execute("SHOW INDEXES").rows.map { $0[0] } == ["person_id", "person_key"])
            #expect(try db.execute("MATCH (p:Person {id: 1}) RETURN p.key").rows == [["a"]])
            #expect(throws: DossierError.self) { try db.execute("CREATE (:Person {key: 'a'})") }
            try db.close()
        }
    }
}
