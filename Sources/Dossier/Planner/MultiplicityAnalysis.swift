/// Whether what follows a MATCH ignores how many times a row occurs: then a variable-length
/// pattern may be matched breadth-first (each end node once) instead of by enumerating every
/// path, since only the set of (start, end) pairs can matter.
///
/// That holds when the next clause is a `WITH DISTINCT` / `RETURN DISTINCT` without aggregates,
/// or an aggregating `WITH` / `RETURN` whose every aggregate is DISTINCT, `min` or `max`
/// (`count(*)` counts rows, so it does not qualify).
enum MultiplicityAnalysis {
    static func ignoresMultiplicity(_ next: Clause?) -> Bool {
        guard let next else { return false }
        let p: Projection
        switch next.kind {
        case .with(let x), .return_(let x): p = x
        default: return false
        }
        var expressions = p.items.map(\.expression)
        expressions += p.orderBy.map(\.expression)
        var aggregates = 0
        var sensitive = false
        for e in expressions {
            e.forEachSubexpression { sub in
                switch sub.kind {
                case .countStar:
                    aggregates += 1
                    sensitive = true
                case .functionCall(let name, let distinct, _) where isAggregateFunctionName(name):
                    aggregates += 1
                    let n = name.lowercased()
                    if !(distinct || n == "min" || n == "max") { sensitive = true }
                case .patternComprehension, .patternPredicate, .existsSubquery:
                    sensitive = true
                default:
                    break
                }
            }
        }
        if sensitive { return false }
        return aggregates > 0 || p.distinct
    }
}
