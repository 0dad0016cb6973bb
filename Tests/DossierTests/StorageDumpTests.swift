import Foundation
import Testing
@testable import Dossier

@Suite struct StorageDumpTests {
    /// Runs a script statement by statement.
    static func load(_ script: String, into db: Database) throws {
        let (statements, rest) = ScriptSplitter.split(script)
        #expect(rest.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty)
        for s in statements { try db.execute(s.text) }
    }

    /// Every node and relationship described without ids (labels sorted, properties sorted,
    /// floats by bit pattern), sorted: equal for graphs equal up to renumbering.
    static func shape(_ db: Database) -> [String] {
        db.read { s in
            func props(_ ps: [Property]) -> String {
                ps.map { "\(s.keys.name($0.key))=\(StorageTestSupport.describe($0.value, anyNaN: true))" }.sorted().joined(separator: ",")
            }
            func node(_ id: Int) -> String {
                let n = s.nodes[id]
                return "(" + n.labels.map { s.labels.name($0) }.sorted().joined(separator: ":") + " " + props(n.properties) + ")"
            }
            var out = s.allNodeIDs().map(node)
            for id in s.allRelationshipIDs() {
                let r = s.relationships[id]
                out.append(node(r.start) + "-[" + s.types.name(r.type) + " " + props(r.properties) + "]->" + node(r.end))
            }
            return out.sorted()
        }
    }

    static func richGraph() throws -> Database {
        let db = Database()
        try db.write { s in
            let person = s.labelID("Person"), org = s.labelID("Organization"), odd = s.labelID("odd label `x`")
            let kw = s.labelID("MATCH"), uni = s.labelID("Λabel")
            let k = { (n: String) in s.keyID(n) }
            let values: [(String, Value)] = [
                ("int", .int(42)), ("min", .int(.min)), ("max", .int(.max)), ("neg", .int(-7)),
                ("float", .float(0.1)), ("third", .float(1.0 / 3)), ("big", .float(1e300)), ("tiny", .float(.leastNonzeroMagnitude)),
                ("negzero", .float(-0.0)), ("nan", .float(.nan)), ("inf", .float(.infinity)), ("ninf", .float(-.infinity)),
                ("whole", .float(100)), ("sci", .float(1.5e-7)),
                ("t", .bool(true)), ("f", .bool(false)),
                ("empty", .string("")), ("quote", .string("it's \"quoted\" \\ back\\slash")),
                ("ctrl", .string("tab\tnl\ncr\r nul\u{0} del\u{7F} esc\u{1B}")),
                ("unicode", .string("Ελληνικά, 日本語, emoji 👩‍🔬, combining e\u{301}, RTL שלום")),
                // Property values are scalars and lists of scalars (the engine refuses maps and
                // nested lists); the nesting is in the dump itself: rows are maps holding lists.
                ("emptyList", .list([])), ("list", .list([1, 2.5, "x", .bool(false), .float(.nan), .float(-0.0), .int(.min), ""])),
                ("key with spaces", "v"), ("`backtick`", "w"), ("MATCH", "keyword key"),
            ]
            let a = s.createNode(labels: [person, org], properties: values.map { Property(key: k($0.0), value: $0.1) })
            let b = s.createNode(labels: [odd, kw, uni], properties: [Property(key: k("name"), value: "b")])
            let c = s.createNode(labels: [], properties: [])
            let d = s.createNode(labels: [org], properties: [Property(key: k("name"), value: "")])
            let knows = s.typeID("KNOWS"), weird = s.typeID("has space"), selfT = s.typeID("SELF")
            s.createRelationship(type: knows, start: a, end: b, properties: [Property(key: k("since"), value: 2019)])
            s.createRelationship(type: knows, start: a, end: b, properties: [Property(key: k("since"), value: 2020)])  // parallel
            s.createRelationship(type: knows, start: a, end: b, properties: [Property(key: k("since"), value: 2020)])  // identical parallel
            s.createRelationship(type: selfT, start: c, end: c, properties: [])  // self-loop
            s.createRelationship(type: weird, start: d, end: a, properties: values.prefix(12).map { Property(key: k($0.0), value: $0.1) })
            // A deleted node and relationship leave gaps in the ids.
            let gone = s.createNode(labels: [person], properties: [])
            let r = s.createRelationship(type: knows, start: gone, end: a, properties: [])
            s.deleteRelationship(r)
            s.deleteNode(gone)
            s.createNode(labels: [person], properties: [Property(key: k("name"), value: "after gap")])
        }
        return db
    }

    @Test func roundTripIsByteIdentical() throws {
        let db = try Self.richGraph()
        let first = db.dump()
        #expect(db.dump() == first)
        let loaded = Database()
        try Self.load(first, into: loaded)
        #expect(Self.shape(loaded) == Self.shape(db))
        #expect(loaded.nodeCount == db.nodeCount && loaded.relationshipCount == db.relationshipCount)
        let second = loaded.dump()
        #expect(second == first)
        if second != first {
            let a = first.split(separator: "\n"), b = second.split(separator: "\n")
            if let i = zip(a, b).enumerated().first(where: { $0.element.0 != $0.element.1 })?.offset {
                Issue.record("first difference at line \(i + 1):\n\(a[i])\n\(b[i])")
            }
        }
        // No temporary key is left behind.
        #expect(!loaded.read { s in s.nodes.contains { n in n.alive && n.properties.contains { s.keys.name($0.key) == "__dump_id" } } })
    }

    @Test func dumpIsIndependentOfInterningAndPropertyOrder() throws {
        let a = Database(), b = Database()
        try a.execute("CREATE (:B:A {y: 1, x: 2})-[:T]->(:A)")
        try b.execute("CREATE (:A)")  // interns A first
        try b.execute("MATCH (n) DELETE n")
        try b.execute("CREATE (n:A:B) SET n.x = 2, n.y = 1 CREATE (n)-[:T]->(:A)")
        // The node ids differ (b has a gap) but the graphs are equal, so the dumps are too.
        #expect(a.dump() == b.dump())
    }

    @Test func emptyGraphAndDumpKeyCollision() throws {
        let empty = Database()
        #expect(empty.dump() == "// Dossier dump: 0 nodes, 0 relationships. Run it in an empty database.\n")
        let db = Database()
        try db.execute("CREATE (:X {__dump_id: 'mine'})-[:R]->(:Y {__dump_id_2: 5})")
        let script = db.dump()
        #expect(script.contains("__dump_id_3"))
        let loaded = Database()
        try Self.load(script, into: loaded)
        #expect(Self.shape(loaded) == Self.shape(db))
        #expect(loaded.dump() == script)
    }

    @Test func largeGraphUsesFewStatements() throws {
        let db = Database()
        try db.write { s in
            let l = s.labelID("N"), t = s.typeID("E"), k = s.keyID("i")
            var ids: [NodeID] = []
            for i in 0..<3000 { ids.append(s.createNode(labels: [l], properties: [Property(key: k, value: .int(Int64(i)))])) }
            for i in 0..<6000 { s.createRelationship(type: t, start: ids[i % 3000], end: ids[(i * 7) % 3000], properties: []) }
        }
        let script = db.dump()
        let loaded = Database()
        try Self.load(script, into: loaded)
        #expect(Self.shape(loaded) == Self.shape(db))
        #expect(loaded.dump() == script)
    }

    @Test func openedDatabaseDumpsTheSame() throws {
        let path = StorageTestSupport.scratchPath()
        defer { StorageTestSupport.remove(path) }
        let db = try Database.open(path: path)
        let rich = try Self.richGraph()
        try Self.load(rich.dump(), into: db)
        let before = db.dump()
        try db.close()
        let reopened = try Database.open(path: path)
        #expect(reopened.dump() == before)
        try reopened.close()
    }
}
