/// A variable the semantic check has resolved: where its value lives in a row, and what is
/// known about its type.
struct BoundVariable {
    var name: String
    /// Index of the variable's value in a row.
    var slot: Int
    var type: StaticType
}

/// Hands out row slots for one single query (every variable, hidden or not, gets its own slot;
/// rows are plain `[Value]` arrays of `count` entries).
final class SlotAllocator {
    private(set) var count = 0
    /// Names for slots, for EXPLAIN output.
    private(set) var names: [String] = []

    func allocate(_ name: String) -> Int {
        count += 1
        names.append(name)
        return count - 1
    }
}

/// The variables visible at one point of a query, by name.
///
/// WITH and RETURN replace the scope; MATCH, UNWIND, CREATE and MERGE extend it.
/// Comprehensions and pattern expressions extend a copy.
struct Scope {
    private(set) var variables: [String: BoundVariable] = [:]
    /// Names in the order they were bound.
    private(set) var order: [String] = []

    init() {}

    subscript(name: String) -> BoundVariable? { variables[name] }

    func contains(_ name: String) -> Bool { variables[name] != nil }

    mutating func bind(_ v: BoundVariable) {
        if variables[v.name] == nil { order.append(v.name) }
        variables[v.name] = v
    }

    mutating func setType(_ name: String, _ type: StaticType) {
        variables[name]?.type = type
    }

    /// User-visible variables (names of hidden ones start with a space), sorted by name
    /// (the column order of `RETURN *`).
    var visibleSortedNames: [String] {
        order.filter { !$0.hasPrefix(" ") }.sorted { $0.unicodeScalars.lexicographicallyPrecedes($1.unicodeScalars) }
    }

    var isEmptyOfVisible: Bool { !order.contains { !$0.hasPrefix(" ") } }

    /// This scope with `other`'s variables laid over it.
    func overlaid(with other: Scope) -> Scope {
        var s = self
        for name in other.order { if let v = other[name] { s.bind(v) } }
        return s
    }
}
