import Testing
@testable import Dossier

@Suite struct AggregatorTests {
    func run(_ name: String, _ values: [Value], distinct: Bool = false, args: [Value] = [],
             options: DatabaseOptions = DatabaseOptions()) throws(DossierError) -> Value {
        guard var agg = try Aggregators.makeAggregator(name: name, distinct: distinct, constantArguments: args,
                                                        options: options)
        else { throw DossierError.internal("no aggregator \(name)") }
        for v in values { try agg.add(v) }
        return try agg.result()
    }

    func code(_ body: () throws(DossierError) -> Value) -> DossierError.Code? {
        do { _ = try body(); return nil } catch { return error.code }
    }

    @Test func emptyInput() throws {
        #expect(try run("count", []) == 0)
        #expect(try run("sum", []) == 0)
        #expect(try run("avg", []) == .null)
        #expect(try run("min", []) == .null)
        #expect(try run("max", []) == .null)
        #expect(try run("collect", []) == [])
        #expect(try run("percentileDisc", [], args: [0.5]) == .null)
        #expect(try run("stDev", []) == 0.0)
        var star = Aggregators.makeCountStar()
        #expect(try star.result() == 0)
        try star.add(.null)
        try star.add(.null)
        #expect(try star.result() == 2)
    }

    @Test func nullsSkipped() throws {
        #expect(try run("count", [1, .null, 2]) == 2)
        #expect(try run("collect", [.null, 1, .null]) == [1])
        #expect(try run("sum", [1, .null, 2]) == 3)
        #expect(try run("avg", [.null, 1, 2]) == 1.5)
        #expect(try run("min", [.null, 3, 2]) == 2)
        #expect(try run("max", [.null, 3, 2]) == 3)
    }

    @Test func distinctUsesEquivalence() throws {
        #expect(try run("collect", [.null, 1, .null], distinct: true) == [1])
        #expect(try run("count", [1, 1.0, 2, .null, [1], [1.0]], distinct: true) == 3)
        #expect(try run("sum", [1, 1, 2], distinct: true) == 3)
        #expect(try run("count", [.float(.nan), .float(.nan)], distinct: true) == 1)
    }

    @Test func sumTypes() throws {
        #expect(try run("sum", [1, 2]) == 3)
        #expect(try run("sum", [1, 2.5]) == 3.5)
        #expect(try run("sum", [2.5, 1]) == 3.5)
        #expect(code { () throws(DossierError) in try run("sum", [.int(.max), 1]) } == .integerOverflow)
        #expect(code { () throws(DossierError) in try run("sum", ["a"]) } == .invalidArgumentType)
        #expect(try run("avg", [1, 2]) == 1.5)
        #expect(try run("avg", [1]) == 1.0)
    }

    @Test func minMaxOverMixedValues() throws {
        let mixed: [Value] = [1, "a", .null, [1, 2], 0.2, "b"]
        #expect(try run("max", mixed) == 1)
        #expect(try run("min", mixed) == [1, 2])
        #expect(try run("max", [1, 2.0, 0]) == 2.0)
        #expect(try run("min", [1, 0.5]) == 0.5)
    }

    @Test func percentiles() throws {
        let prices: [Value] = [10.0, 20.0, 30.0]
        #expect(try run("percentileDisc", prices, args: [0.0]) == 10.0)
        #expect(try run("percentileDisc", prices, args: [0.5]) == 20.0)
        #expect(try run("percentileDisc", prices, args: [1.0]) == 30.0)
        #expect(try run("percentileCont", prices, args: [0.0]) == 10.0)
        #expect(try run("percentileCont", prices, args: [0.5]) == 20.0)
        #expect(try run("percentileCont", prices, args: [0.25]) == 15.0)
        #expect(try run("percentileDisc", [3, 1, 2], args: [0.5]) == 2)
        for bad: Value in [1000, -1, 1.1, "x"] {
            #expect(code { () throws(DossierError) in try run("percentileCont", prices, args: [bad]) } == .numberOutOfRange)
        }
        // Per-row percentile (non-constant): validated on each row.
        guard var agg = try Aggregators.makeAggregator(name: "percentileDisc", distinct: false, constantArguments: [])
        else { Issue.record("no aggregator"); return }
        #expect(throws: DossierError.self) { try agg.add(3, percentile: 3) }
        try agg.add(3, percentile: 0.5)
        #expect(try agg.result() == 3)
    }

    @Test func standardDeviation() throws {
        #expect(try run("stDevP", [2, 4, 4, 4, 5, 5, 7, 9]) == 2.0)
        guard case .float(let s) = try run("stDev", [1, 2, 3, 4]) else { Issue.record("not float"); return }
        #expect(abs(s - 1.2909944487358056) < 1e-12)
        #expect(try run("stDev", [5]) == 0.0)
    }

    @Test func collectLimit() {
        var o = DatabaseOptions()
        o.maxCollectionSize = 3
        #expect(code { () throws(DossierError) in try run("collect", [1, 2, 3, 4], options: o) } == .collectionTooLarge)
    }

    @Test func unknownName() throws {
        #expect(try Aggregators.makeAggregator(name: "size", distinct: false, constantArguments: []) == nil)
        #expect(try Aggregators.makeAggregator(name: "COLLECT", distinct: false, constantArguments: []) != nil)
        #expect(Aggregators.isAggregate("Count"))
        #expect(!Aggregators.isAggregate("toInteger"))
    }
}
