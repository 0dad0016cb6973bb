/// openCypher *equality* (`=`, `<>`, `IN`): three-valued, numeric across int/float.
extension Value {
    /// openCypher `=`: `true`, `false`, or `nil` for null (unknown).
    ///
    /// - A null operand gives nil. `1 = 1.0` is true; NaN is never equal, even to itself.
    /// - Lists: false when lengths differ, else the three-valued AND of the elements.
    /// - Maps: false when key sets differ (a null-valued key still counts), else the AND of values.
    /// - Nodes and relationships by id, paths by their elements; different types are false.
    ///
    /// Example: `[1, 2] = [null, 2]` → nil; `{} = {k: null}` → false.
    public static func cypherEquals(_ a: Value, _ b: Value) -> Bool? {
        switch (a, b) {
        case (.null, _), (_, .null): return nil
        case let (.bool(x), .bool(y)): return x == y
        case let (.int(x), .int(y)): return x == y
        case let (.float(x), .float(y)): return x == y
        case let (.int(x), .float(y)): return numericEquals(x, y)
        case let (.float(x), .int(y)): return numericEquals(y, x)
        case let (.string(x), .string(y)): return x.utf8.elementsEqual(y.utf8)
        case let (.list(x), .list(y)):
            guard x.count == y.count else { return false }
            var unknown = false
            for i in x.indices {
                switch cypherEquals(x[i], y[i]) {
                case .some(false): return false
                case .none: unknown = true
                case .some(true): break
                }
            }
            return unknown ? nil : true
        case let (.map(x), .map(y)):
            guard x.count == y.count else { return false }
            var unknown = false
            for (k, v) in x {
                guard let w = y[k] else { return false }
                switch cypherEquals(v, w) {
                case .some(false): return false
                case .none: unknown = true
                case .some(true): break
                }
            }
            return unknown ? nil : true
        case let (.node(x), .node(y)): return x == y
        case let (.relationship(x), .relationship(y)): return x == y
        case let (.path(x), .path(y)): return x == y
        case let (.temporal(x), .temporal(y)): return x == y
        default: return false
        }
    }

    /// `a <> b`: the negation of `cypherEquals` (nil stays nil).
    @inlinable
    public static func cypherNotEquals(_ a: Value, _ b: Value) -> Bool? {
        cypherEquals(a, b).map { !$0 }
    }

    /// Exact equality of an integer and a float (no rounding of the integer through Double).
    @usableFromInline
    static func numericEquals(_ i: Int64, _ d: Double) -> Bool {
        compareIntDouble(i, d) == 0
    }

    /// Exact comparison of an Int64 with a non-NaN Double: -1, 0, 1.
    /// Returns nil for NaN.
    @usableFromInline
    static func compareIntDouble(_ i: Int64, _ d: Double) -> Int? {
        if d.isNaN { return nil }
        // 2^63 as a Double; every Int64 is < 2^63 and >= -2^63.
        if d >= 9223372036854775808.0 { return -1 }
        if d < -9223372036854775808.0 { return 1 }
        // d is within Int64 range: compare integer parts exactly, then the fraction.
        let t = d.rounded(.towardZero)
        let ti = Int64(t)
        if i < ti { return -1 }
        if i > ti { return 1 }
        let frac = d - t
        if frac > 0 { return -1 }
        if frac < 0 { return 1 }
        return 0
    }
}
