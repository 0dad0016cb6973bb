import Foundation
import Testing

/// Meta-commands, run through standard input (they work the same in the REPL and in files).
@Suite struct MetaCommandTests {
    @Test func transactions() throws {
        let r = try Dossier.run([":memory:", "--format", "csv"], input: """
        :begin
        CREATE (:A);
        CREATE (:A);
        :rollback
        MATCH (a:A) RETURN count(a) AS afterRollback;
        :begin
        CREATE (:A);
        :commit
        MATCH (a:A) RETURN count(a) AS afterCommit;
        :commit
        """)
        #expect(r.status == 1, "\(r)")          // the last :commit has no transaction
        #expect(r.stdout.contains("afterRollback\n0\n"), "\(r)")
        #expect(r.stdout.contains("afterCommit\n1\n"), "\(r)")
        #expect(r.stderr.contains("DatabaseError.TransactionState"), "\(r)")
    }

    @Test func formatMaxrowsMaxwidthTiming() throws {
        let r = try Dossier.run([":memory:"], input: """
        :format csv
        UNWIND [1, 2] AS x RETURN x;
        :format table
        :maxrows 2
        :maxwidth 6
        UNWIND ['abcdefghij', 'b', 'c'] AS s RETURN s;
        :timing on
        RETURN 1 AS t;
        """)
        #expect(r.status == 0, "\(r)")
        #expect(r.stdout.hasPrefix("x\n1\n2\n"))
        #expect(r.stdout.contains("│ abcde… │"), "\(r)")
        #expect(r.stdout.contains("3 rows, first 2 shown (:maxrows)"), "\(r)")
        #expect(r.stdout.range(of: #"1 row \([0-9.]+ (ms|s)\)"#, options: .regularExpression) != nil, "\(r)")
    }

    @Test func outputToAFile() throws {
        let dir = Dossier.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let file = dir.appendingPathComponent("out.csv").path
        let r = try Dossier.run([":memory:", "--format", "csv"], input: ":output \(file)\nRETURN 'to the file' AS a;\n:output\nRETURN 'back' AS b;\n")
        #expect(r.status == 0, "\(r)")
        #expect(r.stdout == "b\nback\n")
        #expect((try? String(contentsOfFile: file, encoding: .utf8)) == "a\nto the file\n")
    }

    @Test func sourceAFile() throws {
        let dir = Dossier.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let file = dir.appendingPathComponent("q.cypher")
        try "// a query file\nRETURN 'sourced' AS s;\nRETURN oops;\n".write(to: file, atomically: true, encoding: .utf8)
        let r = try Dossier.run([":memory:", "--format", "csv"], input: ":source \(file.path)\nRETURN 'after' AS a;\n")
        #expect(r.status == 1, "\(r)")
        #expect(r.stdout == "s\nsourced\n", "\(r)")
        #expect(r.stderr.hasPrefix("\(file.path):3:8: error: SyntaxError.UndefinedVariable"), "\(r)")
    }

    @Test func helpSchemaStats() throws {
        let r = try Dossier.run([":memory:"], input: "CREATE (:Person {name: 'x'})-[:KNOWS]->(:Person);\n:help\n:help param\n:schema\n:stats\n")
        #expect(r.status == 0, "\(r)")
        #expect(r.stdout.contains(":evidence"))
        #expect(r.stdout.contains(":param NAME VALUE\n"))
        #expect(r.stdout.contains("Labels (1)\n  :Person  2\n"), "\(r)")
        #expect(r.stdout.contains("Relationship types (1)\n  :KNOWS  1\n"), "\(r)")
        #expect(r.stdout.contains("Nodes          2\n"), "\(r)")
    }

    @Test func findAndEvidenceOnTheBundledGraph() throws {
        let r = try Dossier.run([], input: """
        :find KOTCHETKOV
        :find Česky-nowhere
        MATCH (p:Person {key: 'igor-kochetkov'})-[r:MEMBER_OF]->(o) RETURN p, r, o;
        :evidence
        :format json
        :evidence
        """)
        #expect(r.status == 0, "\(r)")
        #expect(r.stdout.contains("igor-kochetkov"), "\(r)")
        #expect(r.stdout.contains("aliases: kotchetkov"), "\(r)")
        #expect(r.stdout.contains("No node has a name, alias or text containing 'Česky-nowhere'."), "\(r)")
        #expect(r.stdout.contains("(igor-kochetkov)-[:MEMBER_OF]->(russian-lgbt-network)\n  doc-"), "\(r)")
        let json = r.stdout.split(separator: "\n").last.map(String.init) ?? ""
        #expect(json.hasPrefix("{\"columns\": [\"fact\", \"document\", \"quote\"], \"rows\": [{\"fact\": \"(igor-kochetkov)-[:MEMBER_OF]->(russian-lgbt-network)\""), "\(json)")
    }

    @Test func accentsAreIgnoredByFind() throws {
        let r = try Dossier.run([":memory:"], input: "CREATE (:Person {key: 'jose', name: 'José Álvarez'});\n:find jose alvarez\n:find ÁLVA\n")
        #expect(r.status == 0, "\(r)")
        #expect(r.stdout.components(separatedBy: "│ jose │").count == 3, "\(r)")
    }
}
