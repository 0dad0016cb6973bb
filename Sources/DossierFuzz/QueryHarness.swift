import Dossier
import Foundation

/// Runs one fuzz query against a small graph with tight limits, and judges what came back:
/// a result, or a `DossierError` with a message (and a location when raised at compile time).
/// Shared by `dossier-fuzz` and the `FuzzSmokeTests`.
public enum QueryHarness {
    /// The graph every query starts from: a few labelled nodes, properties of every kind, a
    /// self-loop and a cycle.
    public static let setupScript = """
        CREATE (a:Person {name: 'Igor Kochetkov', age: 42, x: 1, role: ['a', 'b']}),
               (b:Person:Org {name: 'Ахмат', age: -1, y: [1, 2, 3], x: 2.5}),
               (c:L {x: -0.0, name: '', text: 'line\\nbreak "quoted" \\\\ back'}),
               (d:Document {date_text: 'two years ago', id: 9223372036854775807, x: 1e308}),
               (e:Source {name: '🏳️‍🌈', date: date('2017-04-01'), when: datetime('2017-04-01T12:00:00+03:00')}),
               (a)-[:KNOWS {x: 1, since: 2015}]->(b), (b)-[:KNOWS]->(a), (a)-[:R]->(a),
               (c)-[:T {role: 'x'}]->(d), (d)-[:MENTIONS {text: 'said'}]->(a), (e)-[:CITES]->(d)
        """

    /// Small caps so that runaway queries stop quickly.
    public static func options() -> DatabaseOptions {
        var o = DatabaseOptions()
        o.maxCollectionSize = 100_000
        o.maxIntermediateRows = 100_000
        o.maxRegexSteps = 1_000_000
        o.synchronousCommits = false
        return o
    }

    /// A new in-memory database holding `setupScript`.
    public static func freshDatabase(options: DatabaseOptions = options()) -> Database {
        let db = Database(options: options)
        do { try db.execute(setupScript) } catch { fatalFuzzerError("setup script failed: \(error)") }
        return db
    }

    /// Random `$p`, `$list`, `$map`, `$n`, `$s` values (one of them sometimes missing).
    public static func parameters(_ r: inout FuzzRandom) -> [String: Value] {
        var p: [String: Value] = [:]
        for name in ["p", "param", "list", "map", "n", "1", "s"] where r.chance(0.85) {
            p[name] = value(&r, depth: 0)
        }
        return p
    }

    /// A random value of any kind a parameter can hold.
    public static func value(_ r: inout FuzzRandom, depth: Int) -> Value {
        switch r.below(depth > 3 ? 8 : 11) {
        case 0: return .null
        case 1: return .bool(r.chance(0.5))
        case 2: return .int(r.pick([0, 1, -1, 2, 42, Int64.max, Int64.min, Int64.max - 1, Int64.min + 1, 1 << 32, -(1 << 53)]))
        case 3: return .int(Int64(r.int(-5...10)))
        case 4: return .float(r.pick([0.0, -0.0, .nan, -.nan, .infinity, -.infinity, 1.5, -2.5e-308, .leastNonzeroMagnitude,
                                      .greatestFiniteMagnitude, 9.223372036854775807e18, -9.223372036854775808e18, 0.1]))
        case 5, 6: return .string(r.pick(["", "a", "Igor", "Ахмат", "🏳️‍🌈", "e\u{301}", "\u{0}", "'", "\"", "\\", "\n",
                                          "2017-04-01", "P1Y", "12:00", ".*", "(a+)+$", "name", String(repeating: "z", count: 5000)]))
        case 7: return .list([])
        case 8: return .list((0..<r.below(5)).map { _ in value(&r, depth: depth + 1) })
        case 9:
            var m = ValueMap()
            for _ in 0..<r.below(4) { m[r.pick(["name", "age", "x", "", "k k", "ü"])] = value(&r, depth: depth + 1) }
            return .map(m)
        default: return .list([.int(1), .string("x"), .null])
        }
    }

    /// What went wrong with an error, if anything (the fuzzer's invariants beyond "no crash").
    /// `needsLocation`: whether a compile-time error must say where (not for direct calls).
    public static func violation(of error: DossierError, needsLocation: Bool = true) -> String? {
        if error.message.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty { return "error with an empty message" }
        if needsLocation && error.phase == .compileTime && error.location == nil { return "compile-time error without a location" }
        if error.code == .internalError || error.kind.rawValue == "InternalError" { return "internal error" }
        return nil
    }

    /// Renders a result in every output format and as DOT (the renderers must cope with
    /// whatever a query returns).
    public static func renderEverywhere(_ result: QueryResult, database: Database?, random r: inout FuzzRandom) -> Int {
        var bytes = 0
        for format in OutputFormat.allCases {
            let options = RenderOptions(format: format, maxRows: r.pick([nil, 0, 1, 3]), maxWidth: r.pick([nil, 80, 0, 1, 5]),
                                        timing: r.chance(0.2))
            let rendered = ResultRenderer(options).render(result, elapsed: r.pick([nil, 0, 0.0015, 12345.6, .nan, -1]))
            bytes += rendered.data.utf8.count + rendered.notes.utf8.count
        }
        bytes += DotExporter(database: database).export(result).utf8.count
        return bytes
    }
}

/// Ends the fuzzer itself (not an input's fault): a broken setup.
func fatalFuzzerError(_ message: String) -> Never {
    FileHandle.standardError.write(Data("dossier-fuzz: \(message)\n".utf8))
    exit(2)
}
