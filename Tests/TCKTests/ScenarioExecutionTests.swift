import Foundation
import Testing

/// The runner end to end on hand-written scenarios against the real engine: correct expectations
/// pass, and each kind of wrong expectation is caught (so a lenient runner cannot inflate the
/// conformance numbers).
@Suite struct ScenarioExecutionTests {
    func outcome(_ body: String) throws -> ScenarioOutcome {
        let text = "Feature: T\n\n  Scenario: [1] s\n" + body
        let scenarios = try GherkinReader.scenarios(in: text, file: "clauses/test/T1.feature")
        let root = (try? TCKLocation.tckRoot().get()) ?? URL(fileURLWithPath: "/nonexistent")
        return ScenarioRunner.run(try #require(scenarios.first), tckRoot: root, timeLimit: 10)
    }

    func q(_ query: String) -> String { "      \"\"\"\n      \(query)\n      \"\"\"\n" }

    static let setup = "    Given an empty graph\n    And having executed:\n      \"\"\"\n      CREATE (:A {num: 1})-[:T {w: 2}]->(:B)\n      \"\"\"\n"

    @Test func correctExpectationsPass() throws {
        let o = try outcome(Self.setup + "    When executing query:\n" + q("MATCH (a:A)-[r]->(b) RETURN a, r, b, a.num AS n")
            + "    Then the result should be, in any order:\n      | a | r | b | n |\n      | (:A {num: 1}) | [:T {w: 2}] | (:B) | 1 |\n"
            + "    And no side effects\n")
        #expect(o.isPassed, "\(o)")
    }

    @Test func wrongValuesColumnsAndTypesFail() throws {
        for (header, row) in [("| n |", "| 1.0 |"), ("| m |", "| 1 |"), ("| n |", "| '1' |"), ("| n | x |", "| 1 | 1 |")] {
            let o = try outcome(Self.setup + "    When executing query:\n" + q("MATCH (a:A) RETURN a.num AS n")
                + "    Then the result should be, in any order:\n      \(header)\n      \(row)\n")
            guard case .failed = o else { Issue.record("not caught: \(header) \(row): \(o)"); continue }
        }
        let labels = try outcome(Self.setup + "    When executing query:\n" + q("MATCH (a:A) RETURN a")
            + "    Then the result should be, in any order:\n      | a |\n      | (:A:B {num: 1}) |\n")
        guard case .failed = labels else { Issue.record("labels not caught: \(labels)"); return }
    }

    @Test func sideEffectsAreMeasured() throws {
        let create = "    When executing query:\n" + q("CREATE (:C {x: 1})")
            + "    Then the result should be empty\n"
        #expect(try outcome(Self.setup + create + "    And the side effects should be:\n      | +nodes | 1 |\n      | +labels | 1 |\n      | +properties | 1 |\n").isPassed)
        guard case .failed = try outcome(Self.setup + create + "    And no side effects\n") else {
            Issue.record("side effects not caught"); return
        }
        // Setup effects do not count; a changed value counts -1/+1.
        let set = "    When executing query:\n" + q("MATCH (a:A) SET a.num = 2")
            + "    Then the result should be empty\n    And the side effects should be:\n      | +properties | 1 |\n      | -properties | 1 |\n"
        #expect(try outcome(Self.setup + set).isPassed)
    }

    @Test func errorsMatchTypePhaseAndDetail() throws {
        let query = "    When executing query:\n" + q("RETURN x")
        #expect(try outcome("    Given any graph\n" + query + "    Then a SyntaxError should be raised at compile time: UndefinedVariable\n").isPassed)
        #expect(try outcome("    Given any graph\n" + query + "    Then a SyntaxError should be raised at any time: *\n").isPassed)
        for wrong in ["a SyntaxError should be raised at runtime: UndefinedVariable",
                      "a TypeError should be raised at compile time: UndefinedVariable",
                      "a SyntaxError should be raised at compile time: VariableAlreadyBound"] {
            guard case .failed = try outcome("    Given any graph\n" + query + "    Then \(wrong)\n") else {
                Issue.record("not caught: \(wrong)"); continue
            }
        }
        guard case .failed = try outcome("    Given any graph\n    When executing query:\n" + q("RETURN 1 AS x")
            + "    Then a SyntaxError should be raised at compile time: UndefinedVariable\n") else {
            Issue.record("missing error not caught"); return
        }
    }

    @Test func orderAndParametersAndControlQueries() throws {
        let ordered = "    Given any graph\n    And parameters are:\n      | xs | [3, 1, 2] |\n    When executing query:\n"
            + q("UNWIND $xs AS x RETURN x ORDER BY x")
        #expect(try outcome(ordered + "    Then the result should be, in order:\n      | x |\n      | 1 |\n      | 2 |\n      | 3 |\n").isPassed)
        guard case .failed = try outcome(ordered + "    Then the result should be, in order:\n      | x |\n      | 2 |\n      | 1 |\n      | 3 |\n") else {
            Issue.record("order not caught"); return
        }
        let control = "    Given an empty graph\n    When executing query:\n" + q("CREATE (:N)")
            + "    Then the result should be empty\n    When executing control query:\n" + q("MATCH (n:N) RETURN count(n) AS c")
        #expect(try outcome(control + "    Then the result should be, in any order:\n      | c |\n      | 1 |\n").isPassed)
        guard case .failed = try outcome(control + "    Then the result should be, in any order:\n      | c |\n      | 2 |\n") else {
            Issue.record("control query not checked"); return
        }
    }

    @Test func failedSetupAndProceduresAreReported() throws {
        guard case .failed(let cause, _) = try outcome("    Given an empty graph\n    And having executed:\n" + q("RETURN x")
            + "    When executing query:\n" + q("RETURN 1 AS x") + "    Then the result should be, in any order:\n      | x |\n      | 1 |\n") else {
            Issue.record("failing setup not caught"); return
        }
        #expect(cause.hasPrefix("setup failed"))
        // Test procedures are registered in the database's procedure registry.
        #expect(try outcome("    Given an empty graph\n    And there exists a procedure test.doNothing() :: ():\n      |\n"
            + "    When executing query:\n" + q("CALL test.doNothing()") + "    Then the result should be empty\n").isPassed)
    }
}
