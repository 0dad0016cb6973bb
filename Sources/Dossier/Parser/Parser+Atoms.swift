/// Atoms: literals, parameters, variables, lists, maps, map projections, `count(*)`,
/// function calls, `CASE`, list and pattern comprehensions, quantifiers, `reduce`,
/// parenthesised expressions versus pattern predicates, `EXISTS { }`, `shortestPath(...)`.
extension Parser {
    /// Words that cannot be used as a variable in an expression (they begin clauses or are operators).
    static let reservedInExpressions: Set<String> = [
        "MATCH", "OPTIONAL", "WHERE", "RETURN", "WITH", "UNWIND", "CREATE", "MERGE", "SET", "DELETE",
        "DETACH", "REMOVE", "CALL", "YIELD", "UNION", "ORDER", "SKIP", "LIMIT", "AND", "OR", "XOR",
        "NOT", "IN", "IS", "STARTS", "ENDS", "CONTAINS", "AS", "DISTINCT", "WHEN", "THEN", "ELSE",
        "FOREACH", "LOAD",
    ]

    /// Dispatches on the current token; kept small because it is on every recursion path.
    mutating func atom() throws(DossierError) -> Expression {
        switch current.kind {
        case .symbol(.leftParen): return try parenthesizedOrPattern()
        case .symbol(.leftBracket): return try listAtom()
        case .symbol(.leftBrace): return try mapLiteral()
        case .identifier: return try identifierAtom()
        default: return try simpleAtom()
        }
    }

    /// `{k: v, ...}`
    mutating func mapLiteral() throws(DossierError) -> Expression {
        let start = current.start
        let entries = try mapLiteralEntries()
        return Expression(.map(entries), range(from: start))
    }

    /// Number, string and parameter literals and quoted names.
    mutating func simpleAtom() throws(DossierError) -> Expression {
        let token = current
        let start = token.start
        switch token.kind {
        case .integer(let magnitude):
            guard magnitude <= UInt64(Int64.max) else {
                throw DossierError.syntax(.integerOverflow,
                                          "integer \(text(of: token.range)) is too large for a 64-bit integer", at: start)
            }
            advance()
            return Expression(.literal(.integer(Int64(magnitude))), token.range)
        case .float(let value):
            advance()
            return Expression(.literal(.float(value)), token.range)
        case .string(let value):
            advance()
            return Expression(.literal(.string(value)), token.range)
        case .invalidNumber(let text, let code):
            throw numberError(text, code)
        case .parameter(let name):
            advance()
            return Expression(.parameter(name), token.range)
        case .quotedIdentifier(let name):
            advance()
            if check(.leftParen) { return try functionCall(name: name, start: start) }
            return try variableOrProjection(name, start: start)
        default:
            throw unexpected("an expression")
        }
    }

    /// Keywords (`TRUE`, `CASE`, `EXISTS {`...), special forms, function calls and variables.
    mutating func identifierAtom() throws(DossierError) -> Expression {
        guard case .identifier(let name) = current.kind else { throw unexpected("an expression") }
        if peek().isSymbol(.leftParen) { return try callAtom(name) }
        let start = current.start
        if name.equalsKeyword("TRUE") { advance(); return Expression(.literal(.bool(true)), range(from: start)) }
        if name.equalsKeyword("FALSE") { advance(); return Expression(.literal(.bool(false)), range(from: start)) }
        if name.equalsKeyword("NULL") { advance(); return Expression(.literal(.null), range(from: start)) }
        if name.equalsKeyword("CASE") { return try caseExpression() }
        if name.equalsKeyword("EXISTS") && peek().isSymbol(.leftBrace) { return try existsSubquery() }
        if Parser.reservedInExpressions.contains(name.uppercased()) { throw unexpected("an expression") }
        advance()
        if check(.dot) && isNamespacedCall() { return try namespacedCall(name, start: start) }
        return try variableOrProjection(name, start: start)
    }

    /// `name(`: `count(*)`, quantifiers, `reduce`, `shortestPath`, or a function call.
    mutating func callAtom(_ name: String) throws(DossierError) -> Expression {
        let start = current.start
        if name.equalsKeyword("COUNT") && peek(2).isSymbol(.star) {
            index += 3
            try expect(.rightParen)
            return Expression(.countStar, range(from: start))
        }
        if name.equalsKeyword("REDUCE") { return try reduceExpression(start: start) }
        if isFilterStart(at: 2), let q = Quantifier(rawValue: name.lowercased()) {
            return try quantifier(q, start: start)
        }
        if name.equalsKeyword("SHORTESTPATH") || name.equalsKeyword("ALLSHORTESTPATHS") {
            let part = try shortestPathPart(pathVariable: nil, start: start)
            return Expression(.shortestPathExpression(part), part.range)
        }
        if name.equalsKeyword("NOT") || Parser.reservedInExpressions.contains(name.uppercased()) {
            throw unexpected("an expression")
        }
        advance()
        return try functionCall(name: name, start: start)
    }

    /// After a name: `.b.c(` follows (a namespaced function such as `a.b.c(...)`).
    func isNamespacedCall() -> Bool {
        var look = 0
        while peek(look).isSymbol(.dot) {
            switch peek(look + 1).kind {
            case .identifier, .quotedIdentifier: look += 2
            default: return false
            }
        }
        return peek(look).isSymbol(.leftParen)
    }

    /// `a.b.c(...)` after the first name.
    mutating func namespacedCall(_ first: String, start: SourceLocation) throws(DossierError) -> Expression {
        var full = first
        while accept(.dot) { full += "." + (try symbolicName("a function name")) }
        return try functionCall(name: full, start: start)
    }

    /// `x IN` at `peek(ahead)`: the start of `x IN list WHERE ...`.
    func isFilterStart(at ahead: Int) -> Bool {
        switch peek(ahead).kind {
        case .identifier, .quotedIdentifier: return peek(ahead + 1).isKeyword("IN")
        default: return false
        }
    }

    /// A variable, or a map projection `v {.a, .*, k: e, x}` when followed by `{`.
    mutating func variableOrProjection(_ name: String, start: SourceLocation) throws(DossierError) -> Expression {
        let variable = Expression(.variable(name), range(from: start))
        guard check(.leftBrace) else { return variable }
        advance()
        var items: [MapProjectionItem] = []
        if !accept(.rightBrace) {
            repeat {
                if accept(.dot) {
                    if accept(.star) { items.append(.allProperties) }
                    else { items.append(.property(try symbolicName("a property key name or '*' after '.'"))) }
                } else {
                    let key = try symbolicName("a map projection item ('.key', '.*', 'key: value' or a variable)")
                    if accept(.colon) {
                        items.append(.literal(key, try expression()))
                    } else {
                        items.append(.variable(key))
                    }
                }
            } while accept(.comma)
            try expect(.rightBrace)
        }
        return Expression(.mapProjection(variable, items), range(from: start))
    }

    /// `name([DISTINCT] args)`; `exists(...)` may take a pattern.
    mutating func functionCall(name: String, start: SourceLocation) throws(DossierError) -> Expression {
        try expect(.leftParen)
        let distinct = accept(keyword: "DISTINCT")
        let saved = patternPredicatesAllowed
        if name.equalsKeyword("EXISTS") { patternPredicatesAllowed = true }
        defer { patternPredicatesAllowed = saved }
        var arguments: [Expression] = []
        if !check(.rightParen) {
            repeat { arguments.append(try expression()) } while accept(.comma)
        }
        try expect(.rightParen)
        return Expression(.functionCall(name: name, distinct: distinct, arguments: arguments), range(from: start))
    }

    /// `{k: v, ...}` including the braces.
    mutating func mapLiteralEntries() throws(DossierError) -> [(String, Expression)] {
        try expect(.leftBrace)
        var entries: [(String, Expression)] = []
        if accept(.rightBrace) { return entries }
        repeat {
            let key = try symbolicName("a property key name")
            try expect(.colon)
            entries.append((key, try expression()))
        } while accept(.comma)
        try expect(.rightBrace)
        return entries
    }

    /// `( expr )`, or a pattern predicate `(a)-[:R]->(b)` where allowed.
    mutating func parenthesizedOrPattern() throws(DossierError) -> Expression {
        let start = current.start
        if let element = try attemptPatternElement() {
            guard patternPredicatesAllowed else {
                throw DossierError.syntax(.unexpectedSyntax,
                                          "a pattern can only be used as a predicate in WHERE; use a pattern comprehension [\(text(of: element.range)) | ...] or EXISTS { \(text(of: element.range)) } here",
                                          at: start)
            }
            return Expression(.patternPredicate(element), element.range)
        }
        try expect(.leftParen)
        let inner = try expression()
        try expect(.rightParen)
        // The parenthesised range keeps column names such as `(a + b)` exact.
        var e = inner
        e.range = range(from: start)
        return e
    }

    /// `[ ... ]`: list comprehension, pattern comprehension or list literal.
    mutating func listAtom() throws(DossierError) -> Expression {
        let start = current.start
        if isFilterStart(at: 1) {
            advance()
            let (variable, list, predicate) = try filterExpression()
            var projection: Expression?
            if accept(.pipe) { projection = try expression() }
            try expect(.rightBracket)
            return Expression(.listComprehension(variable: variable, list: list, predicate: predicate, projection: projection),
                              range(from: start))
        }
        if let comprehension = try attemptPatternComprehension() { return comprehension }
        advance()
        var elements: [Expression] = []
        if !accept(.rightBracket) {
            repeat { elements.append(try expression()) } while accept(.comma)
            try expect(.rightBracket)
        }
        return Expression(.list(elements), range(from: start))
    }

    /// `x IN list [WHERE predicate]`.
    mutating func filterExpression() throws(DossierError) -> (String, Expression, Expression?) {
        let variable = try variableName()
        try expect(keyword: "IN")
        let list = try expression()
        var predicate: Expression?
        if accept(keyword: "WHERE") { predicate = try expression() }
        return (variable, list, predicate)
    }

    /// `[p = (a)-->(b) WHERE pred | expr]`, or nil (position restored) when this is not one.
    mutating func attemptPatternComprehension() throws(DossierError) -> Expression? {
        let start = current.start
        let saved = index
        guard !failedPatternAttempts.contains(saved) else { return nil }
        advance()  // [
        var pathVariable: String?
        if currentIsName && peek().isSymbol(.equal) && peek(2).isSymbol(.leftParen) {
            pathVariable = try variableName()
            advance()
        }
        guard check(.leftParen), let element = try attemptPatternElement() else {
            failedPatternAttempts.insert(saved)
            index = saved
            return nil
        }
        let savedAllowed = patternPredicatesAllowed
        defer { patternPredicatesAllowed = savedAllowed }
        var predicate: Expression?
        if accept(keyword: "WHERE") {
            patternPredicatesAllowed = true
            predicate = try expression()
            patternPredicatesAllowed = savedAllowed
        }
        try expect(.pipe)
        let projection = try expression()
        try expect(.rightBracket)
        return Expression(.patternComprehension(pathVariable: pathVariable, pattern: element, predicate: predicate,
                                                projection: projection), range(from: start))
    }

    /// `CASE [subject] WHEN a THEN b ... [ELSE c] END`.
    mutating func caseExpression() throws(DossierError) -> Expression {
        let start = current.start
        advance()
        var subject: Expression?
        if !check(keyword: "WHEN") { subject = try expression() }
        var branches: [(Expression, Expression)] = []
        while accept(keyword: "WHEN") {
            let condition = try expression()
            try expect(keyword: "THEN")
            branches.append((condition, try expression()))
        }
        if branches.isEmpty { throw unexpected("WHEN") }
        var otherwise: Expression?
        if accept(keyword: "ELSE") { otherwise = try expression() }
        guard accept(keyword: "END") else {
            throw unexpected(otherwise == nil ? "WHEN, ELSE or END" : "END")
        }
        return Expression(.caseWhen(subject: subject, branches: branches, otherwise: otherwise), range(from: start))
    }

    /// `all(x IN list WHERE pred)` and `any`, `none`, `single`.
    mutating func quantifier(_ q: Quantifier, start: SourceLocation) throws(DossierError) -> Expression {
        advance()
        try expect(.leftParen)
        let (variable, list, predicate) = try filterExpression()
        try expect(.rightParen)
        return Expression(.quantifier(q, variable: variable, list: list, predicate: predicate), range(from: start))
    }

    /// `reduce(acc = init, x IN list | expr)`.
    mutating func reduceExpression(start: SourceLocation) throws(DossierError) -> Expression {
        advance()
        try expect(.leftParen)
        let accumulator = try variableName()
        try expect(.equal)
        let initial = try expression()
        try expect(.comma)
        let variable = try variableName()
        try expect(keyword: "IN")
        let list = try expression()
        try expect(.pipe)
        let body = try expression()
        try expect(.rightParen)
        return Expression(.reduce(accumulator: accumulator, initial: initial, variable: variable, list: list,
                                  expression: body), range(from: start))
    }

    /// `EXISTS { MATCH ... [RETURN ...] }` or `EXISTS { pattern [WHERE ...] }`.
    mutating func existsSubquery() throws(DossierError) -> Expression {
        let start = current.start
        advance()
        try expect(.leftBrace)
        try nest()
        defer { depth -= 1 }
        let savedAllowed = patternPredicatesAllowed
        defer { patternPredicatesAllowed = savedAllowed }
        let query: SingleQuery
        if check(.leftParen) || (currentIsName && peek().isSymbol(.equal)) {
            let bodyStart = current.start
            let pattern = try pattern()
            var predicate: Expression?
            if accept(keyword: "WHERE") {
                patternPredicatesAllowed = true
                predicate = try expression()
            }
            let r = range(from: bodyStart)
            query = SingleQuery(clauses: [Clause(.match(optional: false, pattern: pattern, predicate: predicate), r)], range: r)
        } else {
            query = try singleQuery(context: .existsSubquery)
        }
        try expect(.rightBrace)
        return Expression(.existsSubquery(query), range(from: start))
    }
}
