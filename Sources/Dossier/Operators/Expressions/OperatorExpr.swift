/// A comparison chain `a < b = c`: `a < b AND b = c`, each operand evaluated once.
final class ComparisonExpr: Expr {
    let operands: [Expr]
    let operators: [ComparisonOperator]
    /// The common `a op b` (one operator) as plain fields: evaluated without touching the arrays.
    private let lhs: Expr?, rhs: Expr?
    private let op: ComparisonOperator
    init(operands: [Expr], operators: [ComparisonOperator], at location: SourceLocation) {
        self.operands = operands
        self.operators = operators
        let single = operators.count == 1 && operands.count == 2
        self.lhs = single ? operands[0] : nil
        self.rhs = single ? operands[1] : nil
        self.op = operators.first ?? .equal
        super.init(at: location)
    }

    @inline(__always)
    static func compare(_ op: ComparisonOperator, _ a: Value, _ b: Value) -> Bool? {
        if case .int(let x) = a, case .int(let y) = b {
            switch op {
            case .equal: return x == y
            case .notEqual: return x != y
            case .less: return x < y
            case .lessOrEqual: return x <= y
            case .greater: return x > y
            case .greaterOrEqual: return x >= y
            }
        }
        switch op {
        case .equal: return Value.cypherEquals(a, b)
        case .notEqual: return Value.cypherNotEquals(a, b)
        case .less: return Value.cypherCompare(.lessThan, a, b)
        case .lessOrEqual: return Value.cypherCompare(.lessThanOrEqual, a, b)
        case .greater: return Value.cypherCompare(.greaterThan, a, b)
        case .greaterOrEqual: return Value.cypherCompare(.greaterThanOrEqual, a, b)
        }
    }

    override func eval(_ row: Row, _ st: ExecutionState) throws -> Value {
        if let lhs, let rhs {
            let a = try lhs.eval(row, st)
            let b = try rhs.eval(row, st)
            switch Self.compare(op, a, b) {
            case .some(let r): return .bool(r)
            case .none: return .null
            }
        }
        var left = try operands[0].eval(row, st)
        var unknown = false
        for i in operators.indices {
            let right = try operands[i + 1].eval(row, st)
            switch Self.compare(operators[i], left, right) {
            case .some(false): return .bool(false)
            case .none: unknown = true
            case .some(true): break
            }
            left = right
        }
        return unknown ? .null : .bool(true)
    }
    override var description: String {
        var s = operands[0].description
        for i in operators.indices { s += " \(operators[i].rawValue) \(operands[i + 1])" }
        return s
    }
}

/// `+ - * / % ^` on two operands.
final class ArithmeticExpr: Expr {
    let op: BinaryOperator
    let lhs: Expr, rhs: Expr
    init(_ op: BinaryOperator, _ lhs: Expr, _ rhs: Expr, at location: SourceLocation) {
        self.op = op
        self.lhs = lhs
        self.rhs = rhs
        super.init(at: location)
    }
    override func eval(_ row: Row, _ st: ExecutionState) throws -> Value {
        let a = try lhs.eval(row, st)
        let b = try rhs.eval(row, st)
        do {
            switch op {
            case .add: return try Value.add(a, b, maxCollectionSize: st.options.maxCollectionSize)
            case .subtract: return try Value.subtract(a, b)
            case .multiply: return try Value.multiply(a, b)
            case .divide: return try Value.divide(a, b)
            case .modulo: return try Value.modulo(a, b)
            case .power: return try Value.power(a, b)
            default: throw DossierError.internal("not an arithmetic operator: \(op.rawValue)")
            }
        } catch {
            throw error.located(at: location)
        }
    }
    override var description: String { "(\(lhs) \(op.rawValue) \(rhs))" }
}

/// Unary minus.
final class NegateExpr: Expr {
    let operand: Expr
    init(_ operand: Expr, at location: SourceLocation) {
        self.operand = operand
        super.init(at: location)
    }
    override func eval(_ row: Row, _ st: ExecutionState) throws -> Value {
        do { return try Value.negate(operand.eval(row, st)) } catch { throw error.located(at: location) }
    }
    override var description: String { "-(\(operand))" }
}

/// `STARTS WITH`, `ENDS WITH`, `CONTAINS`: null unless both operands are strings.
final class StringPredicateExpr: Expr {
    let op: BinaryOperator
    let lhs: Expr, rhs: Expr
    init(_ op: BinaryOperator, _ lhs: Expr, _ rhs: Expr, at location: SourceLocation) {
        self.op = op
        self.lhs = lhs
        self.rhs = rhs
        super.init(at: location)
    }
    override func eval(_ row: Row, _ st: ExecutionState) throws -> Value {
        let a = try lhs.eval(row, st)
        let b = try rhs.eval(row, st)
        switch op {
        case .startsWith: return Value.startsWith(a, b)
        case .endsWith: return Value.endsWith(a, b)
        default: return Value.contains(a, b)
        }
    }
    override var description: String { "\(lhs) \(op.rawValue) \(rhs)" }
}

/// `x IN list`
final class InExpr: Expr {
    let element: Expr, list: Expr
    init(_ element: Expr, _ list: Expr, at location: SourceLocation) {
        self.element = element
        self.list = list
        super.init(at: location)
    }
    override func eval(_ row: Row, _ st: ExecutionState) throws -> Value {
        let x = try element.eval(row, st)
        let l = try list.eval(row, st)
        do { return Ternary.value(try Value.isIn(x, l)) } catch { throw error.located(at: location) }
    }
    override var description: String { "\(element) IN \(list)" }
}

extension Error {
    /// This error with `location` filled in when it had none.
    func located(at location: SourceLocation) -> Error {
        guard var e = self as? DossierError else { return self }
        if e.location == nil { e.location = location }
        return e
    }
}
