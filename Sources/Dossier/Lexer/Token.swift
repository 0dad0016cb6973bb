/// One lexical unit of query text (an identifier, a literal, a parameter or a symbol)
/// with the span of text it came from.
public struct Token: Sendable {
    public var kind: TokenKind
    /// Where the token starts.
    public var start: SourceLocation
    /// UTF-8 offset just past the token.
    public var end: Int

    public init(kind: TokenKind, start: SourceLocation, end: Int) {
        self.kind = kind
        self.start = start
        self.end = end
    }

    public var range: SourceRange { SourceRange(start: start, end: end) }

    /// `true` for an unquoted identifier spelled like `keyword` (ASCII, case-insensitive).
    /// `keyword` must be upper case.
    @inline(__always)
    public func isKeyword(_ keyword: String) -> Bool {
        if case .identifier(let name) = kind { return name.equalsKeyword(keyword) }
        return false
    }

    /// `true` when the token is the symbol `symbol`.
    @inline(__always)
    public func isSymbol(_ symbol: Symbol) -> Bool {
        if case .symbol(let s) = kind { return s == symbol }
        return false
    }
}

/// What a token is. Keywords are plain `identifier`s: Cypher keywords are case-insensitive
/// and most may also serve as names, so the parser decides by context.
public enum TokenKind: Sendable, Equatable {
    /// An unquoted name as written (`n`, `MATCH`, `toUpper`).
    case identifier(String)
    /// A backtick-quoted name, unescaped (`` `a``b` `` → ``a`b``). Never a keyword.
    case quotedIdentifier(String)
    /// An integer literal's magnitude (at most 2^63; the sign is a separate `-`).
    case integer(UInt64)
    case float(Double)
    /// A string literal, unescaped.
    case string(String)
    /// `$name` or `$1` (the name without `$`).
    case parameter(String)
    case symbol(Symbol)
    /// A malformed number (`0x`, `12ab`) or one out of range; reported with `code` if the
    /// parser meets it where a value is expected.
    case invalidNumber(text: String, code: DossierError.Code)
    /// End of the text.
    case end
}

/// Punctuation and operators.
public enum Symbol: String, Sendable, CaseIterable {
    case leftParen = "(", rightParen = ")"
    case leftBracket = "[", rightBracket = "]"
    case leftBrace = "{", rightBrace = "}"
    case comma = ",", dot = ".", dotDot = "..", colon = ":", semicolon = ";", pipe = "|"
    case plus = "+", minus = "-", star = "*", slash = "/", percent = "%", caret = "^"
    case equal = "=", notEqual = "<>", bangEqual = "!="
    case less = "<", greater = ">", lessOrEqual = "<=", greaterOrEqual = ">="
    case regexMatch = "=~", plusEqual = "+="
}

extension String {
    /// ASCII case-insensitive comparison against an upper-case keyword.
    @inline(__always)
    func equalsKeyword(_ keyword: String) -> Bool {
        var a = self.utf8.makeIterator()
        var b = keyword.utf8.makeIterator()
        while true {
            switch (a.next(), b.next()) {
            case (nil, nil): return true
            case (let x?, let y?):
                let upper = (x >= 0x61 && x <= 0x7A) ? x - 0x20 : x
                if upper != y { return false }
            default: return false
            }
        }
    }
}
