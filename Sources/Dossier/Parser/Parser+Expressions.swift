/// Operator precedence, loosest first:
/// `OR` < `XOR` < `AND` < `NOT` < comparison chain (`=`, `<>`, `<`, `>`, `<=`, `>=`)
/// < `IN`, `STARTS WITH`, `ENDS WITH`, `CONTAINS`, `=~`, `IS [NOT] NULL`
/// < `+ -` < `* / %` < `^` (left-associative) < unary `+ -` < postfix (`.key`, `[i]`, `[a..b]`, `:Label`)
/// < atoms (`Parser+Atoms.swift`).
///
/// Every operator application counts as one level of nesting, so the resulting tree is never
/// deeper than `maxNestingDepth` and later recursive passes cannot overflow the stack.
extension Parser {
    /// expression := orExpression
    mutating func expression() throws(DossierError) -> Expression {
        try nest()
        defer { depth -= 1 }
        return try orExpression()
    }

    @inline(__always)
    func span(_ a: Expression, _ b: Expression) -> SourceRange {
        SourceRange(start: a.range.start, end: max(a.range.end, b.range.end))
    }

    mutating func orExpression() throws(DossierError) -> Expression {
        var left = try xorExpression()
        var levels = 0
        defer { depth -= levels }
        while accept(keyword: "OR") {
            try nest(); levels += 1
            let right = try xorExpression()
            left = Expression(.binary(.or, left, right), span(left, right))
        }
        return left
    }

    mutating func xorExpression() throws(DossierError) -> Expression {
        var left = try andExpression()
        var levels = 0
        defer { depth -= levels }
        while accept(keyword: "XOR") {
            try nest(); levels += 1
            let right = try andExpression()
            left = Expression(.binary(.xor, left, right), span(left, right))
        }
        return left
    }

    mutating func andExpression() throws(DossierError) -> Expression {
        var left = try notExpression()
        var levels = 0
        defer { depth -= levels }
        while accept(keyword: "AND") {
            try nest(); levels += 1
            let right = try notExpression()
            left = Expression(.binary(.and, left, right), span(left, right))
        }
        return left
    }

    mutating func notExpression() throws(DossierError) -> Expression {
        var nots: [SourceLocation] = []
        defer { depth -= nots.count }
        while check(keyword: "NOT") {
            try nest()
            nots.append(current.start)
            advance()
        }
        var e = try comparisonExpression()
        for start in nots.reversed() {
            e = Expression(.unary(.not, e), SourceRange(start: start, end: e.range.end))
        }
        return e
    }

    func comparisonOperator() -> ComparisonOperator? {
        guard case .symbol(let s) = current.kind else { return nil }
        switch s {
        case .equal: return .equal
        case .notEqual: return .notEqual
        case .less: return .less
        case .greater: return .greater
        case .lessOrEqual: return .lessOrEqual
        case .greaterOrEqual: return .greaterOrEqual
        default: return nil
        }
    }

    /// `a < b = c` → `.comparison(a, [(<, b), (=, c)])`.
    mutating func comparisonExpression() throws(DossierError) -> Expression {
        let first = try predicateExpression()
        var rest: [(ComparisonOperator, Expression)] = []
        while true {
            if check(.bangEqual) {
                throw DossierError.syntax(.unexpectedSyntax, "'!=' is not an openCypher operator; use '<>'", at: current.start)
            }
            guard let op = comparisonOperator() else { break }
            advance()
            rest.append((op, try predicateExpression()))
        }
        guard let last = rest.last else { return first }
        return Expression(.comparison(first, rest), span(first, last.1))
    }

    /// String, list and null predicates: `IN`, `STARTS WITH`, `ENDS WITH`, `CONTAINS`, `=~`, `IS [NOT] NULL`.
    mutating func predicateExpression() throws(DossierError) -> Expression {
        var left = try additiveExpression()
        var levels = 0
        defer { depth -= levels }
        while true {
            let op: BinaryOperator
            if check(keyword: "IS") {
                let negated: Bool
                if accept(keywords: "IS", "NULL") { negated = false }
                else if accept(keywords: "IS", "NOT", "NULL") { negated = true }
                else { advance(); throw unexpected(check(keyword: "NOT") ? "NULL after IS NOT" : "NULL or NOT NULL after IS") }
                try nest(); levels += 1
                left = Expression(.isNull(left, negated: negated), range(from: left.range.start))
                continue
            } else if accept(keyword: "IN") {
                op = .in
            } else if accept(keywords: "STARTS", "WITH") {
                op = .startsWith
            } else if accept(keywords: "ENDS", "WITH") {
                op = .endsWith
            } else if accept(keyword: "CONTAINS") {
                op = .contains
            } else if accept(.regexMatch) {
                op = .regexMatch
            } else {
                return left
            }
            try nest(); levels += 1
            let right = try additiveExpression()
            left = Expression(.binary(op, left, right), span(left, right))
        }
    }

    mutating func additiveExpression() throws(DossierError) -> Expression {
        var left = try multiplicativeExpression()
        var levels = 0
        defer { depth -= levels }
        while true {
            let op: BinaryOperator
            if accept(.plus) { op = .add } else if accept(.minus) { op = .subtract } else { return left }
            try nest(); levels += 1
            let right = try multiplicativeExpression()
            left = Expression(.binary(op, left, right), span(left, right))
        }
    }

    mutating func multiplicativeExpression() throws(DossierError) -> Expression {
        var left = try powerExpression()
        var levels = 0
        defer { depth -= levels }
        while true {
            let op: BinaryOperator
            if accept(.star) { op = .multiply }
            else if accept(.slash) { op = .divide }
            else if accept(.percent) { op = .modulo }
            else { return left }
            try nest(); levels += 1
            let right = try powerExpression()
            left = Expression(.binary(op, left, right), span(left, right))
        }
    }

    /// `^` is left-associative and binds looser than unary minus: `-3 ^ 2` is `(-3) ^ 2`.
    mutating func powerExpression() throws(DossierError) -> Expression {
        var left = try unaryExpression()
        var levels = 0
        defer { depth -= levels }
        while accept(.caret) {
            try nest(); levels += 1
            let right = try unaryExpression()
            left = Expression(.binary(.power, left, right), span(left, right))
        }
        return left
    }

    /// Unary `+`/`-`. A minus directly before a number literal is folded into it, so
    /// `-9223372036854775808` is a valid integer.
    mutating func unaryExpression() throws(DossierError) -> Expression {
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
            e = try postfixExpression(base: literal)
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
    mutating func postfixExpression(base: Expression? = nil, allowLabels: Bool = true) throws(DossierError) -> Expression {
        var e: Expression
        if let base { e = base } else { e = try atom() }
        var levels = 0
        defer { depth -= levels }
        while true {
            if check(.dot) {
                advance()
                let key = try symbolicName("a property key name after '.'")
                try nest(); levels += 1
                e = Expression(.property(e, key), range(from: e.range.start))
            } else if check(.leftBracket) {
                advance()
                try nest(); levels += 1
                if accept(.dotDot) {
                    let to = check(.rightBracket) ? nil : try expression()
                    try expect(.rightBracket)
                    e = Expression(.slice(e, nil, to), range(from: e.range.start))
                    continue
                }
                let first = try expression()
                if accept(.dotDot) {
                    let to = check(.rightBracket) ? nil : try expression()
                    try expect(.rightBracket)
                    e = Expression(.slice(e, first, to), range(from: e.range.start))
                } else {
                    try expect(.rightBracket)
                    e = Expression(.subscript_(e, first), range(from: e.range.start))
                }
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
}
