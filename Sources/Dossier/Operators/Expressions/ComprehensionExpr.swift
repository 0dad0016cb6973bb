/// Evaluates `list` to its elements for an iteration construct: nil for null,
/// a type error for anything but a list.
@inline(__always)
func iterationList(_ list: Expr, _ row: Row, _ st: ExecutionState, _ what: String) throws -> [Value]? {
    switch try list.eval(row, st) {
    case .null: return nil
    case .list(let items): return items
    case let v:
        throw DossierError.type(.invalidArgumentType, "\(what) expects a list, got \(v.typeName)", at: list.location)
    }
}

/// `[x IN list WHERE pred | expr]`
final class ListComprehensionExpr: Expr {
    let slot: Int
    let list: Expr
    let predicate: Expr?
    let projection: Expr?
    init(slot: Int, list: Expr, predicate: Expr?, projection: Expr?, at location: SourceLocation) {
        self.slot = slot
        self.list = list
        self.predicate = predicate
        self.projection = projection
        super.init(at: location)
    }
    override func eval(_ row: Row, _ st: ExecutionState) throws -> Value {
        guard let items = try iterationList(list, row, st, "a list comprehension") else { return .null }
        var r = row
        var out: [Value] = []
        out.reserveCapacity(items.count)
        for x in items {
            try st.tick()
            r[slot] = x
            if let predicate, !(try predicate.isTrue(r, st)) { continue }
            out.append(try nested(projection?.eval(r, st) ?? x, at: location))
        }
        return .list(out)
    }
    override var description: String {
        "[#\(slot) IN \(list)\(predicate.map { " WHERE \($0)" } ?? "")\(projection.map { " | \($0)" } ?? "")]"
    }
}

/// `all / any / none / single (x IN list WHERE pred)`, three-valued.
final class QuantifierExpr: Expr {
    let quantifier: Quantifier
    let slot: Int
    let list: Expr
    let predicate: Expr?
    init(_ quantifier: Quantifier, slot: Int, list: Expr, predicate: Expr?, at location: SourceLocation) {
        self.quantifier = quantifier
        self.slot = slot
        self.list = list
        self.predicate = predicate
        super.init(at: location)
    }
    override func eval(_ row: Row, _ st: ExecutionState) throws -> Value {
        guard let items = try iterationList(list, row, st, quantifier.rawValue) else { return .null }
        var r = row
        var trues = 0, falses = 0, nulls = 0
        for x in items {
            try st.tick()
            r[slot] = x
            let v = try predicate?.eval(r, st) ?? x
            switch try Ternary.of(v, quantifier.rawValue, at: location) {
            case .some(true):
                trues += 1
                if quantifier == .any { return .bool(true) }
                if quantifier == .none { return .bool(false) }
                if quantifier == .single && trues > 1 { return .bool(false) }
            case .some(false):
                falses += 1
                if quantifier == .all { return .bool(false) }
            case .none:
                nulls += 1
            }
        }
        switch quantifier {
        case .all, .none: return nulls > 0 ? .null : .bool(true)
        case .any: return nulls > 0 ? .null : .bool(false)
        case .single: return nulls > 0 ? .null : .bool(trues == 1)
        }
    }
    override var description: String { "\(quantifier.rawValue)(#\(slot) IN \(list) WHERE \(predicate?.description ?? "true"))" }
}

/// `reduce(acc = init, x IN list | expr)`
final class ReduceExpr: Expr {
    let accumulatorSlot: Int
    let initial: Expr
    let slot: Int
    let list: Expr
    let body: Expr
    init(accumulatorSlot: Int, initial: Expr, slot: Int, list: Expr, body: Expr, at location: SourceLocation) {
        self.accumulatorSlot = accumulatorSlot
        self.initial = initial
        self.slot = slot
        self.list = list
        self.body = body
        super.init(at: location)
    }
    override func eval(_ row: Row, _ st: ExecutionState) throws -> Value {
        let start = try initial.eval(row, st)
        guard let items = try iterationList(list, row, st, "reduce") else { return .null }
        var r = row
        r[accumulatorSlot] = start
        for x in items {
            try st.tick()
            r[slot] = x
            let next = try body.eval(r, st)
            r[accumulatorSlot] = next
        }
        return r[accumulatorSlot]
    }
    override var description: String { "reduce(#\(accumulatorSlot) = \(initial), #\(slot) IN \(list) | \(body))" }
}
