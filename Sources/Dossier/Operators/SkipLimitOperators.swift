/// Evaluates a SKIP or LIMIT count: a non-negative integer (parameters are checked here, at runtime).
func evaluateRowCount(_ e: Expr, _ st: ExecutionState, clause: String) throws -> Int {
    let v = try e.eval([], st)
    switch v {
    case .int(let n) where n >= 0: return Int(n)
    case .int:
        throw DossierError(.syntaxError, .negativeIntegerArgument, "\(clause) must be a non-negative integer, got \(v.cypherLiteral())",
                           phase: .runtime, at: e.location)
    default:
        throw DossierError(.syntaxError, .invalidArgumentType, "\(clause) must be a non-negative integer, got \(v.typeName)",
                           phase: .runtime, at: e.location)
    }
}

/// A SKIP or LIMIT expression evaluated on a row of its own, wide enough for the local variables
/// of the comprehensions, quantifiers and `reduce` it may contain (their slots are allocated
/// like any other; the count itself has no input row).
final class RowCountExpr: Expr {
    let inner: Expr
    let width: Int
    init(_ inner: Expr, width: Int) {
        self.inner = inner
        self.width = width
        super.init(at: inner.location)
    }
    override func eval(_ row: Row, _ st: ExecutionState) throws -> Value {
        try inner.eval(row.count >= width ? row : Row(repeating: .null, count: width), st)
    }
    override var constantValue: Value? { inner.constantValue }
    override var description: String { inner.description }
    override var nestedPlans: [PhysicalOperator] { inner.nestedPlans }
}

/// SKIP n
final class SkipOperator: PhysicalOperator {
    let count: Expr
    @exclusivity(unchecked) private var remaining = 0
    init(source: PhysicalOperator, count: Expr) {
        self.count = count
        super.init(source: source)
    }
    override var name: String { "Skip" }
    override var details: String { count.description }
    override func reset(_ st: ExecutionState) throws { remaining = try evaluateRowCount(count, st, clause: "SKIP") }
    override func produce(_ st: ExecutionState) throws -> Row? {
        while remaining > 0 {
            guard try source?.next(st) != nil else { return nil }
            remaining -= 1
        }
        return try source?.next(st)
    }
}

/// LIMIT n (stops pulling its input once `n` rows were passed on).
///
/// When the input contains writes, it pulls at least once even for `LIMIT 0`: updating operators
/// are eager, so that first pull runs every write.
final class LimitOperator: PhysicalOperator {
    let count: Expr
    let pullsOnce: Bool
    @exclusivity(unchecked) private var remaining = 0
    @exclusivity(unchecked) private var pulled = false
    init(source: PhysicalOperator, count: Expr, pullsOnce: Bool = false) {
        self.count = count
        self.pullsOnce = pullsOnce
        super.init(source: source)
    }
    override var name: String { "Limit" }
    override var details: String { count.description }
    override func reset(_ st: ExecutionState) throws {
        remaining = try evaluateRowCount(count, st, clause: "LIMIT")
        pulled = false
    }
    override func produce(_ st: ExecutionState) throws -> Row? {
        guard remaining > 0 else {
            if pullsOnce && !pulled {
                pulled = true
                _ = try source?.next(st)
            }
            return nil
        }
        remaining -= 1
        pulled = true
        return try source?.next(st)
    }
}
