import Testing
@testable import Dossier

/// The output formats, on a fixed result holding every kind of value (no engine needed).
@Suite struct RendererTests {
    /// A result with scalars, unicode, a node, a relationship, a path, lists and maps.
    static func sample() -> QueryResult {
        let igor = NodeID(7), statement = NodeID(9)
        var nodes: [NodeID: NodeSnapshot] = [:]
        nodes[igor] = NodeSnapshot(id: igor, labels: ["Person"], properties: ["name": "Igor Kochetkov", "aliases": ["kotchetkov"]], deleted: false)
        nodes[statement] = NodeSnapshot(id: statement, labels: ["Statement"], properties: ["text": "We have no gays", "stance": "denial"], deleted: false)
        let said = RelationshipID(3)
        let rels = [said: RelationshipSnapshot(id: said, type: "SAID", start: igor, end: statement, properties: ["date": "2019-01-14"], deleted: false)]
        let rows: [[Value]] = [
            [.node(igor), .relationship(said), .path(PathValue(nodes: [igor, statement], relationships: [said])), 42, 1.5],
            ["Кочетков é 漢字 👩‍👩‍👧", .null, ["a", 1, nil, ["k": true]], -7, .float(.nan)],
            ["a, \"quoted\"\nline|pipe", false, .map(["x y": 1e20, "n": .float(-.infinity)]), 0, 100.0],
        ]
        return QueryResult(columns: ["n", "r", "p", "i", "f"], rows: rows, nodes: nodes, relationships: rels)
    }

    static func write() -> QueryResult {
        var s = QueryStatistics()
        s.nodesCreated = 3
        s.propertiesSet = 5
        s.relationshipsCreated = 1
        return QueryResult(statistics: s)
    }

    @Test(arguments: OutputFormat.allCases)
    func formats(_ format: OutputFormat) {
        let out = ResultRenderer(RenderOptions(format: format)).render(Self.sample())
        Golden.check(out.data, "renderer-sample.\(format.rawValue)")
    }

    @Test func jsonEncoding() {
        let out = ResultRenderer(RenderOptions(format: .json)).render(Self.sample()).data
        #expect(out.hasPrefix("{\"columns\": [\"n\", \"r\", \"p\", \"i\", \"f\"], \"rows\": [{\"n\": {\"id\": 7, \"labels\": [\"Person\"], \"properties\": {\"name\": \"Igor Kochetkov\", \"aliases\": [\"kotchetkov\"]}}, \"r\": {\"id\": 3, \"type\": \"SAID\", \"start\": 7, \"end\": 9, \"properties\": {\"date\": \"2019-01-14\"}}"))
        #expect(out.contains("\"f\": \"NaN\""))
        #expect(out.contains("\"f\": 1.5}"))
        #expect(out.contains("\"f\": 100.0}"))
        #expect(out.contains("\"n\": \"-Infinity\""))
        #expect(out.contains("\"x y\": 1.0E20"))
        #expect(out.hasSuffix("}]}\n"))
        #expect(!out.dropLast().contains("\n"))
    }

    @Test func writeWithoutReturn() {
        let json = ResultRenderer(RenderOptions(format: .json)).render(Self.write())
        #expect(json.data == "{\"columns\": [], \"rows\": [], \"stats\": {\"nodesCreated\": 3, \"relationshipsCreated\": 1, \"propertiesSet\": 5}}\n")
        #expect(json.notes == "Created 3 nodes, created 1 relationship, set 5 properties\n")
        let table = ResultRenderer(RenderOptions(format: .table)).render(Self.write())
        #expect(table.data == "Created 3 nodes, created 1 relationship, set 5 properties\n")
        #expect(table.notes.isEmpty)
        let jsonl = ResultRenderer(RenderOptions(format: .jsonl)).render(Self.write())
        #expect(jsonl.data.isEmpty)
    }

    @Test func nothingForNothing() {
        for format in [OutputFormat.json, .jsonl, .csv, .tsv, .markdown] {
            let out = ResultRenderer(RenderOptions(format: format)).render(QueryResult())
            #expect(out == RenderedResult(), "\(format)")
        }
    }

    @Test func tableLimits() {
        let r = QueryResult(columns: ["s"], rows: (1...5).map { [.string(String(repeating: "ab", count: $0 * 3))] })
        let out = ResultRenderer(RenderOptions(format: .table, maxRows: 3, maxWidth: 8, timing: false)).render(r)
        Golden.check(out.data, "renderer-limits.table")
    }

    @Test func timingFooter() {
        let r = QueryResult(columns: ["x"], rows: [[1]])
        let out = ResultRenderer(RenderOptions(format: .table, timing: true)).render(r, elapsed: 0.0123)
        #expect(out.data.hasSuffix("1 row (12.3 ms)\n"))
        let csv = ResultRenderer(RenderOptions(format: .csv, timing: true)).render(r, elapsed: 0.0123)
        #expect(csv.data == "x\n1\n")
        #expect(csv.notes == "1 row (12.3 ms)\n")
    }

    @Test func displayWidths() {
        #expect(DisplayWidth.of("abc") == 3)
        #expect(DisplayWidth.of("e\u{301}") == 1)
        #expect(DisplayWidth.of("漢字") == 4)
        #expect(DisplayWidth.of("👩‍👩‍👧") == 2)
        #expect(DisplayWidth.of("🇩🇪") == 2)
        #expect(DisplayWidth.of("❤️") == 2)
        #expect(DisplayWidth.of("Кочетков") == 8)
        #expect(DisplayWidth.truncate("漢字漢字", to: 5) == "漢字…")
        #expect(DisplayWidth.truncate("abcdef", to: 4) == "abc…")
        #expect(DisplayWidth.truncate("abc", to: 4) == "abc")
    }

    @Test func csvQuoting() {
        let r = QueryResult(columns: ["a,b", "c"], rows: [["x\"y", "line\nbreak"], [.null, "plain"]])
        #expect(ResultRenderer(RenderOptions(format: .csv)).render(r).data == "\"a,b\",c\n\"x\"\"y\",\"line\nbreak\"\n,plain\n")
        #expect(ResultRenderer(RenderOptions(format: .tsv)).render(r).data == "a,b\tc\n\"x\"\"y\"\t\"line\nbreak\"\n\tplain\n")
    }

    @Test func summaries() {
        var s = QueryStatistics()
        #expect(s.summary == "")
        s.nodesDeleted = 1
        s.labelsAdded = 2
        #expect(s.summary == "Deleted 1 node, added 2 labels")
    }

    @Test func errorWithCaret() {
        let e = DossierError.syntax(.unexpectedSyntax, "Invalid input 'RETRN'", at: SourceLocation(offset: 9, line: 2, column: 3))
        let text = ErrorRenderer(sourceName: "q.cypher").text(e, statement: "MATCH (n)\n  RETRN n", start: SourceLocation(offset: 20, line: 4, column: 5),
                                                               linePrefix: "x; ")
        #expect(text == "q.cypher:5:3: error: SyntaxError.UnexpectedSyntax: Invalid input 'RETRN'\n    RETRN n\n    ^\n")
        let first = DossierError.compile(.undefinedVariable, "Variable `x` not defined", at: SourceLocation(offset: 7, line: 1, column: 8))
        let t2 = ErrorRenderer(sourceName: "<stdin>").text(first, statement: "RETURN x", start: SourceLocation(offset: 10, line: 3, column: 4), linePrefix: "\t; ")
        #expect(t2 == "<stdin>:3:11: error: SyntaxError.UndefinedVariable: Variable `x` not defined\n  \t; RETURN x\n  \t         ^\n")
        #expect(ErrorRenderer(sourceName: "<stdin>").json(first, start: SourceLocation(offset: 10, line: 3, column: 4))
                == "{\"error\": {\"kind\": \"SyntaxError\", \"code\": \"UndefinedVariable\", \"message\": \"Variable `x` not defined\", \"line\": 3, \"column\": 11}}\n")
    }
}
