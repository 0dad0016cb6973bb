import ArgumentParser
import Dossier
import Foundation

/// `dossier-bench`: Dossier's standing benchmarks (LDBC SNB SF0.1 against Kùzu; scaling).
@main
struct DossierBench: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "dossier-bench",
        abstract: "Benchmarks for Dossier.",
        subcommands: [LDBC.self, Scaling.self, StorageBench.self]
    )
}

/// Peak resident set size of this process, MiB.
func peakRSSMiB() -> Double {
    var usage = rusage()
    getrusage(__rusage_who_t(RUSAGE_SELF.rawValue), &usage)
    return Double(usage.ru_maxrss) / 1024.0
}

/// Resident set size now, MiB.
func currentRSSMiB() -> Double {
    guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8) else { return .nan }
    for line in status.split(separator: "\n") where line.hasPrefix("VmRSS:") {
        let parts = line.split(separator: " ", omittingEmptySubsequences: true)
        if parts.count >= 2, let kib = Double(parts[1]) { return kib / 1024.0 }
    }
    return .nan
}

func now() -> Double {
    var ts = timespec()
    clock_gettime(CLOCK_MONOTONIC, &ts)
    return Double(ts.tv_sec) + Double(ts.tv_nsec) / 1e9
}

/// A JSON value from params.json, decoded strictly (booleans, integers and floats stay distinct).
enum JSONParameter: Decodable {
    case value(Value)
    init(from decoder: Decoder) throws {
        let c = try decoder.singleValueContainer()
        if c.decodeNil() { self = .value(.null) }
        else if let b = try? c.decode(Bool.self) { self = .value(.bool(b)) }
        else if let i = try? c.decode(Int64.self) { self = .value(.int(i)) }
        else if let d = try? c.decode(Double.self) { self = .value(.float(d)) }
        else if let s = try? c.decode(String.self) { self = .value(.string(s)) }
        else if let a = try? c.decode([JSONParameter].self) { self = .value(.list(a.map(\.value))) }
        else {
            let d = try c.decode([String: JSONParameter].self)
            var m = ValueMap()
            for k in d.keys.sorted() { m[k] = d[k]?.value ?? .null }
            self = .value(.map(m))
        }
    }
    var value: Value { if case .value(let v) = self { return v }; return .null }
}

/// A result cell as a JSON scalar (what compare_answers.py expects).
func jsonScalar(_ v: Value) -> Any {
    switch v {
    case .null: return NSNull()
    case .bool(let b): return b
    case .int(let i): return i
    case .float(let d): return d
    case .string(let s): return s
    default: return "\(v)"
    }
}

func median(_ xs: [Double]) -> Double {
    let s = xs.sorted()
    guard !s.isEmpty else { return .nan }
    return s.count % 2 == 1 ? s[s.count / 2] : (s[s.count / 2 - 1] + s[s.count / 2]) / 2
}

/// Runs every statement of a script; returns per-statement timings.
func runScript(_ db: Database, _ text: String, parameters: [String: Value]) throws -> [(String, Double)] {
    var timings: [(String, Double)] = []
    for statement in ScriptSplitter.split(text).statements {
        let t0 = now()
        try db.execute(statement.text, parameters: parameters)
        let label = statement.text.split(separator: "\n").first { !$0.hasPrefix("//") }.map(String.init) ?? ""
        timings.append((label, now() - t0))
    }
    return timings
}

struct LDBC: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Load LDBC SNB SF0.1 through Benchmarks/ldbc/load.cypher and time the ten queries.")

    @Option(help: "The data directory (../shared/bench-data/ldbc-sf01).")
    var data: String = "../shared/bench-data/ldbc-sf01"
    @Option(help: "The queries directory holding opencypher/ and params.json (../shared/bench/queries).")
    var queries: String = "../shared/bench/queries"
    @Option(help: "The load script.")
    var script: String = "Benchmarks/ldbc/load.cypher"
    @Option(help: "Where to write the results (JSON, the Kùzu script's keys).")
    var out: String = "ldbc-dossier.json"
    @Option(help: "Timed runs per query.") var runs: Int = 20
    @Option(help: "Warm-up runs per query.") var warmup: Int = 2
    @Option(help: "Run only these queries (comma-separated, e.g. Q1,Q8).") var only: String?
    @Flag(help: "Print each query's PROFILE (rows and time per operator) and per-statement load times.")
    var profile = false

    func run() throws {
        let rssStart = currentRSSMiB()
        let db = Database()
        let scriptText = try String(contentsOfFile: script, encoding: .utf8)
        let dataDir = URL(fileURLWithPath: data).standardizedFileURL.path
        let t0 = now()
        let steps = try runScript(db, scriptText, parameters: ["data": .string(dataDir)])
        let load = now() - t0
        let rssAfterLoad = currentRSSMiB()
        let peakAfterLoad = peakRSSMiB()
        print(String(format: "load: %.3f s, %d nodes, %d relationships, RSS %.1f MiB",
                     load, db.nodeCount, db.relationshipCount, rssAfterLoad))
        if profile {
            for (label, s) in steps { print(String(format: "  %7.3f s  %@", s, label)) }
            print("memory (estimate): \(db.memoryReport().description)")
        }

        let paramsData = try Data(contentsOf: URL(fileURLWithPath: queries + "/params.json"))
        let allParams = (try JSONSerialization.jsonObject(with: paramsData)) as? [String: Any] ?? [:]
        var typedParams: [String: [String: Value]] = [:]
        if let decoded = try? JSONDecoder().decode([String: JSONParameter].self, from: paramsData) {
            for (q, p) in decoded { if case .map(let m) = p.value { typedParams[q] = Dictionary(uniqueKeysWithValues: m.map { ($0.key, $0.value) }) } }
        }
        let files = try FileManager.default.contentsOfDirectory(atPath: queries + "/opencypher")
            .filter { $0.hasSuffix(".cypher") }.sorted()
        var results: [String: Any] = [:]
        var answers: [String: Any] = [:]
        for file in files {
            // q01_count_nodes.cypher -> Q1
            let digits = file.dropFirst().prefix { $0.isNumber }
            guard let n = Int(digits) else { continue }
            let name = "Q\(n)"
            if let only, !only.split(separator: ",").contains(Substring(name)) { continue }
            let raw = try String(contentsOfFile: queries + "/opencypher/" + file, encoding: .utf8)
            let text = raw.split(separator: "\n", omittingEmptySubsequences: false)
                .filter { !$0.trimmingCharacters(in: .whitespaces).hasPrefix("//") }
                .joined(separator: "\n").trimmingCharacters(in: .whitespacesAndNewlines)
                .trimmingCharacters(in: CharacterSet(charactersIn: ";"))
            var params: [String: Value] = [:]
            var paramsJSON: [String: Any] = [:]
            if let p = allParams[name] as? [String: Any] {
                paramsJSON = p
                params = typedParams[name] ?? [:]
            }
            var result = try db.execute(text, parameters: params)
            for _ in 1..<max(warmup, 1) { result = try db.execute(text, parameters: params) }
            var times: [Double] = []
            for _ in 0..<runs {
                let s = now()
                result = try db.execute(text, parameters: params)
                times.append(now() - s)
            }
            let ms = times.map { $0 * 1000 }
            results[name] = ["min_ms": ms.min() ?? .nan, "median_ms": median(ms), "mean_ms": ms.reduce(0, +) / Double(ms.count),
                             "max_ms": ms.max() ?? .nan, "reps": runs, "warmup": warmup, "row_count": result.rows.count,
                             "file": file]
            answers[name] = ["columns": result.columns, "rows": result.rows.map { $0.map(jsonScalar) }, "params": paramsJSON]
            print(String(format: "%-4@ min %9.3f ms   median %9.3f ms   rows %d", name, ms.min() ?? .nan, median(ms), result.rows.count))
            if profile { print(try db.execute("PROFILE " + text, parameters: params).plan ?? "") }
        }
        let peak = peakRSSMiB()
        print(String(format: "peak RSS: %.1f MiB", peak))
        let doc: [String: Any] = [
            "engine": "dossier", "mode": "in-memory",
            "load_s": load,
            "load_includes": "Benchmarks/ldbc/load.cypher: CREATE INDEX + LOAD CSV of every file",
            "load_statements_s": Dictionary(steps.map { ($0.0, $0.1) }, uniquingKeysWith: +),
            "rss_mib": ["start": rssStart, "after_load": rssAfterLoad, "peak_after_load": peakAfterLoad, "peak_total": peak],
            "queries": results, "answers": answers,
        ]
        let json = try JSONSerialization.data(withJSONObject: doc, options: [.prettyPrinted, .sortedKeys])
        try json.write(to: URL(fileURLWithPath: out))
        print("wrote \(out)")
    }
}
