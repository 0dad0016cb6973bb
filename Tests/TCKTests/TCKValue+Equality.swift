/// Equality the way the TCK compares result cells: `1` ≠ `1.0`; floats by value (`-0.0` = `0.0`,
/// NaN = NaN); map key order ignored; nodes by label set + properties; relationships by type +
/// properties; paths element by element with direction; lists in order, or as multisets
/// (recursively) when `ignoringListOrder`.
extension TCKValue {
    func equals(_ other: TCKValue, ignoringListOrder: Bool = false) -> Bool {
        switch (self, other) {
        case (.null, .null): return true
        case let (.bool(a), .bool(b)): return a == b
        case let (.int(a), .int(b)): return a == b
        case let (.float(a), .float(b)): return a == b || (a.isNaN && b.isNaN)
        case let (.string(a), .string(b)): return a.unicodeScalars.elementsEqual(b.unicodeScalars)
        case let (.list(a), .list(b)):
            guard a.count == b.count else { return false }
            if ignoringListOrder { return TCKValue.multisetEqual(a, b) { $0.equals($1, ignoringListOrder: true) } }
            return zip(a, b).allSatisfy { $0.equals($1, ignoringListOrder: false) }
        case let (.map(a), .map(b)):
            return TCKValue.mapsEqual(a, b, ignoringListOrder)
        case let (.node(la, pa), .node(lb, pb)):
            return la == lb && TCKValue.mapsEqual(pa, pb, ignoringListOrder)
        case let (.relationship(ta, pa), .relationship(tb, pb)):
            return ta == tb && TCKValue.mapsEqual(pa, pb, ignoringListOrder)
        case let (.path(sa, stepsA), .path(sb, stepsB)):
            guard stepsA.count == stepsB.count, sa.equals(sb, ignoringListOrder: ignoringListOrder) else { return false }
            return zip(stepsA, stepsB).allSatisfy { x, y in
                x.forward == y.forward
                    && x.relationship.equals(y.relationship, ignoringListOrder: ignoringListOrder)
                    && x.node.equals(y.node, ignoringListOrder: ignoringListOrder)
            }
        default: return false
        }
    }

    static func mapsEqual(_ a: [String: TCKValue], _ b: [String: TCKValue], _ ignoringListOrder: Bool) -> Bool {
        guard a.count == b.count else { return false }
        for (k, v) in a {
            guard let w = b[k], v.equals(w, ignoringListOrder: ignoringListOrder) else { return false }
        }
        return true
    }

    /// Whether `a` and `b` hold the same elements with the same multiplicities under `eq`
    /// (an equivalence relation, so greedy matching is exact).
    static func multisetEqual<T>(_ a: [T], _ b: [T], _ eq: (T, T) -> Bool) -> Bool {
        guard a.count == b.count else { return false }
        var remaining = b
        for x in a {
            guard let i = remaining.firstIndex(where: { eq(x, $0) }) else { return false }
            remaining.swapAt(i, remaining.count - 1)
            remaining.removeLast()
        }
        return true
    }
}
