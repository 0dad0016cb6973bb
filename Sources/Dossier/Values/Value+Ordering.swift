/// openCypher *ordering* (ORDER BY, min, max) and *comparability* (`< <= > >=`).
extension Value {
    /// Rank of a value's type in the global ascending order: map < node < relationship <
    /// list < path < datetime < localdatetime < date < time < localtime < duration < string <
    /// boolean < number < NaN < null.
    @inlinable
    static func orderRank(_ v: Value) -> Int {
        switch v {
        case .map: return 0
        case .node: return 1
        case .relationship: return 2
        case .list: return 3
        case .path: return 4
        case .temporal(let t): return 5 + t.kindRank
        case .string: return 11
        case .bool: return 12
        case .int: return 13
        case .float(let d): return d.isNaN ? 14 : 13
        case .null: return 15
        }
    }

    /// The total order used by ORDER BY, `min` and `max`: -1, 0 or 1 (ascending).
    ///
    /// Types follow the global order (see `orderRank`); within a type: `false < true`,
    /// numbers by exact value across int/float, strings by Unicode scalar (code point),
    /// lists lexicographically with this same order (a prefix first), nodes and
    /// relationships by id, paths element-wise, maps by their sorted (key, value) pairs.
    /// DESC is the exact reverse.
    public static func compareForOrderBy(_ a: Value, _ b: Value) -> Int {
        let ra = orderRank(a), rb = orderRank(b)
        if ra != rb { return ra < rb ? -1 : 1 }
        switch (a, b) {
        case let (.bool(x), .bool(y)): return x == y ? 0 : (x ? 1 : -1)
        case let (.int(x), .int(y)): return x < y ? -1 : (x > y ? 1 : 0)
        case let (.float(x), .float(y)):
            if x.isNaN || y.isNaN { return 0 }
            return x < y ? -1 : (x > y ? 1 : 0)
        case let (.int(x), .float(y)): return compareIntDouble(x, y) ?? 0
        case let (.float(x), .int(y)): return -(compareIntDouble(y, x) ?? 0)
        case let (.string(x), .string(y)): return compareStrings(x, y)
        case let (.list(x), .list(y)):
            let n = Swift.min(x.count, y.count)
            var i = 0
            while i < n {
                let c = compareForOrderBy(x[i], y[i])
                if c != 0 { return c }
                i += 1
            }
            return x.count < y.count ? -1 : (x.count > y.count ? 1 : 0)
        case let (.node(x), .node(y)): return x.rawValue < y.rawValue ? -1 : (x.rawValue > y.rawValue ? 1 : 0)
        case let (.relationship(x), .relationship(y)):
            return x.rawValue < y.rawValue ? -1 : (x.rawValue > y.rawValue ? 1 : 0)
        case let (.path(x), .path(y)): return comparePaths(x, y)
        case let (.map(x), .map(y)): return compareMaps(x, y)
        case let (.temporal(x), .temporal(y)): return TemporalValue.orderCompare(x, y)
        default: return 0
        }
    }

    /// Compares strings by Unicode code point. UTF-8 byte order is code-point order,
    /// so this walks the UTF-8 views (no normalisation, unlike Swift's `<`).
    @inlinable
    public static func compareStrings(_ x: String, _ y: String) -> Int {
        var i = x.utf8.makeIterator(), j = y.utf8.makeIterator()
        while true {
            switch (i.next(), j.next()) {
            case (nil, nil): return 0
            case (nil, _): return -1
            case (_, nil): return 1
            case let (p?, q?): if p != q { return p < q ? -1 : 1 }
            }
        }
    }

    static func comparePaths(_ x: PathValue, _ y: PathValue) -> Int {
        let n = Swift.min(x.nodes.count, y.nodes.count)
        for i in 0..<n {
            if x.nodes[i] != y.nodes[i] { return x.nodes[i] < y.nodes[i] ? -1 : 1 }
            if i < x.relationships.count && i < y.relationships.count && x.relationships[i] != y.relationships[i] {
                return x.relationships[i] < y.relationships[i] ? -1 : 1
            }
        }
        return x.nodes.count < y.nodes.count ? -1 : (x.nodes.count > y.nodes.count ? 1 : 0)
    }

    static func compareMaps(_ x: ValueMap, _ y: ValueMap) -> Int {
        let kx = x.keys.sorted { compareStrings($0, $1) < 0 }
        let ky = y.keys.sorted { compareStrings($0, $1) < 0 }
        let n = Swift.min(kx.count, ky.count)
        for i in 0..<n {
            let c = compareStrings(kx[i], ky[i])
            if c != 0 { return c }
            let d = compareForOrderBy(x[kx[i]] ?? .null, y[ky[i]] ?? .null)
            if d != 0 { return d }
        }
        return kx.count < ky.count ? -1 : (kx.count > ky.count ? 1 : 0)
    }

    // MARK: - Comparability

    /// The outcome of comparing two values with `< <= > >=`.
    public enum ComparisonOutcome: Sendable, Equatable {
        case less, equal, greater
        /// Comparable types but no order (NaN is involved): every operator gives false.
        case unordered
        /// Incomparable (different types, or a null was reached): every operator gives null.
        case incomparable
    }

    /// The four ordering operators.
    public enum ComparisonOperator: Sendable {
        case lessThan, lessThanOrEqual, greaterThan, greaterThanOrEqual
    }

    /// Compares for `< <= > >=`. Only values of one type are comparable, except integer with
    /// float; booleans, numbers, strings and lists are. Lists compare element by element and
    /// reaching a null (or an incomparable pair) is incomparable; a proper prefix is less.
    /// NaN against a number is `.unordered`; against anything else `.incomparable`.
    public static func comparisonOutcome(_ a: Value, _ b: Value) -> ComparisonOutcome {
        switch (a, b) {
        case let (.bool(x), .bool(y)): return x == y ? .equal : (x ? .greater : .less)
        case let (.int(x), .int(y)): return x < y ? .less : (x > y ? .greater : .equal)
        case let (.float(x), .float(y)):
            if x.isNaN || y.isNaN { return .unordered }
            return x < y ? .less : (x > y ? .greater : .equal)
        case let (.int(x), .float(y)):
            guard let c = compareIntDouble(x, y) else { return .unordered }
            return c < 0 ? .less : (c > 0 ? .greater : .equal)
        case let (.float(x), .int(y)):
            guard let c = compareIntDouble(y, x) else { return .unordered }
            return c > 0 ? .less : (c < 0 ? .greater : .equal)
        case let (.string(x), .string(y)):
            let c = compareStrings(x, y)
            return c < 0 ? .less : (c > 0 ? .greater : .equal)
        case let (.list(x), .list(y)):
            let n = Swift.min(x.count, y.count)
            var i = 0
            while i < n {
                let c = comparisonOutcome(x[i], y[i])
                if c != .equal { return c }
                i += 1
            }
            return x.count < y.count ? .less : (x.count > y.count ? .greater : .equal)
        case let (.temporal(x), .temporal(y)):
            guard let c = TemporalValue.chronologicalCompare(x, y) else { return .incomparable }
            return c < 0 ? .less : (c > 0 ? .greater : .equal)
        default:
            return .incomparable
        }
    }

    /// `a op b` with openCypher semantics: nil (null) when incomparable, false when NaN is
    /// compared with a number. Example: `'1' < 1` → nil; `1 < 1.0` → false.
    public static func cypherCompare(_ op: ComparisonOperator, _ a: Value, _ b: Value) -> Bool? {
        switch comparisonOutcome(a, b) {
        case .incomparable: return nil
        case .unordered: return false
        case .less: return op == .lessThan || op == .lessThanOrEqual
        case .equal: return op == .lessThanOrEqual || op == .greaterThanOrEqual
        case .greater: return op == .greaterThan || op == .greaterThanOrEqual
        }
    }

    /// -1, 0, 1 for comparable values; nil when incomparable **or unordered (NaN)**.
    /// Prefer `cypherCompare(_:_:_:)` for the operators: NaN makes every operator false, not null.
    public static func compareForComparison(_ a: Value, _ b: Value) -> Int? {
        switch comparisonOutcome(a, b) {
        case .less: return -1
        case .equal: return 0
        case .greater: return 1
        case .unordered, .incomparable: return nil
        }
    }
}
