/// Operators, by precedence climbing. Levels, loosest first:
///
/// | level | operators |
/// |---|---|
/// | 1 | `OR` |
/// | 2 | `XOR` |
/// | 3 | `AND` |
/// | 4 | `NOT` (prefix) |
/// | 5 | comparison chain `=`, `<>`, `<`, `>`, `<=`, `>=` (`a < b = c` is one `.comparison`) |
/// | 6 | `IN`, `STARTS WITH`, `ENDS WITH`, `CONTAINS`, `=~`, `IS [NOT] NULL` |
/// | 7 | `+`, `-` |
/// | 8 | `*`, `/`, `%` |
/// | 9 | `^` (left-associative) |
/// | 10 | unary `+`, `-` (so `-3 ^ 2` is `(-3) ^ 2`) |
/// | 11 | postfix `.key`, `[i]`, `[a..b]`, `:Label` |
///
/// All binary levels share one function so that each level of parentheses costs few stack
/// frames. Every operator application counts as one level of nesting, so the tree is never
/// deeper than `maxNestingDepth` and later recursive passes cannot overflow the stack.
/// Chains of `OR`, `XOR` and `AND` become balanced trees (they are associative), so a
/// generated `a = 1 OR a = 2 OR ...` with thousands of terms is fine.
extension Parser {
    /// A binary or postfix operator found at the current token.
    enum InfixOperator {
        case binary(BinaryOperator, tokens: Int)
        case comparison
        case isNull(negated: Bool, tokens: Int)

        var level: Int {
            switch self {
            case .binary(let op, _):
                switch op {
                case .or: return 1
                case .xor: return 2
                case .and: return 3
                case .in, .startsWith, .endsWith, .contains, .regexMatch: return 6
                case .add, .subtract: return 7
                case .multiply, .divide, .modulo: return 8
                case .power: return 9
                }
            case .comparison: return 5
            case .isNull: return 6
            }
        }
    }

    /// expression := level-1 expression.
    mutating func expression() throws(DossierError) -> Expression {
        try nest()
        defer { depth -= 1 }
        return try binaryExpression(minLevel: 1)
    }

    /// An expression whose operators all bind at least as tightly as `minLevel`.
    mutating func binaryExpression(minLevel: Int) throws(DossierError) -> Expression {
        var left = minLevel <= 4 && check(keyword: "NOT") ? try notExpression() : try unaryExpression()
        var levels = 0
        defer { depth -= levels }
        while let op = infixOperator(), op.level >= minLevel {
            if case .binary(let bop, _) = op, bop == .or || bop == .xor || bop == .and {
                let (chain, height) = try logicalChain(bop, first: left)
                left = chain
                for _ in 0..<height { try nest(); levels += 1 }
                continue
            }
            try nest()
            levels += 1
            left = try applyInfix(op, to: left)
        }
        return left
    }

    /// `a OR b OR c ...` (likewise XOR, AND) as a balanced tree, so that long generated
    /// conditions do not count as deep nesting. These operators are associative in
    /// three-valued logic, so the shape does not change the result. Returns the tree and its height.
    mutating func logicalChain(_ op: BinaryOperator, first: Expression) throws(DossierError) -> (Expression, Int) {
        var operands = [first]
        let level = InfixOperator.binary(op, tokens: 1).level
        try nest()
        defer { depth -= 1 }
        while let next = infixOperator(), case .binary(let bop, _) = next, bop == op {
            advance()
            operands.append(try binaryExpression(minLevel: level + 1))
        }
        func build(_ slice: ArraySlice<Expression>) -> (Expression, Int) {
            if slice.count == 1, let only = slice.first { return (only, 0) }
            let mid = slice.startIndex + slice.count / 2
            let (l, lh) = build(slice[slice.startIndex..<mid])
            let (r, rh) = build(slice[mid..<slice.endIndex])
            let range = SourceRange(start: l.range.start, end: max(l.range.end, r.range.end))
            return (Expression(.binary(op, l, r), range), max(lh, rh) + 1)
        }
        return build(operands[...])
    }

    /// The operator at the current token, if any (`!=` is reported as an error).
    func infixOperator() -> InfixOperator? {
        let token = current
        switch token.kind {
        case .symbol(let s):
            switch s {
            case .equal, .notEqual, .less, .greater, .lessOrEqual, .greaterOrEqual, .bangEqual: return .comparison
            case .regexMatch: return .binary(.regexMatch, tokens: 1)
            case .plus: return .binary(.add, tokens: 1)
            case .minus: return .binary(.subtract, tokens: 1)
            case .star: return .binary(.multiply, tokens: 1)
            case .slash: return .binary(.divide, tokens: 1)
            case .percent: return .binary(.modulo, tokens: 1)
            case .caret: return .binary(.power, tokens: 1)
            default: return nil
            }
        case .identifier(let word):
            switch word.count {
            case 2:
                if word.equalsKeyword("OR") { return .binary(.or, tokens: 1) }
                if word.equalsKeyword("IN") { return .binary(.in, tokens: 1) }
                if word.equalsKeyword("IS") {
                    if peek().isKeyword("NULL") { return .isNull(negated: false, tokens: 2) }
                    if peek().isKeyword("NOT") && peek(2).isKeyword("NULL") { return .isNull(negated: true, tokens: 3) }
                    return .isNull(negated: false, tokens: 0)  // reported by applyInfix
                }
            case 3:
                if word.equalsKeyword("AND") { return .binary(.and, tokens: 1) }
                if word.equalsKeyword("XOR") { return .binary(.xor, tokens: 1) }
            case 4:
                if word.equalsKeyword("ENDS") && peek().isKeyword("WITH") { return .binary(.endsWith, tokens: 2) }
            case 6:
                if word.equalsKeyword("STARTS") && peek().isKeyword("WITH") { return .binary(.startsWith, tokens: 2) }
            case 8:
                if word.equalsKeyword("CONTAINS") { return .binary(.contains, tokens: 1) }
            default:
                break
            }
            return nil
        default:
            return nil
        }
    }

    /// Consumes `op` and its right operand, combining them with `left`.
    mutating func applyInfix(_ op: InfixOperator, to left: Expression) throws(DossierError) -> Expression {
        switch op {
        case .comparison:
            return try comparisonChain(first: left)
        case .isNull(let negated, let tokens):
            guard tokens > 0 else {
                advance()
                throw unexpected(check(keyword: "NOT") ? "NULL after IS NOT" : "NULL or NOT NULL after IS")
            }
            index += tokens
            return Expression(.isNull(left, negated: negated), range(from: left.range.start))
        case .binary(let bop, let tokens):
            index += tokens
            let right = try binaryExpression(minLevel: op.level + 1)
            return Expression(.binary(bop, left, right), SourceRange(start: left.range.start, end: max(left.range.end, right.range.end)))
        }
    }

    /// `a < b = c` → `.comparison(a, [(<, b), (=, c)])`; the current token is the first operator.
    mutating func comparisonChain(first: Expression) throws(DossierError) -> Expression {
        var rest: [(ComparisonOperator, Expression)] = []
        while case .symbol(let s) = current.kind {
            let op: ComparisonOperator
            switch s {
            case .equal: op = .equal
            case .notEqual: op = .notEqual
            case .less: op = .less
            case .greater: op = .greater
            case .lessOrEqual: op = .lessOrEqual
            case .greaterOrEqual: op = .greaterOrEqual
            case .bangEqual:
                throw DossierError.syntax(.unexpectedSyntax, "'!=' is not an openCypher operator; use '<>'", at: current.start)
            default:
                return finishComparison(first, rest)
            }
            advance()
            rest.append((op, try binaryExpression(minLevel: 6)))
        }
        return finishComparison(first, rest)
    }

    func finishComparison(_ first: Expression, _ rest: [(ComparisonOperator, Expression)]) -> Expression {
        let end = rest.last.map { max($0.1.range.end, first.range.end) } ?? first.range.end
        return Expression(.comparison(first, rest), SourceRange(start: first.range.start, end: end))
    }

    /// `NOT NOT ... operand`, where the operand is a comparison-level expression.
    mutating func notExpression() throws(DossierError) -> Expression {
        var nots: [SourceLocation] = []
        defer { depth -= nots.count }
        while check(keyword: "NOT") {
            try nest()
            nots.append(current.start)
            advance()
        }
        var e = try binaryExpression(minLevel: 5)
        for start in nots.reversed() {
            e = Expression(.unary(.not, e), SourceRange(start: start, end: e.range.end))
        }
        return e
    }

    /// Unary `+`/`-` then a postfix expression. A minus directly before a number literal is
    /// folded into it, so `-9223372036854775808` is a valid integer.
    mutating func unaryExpression() throws(DossierError) -> Expression {
        guard check(.minus) || check(.plus) else { return try postfixExpression() }
        return try signedExpression()
    }

    mutating func signedExpression() throws(DossierError) -> Expression {
        var signs: [(UnaryOperator, SourceLocation)] = []
        defer { depth -= signs.count }
        while true {
            if check(.minus) { try nest(); signs.append((.negate, current.start)); advance() }
            else if check(.plus) { try nest(); signs.append((.plus, current.start)); advance() }
            else { break }
        }
        var e: Expression
        if let (op, start) = signs.last, op == .negate, let literal = negativeNumberLiteral(from: start) {
            signs.removeLast()
            depth -= 1
            e = try postfixOperators(literal)
        } else {
            e = try postfixExpression()
        }
        for (op, start) in signs.reversed() {
            e = Expression(.unary(op, e), SourceRange(start: start, end: e.range.end))
        }
        return e
    }

    /// If the current token is a number, consumes it and returns it negated (starting at `start`).
    mutating func negativeNumberLiteral(from start: SourceLocation) -> Expression? {
        switch current.kind {
        case .integer(let magnitude):
            advance()
            let value: Int64 = magnitude == UInt64(Int64.max) + 1 ? Int64.min : -Int64(magnitude)
            return Expression(.literal(.integer(value)), range(from: start))
        case .float(let value):
            advance()
            return Expression(.literal(.float(-value)), range(from: start))
        default:
            return nil
        }
    }

    /// An atom followed by property lookups, subscripts, slices and label checks.
    mutating func postfixExpression(allowLabels: Bool = true) throws(DossierError) -> Expression {
        let e = try atom()
        guard check(.dot) || check(.leftBracket) || (allowLabels && check(.colon)) else { return e }
        return try postfixOperators(e, allowLabels: allowLabels)
    }

    /// Applies the postfix operators that follow `base`.
    mutating func postfixOperators(_ base: Expression, allowLabels: Bool = true) throws(DossierError) -> Expression {
        var e = base
        var levels = 0
        defer { depth -= levels }
        while true {
            if check(.dot) {
                advance()
                let key = try symbolicName("a property key name after '.'")
                try nest(); levels += 1
                e = Expression(.property(e, key), range(from: e.range.start))
            } else if check(.leftBracket) {
                try nest(); levels += 1
                e = try subscriptOrSlice(e)
            } else if allowLabels && check(.colon) {
                var labels: [String] = []
                while accept(.colon) {
                    labels.append(try symbolicName("a label name after ':'"))
                }
                try nest(); levels += 1
                e = Expression(.hasLabels(e, labels), range(from: e.range.start))
            } else {
                return e
            }
        }
    }

    /// `[i]`, `[a..b]`, `[..b]`, `[a..]` after `e`; the current token is `[`.
    mutating func subscriptOrSlice(_ e: Expression) throws(DossierError) -> Expression {
        advance()
        if accept(.dotDot) {
            let to = check(.rightBracket) ? nil : try expression()
            try expect(.rightBracket)
            return Expression(.slice(e, nil, to), range(from: e.range.start))
        }
        let first = try expression()
        if accept(.dotDot) {
            let to = check(.rightBracket) ? nil : try expression()
            try expect(.rightBracket)
            return Expression(.slice(e, first, to), range(from: e.range.start))
        }
        try expect(.rightBracket)
        return Expression(.subscript_(e, first), range(from: e.range.start))
    }
}
