/// Turns query text into a `Statement`: a recursive-descent parser over the tokens of `Lexer`.
///
/// ```swift
/// let statement = try Parser.parse("MATCH (n:Person) RETURN n.name", options: DatabaseOptions())
/// ```
/// The grammar is openCypher 9 plus Dossier's schema commands (see `docs/cypher.md`).
/// Purely grammatical errors (including clause order, `UNION` mixing, `DELETE n:Label`,
/// `WITH` items without alias, parameter maps in `MATCH`/`MERGE`) are reported here as
/// `SyntaxError`s at the offending token; scoping and typing are checked later.
/// Nesting deeper than `DatabaseOptions.maxNestingDepth` is `SyntaxError.NestingTooDeep`.
///
/// The parser is split by concern: statements and unions (`Parser+Statements.swift`), clauses
/// (`Parser+Clauses.swift`), patterns (`Parser+Patterns.swift`), operators
/// (`Parser+Expressions.swift`) and atoms (`Parser+Atoms.swift`).
struct Parser {
    /// Parses exactly one statement; a trailing `;` is allowed.
    static func parse(_ text: String, options: DatabaseOptions) throws -> Statement {
        try parseStatement(text, options: options)
    }

    /// `parse` with a typed error.
    static func parseStatement(_ text: String, options: DatabaseOptions) throws(DossierError) -> Statement {
        var parser = try Parser(text, options: options)
        return try parser.statement()
    }

    /// Parses a standalone expression (for tests and tools).
    static func parseExpression(_ text: String, options: DatabaseOptions = DatabaseOptions()) throws(DossierError) -> Expression {
        var parser = try Parser(text, options: options)
        let e = try parser.expression()
        try parser.expectEnd()
        return e
    }

    let source: [UInt8]
    let tokens: [Token]
    let maxDepth: Int
    /// Index of the current token.
    var index = 0
    /// Current nesting depth (see `nest()`).
    var depth = 0
    /// Whether a pattern may be used as an expression here (inside WHERE and `exists(...)`).
    var patternPredicatesAllowed = false
    /// Watches the thread's stack once nesting gets deep (created lazily: most queries never need it).
    var stackGuard: StackGuard?
    /// Token indices where an attempt to read a pattern failed (keeps backtracking linear).
    var failedPatternAttempts: Set<Int> = []

    init(_ text: String, options: DatabaseOptions) throws(DossierError) {
        source = Array(text.utf8)
        tokens = try Lexer.tokenize(text)
        maxDepth = max(1, options.maxNestingDepth)
    }

    // MARK: token access

    @inline(__always)
    var current: Token { tokens[min(index, tokens.count - 1)] }

    @inline(__always)
    func peek(_ ahead: Int = 1) -> Token { tokens[min(index + ahead, tokens.count - 1)] }

    var atEnd: Bool {
        if case .end = current.kind { return true }
        return false
    }

    /// UTF-8 offset just past the last consumed token.
    var previousEnd: Int { index > 0 ? tokens[min(index - 1, tokens.count - 1)].end : 0 }

    @inline(__always)
    mutating func advance() {
        if index < tokens.count - 1 { index += 1 }
    }

    /// The source range from `start` to the end of the last consumed token.
    func range(from start: SourceLocation) -> SourceRange {
        SourceRange(start: start, end: max(previousEnd, start.offset))
    }

    /// The exact source text of `range`.
    func text(of range: SourceRange) -> String {
        let from = max(0, min(range.start.offset, source.count))
        let to = max(from, min(range.end, source.count))
        return String(decoding: source[from..<to], as: UTF8.self)
    }

    // MARK: matching

    func check(_ symbol: Symbol) -> Bool { current.isSymbol(symbol) }
    func check(keyword: String) -> Bool { current.isKeyword(keyword) }

    mutating func accept(_ symbol: Symbol) -> Bool {
        if current.isSymbol(symbol) { advance(); return true }
        return false
    }

    mutating func accept(keyword: String) -> Bool {
        if current.isKeyword(keyword) { advance(); return true }
        return false
    }

    /// Accepts a sequence of keywords (`ORDER BY`, `IS NOT NULL`) only if all are present.
    mutating func accept(keywords: String...) -> Bool {
        for (i, k) in keywords.enumerated() where !peek(i).isKeyword(k) { return false }
        index += keywords.count
        return true
    }

    mutating func expect(_ symbol: Symbol) throws(DossierError) {
        guard accept(symbol) else { throw unexpected("'\(symbol.rawValue)'") }
    }

    mutating func expect(keyword: String) throws(DossierError) {
        guard accept(keyword: keyword) else { throw unexpected(keyword) }
    }

    mutating func expectEnd() throws(DossierError) {
        _ = accept(.semicolon)
        guard atEnd else {
            if let prev = index > 0 ? tokens[index - 1] : nil, prev.isSymbol(.semicolon) {
                throw DossierError.syntax(.unexpectedSyntax,
                                          "expected end of input after ';' but found \(describe(current)) (run several statements as a script)",
                                          at: current.start)
            }
            throw unexpected("end of input")
        }
    }

    /// A name: an identifier (keywords allowed) or a backtick-quoted name.
    mutating func symbolicName(_ what: String = "a name") throws(DossierError) -> String {
        switch current.kind {
        case .identifier(let s), .quotedIdentifier(let s):
            advance()
            return s
        default:
            throw unexpected(what)
        }
    }

    /// A name for a variable (as `symbolicName`).
    mutating func variableName() throws(DossierError) -> String {
        try symbolicName("a variable name")
    }

    var currentIsName: Bool {
        switch current.kind {
        case .identifier, .quotedIdentifier: return true
        default: return false
        }
    }

    // MARK: errors

    /// `expected X but found Y` at the current token.
    func unexpected(_ expected: String) -> DossierError {
        return .syntax(.unexpectedSyntax, "expected \(expected) but found \(describe(current))", at: current.start)
    }

    /// The error for an `.invalidNumber` token met where a value was expected.
    func numberError(_ text: String, _ code: DossierError.Code) -> DossierError {
        switch code {
        case .integerOverflow:
            return .syntax(.integerOverflow, "integer \(text) is too large for a 64-bit integer", at: current.start)
        case .floatingPointOverflow:
            return .syntax(.floatingPointOverflow, "float \(text) is too large for a 64-bit float", at: current.start)
        default:
            return .syntax(.invalidNumberLiteral, "invalid number literal '\(text)'", at: current.start)
        }
    }

    /// How a token is named in messages: `'RETURN'`, `')'`, `end of input`.
    func describe(_ token: Token) -> String {
        switch token.kind {
        case .end: return "end of input"
        default:
            var t = text(of: token.range)
            if t.count > 30 { t = String(t.prefix(27)) + "..." }
            return "'\(t)'"
        }
    }

    // MARK: nesting

    /// Nesting depth from which the remaining stack is checked too.
    static let stackCheckDepth = 24

    /// Enters one level of nesting; throws `NestingTooDeep` past the limit. Pair with `depth -= 1`.
    mutating func nest() throws(DossierError) {
        depth += 1
        if depth >= Parser.stackCheckDepth {
            let guardian = stackGuard ?? StackGuard()
            stackGuard = guardian
            if guardian.isLow {
                throw .syntax(.nestingTooDeep,
                              "query is nested too deeply for the available stack (at \(depth) levels)", at: current.start)
            }
        }
        if depth > maxDepth {
            throw .syntax(.nestingTooDeep,
                          "query is nested too deeply (more than \(maxDepth) levels of parentheses, lists, maps, operators or subqueries)",
                          at: current.start)
        }
    }
}
