import Dossier
import Foundation

/// Runs one `TCKScenario` against a fresh in-memory `Database`, step by step, as the TCK README's
/// execution model says: a graph, a parameter map, the last result (rows or error) and a
/// side-effect baseline taken just before `executing query`.
final class ScenarioExecution: @unchecked Sendable {
    let scenario: TCKScenario
    let tckRoot: URL
    let db = Database()

    private var parameters: [String: Value] = [:]
    private var last: Result<QueryResult, DossierError>?
    private var baseline = GraphState()

    init(scenario: TCKScenario, tckRoot: URL) {
        self.scenario = scenario
        self.tckRoot = tckRoot
    }

    /// Thrown by a step to end the scenario with an outcome.
    private struct Stop: Error { var outcome: ScenarioOutcome }

    /// Runs every step; the first failing step decides the outcome.
    func run() -> ScenarioOutcome {
        if scenario.isIgnored { return .ignored }
        do {
            for step in scenario.steps { try perform(step) }
            return .passed
        } catch let stop as Stop {
            return stop.outcome
        } catch {
            return .failed(cause: "runner error", detail: "\(error)")
        }
    }

    private func fail(_ cause: String, _ detail: String) -> Stop { Stop(outcome: .failed(cause: cause, detail: detail)) }

    private func perform(_ step: GherkinStep) throws {
        let text = step.text
        switch text {
        case "an empty graph", "any graph":
            return
        case "having executed:":
            try setup(step.docString ?? "", what: "setup query (line \(step.line))")
        case "parameters are:":
            for row in step.table ?? [] {
                guard row.count == 2 else { throw fail("runner: bad parameters table", "row \(row)") }
                let parsed: TCKValue
                do { parsed = try TCKValueParser.parse(row[1]) } catch {
                    throw fail("runner: bad parameter value", "\(error)")
                }
                guard let value = parsed.parameterValue else {
                    throw fail("runner: bad parameter value", "graph element as parameter: \(row[1])")
                }
                parameters[row[0]] = value
            }
        case "executing query:":
            baseline = GraphState(of: db)
            last = execute(step.docString ?? "")
        case "executing control query:":
            last = execute(step.docString ?? "")
        case "the result should be, in any order:":
            try checkResult(step, ordered: false, ignoringListOrder: false)
        case "the result should be, in order:":
            try checkResult(step, ordered: true, ignoringListOrder: false)
        case "the result should be (ignoring element order for lists):":
            try checkResult(step, ordered: false, ignoringListOrder: true)
        case "the result should be, in order (ignoring element order for lists):":
            try checkResult(step, ordered: true, ignoringListOrder: true)
        case "the result should be empty":
            let result = try lastResult()
            if !result.columns.isEmpty || !result.rows.isEmpty {
                throw fail("wrong result: expected empty",
                           "expected no columns and no rows, got columns \(result.columns) and \(result.rows.count) row(s)")
            }
        case "the side effects should be:":
            let expected: SideEffects
            do { expected = try SideEffects(table: step.table ?? []) } catch {
                throw fail("runner: bad side-effects table", "\(error.row)")
            }
            try checkSideEffects(expected)
        case "no side effects":
            try checkSideEffects(SideEffects())
        default:
            if let name = StepText.namedGraph(text) {
                let script = tckRoot.appendingPathComponent("graphs/\(name)/\(name).cypher")
                guard let query = try? String(contentsOf: script, encoding: .utf8) else {
                    throw fail("runner: missing named graph", "cannot read \(script.path)")
                }
                try setup(query, what: "named graph \(name)")
            } else if let signature = StepText.procedure(text) {
                try registerProcedure(signature, table: step.table ?? [])
            } else if let e = StepText.error(text) {
                try checkError(type: e.type, phase: e.phase, detail: e.detail)
            } else {
                throw fail("runner: unknown step", "line \(step.line): \(step.keyword) \(text)")
            }
        }
    }

    /// `there exists a procedure sig:` with a table (header, then inputs and outputs per row,
    /// cells written as Cypher literals): registers a table-driven procedure.
    private func registerProcedure(_ signatureText: String, table: GherkinTable) throws {
        let signature: ProcedureSignature
        do { signature = try ProcedureSignature(parsing: signatureText) } catch {
            throw fail("runner: bad procedure signature", "\(error)")
        }
        var rows: [[Value]] = []
        for row in table.dropFirst() where !row.allSatisfy(\.isEmpty) {
            guard let values = try? db.execute("RETURN " + row.joined(separator: ", ")).rows.first else {
                throw fail("runner: bad procedure table", "cannot read row \(row)")
            }
            rows.append(values)
        }
        db.procedures.register(.table(signature: signature, rows: rows))
    }

    private func execute(_ query: String) -> Result<QueryResult, DossierError> {
        do { return .success(try db.execute(query, parameters: parameters)) } catch { return .failure(error) }
    }

    /// Runs a setup query that must succeed.
    private func setup(_ query: String, what: String) throws {
        switch execute(query) {
        case .success: return
        case .failure(let e):
            if e.kind == .notSupported { throw Stop(outcome: .notSupported(message: e.message)) }
            throw fail("setup failed: \(e.kind.rawValue).\(e.code.rawValue)", "\(what) failed: \(e)")
        }
    }

    /// The last query's result, or the outcome its error implies for a step that expected rows.
    private func lastResult() throws -> QueryResult {
        switch last {
        case .none: throw fail("runner: no query executed", "a result step came before `executing query`")
        case .success(let r): return r
        case .failure(let e):
            if e.kind == .notSupported { throw Stop(outcome: .notSupported(message: e.message)) }
            if e.kind == .interrupted { throw fail("timeout", "query cancelled by the watchdog: \(e)") }
            throw fail("unexpected error \(e.kind.rawValue).\(e.code.rawValue)", e.description)
        }
    }

    private func checkResult(_ step: GherkinStep, ordered: Bool, ignoringListOrder: Bool) throws {
        let result = try lastResult()
        let table = step.table ?? []
        switch ResultComparison.compare(result, table: table, ordered: ordered, ignoringListOrder: ignoringListOrder) {
        case .success: return
        case .failure(let mismatch): throw fail(mismatch.cause, mismatch.detail)
        }
    }

    private func checkError(type: String, phase: String, detail: String) throws {
        let expected = "\(type) at \(phase): \(detail)"
        switch last {
        case .none:
            throw fail("runner: no query executed", "an error step came before `executing query`")
        case .success(let r):
            throw fail("expected error \(type).\(detail), query succeeded",
                       "expected \(expected); got \(r.rows.count) row(s) with columns \(r.columns)")
        case .failure(let e):
            if e.kind == .notSupported { throw Stop(outcome: .notSupported(message: e.message)) }
            let typeOK = e.kind.rawValue == type
            let phaseOK = phase == "any time" || e.phase.rawValue == phase
            let detailOK = detail == "*" || e.code.rawValue == detail
            if typeOK && phaseOK && detailOK { return }
            throw fail("wrong error: expected \(type).\(detail), got \(e.kind.rawValue).\(e.code.rawValue)",
                       "expected \(expected); got \(e.kind.rawValue) at \(e.phase.rawValue): \(e.code.rawValue) (\(e.message))")
        }
    }

    private func checkSideEffects(_ expected: SideEffects) throws {
        // A query that failed changed nothing; its error was already checked by the result step.
        let actual = SideEffects(from: baseline, to: GraphState(of: db))
        if actual != expected {
            throw fail("wrong side effects", "expected \(expected); got \(actual)")
        }
    }
}

/// Runs a scenario on its own thread with a time limit: after `timeLimit` seconds the watchdog
/// calls `db.cancel()` (repeatedly, so a setup query that resets the flag is caught too); a
/// scenario still running `grace` seconds later is abandoned and counted as failed.
enum ScenarioRunner {
    static func run(_ scenario: TCKScenario, tckRoot: URL, timeLimit: Double, grace: Double = 5) -> ScenarioOutcome {
        if scenario.isIgnored { return .ignored }
        let execution = ScenarioExecution(scenario: scenario, tckRoot: tckRoot)
        let box = OutcomeBox()
        let done = DispatchSemaphore(value: 0)
        let thread = Thread {
            box.set(execution.run())
            done.signal()
        }
        thread.stackSize = 64 << 20
        thread.start()
        if done.wait(timeout: .now() + timeLimit) == .success { return box.get() ?? .failed(cause: "runner error", detail: "no outcome") }
        let deadline = Date().addingTimeInterval(grace)
        while Date() < deadline {
            execution.db.cancel()
            if done.wait(timeout: .now() + 0.05) == .success {
                return .failed(cause: "timeout", detail: "did not finish within \(timeLimit) s; cancelled")
            }
        }
        return .failed(cause: "timeout (hung)",
                       detail: "did not finish within \(timeLimit) s and ignored db.cancel() for \(grace) s; abandoned")
    }
}

/// Hands the outcome from the scenario thread to the waiting one.
private final class OutcomeBox: @unchecked Sendable {
    private let lock = NSLock()
    private var outcome: ScenarioOutcome?
    func set(_ o: ScenarioOutcome) { lock.lock(); outcome = o; lock.unlock() }
    func get() -> ScenarioOutcome? { lock.lock(); defer { lock.unlock() }; return outcome }
}
