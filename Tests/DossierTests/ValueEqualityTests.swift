import Testing
@testable import Dossier

@Suite struct ValueEqualityTests {
    let nan = Value.float(.nan)

    @Test func nullGivesUnknown() {
        #expect(Value.cypherEquals(.null, .null) == nil)
        #expect(Value.cypherEquals(1, .null) == nil)
        #expect(Value.cypherNotEquals(.null, 1) == nil)
    }

    @Test func numbers() {
        #expect(Value.cypherEquals(1, 1.0) == true)
        #expect(Value.cypherEquals(1.0, 1) == true)
        #expect(Value.cypherEquals(1, 2) == false)
        #expect(Value.cypherEquals("1", 1) == false)
        #expect(Value.cypherEquals(nan, nan) == false)
        #expect(Value.cypherNotEquals(nan, nan) == true)
        #expect(Value.cypherEquals(nan, 1) == false)
        // Exact int/float comparison: 2^53 + 1 is not equal to the float 2^53.
        #expect(Value.cypherEquals(.int(9_007_199_254_740_993), .float(9_007_199_254_740_992)) == false)
        #expect(Value.cypherEquals(.int(9_007_199_254_740_992), .float(9_007_199_254_740_992)) == true)
        #expect(Value.cypherEquals(.int(.max), .float(9_223_372_036_854_775_808.0)) == false)
        #expect(Value.cypherEquals(.float(0.0), .float(-0.0)) == true)
    }

    @Test func strings() {
        #expect(Value.cypherEquals("a", "a") == true)
        #expect(Value.cypherEquals("a", "A") == false)
        // Canonically equivalent but different scalars are not equal.
        #expect(Value.cypherEquals("\u{E9}", "e\u{301}") == false)
    }

    @Test func lists() {
        #expect(Value.cypherEquals([1, 2], [1, 2]) == true)
        #expect(Value.cypherEquals([1, 2], [.null, 2]) == nil)
        #expect(Value.cypherEquals([1, 2], [1]) == false)
        #expect(Value.cypherEquals([1, 2], [.null, 3]) == false)
        #expect(Value.cypherEquals([[1]], [[1.0]]) == true)
        #expect(Value.cypherEquals([], []) == true)
    }

    @Test func maps() {
        #expect(Value.cypherEquals(["k": .null], ["k": .null]) == nil)
        #expect(Value.cypherEquals([:], ["k": .null]) == false)
        #expect(Value.cypherEquals(["a": 1, "b": 2], ["b": 2, "a": 1]) == true)
        #expect(Value.cypherEquals(["a": 1], ["b": 1]) == false)
        #expect(Value.cypherEquals(["a": 1, "b": .null], ["a": 2, "b": .null]) == false)
    }

    @Test func graphValuesAndMixedTypes() {
        #expect(Value.cypherEquals(.node(NodeID(1)), .node(NodeID(1))) == true)
        #expect(Value.cypherEquals(.node(NodeID(1)), .relationship(RelationshipID(1))) == false)
        #expect(Value.cypherEquals(true, 1) == false)
        #expect(Value.cypherEquals([1], 1) == false)
    }

    @Test func inOperator() throws {
        #expect(try Value.isIn(5, [1, 2, 3, .null]) == nil)
        #expect(try Value.isIn(1, [.null, 1]) == true)
        #expect(try Value.isIn(.null, []) == false)
        #expect(try Value.isIn(.null, [1]) == nil)
        #expect(try Value.isIn([1, 2], [1, [[1, 2]]]) == false)
        #expect(try Value.isIn([1, 2], [[.null, 2]]) == nil)
        #expect(try Value.isIn([1, 2], [[1, 2]]) == true)
        #expect(try Value.isIn(1, .null) == nil)
        #expect(throws: DossierError.self) { try Value.isIn(1, 1) }
    }

    // MARK: - Equivalence

    func key(_ v: Value) -> EquivalenceKey { EquivalenceKey(v) }

    @Test func equivalence() {
        #expect(key(.null) == key(.null))
        #expect(key(nan) == key(nan))
        #expect(key(1) == key(1.0))
        #expect(key([1, .null]) == key([1.0, .null]))
        #expect(key(["a": 1, "b": [.null]]) == key(["b": [.null], "a": 1.0]))
        #expect(key("a") != key("b"))
        #expect(key(1) != key("1"))
        #expect(key(.int(9_007_199_254_740_993)) != key(.float(9_007_199_254_740_992)))
        #expect(key(0.0) == key(-0.0))
    }

    @Test func equivalenceHashing() {
        let values: [Value] = [1, 1.0, .null, .null, nan, .float(-.nan), [1, 2], [1.0, 2.0], ["a": 1, "b": 2], ["b": 2.0, "a": 1],
                               "x", "x", 0.5, 2, 0.0, -0.0]
        let distinct = Set(values.map(EquivalenceKey.init))
        // {1}, {null}, {NaN}, {[1,2]}, {map}, {"x"}, {0.5}, {2}, {0}
        #expect(distinct.count == 9)
        let rows = Set([RowKey([1, .null]), RowKey([1.0, .null]), RowKey([.null, 1])])
        #expect(rows.count == 2)
    }
}

@Suite struct ValueNestingTests {
    @Test func nestingDepth() throws {
        #expect(!Value.int(1).nestingExceeds(0))
        #expect(Value.list([1]).nestingExceeds(0))
        #expect(!Value.list([1]).nestingExceeds(1))
        #expect(Value.list([["a": [1]]]).nestingExceeds(2))
        #expect(!Value.list([["a": [1]]]).nestingExceeds(3))
        var deep: Value = []
        for _ in 0..<999 { deep = .list([deep]) }  // 1000 levels
        #expect(!deep.nestingExceeds(1000))
        #expect(deep.nestingExceeds(999))
        #expect(throws: DossierError.self) { try Value.checkNesting(ofElement: deep) }
        try Value.checkNesting(ofElement: .list([1]))
    }
}
