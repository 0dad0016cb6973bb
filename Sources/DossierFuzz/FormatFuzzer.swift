import Dossier
import Foundation

/// Random text and values through the non-query surfaces: the CSV reader, the script splitter,
/// parameter literals, the DOT exporter (and Graphviz), and the result renderers.
public struct FormatFuzzer {
    public var random: FuzzRandom
    let scratch: String

    public init(seed: UInt64, scratch: String) {
        random = FuzzRandom(seed: seed)
        self.scratch = scratch
    }

    // MARK: - CSV

    /// Random delimited text: quotes, delimiters, CR/LF, invalid UTF-8, NULs, long fields.
    public mutating func csvBytes() -> [UInt8] {
        var out: [UInt8] = []
        let pieces: [[UInt8]] = [Array("a".utf8), Array(",".utf8), Array(";".utf8), Array("\t".utf8), Array("\"".utf8),
                                 Array("\"\"".utf8), Array("\n".utf8), Array("\r\n".utf8), Array("\r".utf8), [0], [0xFF, 0xFE],
                                 [0xC3], [0xE2, 0x82], Array("ü".utf8), Array("name,age\n".utf8), Array("1,2,3\n".utf8),
                                 Array("\"q\"\"uoted\",x\n".utf8), Array(" ".utf8), Array("Ахмат".utf8), Array("🏳️‍🌈".utf8),
                                 Array(repeating: UInt8(ascii: "x"), count: 3000), Array(repeating: UInt8(ascii: ","), count: 500),
                                 Array(repeating: UInt8(ascii: "\n"), count: 200)]
        for _ in 0..<random.int(0...40) { out += random.pick(pieces) }
        return out
    }

    /// Reads `bytes` with `CSVReader` (random delimiter and buffer size), then through `LOAD CSV`.
    public mutating func runCSV(_ bytes: [UInt8]) -> String {
        let path = scratch + "/fuzz.csv"
        _ = FileManager.default.createFile(atPath: path, contents: Data(bytes))
        let delimiter = random.pick([UInt8(ascii: ","), UInt8(ascii: ";"), UInt8(ascii: "\t"), UInt8(ascii: "\""),
                                     UInt8(ascii: "\n"), UInt8(ascii: "\r"), 0, 0xFF, UInt8(ascii: "a")])
        var records = 0
        do {
            let reader = try CSVReader(path: path, delimiter: delimiter, bufferSize: random.pick([1, 2, 3, 7, 16, 64, 1 << 16]))
            while let fields = try reader.next() {
                records += 1
                _ = fields.count
                if records > 100_000 { break }
            }
        } catch let e as DossierError {
            if let v = QueryHarness.violation(of: e) { return "VIOLATION \(v): \(e)" }
        } catch {
            return "VIOLATION CSVReader threw a non-DossierError: \(error)"
        }
        let db = Database(options: QueryHarness.options())
        let terminator = random.pick(["", " FIELDTERMINATOR ';'", " FIELDTERMINATOR '\\t'", " FIELDTERMINATOR '\"'",
                                      " FIELDTERMINATOR ''", " FIELDTERMINATOR 'ab'", " FIELDTERMINATOR '\\n'", " FIELDTERMINATOR 'ü'"])
        let headers = random.chance(0.5) ? "WITH HEADERS " : ""
        let query = "LOAD CSV \(headers)FROM 'file://\(path)' AS row\(terminator) RETURN row, linenumber() AS l"
        do {
            let r = try db.execute(query)
            return "csv \(records) records, LOAD CSV \(r.rows.count) rows"
        } catch {
            if let v = QueryHarness.violation(of: error) { return "VIOLATION \(v): \(error)" }
            return "csv \(records) records, LOAD CSV \(error.code.rawValue)"
        }
    }

    // MARK: - Script splitter and parameter literals

    /// Splits random text as a script, maps locations back, and parses it as a `:param` value.
    public mutating func runScriptText(_ text: String) -> String {
        let (statements, remainder) = ScriptSplitter.split(text)
        let all = ScriptSplitter.statements(in: text)
        for s in all {
            let loc = SourceLocation(offset: random.below(s.text.utf8.count + 2), line: random.int(1...4), column: random.int(1...40))
            _ = s.scriptLocation(of: loc)
        }
        var outcome = "\(statements.count) statements, remainder \(remainder.utf8.count) bytes"
        do {
            _ = try ParameterLiteral.parse(text)
        } catch {
            if let v = QueryHarness.violation(of: error) { outcome += "; VIOLATION param \(v): \(error)" }
            _ = ErrorRenderer(sourceName: random.chance(0.5) ? "" : "x.cypher", source: random.chance(0.5) ? text : nil)
                .text(error, statement: text, start: .start)
        }
        _ = ParameterLiteral.isValidName(text)
        return outcome
    }

    // MARK: - DOT

    /// A graph whose labels, types, keys and strings are random text; exported as DOT and,
    /// sometimes, rendered by Graphviz (which must accept it).
    public mutating func runDot(strings: [String], renderWithGraphviz: Bool) -> String {
        let db = Database(options: QueryHarness.options())
        func name(_ s: String) -> String { "`" + s.replacingOccurrences(of: "`", with: "``") + "`" }
        var parameters: [String: Value] = [:]
        var creates: [String] = []
        for (i, s) in strings.enumerated() {
            parameters["s\(i)"] = .string(s)
            let label = s.isEmpty ? "E" : name(s)
            creates.append("(n\(i):\(label) {\(name(s.isEmpty ? "k" : s)): $s\(i), name: $s\(i)})")
        }
        var query = "CREATE " + creates.joined(separator: ", ")
        for i in 1..<max(1, strings.count) {
            let t = strings[i].isEmpty ? "T" : name(strings[i])
            query += ", (n\(i - 1))-[:\(t) {text: $s\(i)}]->(n\(i))"
        }
        do {
            try db.execute(query, parameters: parameters)
        } catch {
            if let v = QueryHarness.violation(of: error) { return "VIOLATION \(v): \(error)" }
            return "dot setup \(error.code.rawValue)"
        }
        var options = DotOptions(rankdir: random.pick(DotOptions.RankDirection.allCases), clusterByLabel: random.chance(0.5),
                                 includeProperties: random.chance(0.8))
        options.maxStringBytes = random.pick([0, 1, 3, 16, 16_383])
        options.wrapWidth = random.pick([0, 1, 2, 24, 1000])
        options.maxLabelLines = random.pick([0, 1, 4])
        let exporter = DotExporter(database: db, options: options)
        let dot = random.chance(0.5) ? exporter.exportAll() : (try? exporter.export(around: strings.first ?? "", depth: random.int(0...3))) ?? exporter.exportAll()
        if let r = try? db.execute("MATCH p = ()-[]->() RETURN p, nodes(p), relationships(p)") {
            _ = exporter.export(r)
        }
        guard renderWithGraphviz, GraphvizRenderer.dotExecutable() != nil else { return "dot \(dot.utf8.count) bytes" }
        do {
            _ = try GraphvizRenderer.render(dot, format: .svg)
            return "dot rendered"
        } catch {
            return "VIOLATION Graphviz refused the DOT output: \(error.message.prefix(300))"
        }
    }

    /// Strings meant to break quoting: quotes, backslashes, HTML-ish characters, newlines,
    /// control characters, record-label syntax, very long and very wide text.
    public mutating func dotStrings() -> [String] {
        let pieces = ["\"", "\\", "\\\"", "<", ">", "&", "&amp;", "{", "}", "|", "\n", "\r", "\t", "\u{0}", "\u{1}", "\u{7F}",
                      "\\n", "\\l", "\\N", "\\G", "]", "[", ";", "-->", "--", "//", "/*", "#", "'", "`", "ü", "Ахмат", "🏳️‍🌈",
                      "e\u{301}", "\u{200F}", "\u{2028}", "\u{FEFF}", "\u{FFFD}", "label=", "node", "graph", "digraph", "subgraph",
                      "strict", "edge", " ", "a", String(repeating: "W", count: 100), String(repeating: "é", count: 20_000)]
        return (0..<random.int(1...5)).map { _ in (0..<random.int(0...6)).map { _ in random.pick(pieces) }.joined() }
    }

    // MARK: - Renderers

    /// A result of random values (columns with odd names, deep lists, extreme numbers, text
    /// that needs escaping, references to nodes with no snapshot) in every output format.
    public mutating func runRenderers() -> String {
        var r = random
        let width = r.int(1...4)
        let columns = (0..<width).map { _ in r.pick(["n", "", "a,b", "\"q\"", "x\ny", "|", "ü", "🏳️‍🌈", "\t", "count(*)"]) }
        var rows: [[Value]] = []
        for _ in 0..<r.int(0...5) {
            rows.append((0..<width).map { _ in Self.renderValue(&r, depth: 0) })
        }
        random = r
        let result = QueryResult(columns: columns, rows: rows)
        let bytes = QueryHarness.renderEverywhere(result, database: nil, random: &random)
        var writer = JSONWriter()
        for row in rows { for v in row { writer.write(v) } }
        let text = ValueText()
        for row in rows { for v in row { _ = text.cell(v); _ = text.field(v); _ = text.literal(v) } }
        for c in columns { _ = DisplayWidth.truncate(c, to: random.int(-1...3)); _ = DisplayWidth.pad(c, to: random.int(-2...5)) }
        return "rendered \(bytes) bytes"
    }

    static func renderValue(_ r: inout FuzzRandom, depth: Int) -> Value {
        switch r.below(depth > 2 ? 9 : 13) {
        case 0...8: return QueryHarness.value(&r, depth: depth)
        case 9: return .node(NodeID(r.pick([0, 1, 7, Int(Int32.max)])))
        case 10: return .relationship(RelationshipID(r.pick([0, 3, 99])))
        case 11: return .path(PathValue(nodes: [NodeID(0), NodeID(1)], relationships: [RelationshipID(0)]))
        default:
            // Nested far deeper than a query may build.
            var v: Value = .int(1)
            for _ in 0..<r.pick([10, 100, 999]) { v = r.chance(0.5) ? .list([v]) : .map(["k": v]) }
            return v
        }
    }
}
