import Dossier
import Foundation

/// A random session on an on-disk database: generated statements interleaved with explicit
/// transactions (begin, commit, rollback), checkpoints (also automatic, with a tiny threshold)
/// and close-and-reopen. Besides "no crash", reopening must give back exactly the graph that
/// was committed.
public struct SessionFuzzer {
    public var random: FuzzRandom
    var generator: QueryGenerator
    let scratch: String

    public init(seed: UInt64, scratch: String) {
        random = FuzzRandom(seed: seed)
        generator = QueryGenerator(seed: seed ^ 0x5E55)
        generator.maxStressSize = 500
        self.scratch = scratch
    }

    /// The steps of one session, as text (statements, or `:begin`, `:commit`, `:rollback`,
    /// `:checkpoint`, `:reopen`).
    public mutating func nextInput() -> [String] {
        let writes = ["CREATE (:Person {name: 'n' + toString(rand()), age: 3})", "MATCH (n) WITH n LIMIT 2 DETACH DELETE n",
                      "MATCH (n) SET n.x = [1, 2], n:Extra", "MATCH (n:Person) REMOVE n.age, n:Person",
                      "MATCH (a), (b) WITH a, b LIMIT 3 CREATE (a)-[:R {w: -0.0, t: date('2020-02-29')}]->(b)",
                      "MATCH ()-[r]->() WITH r LIMIT 1 DELETE r", "UNWIND range(1, 30) AS i CREATE (:Bulk {i: i, s: 'ü' + i})",
                      "CREATE INDEX FOR (n:Person) ON (n.name)", "CREATE CONSTRAINT FOR (n:Bulk) REQUIRE n.i IS UNIQUE",
                      "DROP INDEX nosuch", "MATCH (n:Bulk) SET n.i = 1", "CREATE (:Odd {`k k`: 'x', nan: 0.0/0.0, big: 9223372036854775807})"]
        return (0..<random.int(3...25)).map { _ in
            switch random.below(100) {
            case 0..<35: return random.pick(writes)
            case 35..<70: return generator.statement()
            case 70..<78: return ":begin"
            case 78..<85: return ":commit"
            case 85..<90: return ":rollback"
            case 90..<95: return ":checkpoint"
            default: return ":reopen"
            }
        }
    }

    /// Every node and relationship with labels, type, ends and properties, in id order.
    /// (Property order is left out: a rolled-back REMOVE puts the property back at the end.)
    static func fingerprint(_ db: Database) -> String {
        let text = ValueText()
        func props(_ m: ValueMap) -> String {
            m.keys.sorted().map { "\($0): \(text.literal(m[$0] ?? .null))" }.joined(separator: ", ")
        }
        let nodes = db.allNodes().map { n in "\(n.id) \(n.labels.sorted()) {\(props(n.properties))}" }
        let rels = db.allRelationships().map { r in "\(r.id) \(r.type) \(r.start)->\(r.end) {\(props(r.properties))}" }
        return (nodes + rels).joined(separator: "\n")
    }

    /// Runs the steps; `nil` when all is well.
    public func run(_ steps: [String]) -> String? {
        let dir = scratch + "/session"
        try? FileManager.default.removeItem(atPath: dir)
        var options = QueryHarness.options()
        options.synchronousCommits = false
        options.checkpointThreshold = 2_048
        do {
            var db = try Database.open(path: dir, options: options)
            for step in steps {
                switch step {
                case ":begin": _ = try? db.begin()
                case ":commit": _ = try? db.commit()
                case ":rollback": _ = try? db.rollback()
                case ":checkpoint": _ = try? db.checkpoint()
                case ":reopen":
                    if db.inTransaction { try db.rollback() }
                    let before = Self.fingerprint(db)
                    try db.close()
                    db = try Database.open(path: dir, options: options)
                    let after = Self.fingerprint(db)
                    if before != after {
                        return "VIOLATION reopening changed the graph: \(before.count) → \(after.count) characters; first difference near: "
                            + String(zip(before, after).prefix { $0 == $1 }.count)
                    }
                default:
                    do { try db.execute(step) } catch {
                        if let v = QueryHarness.violation(of: error) { return "VIOLATION \(v): \(error)" }
                    }
                }
            }
            if db.inTransaction { try db.rollback() }
            let before = Self.fingerprint(db)
            try db.close()
            let again = try Database.open(path: dir, options: options)
            defer { try? again.close() }
            let after = Self.fingerprint(again)
            if after != before {
                let a = before.split(separator: "\n"), b = after.split(separator: "\n")
                let first = zip(a, b).first { $0 != $1 }.map { "\($0) ≠ \($1)" } ?? "\(a.count) lines ≠ \(b.count) lines"
                return "VIOLATION reopening after the session changed the graph: \(first)"
            }
            return nil
        } catch {
            return "VIOLATION session failed with \(error.kind.rawValue).\(error.code.rawValue): \(error.message)"
        }
    }
}
