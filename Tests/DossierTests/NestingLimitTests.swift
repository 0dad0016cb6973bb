import Testing
import Dossier

/// Values nested too deep would overflow the stack when built, compared or freed;
/// every way of nesting one more level refuses them with a ResourceLimit error.
@Suite struct NestingLimitTests {
    @Test(arguments: [
        "WITH reduce(acc = [], x IN range(1, 200000) | [acc]) AS deep RETURN size(deep)",
        "WITH reduce(acc = {}, x IN range(1, 200000) | {a: acc}) AS deep RETURN deep IS NULL",
        "WITH reduce(acc = [], x IN range(1, 200000) | [y IN [acc] | y]) AS deep RETURN size(deep)",
        "WITH reduce(acc = {}, x IN range(1, 200000) | acc {.*, k: acc}) AS deep RETURN deep IS NULL",
    ])
    func deepValuesAreRefused(query: String) {
        let db = Database()
        do {
            _ = try db.execute(query)
            Issue.record("expected NestingTooDeep")
        } catch {
            #expect(error.kind == .resourceLimit)
            #expect(error.code == .nestingTooDeep)
            #expect(error.location != nil)
        }
    }

    @Test func moderateNestingIsFine() throws {
        let db = Database()
        let r = try db.execute("WITH reduce(acc = [], x IN range(1, 500) | [acc]) AS deep RETURN size(deep) AS n")
        #expect(r.rows == [[1]])
    }

    @Test func collectRefusesDeepValues() throws {
        let db = Database()
        #expect(throws: DossierError.self) {
            try db.execute("WITH reduce(acc = [], x IN range(1, 999) | [acc]) AS deep UNWIND [1, 2] AS i RETURN collect(deep)")
        }
    }
}
