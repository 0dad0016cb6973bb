/// One ORDER BY key.
struct SortKey {
    let expression: Expr
    let ascending: Bool
}

/// Compares rows' precomputed sort keys with the openCypher ORDER BY order.
@inline(__always)
func compareSortKeys(_ a: [Value], _ b: [Value], _ keys: [SortKey]) -> Int {
    for i in keys.indices {
        let c = Value.compareForOrderBy(a[i], b[i])
        if c != 0 { return keys[i].ascending ? c : -c }
    }
    return 0
}

/// ORDER BY: reads every input row, then returns them sorted (stable).
final class SortOperator: PhysicalOperator {
    let keys: [SortKey]
    @exclusivity(unchecked) private var rows: [Row] = []
    @exclusivity(unchecked) private var position = 0
    @exclusivity(unchecked) private var loaded = false

    init(source: PhysicalOperator, keys: [SortKey]) {
        self.keys = keys
        super.init(source: source)
    }
    override var name: String { "Sort" }
    override var details: String { keys.map { "\($0.expression) \($0.ascending ? "ASC" : "DESC")" }.joined(separator: ", ") }
    override func reset(_ st: ExecutionState) throws {
        rows = []
        position = 0
        loaded = false
    }
    override func produce(_ st: ExecutionState) throws -> Row? {
        if !loaded {
            loaded = true
            // Keys in one flat buffer (row i's keys at i*k..<i*k+k); an index array is sorted,
            // so comparisons touch no per-row arrays (no reference counting in the comparator).
            let k = keys.count
            var flat: [Value] = []
            var input: [Row] = []
            while let row = try source?.next(st) {
                for key in keys { flat.append(try key.expression.eval(row, st)) }
                input.append(row)
                try st.checkIntermediateRows(input.count)
            }
            var order = Array(0..<input.count)
            let descending = keys.map { !$0.ascending }
            try flat.withUnsafeBufferPointer { f in
                try descending.withUnsafeBufferPointer { d in
                    try order.sort { i, j in
                        try st.tick()  // a long sort stays cancellable
                        var a = i &* k, b = j &* k
                        for c in 0..<k {
                            let r = Value.compareForOrderBy(f[a], f[b])
                            if r != 0 { return d[c] ? r > 0 : r < 0 }
                            a &+= 1
                            b &+= 1
                        }
                        return i < j  // stable
                    }
                }
            }
            rows = order.map { input[$0] }
        }
        guard position < rows.count else {
            rows = []
            return nil
        }
        position += 1
        return rows[position - 1]
    }
}

/// ORDER BY ... LIMIT k: keeps only the best `k` rows while reading its input.
final class TopOperator: PhysicalOperator {
    let keys: [SortKey]
    let count: Expr
    @exclusivity(unchecked) private var rows: [Row] = []
    @exclusivity(unchecked) private var position = 0
    @exclusivity(unchecked) private var loaded = false

    init(source: PhysicalOperator, keys: [SortKey], count: Expr) {
        self.keys = keys
        self.count = count
        super.init(source: source)
    }
    override var name: String { "Top" }
    override var details: String {
        keys.map { "\($0.expression) \($0.ascending ? "ASC" : "DESC")" }.joined(separator: ", ") + " LIMIT \(count)"
    }
    override func reset(_ st: ExecutionState) throws {
        rows = []
        position = 0
        loaded = false
    }
    override func produce(_ st: ExecutionState) throws -> Row? {
        if !loaded {
            loaded = true
            let k = try evaluateRowCount(count, st, clause: "LIMIT")
            guard k > 0 else {
                // Still run the input's (eager) writes.
                _ = try source?.next(st)
                return nil
            }
            // Sorted array of the best k so far (ties keep arrival order).
            var best: [(key: [Value], row: Row)] = []
            let keys = self.keys
            // Keys are evaluated into one reused buffer; only rows that make the cut copy it.
            var key = [Value](repeating: .null, count: keys.count)
            while let row = try source?.next(st) {
                for c in keys.indices { key[c] = try keys[c].expression.eval(row, st) }
                if best.count == k, let last = best.last, compareSortKeys(key, last.key, keys) >= 0 { continue }
                var lo = 0, hi = best.count
                while lo < hi {
                    let mid = (lo + hi) / 2
                    if compareSortKeys(best[mid].key, key, keys) <= 0 { lo = mid + 1 } else { hi = mid }
                }
                best.insert((key, row), at: lo)
                if best.count > k { best.removeLast() }
            }
            rows = best.map(\.row)
        }
        guard position < rows.count else {
            rows = []
            return nil
        }
        position += 1
        return rows[position - 1]
    }
}
