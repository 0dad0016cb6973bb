import Foundation
@testable import Dossier
import Testing

/// Tests of the TCK runner itself: Gherkin reading and outline expansion, the cell-value
/// parser, the comparator and the side-effect diff.
@Suite struct GherkinReaderTests {
    static let feature = """
        #
        # Copyright (c) 2015-2024 "Neo4j,"
        #
        Feature: Demo1 - Demonstration

          Background:
            Given an empty graph

          @skipStyleCheck
          Scenario: [1] Plain
            And having executed:
              \"\"\"
              CREATE (:A)
                # kept: inside a doc string
              \"\"\"
            When executing query:
              \"\"\"
              MATCH (n) RETURN n
              \"\"\"
            Then the result should be, in any order:
              | n    |
              | (:A) |
            And no side effects

          Scenario Outline: [2] Outline <name>
            When executing query:
              \"\"\"
              RETURN <expr> AS x
              \"\"\"
            Then the result should be, in order:
              | <col> |
              | <val> |
        #   | commented | out |
            And no side effects

            Examples:
              | name | expr    | col | val       |
              | one  | 1       | x   | 1         |
              | pipe | 'a\\|b' | y   | 'a\\\\b' |

          @ignore
          Scenario: [2] Ignored
            Then the result should be empty
        """

    @Test func readsScenariosOutlinesAndBackground() throws {
        let scenarios = try GherkinReader.scenarios(in: Self.feature, file: "clauses/demo/Demo1.feature")
        #expect(scenarios.count == 4)
        let plain = scenarios[0]
        #expect(plain.key == "clauses/demo/Demo1.feature:10")
        #expect(plain.folder == "clauses/demo")
        #expect(plain.featureName == "Demo1 - Demonstration")
        #expect(plain.tags == ["@skipStyleCheck"])
        #expect(plain.steps.map(\.text) == ["an empty graph", "having executed:", "executing query:",
                                            "the result should be, in any order:", "no side effects"])
        #expect(plain.steps[1].docString == "CREATE (:A)\n  # kept: inside a doc string")
        #expect(plain.steps[3].table == [["n"], ["(:A)"]])
    }

    @Test func expandsOutlinesInDocStringsAndTableCellsIncludingHeaders() throws {
        let scenarios = try GherkinReader.scenarios(in: Self.feature, file: "clauses/demo/Demo1.feature")
        let one = scenarios[1], pipe = scenarios[2]
        #expect(one.key == "clauses/demo/Demo1.feature:25#1")
        #expect(pipe.key == "clauses/demo/Demo1.feature:25#2")
        #expect(one.name == "[2] Outline one")
        #expect(one.steps[0].text == "an empty graph")  // background first
        #expect(one.steps[1].docString == "RETURN 1 AS x")
        #expect(one.steps[2].table == [["x"], ["1"]])
        #expect(pipe.steps[1].docString == "RETURN 'a|b' AS x")
        #expect(pipe.steps[2].table == [["y"], ["'a\\b'"]])
        #expect(scenarios[3].isIgnored)
    }

    @Test func crlfLineEnds() throws {
        let text = Self.feature.replacingOccurrences(of: "\n", with: "\r\n")
        let scenarios = try GherkinReader.scenarios(in: text, file: "clauses/demo/Demo1.feature")
        #expect(scenarios.count == 4)
        #expect(scenarios[1].steps[1].docString == "RETURN 1 AS x")
    }

    @Test func cellEscapesAndEmptyRows() {
        #expect(GherkinReader.cells(of: "| a | b\\|c | \\n | x\\\\y | \\q |") == ["a", "b|c", "\n", "x\\y", "\\q"])
        #expect(GherkinReader.cells(of: "|") == [])
        #expect(GherkinReader.cells(of: "|   |") == [""])
    }

    @Test func substitutionLeavesUnknownPlaceholders() {
        #expect(GherkinReader.substitute("a <x> <y> < 3", ["x": "1"]) == "a 1 <y> < 3")
    }
}

@Suite struct TCKValueParserTests {
    func parse(_ s: String) throws -> TCKValue { try TCKValueParser.parse(s) }

    @Test func scalars() throws {
        #expect(try parse("null").description == "null")
        #expect(try parse("true").equals(.bool(true)))
        #expect(try parse("-9223372036854775808").equals(.int(.min)))
        #expect(try parse("1.0").equals(.float(1)))
        #expect(try parse(".5").equals(.float(0.5)))
        #expect(try parse("1e-305").equals(.float(1e-305)))
        #expect(try parse("-11.2943").equals(.float(-11.2943)))
        #expect(try parse("1.23456789e308").equals(.float(1.23456789e308)))
        #expect(try parse("NaN").equals(.float(.nan)))
        #expect(try parse("'it\\'s a \\\\ path'").equals(.string("it's a \\ path")))
        #expect(try parse("'\\n'").equals(.string("\\n")))  // other backslashes are kept
        #expect(try parse("''").equals(.string("")))
    }

    @Test func collections() throws {
        #expect(try parse("[1, [2.0, 'x'], {}]").equals(.list([.int(1), .list([.float(2), .string("x")]), .map([:])])))
        #expect(try parse("[]").equals(.list([])))
        #expect(try parse("{a: 1, `b c`: null, $x_1: [ ] }").equals(.map(["a": .int(1), "b c": .null, "$x_1": .list([])])))
    }

    @Test func graphElements() throws {
        #expect(try parse("()").equals(.node(labels: [], properties: [:])))
        #expect(try parse("(:A:B {name: 'x'})").equals(.node(labels: ["B", "A"], properties: ["name": .string("x")])))
        #expect(try parse("[:T]").equals(.relationship(type: "T", properties: [:])))
        #expect(try parse("[:T {num: 1}]").equals(.relationship(type: "T", properties: ["num": .int(1)])))
        let path = try parse("<(:A)-[:T]->(:B)<-[:U {k: 2}]-(:C)>")
        #expect(path.description == "<(:A)-[:T]->(:B)<-[:U {k: 2}]-(:C)>")
        #expect(try parse("<()>").equals(.path(start: .node(labels: [], properties: [:]), steps: [])))
        #expect(try parse("[(:A), [:R]]").description == "[(:A), [:R]]")
    }

    @Test func rejectsMalformedCells() {
        for bad in ["", "'open", "[1,", "{a 1}", "1 2", "(:A", "<(:A)-[:T]-(:B)>", "nul", "-"] {
            #expect(throws: TCKValueParser.ParseError.self) { try TCKValueParser.parse(bad) }
        }
    }
}

@Suite struct ComparatorTests {
    func v(_ s: String) throws -> TCKValue { try TCKValueParser.parse(s) }

    @Test func numbers() throws {
        #expect(!(try v("1")).equals(try v("1.0")))
        #expect(TCKValue.float(-0.0).equals(try v("0.0")))
        #expect(TCKValue.float(.nan).equals(try v("NaN")))
        #expect(!(TCKValue.float(.nan)).equals(.float(1)))
        #expect(TCKValue.float(0.1 + 0.2).equals(.float(0.30000000000000004)))
    }

    @Test func graphValuesByContent() throws {
        #expect(try v("(:A:B {x: 1, y: 'z'})").equals(try v("(:B:A {y: 'z', x: 1})")))
        #expect(!(try v("(:A {x: 1})")).equals(try v("(:A {x: 1.0})")))
        #expect(!(try v("(:A)")).equals(try v("(:A:B)")))
        #expect(!(try v("[:T]")).equals(try v("[:U]")))
        #expect(!(try v("<(:A)-[:T]->(:B)>")).equals(try v("<(:A)<-[:T]-(:B)>")))
        #expect(try v("{a: [1, 2]}").equals(try v("{a: [1, 2]}")))
    }

    @Test func listOrder() throws {
        #expect(!(try v("[1, 2]")).equals(try v("[2, 1]")))
        #expect(try v("[1, [3, 2], 1]").equals(try v("[[2, 3], 1, 1]"), ignoringListOrder: true))
        #expect(!(try v("[1, 1, 2]")).equals(try v("[1, 2, 2]"), ignoringListOrder: true))
        #expect(try v("{k: [2, 1]}").equals(try v("{k: [1, 2]}"), ignoringListOrder: true))
    }

    @Test func rowsAsMultisetOrSequence() throws {
        let expected = [[try v("1")], [try v("1")], [try v("2")]]
        let shuffled = [[try v("2")], [try v("1")], [try v("1")]]
        func cmp(_ rows: [[TCKValue]], ordered: Bool, columns: [String] = ["x"]) -> Result<Void, ResultComparison.Mismatch> {
            ResultComparison.compare(columns: columns, rows: rows, expectedColumns: ["x"], expectedRows: expected,
                                     ordered: ordered, ignoringListOrder: false)
        }
        #expect((try? cmp(shuffled, ordered: false).get()) != nil)
        #expect(throws: ResultComparison.Mismatch.self) { try cmp(shuffled, ordered: true).get() }
        #expect(throws: ResultComparison.Mismatch.self) { try cmp([[try v("1")], [try v("2")], [try v("2")]], ordered: false).get() }
        #expect(throws: ResultComparison.Mismatch.self) { try cmp(expected, ordered: true, columns: ["X"]).get() }
        if case .failure(let m) = cmp(shuffled, ordered: true) { #expect(m.cause == "wrong result: order") }
    }

    @Test func actualValuesUseResultSnapshots() throws {
        let n1 = NodeID(1), n2 = NodeID(2), r = RelationshipID(7)
        let result = QueryResult(
            columns: ["p"], rows: [[.path(PathValue(nodes: [n1, n2, n1], relationships: [r, r]))]],
            nodes: [n1: NodeSnapshot(id: n1, labels: ["A"], properties: ["k": .int(1)], deleted: false),
                    n2: NodeSnapshot(id: n2, labels: [], properties: [:], deleted: false)],
            relationships: [r: RelationshipSnapshot(id: r, type: "T", start: n1, end: n2, properties: [:], deleted: false)])
        let actual = TCKValue(result.rows[0][0], in: result)
        #expect(actual.equals(try v("<(:A {k: 1})-[:T]->()<-[:T]-(:A {k: 1})>")))
    }
}

@Suite struct SideEffectTests {
    func node(_ id: Int, _ labels: [String], _ props: ValueMap = [:]) -> NodeSnapshot {
        NodeSnapshot(id: NodeID(id), labels: labels, properties: props, deleted: false)
    }
    func rel(_ id: Int, _ props: ValueMap = [:]) -> RelationshipSnapshot {
        RelationshipSnapshot(id: RelationshipID(id), type: "T", start: NodeID(1), end: NodeID(2), properties: props, deleted: false)
    }

    @Test func netDifferences() throws {
        let before = GraphState(nodes: [node(1, ["A"], ["name": "bar"]), node(2, ["B"]), node(3, ["B"], ["x": 1])],
                                relationships: [rel(1, ["w": 1.0])])
        // node 3 deleted (-nodes, -properties); node 4 created with a new label; node 1's name changed and
        // a property added; relationship 1 deleted; label B still present on node 2.
        let after = GraphState(nodes: [node(1, ["A"], ["name": "baz", "name2": "baz"]), node(2, ["B"]), node(4, ["C"])],
                               relationships: [])
        let fx = SideEffects(from: before, to: after)
        var expected = try SideEffects(table: [["+nodes", "1"], ["-nodes", "1"], ["-relationships", "1"],
                                               ["+properties", "2"], ["-properties", "3"], ["+labels", "1"]])
        #expect(fx == expected)
        expected["-labels"] = 1
        #expect(fx != expected)
    }

    @Test func intVersusFloatIsAPropertyChange() {
        let fx = SideEffects(from: GraphState(nodes: [node(1, [], ["x": 1])], relationships: []),
                             to: GraphState(nodes: [node(1, [], ["x": 1.0])], relationships: []))
        #expect(fx["+properties"] == 1 && fx["-properties"] == 1)
        let same = SideEffects(from: GraphState(nodes: [node(1, [], ["x": [1, 2]])], relationships: []),
                               to: GraphState(nodes: [node(1, [], ["x": [1, 2]])], relationships: []))
        #expect(same == SideEffects())
    }

    @Test func rejectsUnknownKeys() {
        #expect(throws: SideEffectsTableError.self) { try SideEffects(table: [["+widgets", "1"]]) }
    }
}

@Suite struct StepTextTests {
    @Test func parameterisedSteps() {
        #expect(StepText.namedGraph("the binary-tree-1 graph") == "binary-tree-1")
        #expect(StepText.namedGraph("any graph") == nil)
        #expect(StepText.procedure("there exists a procedure test.doNothing() :: ():") == "test.doNothing() :: ()")
        let e = StepText.error("a SyntaxError should be raised at compile time: UndefinedVariable")
        #expect(e?.type == "SyntaxError" && e?.phase == "compile time" && e?.detail == "UndefinedVariable")
        #expect(StepText.error("an EntityNotFound should be raised at runtime: *")?.detail == "*")
        #expect(StepText.error("a should be raised at runtime: X") == nil)
        #expect(StepText.isKnown("no side effects") && !StepText.isKnown("some side effects"))
    }
}
