/// Three-valued boolean logic: `false` wins in AND, `true` in OR, null otherwise propagates.
enum Ternary {
    /// true / false / nil (null). A non-boolean, non-null operand is a type error.
    @inline(__always)
    static func of(_ v: Value, _ op: String, at location: SourceLocation) throws -> Bool? {
        switch v {
        case .bool(let b): return b
        case .null: return nil
        default:
            throw DossierError.type(.invalidArgumentType, "\(op) expects a boolean, got \(v.typeName)", at: location)
        }
    }
    @inline(__always)
    static func value(_ b: Bool?) -> Value { b.map(Value.bool) ?? .null }
}

/// `NOT x`
final class NotExpr: Expr {
    let operand: Expr
    init(_ operand: Expr, at location: SourceLocation) {
        self.operand = operand
        super.init(at: location)
    }
    override func eval(_ row: Row, _ st: ExecutionState) throws -> Value {
        Ternary.value(try Ternary.of(operand.eval(row, st), "NOT", at: location).map { !$0 })
    }
    override var description: String { "NOT (\(operand))" }
}

/// `a AND b` (short-circuits on false).
final class AndExpr: Expr {
    let lhs: Expr, rhs: Expr
    init(_ lhs: Expr, _ rhs: Expr, at location: SourceLocation) {
        self.lhs = lhs
        self.rhs = rhs
        super.init(at: location)
    }
    override func eval(_ row: Row, _ st: ExecutionState) throws -> Value {
        let a = try Ternary.of(lhs.eval(row, st), "AND", at: location)
        if a == false { return .bool(false) }
        let b = try Ternary.of(rhs.eval(row, st), "AND", at: location)
        if b == false { return .bool(false) }
        if a == nil || b == nil { return .null }
        return .bool(true)
    }
    override var description: String { "(\(lhs) AND \(rhs))" }
}

/// `a OR b` (short-circuits on true).
final class OrExpr: Expr {
    let lhs: Expr, rhs: Expr
    init(_ lhs: Expr, _ rhs: Expr, at location: SourceLocation) {
        self.lhs = lhs
        self.rhs = rhs
        super.init(at: location)
    }
    override func eval(_ row: Row, _ st: ExecutionState) throws -> Value {
        let a = try Ternary.of(lhs.eval(row, st), "OR", at: location)
        if a == true { return .bool(true) }
        let b = try Ternary.of(rhs.eval(row, st), "OR", at: location)
        if b == true { return .bool(true) }
        if a == nil || b == nil { return .null }
        return .bool(false)
    }
    override var description: String { "(\(lhs) OR \(rhs))" }
}

/// `a XOR b` (null if either is null).
final class XorExpr: Expr {
    let lhs: Expr, rhs: Expr
    init(_ lhs: Expr, _ rhs: Expr, at location: SourceLocation) {
        self.lhs = lhs
        self.rhs = rhs
        super.init(at: location)
    }
    override func eval(_ row: Row, _ st: ExecutionState) throws -> Value {
        let a = try Ternary.of(lhs.eval(row, st), "XOR", at: location)
        let b = try Ternary.of(rhs.eval(row, st), "XOR", at: location)
        guard let x = a, let y = b else { return .null }
        return .bool(x != y)
    }
    override var description: String { "(\(lhs) XOR \(rhs))" }
}

/// `x IS NULL` / `x IS NOT NULL`
final class IsNullExpr: Expr {
    let operand: Expr
    let negated: Bool
    init(_ operand: Expr, negated: Bool, at location: SourceLocation) {
        self.operand = operand
        self.negated = negated
        super.init(at: location)
    }
    override func eval(_ row: Row, _ st: ExecutionState) throws -> Value {
        .bool(try operand.eval(row, st).isNull != negated)
    }
    override var description: String { "\(operand) IS \(negated ? "NOT " : "")NULL" }
}

/// `CASE WHEN c THEN v ... ELSE d END` and `CASE s WHEN x THEN v ... END` (subject compared with `=`).
final class CaseExpr: Expr {
    let subject: Expr?
    let conditions: [Expr]
    let results: [Expr]
    let otherwise: Expr?
    init(subject: Expr?, conditions: [Expr], results: [Expr], otherwise: Expr?, at location: SourceLocation) {
        self.subject = subject
        self.conditions = conditions
        self.results = results
        self.otherwise = otherwise
        super.init(at: location)
    }
    override func eval(_ row: Row, _ st: ExecutionState) throws -> Value {
        if let subject {
            let s = try subject.eval(row, st)
            for i in conditions.indices {
                if Value.cypherEquals(s, try conditions[i].eval(row, st)) == true { return try results[i].eval(row, st) }
            }
        } else {
            for i in conditions.indices where try conditions[i].isTrue(row, st) {
                return try results[i].eval(row, st)
            }
        }
        return try otherwise?.eval(row, st) ?? .null
    }
    override var description: String {
        var s = "CASE"
        if let subject { s += " \(subject)" }
        for i in conditions.indices { s += " WHEN \(conditions[i]) THEN \(results[i])" }
        if let otherwise { s += " ELSE \(otherwise)" }
        return s + " END"
    }
}
