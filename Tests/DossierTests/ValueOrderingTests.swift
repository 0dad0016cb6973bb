import Testing
@testable import Dossier

@Suite struct ValueOrderingTests {
    func sorted(_ values: [Value]) -> [Value] {
        values.sorted { Value.compareForOrderBy($0, $1) < 0 }
    }

    @Test func globalTypeOrder() {
        let ascending: [Value] = [["k": 1], .node(NodeID(0)), .relationship(RelationshipID(0)), [1],
                                  .path(PathValue(single: NodeID(0))), "a", false, 1, .float(.nan), .null]
        #expect(sorted(ascending.reversed()) == ascending)
        for i in ascending.indices {
            for j in ascending.indices {
                let c = Value.compareForOrderBy(ascending[i], ascending[j])
                #expect(c == (i < j ? -1 : (i > j ? 1 : 0)))
            }
        }
    }

    @Test func withinTypes() {
        #expect(sorted([true, false]) == [false, true])
        #expect(sorted([2, 1.5, 1, -0.5]) == [-0.5, 1, 1.5, 2])
        #expect(sorted(["one", ".*", " ", ""]) == ["", " ", ".*", "one"])
        // Code-point order, not Swift's: "Z" (0x5A) < "a" (0x61) < "é" (0xE9) < "ｚ".
        #expect(sorted(["ｚ", "é", "a", "Z"]) == ["Z", "a", "é", "ｚ"])
        let lists: [Value] = [[], ["a"], ["a", 1], [1], [1, "a"], [1, .null], [.null, 1]]
        #expect(sorted(lists.reversed()) == lists)
    }

    @Test func numbersExactly() {
        // 2^53 + 1 (int) sorts after 2^53 (float) although Double(2^53 + 1) == 2^53.
        #expect(Value.compareForOrderBy(.int(9_007_199_254_740_993), .float(9_007_199_254_740_992)) == 1)
        #expect(Value.compareForOrderBy(.int(.max), .float(9_223_372_036_854_775_808.0)) == -1)
        #expect(Value.compareForOrderBy(.int(.min), .float(-9_223_372_036_854_775_808.0)) == 0)
        #expect(Value.compareForOrderBy(1, 1.0) == 0)
        #expect(Value.compareForOrderBy(.float(.infinity), .float(.nan)) == -1)
        #expect(Value.compareForOrderBy(.float(-.infinity), .int(.min)) == -1)
    }

    @Test func comparability() {
        #expect(Value.cypherCompare(.lessThan, "1", 1) == nil)
        #expect(Value.cypherCompare(.lessThan, 1, 1.0) == false)
        #expect(Value.cypherCompare(.lessThanOrEqual, 1, 1.0) == true)
        #expect(Value.cypherCompare(.lessThan, 1, 2.5) == true)
        #expect(Value.cypherCompare(.lessThan, .null, 1) == nil)
        #expect(Value.cypherCompare(.lessThan, false, true) == true)
        #expect(Value.cypherCompare(.lessThan, "a", "b") == true)
        #expect(Value.cypherCompare(.lessThan, ["a": 1], ["a": 2]) == nil)
        #expect(Value.cypherCompare(.lessThan, .node(NodeID(0)), .node(NodeID(1))) == nil)
    }

    @Test func nan() {
        let nan = Value.float(.nan)
        for op in [Value.ComparisonOperator.lessThan, .lessThanOrEqual, .greaterThan, .greaterThanOrEqual] {
            #expect(Value.cypherCompare(op, nan, 1) == false)
            #expect(Value.cypherCompare(op, nan, 1.0) == false)
            #expect(Value.cypherCompare(op, nan, nan) == false)
            #expect(Value.cypherCompare(op, nan, "a") == nil)
        }
        #expect(Value.compareForComparison(nan, 1) == nil)
    }

    @Test func lists() {
        #expect(Value.cypherCompare(.greaterThanOrEqual, [1, 0], [1]) == true)
        #expect(Value.cypherCompare(.greaterThanOrEqual, [1, .null], [1]) == true)
        #expect(Value.cypherCompare(.greaterThanOrEqual, [1, 2], [1, .null]) == nil)
        #expect(Value.cypherCompare(.greaterThanOrEqual, [1, "a"], [1, .null]) == nil)
        #expect(Value.cypherCompare(.greaterThanOrEqual, [1, 2], [3, .null]) == false)
        #expect(Value.compareForComparison([1, 2], [1, 2.0]) == 0)
    }
}
