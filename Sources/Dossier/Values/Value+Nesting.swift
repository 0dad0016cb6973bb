/// How deeply lists and maps nest inside a value.
///
/// Equality, ordering, hashing, literal rendering — and Swift's own release of a value — recurse
/// once per nesting level, so a value nested hundreds of thousands of levels deep (say
/// `reduce(acc = [], x IN range(1, 1000000) | [acc])`) would overflow the stack. Code that puts an
/// existing value inside a new list or map can call `nestingExceeds(_:)` on the element and
/// refuse to build deeper values.
extension Value {
    /// The deepest nesting Dossier builds by default (a value `[[…[1]…]]` of this many brackets is fine).
    public static let maxNestingDepth = 1_000

    /// Whether lists and maps nest more than `limit` levels deep in this value (a scalar is 0
    /// levels, `[1]` is 1, `[[1]]` is 2). Iterative; stops as soon as the answer is known.
    /// - Complexity: O(number of list and map elements at depth ≤ `limit`); O(1) for scalars.
    public func nestingExceeds(_ limit: Int) -> Bool {
        switch self {
        case .list, .map: break
        default: return limit < 0
        }
        var stack: [(Value, Int)] = [(self, 1)]
        while let (v, depth) = stack.popLast() {
            if depth > limit { return true }
            switch v {
            case .list(let items):
                for e in items {
                    switch e {
                    case .list, .map: stack.append((e, depth + 1))
                    default: continue
                    }
                }
            case .map(let m):
                for e in m.values {
                    switch e {
                    case .list, .map: stack.append((e, depth + 1))
                    default: continue
                    }
                }
            default: continue
            }
        }
        return false
    }

    /// Throws ResourceLimit `NestingTooDeep` when `element`, put inside a new list or map,
    /// would make it nest deeper than `maxNestingDepth`.
    public static func checkNesting(ofElement element: Value, limit: Int = maxNestingDepth) throws(DossierError) {
        if element.nestingExceeds(limit - 1) {
            throw .limit(.nestingTooDeep,
                         "A list or map nested more than \(limit) levels deep is not supported")
        }
    }
}
