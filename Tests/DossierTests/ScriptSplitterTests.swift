import Testing
@testable import Dossier

@Suite struct ScriptSplitterTests {
    @Test func splitsOnSemicolons() {
        let (statements, rest) = ScriptSplitter.split("CREATE (a); MATCH (n)\nRETURN n;  RETURN")
        #expect(statements.map(\.text) == ["CREATE (a)", "MATCH (n)\nRETURN n"])
        #expect(statements.map(\.start) == [SourceLocation(offset: 0, line: 1, column: 1),
                                            SourceLocation(offset: 12, line: 1, column: 13)])
        #expect(rest == "  RETURN")
    }

    @Test func ignoresSemicolonsInStringsNamesAndComments() {
        let script = """
            RETURN 'a;b', "c;\\"d;", `e;``f` AS x; // comment; here
            /* block; comment */ RETURN 1;
            """
        let (statements, rest) = ScriptSplitter.split(script)
        #expect(statements.map(\.text) == [#"RETURN 'a;b', "c;\"d;", `e;``f` AS x"#, "RETURN 1"])
        #expect(statements[1].start == SourceLocation(offset: 76, line: 2, column: 22))
        #expect(rest == "")
    }

    @Test func dropsEmptyStatements() {
        let (statements, rest) = ScriptSplitter.split(";; // nothing\n ; /* x */ ;\n")
        #expect(statements.isEmpty)
        #expect(rest == "")
    }

    @Test func remainderKeepsIncompleteInput() {
        #expect(ScriptSplitter.split("MATCH (n)\n").remainder == "MATCH (n)\n")
        #expect(ScriptSplitter.split("RETURN 'a;").remainder == "RETURN 'a;")
        #expect(ScriptSplitter.split("RETURN 1 /* ; ").remainder == "RETURN 1 /* ; ")
        #expect(ScriptSplitter.split("RETURN 1; // trailing").remainder == "")
    }

    @Test func statementsIncludesTheUnterminatedLast() {
        let all = ScriptSplitter.statements(in: "CREATE (a);\n  RETURN 1")
        #expect(all.map(\.text) == ["CREATE (a)", "RETURN 1"])
        #expect(all[1].start == SourceLocation(offset: 14, line: 2, column: 3))
        #expect(ScriptSplitter.statements(in: "  RETURN 2").first?.start == SourceLocation(offset: 2, line: 1, column: 3))
    }

    @Test func mapsErrorLocationsBackToTheScript() throws {
        let all = ScriptSplitter.statements(in: "RETURN 1;\n  RETURN (")
        let e = #expect(throws: DossierError.self) { try Parser.parse(all[1].text, options: DatabaseOptions()) }
        let at = e?.location.map(all[1].scriptLocation(of:))
        #expect(at == SourceLocation(offset: 20, line: 2, column: 11))
    }
}
