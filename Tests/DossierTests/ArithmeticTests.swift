import Testing
@testable import Dossier

@Suite struct ArithmeticTests {
    func code(_ body: () throws(DossierError) -> Value) -> DossierError.Code? {
        do { _ = try body(); return nil } catch { return error.code }
    }

    @Test func nullPropagates() throws {
        #expect(try Value.add(1, .null) == .null)
        #expect(try Value.subtract(.null, 1) == .null)
        #expect(try Value.multiply(.null, .null) == .null)
        #expect(try Value.divide(1, .null) == .null)
        #expect(try Value.modulo(.null, 0) == .null)
        #expect(try Value.power(.null, 2) == .null)
        #expect(try Value.negate(.null) == .null)
        #expect(try Value.add([1], .null) == .null)
        #expect(try Value.add("a", .null) == .null)
    }

    @Test func integers() throws {
        #expect(try Value.add(2, 3) == 5)
        #expect(try Value.subtract(2, 3) == -1)
        #expect(try Value.multiply(4, 3) == 12)
        #expect(try Value.divide(7, 2) == 3)
        #expect(try Value.divide(-7, 2) == -3)
        #expect(try Value.modulo(-7, 3) == -1)
        #expect(try Value.modulo(7, -3) == 1)
        #expect(try Value.modulo(.int(.min), -1) == 0)
        #expect(try Value.power(2, 3) == .float(8))
        #expect(try Value.negate(5) == -5)
    }

    @Test func overflow() {
        #expect(code { () throws(DossierError) in try Value.add(.int(.max), 1) } == .integerOverflow)
        #expect(code { () throws(DossierError) in try Value.subtract(.int(.min), 1) } == .integerOverflow)
        #expect(code { () throws(DossierError) in try Value.multiply(.int(.max), 2) } == .integerOverflow)
        #expect(code { () throws(DossierError) in try Value.divide(.int(.min), -1) } == .integerOverflow)
        #expect(code { () throws(DossierError) in try Value.negate(.int(.min)) } == .integerOverflow)
    }

    @Test func divisionByZero() throws {
        #expect(code { () throws(DossierError) in try Value.divide(1, 0) } == .divisionByZero)
        #expect(code { () throws(DossierError) in try Value.modulo(1, 0) } == .divisionByZero)
        #expect(try Value.divide(1.0, 0) == .float(.infinity))
        #expect(try Value.divide(-1, 0.0) == .float(-.infinity))
        guard case .float(let d) = try Value.divide(0.0, 0.0) else { Issue.record("not a float"); return }
        #expect(d.isNaN)
    }

    @Test func mixedNumbers() throws {
        #expect(try Value.add(1, 0.5) == 1.5)
        #expect(try Value.multiply(2, 1.5) == 3.0)
        #expect(try Value.divide(1, 2.0) == 0.5)
        #expect(try Value.modulo(7.5, 2) == 1.5)
        #expect(try Value.power(4, 0.5) == 2.0)
        #expect(try Value.power(try Value.power(4, 6), 3) == .float(68_719_476_736))
    }

    @Test func concatenation() throws {
        #expect(try Value.add([1, 10, 100], [4, 5]) == [1, 10, 100, 4, 5])
        #expect(try Value.add([false, true], false) == [false, true, false])
        #expect(try Value.add(0, [1]) == [0, 1])
        #expect(try Value.add([1], [[2]]) == [1, [2]])
        #expect(try Value.add("ab", "cd") == "abcd")
        #expect(try Value.add("a", 1) == "a1")
        #expect(try Value.add(1.5, "a") == "1.5a")
        #expect(code { () throws(DossierError) in try Value.add("a", true) } == .invalidArgumentType)
        #expect(code { () throws(DossierError) in try Value.add(1, true) } == .invalidArgumentType)
        #expect(code { () throws(DossierError) in try Value.subtract("a", "b") } == .invalidArgumentType)
        #expect(code { () throws(DossierError) in try Value.negate("a") } == .invalidArgumentType)
    }

    @Test func collectionLimits() {
        #expect(code { () throws(DossierError) in try Value.add([1, 2], [3], maxCollectionSize: 2) } == .collectionTooLarge)
        #expect(code { () throws(DossierError) in try Value.add([1, 2], 3, maxCollectionSize: 2) } == .collectionTooLarge)
        #expect(code { () throws(DossierError) in try Value.add("ab", "c", maxCollectionSize: 2) } == .collectionTooLarge)
        // 'é' is 2 UTF-8 bytes but 1 scalar: "éé" has 2 scalars.
        #expect(code { () throws(DossierError) in try Value.add("é", "é", maxCollectionSize: 2) } == nil)
    }

    // MARK: - Literals

    @Test func cypherLiterals() {
        #expect(Value.null.cypherLiteral() == "null")
        #expect(Value.bool(true).cypherLiteral() == "true")
        #expect(Value.int(-42).cypherLiteral() == "-42")
        #expect(Value.float(1).cypherLiteral() == "1.0")
        #expect(Value.float(2.3).cypherLiteral() == "2.3")
        #expect(Value.float(0.1 + 0.2).cypherLiteral() == "0.30000000000000004")
        #expect(Value.float(1e20).cypherLiteral() == "1.0E20")
        #expect(Value.float(1.5e-7).cypherLiteral() == "1.5E-7")
        #expect(Value.float(12_345_678).cypherLiteral() == "1.2345678E7")
        #expect(Value.float(1_234_567).cypherLiteral() == "1234567.0")
        #expect(Value.float(0.001).cypherLiteral() == "0.001")
        #expect(Value.float(-0.0).cypherLiteral() == "-0.0")
        #expect(Value.float(.nan).cypherLiteral() == "0.0/0.0")
        #expect(Value.float(.infinity).cypherLiteral() == "1.0/0.0")
        #expect(Value.float(-.infinity).cypherLiteral() == "-1.0/0.0")
        #expect(Value.string("it's\n\\\t\u{1}").cypherLiteral() == "'it\\'s\\n\\\\\\t\\u0001'")
        #expect(Value.list([1, "a", [.null]]).cypherLiteral() == "[1, 'a', [null]]")
        #expect(Value.map(["name": "x", "odd key": 1, "a`b": 2, "1x": 3]).cypherLiteral()
                == "{name: 'x', `odd key`: 1, `a``b`: 2, `1x`: 3}")
        #expect(Value.list([]).cypherLiteral() == "[]")
        #expect(Value.map([:]).cypherLiteral() == "{}")
    }

    @Test func floatsRoundTrip() {
        for d in [0.1, 1.0 / 3, 123_456.789, Double.leastNonzeroMagnitude, 1.7976931348623157e308, 9_007_199_254_740_993.0, 1e-3, 9_999_999.999] {
            let text = Value.float(d).cypherLiteral()
            let swiftText = text.replacingOccurrences("E", "e")
            #expect(Double(swiftText) == d, "\(text)")
            #expect(text.contains(".") || text.contains("E"))
        }
    }

    @Test func randomFloatsRoundTrip() {
        var rng = SystemRandomNumberGenerator()
        for _ in 0..<20_000 {
            let d = Double(bitPattern: rng.next())
            guard d.isFinite else { continue }
            let text = Value.formatFloat(d).replacingOccurrences("E", "e")
            #expect(Double(text) == d, "\(d) -> \(text)")
        }
    }

    // MARK: - Access and string predicates

    @Test func indexing() throws {
        let list: Value = [1, 2, 3]
        #expect(try Value.index(list, 0) == 1)
        #expect(try Value.index(list, -1) == 3)
        #expect(try Value.index(list, 3) == .null)
        #expect(try Value.index(list, -4) == .null)
        #expect(try Value.index(list, .null) == .null)
        #expect(try Value.index(.null, 0) == .null)
        #expect(try Value.index(["name": "Apa"], "name") == "Apa")
        #expect(try Value.index(["name": "Apa"], "Name") == .null)
        #expect(code { () throws(DossierError) in try Value.index(list, 1.0) } == .invalidArgumentType)
        #expect(code { () throws(DossierError) in try Value.index(list, "1") } == .invalidArgumentType)
        #expect(code { () throws(DossierError) in try Value.index("abc", 0) } == .invalidArgumentType)
        #expect(code { () throws(DossierError) in try Value.index(123, 0) } == .invalidArgumentType)
        #expect(code { () throws(DossierError) in try Value.index(["name": "Apa"], 0) } == .mapElementAccessByNonString)
        #expect(code { () throws(DossierError) in try Value.index(["name": "Apa"], 12.3) } == .mapElementAccessByNonString)
    }

    @Test func slicing() throws {
        let list: Value = [1, 2, 3]
        #expect(try Value.slice(list, from: -3, to: -1) == [1, 2])
        #expect(try Value.slice(list, from: 3, to: 1) == [])
        #expect(try Value.slice(list, from: 1, to: .null) == .null)
        #expect(try Value.slice(list, from: nil, to: 2) == [1, 2])
        #expect(try Value.slice(list, from: 1, to: nil) == [2, 3])
        #expect(try Value.slice(list, from: 0, to: 10) == [1, 2, 3])
        #expect(try Value.slice(.null, from: 0, to: 1) == .null)
        #expect(code { () throws(DossierError) in try Value.slice("abc", from: 0, to: 1) } == .invalidArgumentType)
    }

    @Test func stringPredicates() {
        #expect(Value.startsWith("abc", "ab") == true)
        #expect(Value.startsWith("abc", "") == true)
        #expect(Value.startsWith("abc", "AB") == false)
        #expect(Value.endsWith("abc", "bc") == true)
        #expect(Value.endsWith("abc", "abcd") == false)
        #expect(Value.contains("abc", "b") == true)
        #expect(Value.contains("abc", "") == true)
        #expect(Value.contains("", "a") == false)
        let operands: [Value] = [1, 3.14, true, [], [:], .null]
        for a in operands { for b in operands {
            #expect(Value.startsWith(a, b) == .null)
            #expect(Value.endsWith(a, b) == .null)
            #expect(Value.contains(a, b) == .null)
        } }
        #expect(Value.contains("abc", .null) == .null)
    }
}

extension String {
    fileprivate func replacingOccurrences(_ a: Character, _ b: Character) -> String {
        String(map { $0 == a ? b : $0 })
    }
}
