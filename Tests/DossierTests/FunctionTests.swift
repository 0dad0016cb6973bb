import Testing
@testable import Dossier

@Suite struct FunctionTests {
    let store = GraphStore()
    var options = DatabaseOptions()

    func call(_ name: String, _ args: Value...) throws(DossierError) -> Value {
        guard let f = BuiltinFunctions.lookup(name) else {
            throw DossierError.compile(.unknownFunction, "no \(name)", at: nil)
        }
        #expect(f.accepts(arity: args.count), "\(name)/\(args.count)")
        return try f.call(args, FunctionContext(store: store, options: options))
    }

    func code(_ name: String, _ args: Value...) -> DossierError.Code? {
        guard let f = BuiltinFunctions.lookup(name) else { return .unknownFunction }
        do { _ = try f.call(args, FunctionContext(store: store, options: options)); return nil } catch { return error.code }
    }

    func kind(_ name: String, _ args: Value...) -> DossierError.Kind? {
        guard let f = BuiltinFunctions.lookup(name) else { return nil }
        do { _ = try f.call(args, FunctionContext(store: store, options: options)); return nil } catch { return error.kind }
    }

    @Test func registry() {
        #expect(BuiltinFunctions.lookup("toInteger")?.name == "toInteger")
        #expect(BuiltinFunctions.lookup("TOINTEGER")?.name == "toInteger")
        #expect(BuiltinFunctions.lookup("nope") == nil)
        #expect(BuiltinFunctions.lookup("count")?.isAggregate == true)
        #expect(BuiltinFunctions.lookup("size")?.isAggregate == false)
        #expect(BuiltinFunctions.lookup("rand")?.isDeterministic == false)
        #expect(BuiltinFunctions.lookup("coalesce")?.maxArity == Int.max)
        #expect(BuiltinFunctions.lookup("range")?.minArity == 2)
        #expect(BuiltinFunctions.lookup("range")?.maxArity == 3)
        let required = "id labels type keys properties startNode endNode nodes relationships length size head last tail range reverse coalesce toInteger toFloat toString toBoolean toUpper toLower trim ltrim rtrim substring replace split left right abs sign round floor ceil sqrt exists toStringOrNull toIntegerOrNull toFloatOrNull toBooleanOrNull exp log log10 sin cos tan asin acos atan atan2 pi e rand isEmpty"
        for name in required.split(separator: " ") {
            #expect(BuiltinFunctions.lookup(String(name))?.name == String(name))
        }
    }

    @Test func graphFunctions() throws {
        let person = store.labels.intern("Person")
        let nameKey = store.keys.intern("name")
        let knows = store.types.intern("KNOWS")
        let a = store.createNode(labels: [person], properties: [Property(key: nameKey, value: "Ann")])
        let b = store.createNode(labels: [], properties: [])
        let r = store.createRelationship(type: knows, start: a, end: b, properties: [])
        #expect(try call("id", .node(a)) == .int(Int64(a.rawValue)))
        #expect(try call("id", .relationship(r)) == .int(Int64(r.rawValue)))
        #expect(try call("labels", .node(a)) == ["Person"])
        #expect(try call("labels", .node(b)) == [])
        #expect(try call("labels", .null) == .null)
        #expect(try call("type", .relationship(r)) == "KNOWS")
        #expect(try call("keys", .node(a)) == ["name"])
        #expect(try call("keys", ["k": .null]) == ["k"])
        #expect(try call("properties", .node(a)) == ["name": "Ann"])
        #expect(try call("properties", ["x": 1]) == ["x": 1])
        #expect(try call("startNode", .relationship(r)) == .node(a))
        #expect(try call("endNode", .relationship(r)) == .node(b))
        let p = Value.path(PathValue(nodes: [a, b], relationships: [r]))
        #expect(try call("nodes", p) == [.node(a), .node(b)])
        #expect(try call("relationships", p) == [.relationship(r)])
        #expect(try call("length", p) == 1)
        #expect(try call("exists", .null) == false)
        #expect(try call("exists", 1) == true)
        #expect(code("labels", 1) == .invalidArgumentValue)
        #expect(code("type", .node(a)) == .invalidArgumentValue)
        for bad: Value in [0, 1.0, true, "", []] { #expect(code("type", bad) == .invalidArgumentValue) }
        // Deleted in this transaction: labels / properties fail, id and type still work.
        store.deleteRelationship(r)
        store.deleteNode(a)
        #expect(code("labels", .node(a)) == .deletedEntityAccess)
        #expect(kind("labels", .node(a)) == .entityNotFound)
        #expect(code("properties", .node(a)) == .deletedEntityAccess)
        #expect(code("keys", .relationship(r)) == .deletedEntityAccess)
        #expect(try call("id", .node(a)) == .int(Int64(a.rawValue)))
        #expect(try call("type", .relationship(r)) == "KNOWS")
        #expect(throws: DossierError.self) { try Value.property(of: .node(a), key: "name", store: store) }
    }

    @Test func listFunctions() throws {
        #expect(try call("size", [1, 2]) == 2)
        #expect(try call("size", "héllo") == 5)
        #expect(try call("size", "e\u{301}") == 2)  // code points, not graphemes
        #expect(try call("size", .null) == .null)
        #expect(try call("head", [1, 2]) == 1)
        #expect(try call("head", []) == .null)
        #expect(try call("last", [1, 2]) == 2)
        #expect(try call("tail", [1, 2]) == [2])
        #expect(try call("tail", []) == [])
        #expect(try call("reverse", [1, 2]) == [2, 1])
        #expect(try call("reverse", "raksO") == "Oskar")
        #expect(try call("coalesce", .null, .null, 3, 4) == 3)
        #expect(try call("coalesce", .null) == .null)
        #expect(try call("isEmpty", []) == true)
        #expect(try call("isEmpty", "a") == false)
        #expect(code("size", 1) == .invalidArgumentValue)
        #expect(code("head", "a") == .invalidArgumentValue)
    }

    @Test func range() throws {
        #expect(try call("range", 0, 3) == [0, 1, 2, 3])
        #expect(try call("range", 0, 10, 3) == [0, 3, 6, 9])
        #expect(try call("range", 3, 0, -2) == [3, 1])
        #expect(try call("range", 0, -1) == [])
        #expect(try call("range", -2000, 0, 1298) == [-2000, -702])
        #expect(try call("range", .int(.max - 1), .int(.max)) == [.int(.max - 1), .int(.max)])
        #expect(try call("range", .int(.min), .int(.min + 1)) == [.int(.min), .int(.min + 1)])
        for (a, b, c): (Value, Value, Value) in [(0, 0, 0), (2, 8, 0), (-2, 8, 0)] {
            #expect(code("range", a, b, c) == .numberOutOfRange)
            #expect(kind("range", a, b, c) == .argumentError)
        }
        for (a, b, c): (Value, Value, Value) in [(true, 1, 1), (0, 1.0, 1), (0, 1, 1.1), ("x", 1, 1), (0, [1], 1), (-0.0, 1, 1)] {
            #expect(code("range", a, b, c) == .invalidArgumentType)
            #expect(kind("range", a, b, c) == .argumentError)
        }
    }

    @Test func rangeLimitFailsFast() {
        let clock = ContinuousClock()
        let start = clock.now
        #expect(code("range", 1, 100_000_000) == .collectionTooLarge)
        #expect(kind("range", 1, 100_000_000) == .resourceLimit)
        #expect(code("range", .int(.min), .int(.max)) == .collectionTooLarge)
        #expect(clock.now - start < .milliseconds(100))
    }

    @Test func stringFunctions() throws {
        #expect(try call("toUpper", "abc") == "ABC")
        #expect(try call("toLower", "ÀBC") == "àbc")
        #expect(try call("trim", "  a b \t\n") == "a b")
        #expect(try call("ltrim", "  a ") == "a ")
        #expect(try call("rtrim", "  a ") == "  a")
        #expect(try call("substring", "0123456789", 1) == "123456789")
        #expect(try call("substring", "0123456789", 1, 3) == "123")
        #expect(try call("substring", "abc", 5) == "")
        #expect(try call("substring", "héllo", 1, 2) == "él")
        #expect(code("substring", "abc", -1) == .numberOutOfRange)
        #expect(try call("left", "hello", 2) == "he")
        #expect(try call("left", "hello", 20) == "hello")
        #expect(try call("right", "hello", 2) == "lo")
        #expect(code("right", "hello", -1) == .numberOutOfRange)
        #expect(try call("replace", "hello", "l", "L") == "heLLo")
        #expect(try call("replace", "abc", "", "-") == "-a-b-c-")
        #expect(try call("replace", "aaa", "aa", "b") == "ba")
        #expect(try call("split", "one1two", "1") == ["one", "two"])
        #expect(try call("split", "a,,b,", ",") == ["a", "", "b", ""])
        #expect(try call("split", "abc", "") == ["a", "b", "c"])
        #expect(try call("split", "a-b_c", ["-", "_"]) == ["a", "b", "c"])
        #expect(try call("toUpper", .null) == .null)
        #expect(try call("split", .null, ",") == .null)
        #expect(try call("substring", .null, 1) == .null)
        #expect(code("toUpper", 1) == .invalidArgumentValue)
        #expect(code("trim", []) == .invalidArgumentValue)
    }

    @Test func conversions() throws {
        #expect(try call("toInteger", 82.9) == 82)
        #expect(try call("toInteger", -82.9) == -82)
        #expect(try call("toInteger", "42") == 42)
        #expect(try call("toInteger", "2.9") == 2)
        #expect(try call("toInteger", "foo") == .null)
        #expect(try call("toInteger", "") == .null)
        #expect(try call("toInteger", true) == 1)
        #expect(try call("toInteger", .null) == .null)
        #expect(code("toInteger", 1e30) == .numberOutOfRange)
        #expect(try call("toIntegerOrNull", 1e30) == .null)
        #expect(try call("toFloat", 3) == 3.0)
        #expect(try call("toFloat", "5") == 5.0)
        #expect(try call("toFloat", "1e3") == 1000.0)
        #expect(try call("toFloat", "foo") == .null)
        #expect(try call("toFloat", "inf") == .null)
        #expect(try call("toString", 42) == "42")
        #expect(try call("toString", 2.3) == "2.3")
        #expect(try call("toString", 1.0) == "1.0")
        #expect(try call("toString", true) == "true")
        #expect(try call("toString", "apa") == "apa")
        #expect(try call("toBoolean", "true") == true)
        #expect(try call("toBoolean", "FALSE") == false)
        #expect(try call("toBoolean", " tru ") == .null)
        #expect(try call("toBoolean", "") == .null)
        #expect(try call("toBoolean", 0) == false)
        for bad: Value in [[], [:], .node(NodeID(0)), .relationship(RelationshipID(0)), .path(PathValue(single: NodeID(0)))] {
            #expect(code("toInteger", bad) == .invalidArgumentValue)
            #expect(code("toFloat", bad) == .invalidArgumentValue)
            #expect(code("toString", bad) == .invalidArgumentValue)
            #expect(code("toBoolean", bad) == .invalidArgumentValue)
            #expect(kind("toString", bad) == .typeError)
            #expect(try call("toIntegerOrNull", bad) == .null)
            #expect(try call("toFloatOrNull", bad) == .null)
            #expect(try call("toStringOrNull", bad) == .null)
            #expect(try call("toBooleanOrNull", bad) == .null)
        }
        #expect(code("toFloat", true) == .invalidArgumentValue)
        #expect(code("toBoolean", 1.0) == .invalidArgumentValue)
    }

    @Test func math() throws {
        #expect(try call("abs", -3) == 3)
        #expect(try call("abs", -3.5) == 3.5)
        #expect(code("abs", .int(.min)) == .integerOverflow)
        #expect(try call("sign", -17) == -1)
        #expect(try call("sign", 0.1) == 1)
        #expect(try call("sign", 0) == 0)
        #expect(try call("round", 2.5) == 3.0)
        #expect(try call("round", -2.5) == -2.0)
        #expect(try call("round", 2.4) == 2.0)
        #expect(try call("round", 3) == 3.0)
        #expect(try call("round", 3.14159, 2) == 3.14)
        #expect(try call("round", 2.675, 2) == 2.68)  // decimal, not binary, half-up
        #expect(try call("round", -1.5, 0) == -2.0)
        #expect(try call("round", 1.25, 1, "HALF_EVEN") == 1.2)
        #expect(try call("round", 1.21, 1, "UP") == 1.3)
        #expect(try call("round", 1234.5, -2) == 1200.0)
        #expect(code("round", 1.0, 1, "SIDEWAYS") == .invalidArgumentValue)
        #expect(try call("floor", 1.7) == 1.0)
        #expect(try call("ceil", 1.2) == 2.0)
        #expect(try call("ceil", 1) == 1.0)
        #expect(try call("sqrt", 16) == 4.0)
        #expect(try call("exp", 0) == 1.0)
        #expect(try call("log10", 100) == 2.0)
        #expect(try call("atan2", 0, 1) == 0.0)
        #expect(try call("pi") == .float(.pi))
        for f in ["abs", "sign", "round", "floor", "ceil", "sqrt", "sin", "log"] {
            #expect(try call(f, .null) == .null)
            #expect(code(f, "x") == .invalidArgumentValue)
        }
        guard case .float(let r) = try call("rand") else { Issue.record("rand"); return }
        #expect(r >= 0 && r < 1)
    }
}
