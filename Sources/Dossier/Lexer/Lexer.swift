/// Turns query text into `Token`s, skipping whitespace and `//` / `/* */` comments.
///
/// ```swift
/// let tokens = try Lexer.tokenize("MATCH (n) RETURN n.name")
/// ```
/// Every token carries its `SourceLocation` (UTF-8 offset, 1-based line, column in Unicode
/// scalars) and end offset. Errors are `SyntaxError`s at the offending character:
/// unterminated strings, comments and quoted names, invalid `\u` escapes
/// (`InvalidUnicodeLiteral`), stray characters (`UnexpectedSyntax`, or
/// `InvalidUnicodeCharacter` for non-ASCII ones such as `—`). Malformed numbers become
/// `.invalidNumber` tokens so the parser can report them in context.
///
/// - Complexity: O(n) in the length of the text.
public struct Lexer {
    let bytes: [UInt8]
    var pos = 0
    var line = 1
    var column = 1

    public init(_ text: String) {
        bytes = Array(text.utf8)
    }

    /// All tokens of `text`, ending with a `.end` token.
    public static func tokenize(_ text: String) throws(DossierError) -> [Token] {
        var lexer = Lexer(text)
        var tokens: [Token] = []
        tokens.reserveCapacity(lexer.bytes.count / 3 + 1)
        while true {
            let token = try lexer.next()
            tokens.append(token)
            if case .end = token.kind { return tokens }
        }
    }

    var location: SourceLocation { SourceLocation(offset: pos, line: line, column: column) }

    @inline(__always)
    func byte(_ at: Int) -> UInt8? { at < bytes.count ? bytes[at] : nil }

    /// Moves past one byte, keeping line and column up to date.
    @inline(__always)
    mutating func advance() {
        let b = bytes[pos]
        pos += 1
        if b == 0x0A {
            line += 1
            column = 1
        } else if b & 0xC0 != 0x80 {
            column += 1
        }
    }

    @inline(__always)
    mutating func advance(_ n: Int) {
        for _ in 0..<n where pos < bytes.count { advance() }
    }

    /// The Unicode scalar starting at byte `at` and its length in bytes.
    func scalar(at: Int) -> (Unicode.Scalar, Int)? {
        guard at < bytes.count else { return nil }
        let b0 = bytes[at]
        if b0 < 0x80 { return (Unicode.Scalar(b0), 1) }
        let length: Int
        var value: UInt32
        if b0 & 0xE0 == 0xC0 { length = 2; value = UInt32(b0 & 0x1F) }
        else if b0 & 0xF0 == 0xE0 { length = 3; value = UInt32(b0 & 0x0F) }
        else if b0 & 0xF8 == 0xF0 { length = 4; value = UInt32(b0 & 0x07) }
        else { return nil }
        guard at + length <= bytes.count else { return nil }
        for i in 1..<length {
            let b = bytes[at + i]
            guard b & 0xC0 == 0x80 else { return nil }
            value = value << 6 | UInt32(b & 0x3F)
        }
        guard let s = Unicode.Scalar(value) else { return nil }
        return (s, length)
    }

    func text(_ from: Int, _ to: Int) -> String {
        String(decoding: bytes[from..<min(to, bytes.count)], as: UTF8.self)
    }

    // MARK: character classes

    @inline(__always)
    static func isASCIILetter(_ b: UInt8) -> Bool { (b >= 0x41 && b <= 0x5A) || (b >= 0x61 && b <= 0x7A) }
    @inline(__always)
    static func isDigit(_ b: UInt8) -> Bool { b >= 0x30 && b <= 0x39 }

    /// Length in bytes of an identifier-start character at `at`, or nil.
    func identifierStart(at: Int) -> Int? {
        guard let b = byte(at) else { return nil }
        if Lexer.isASCIILetter(b) || b == 0x5F { return 1 }
        if b < 0x80 { return nil }
        guard let (s, n) = scalar(at: at), s.properties.isXIDStart else { return nil }
        return n
    }

    /// Length in bytes of an identifier-continue character at `at`, or nil.
    func identifierContinue(at: Int) -> Int? {
        guard let b = byte(at) else { return nil }
        if Lexer.isASCIILetter(b) || Lexer.isDigit(b) || b == 0x5F { return 1 }
        if b < 0x80 { return nil }
        guard let (s, n) = scalar(at: at), s.properties.isXIDContinue else { return nil }
        return n
    }

    // MARK: scanning

    /// Skips whitespace and comments.
    mutating func skipTrivia() throws(DossierError) {
        while pos < bytes.count {
            let b = bytes[pos]
            switch b {
            case 0x20, 0x09, 0x0A, 0x0D, 0x0B, 0x0C:
                advance()
            case 0x2F where byte(pos + 1) == 0x2F:  // //
                while pos < bytes.count && bytes[pos] != 0x0A { advance() }
            case 0x2F where byte(pos + 1) == 0x2A:  // /*
                let start = location
                advance(2)
                while true {
                    guard pos < bytes.count else {
                        throw .syntax(.unexpectedSyntax, "unterminated comment: expected '*/' but found end of input", at: start)
                    }
                    if bytes[pos] == 0x2A && byte(pos + 1) == 0x2F { advance(2); break }
                    advance()
                }
            default:
                if b >= 0x80, let (s, n) = scalar(at: pos),
                   s.properties.isWhitespace || s == "\u{FEFF}" || s == "\u{200B}" {
                    advance(n)
                } else {
                    return
                }
            }
        }
    }

    /// The next token (`.end` at the end of the text).
    public mutating func next() throws(DossierError) -> Token {
        try skipTrivia()
        let start = location
        guard pos < bytes.count else { return Token(kind: .end, start: start, end: pos) }
        let b = bytes[pos]
        let kind: TokenKind
        switch b {
        case 0x27, 0x22: kind = try scanString(quote: b)
        case 0x60: kind = .quotedIdentifier(try scanQuotedName())
        case 0x24: kind = try scanParameter()
        case 0x30...0x39: kind = scanNumber()
        case 0x2E where byte(pos + 1).map(Lexer.isDigit) == true: kind = scanNumber()
        default:
            if let n = identifierStart(at: pos) {
                let from = pos
                advance(n)
                while let m = identifierContinue(at: pos) { advance(m) }
                kind = .identifier(text(from, pos))
            } else {
                kind = .symbol(try scanSymbol())
            }
        }
        return Token(kind: kind, start: start, end: pos)
    }

    mutating func scanSymbol() throws(DossierError) -> Symbol {
        let b = bytes[pos]
        let next = byte(pos + 1)
        var symbol: Symbol
        var length = 1
        switch b {
        case 0x28: symbol = .leftParen
        case 0x29: symbol = .rightParen
        case 0x5B: symbol = .leftBracket
        case 0x5D: symbol = .rightBracket
        case 0x7B: symbol = .leftBrace
        case 0x7D: symbol = .rightBrace
        case 0x2C: symbol = .comma
        case 0x2E:
            if next == 0x2E { symbol = .dotDot; length = 2 } else { symbol = .dot }
        case 0x3A: symbol = .colon
        case 0x3B: symbol = .semicolon
        case 0x7C: symbol = .pipe
        case 0x2B:
            if next == 0x3D { symbol = .plusEqual; length = 2 } else { symbol = .plus }
        case 0x2D: symbol = .minus
        case 0x2A: symbol = .star
        case 0x2F: symbol = .slash
        case 0x25: symbol = .percent
        case 0x5E: symbol = .caret
        case 0x3D:
            if next == 0x7E { symbol = .regexMatch; length = 2 } else { symbol = .equal }
        case 0x3C:
            if next == 0x3D { symbol = .lessOrEqual; length = 2 }
            else if next == 0x3E { symbol = .notEqual; length = 2 }
            else { symbol = .less }
        case 0x3E:
            if next == 0x3D { symbol = .greaterOrEqual; length = 2 } else { symbol = .greater }
        case 0x21 where next == 0x3D:
            symbol = .bangEqual; length = 2
        default:
            if b < 0x80 {
                let shown = b >= 0x20 && b < 0x7F ? "'\(Character(Unicode.Scalar(b)))'" : "U+\(hex(UInt32(b)))"
                throw .syntax(.unexpectedSyntax, "unexpected character \(shown)", at: location)
            }
            if let (s, _) = scalar(at: pos) {
                throw .syntax(.invalidUnicodeCharacter,
                              "unexpected character '\(Character(s))' (U+\(hex(s.value)))\(Lexer.lookalikeHint(s))",
                              at: location)
            }
            throw .syntax(.invalidUnicodeCharacter, "invalid UTF-8 in query text", at: location)
        }
        advance(length)
        return symbol
    }

    /// Suggests the ASCII character a look-alike probably meant.
    static func lookalikeHint(_ s: Unicode.Scalar) -> String {
        switch s.value {
        case 0x2010...0x2015, 0x2212, 0xFE58, 0xFE63, 0xFF0D: return "; did you mean '-'?"
        case 0x2018, 0x2019, 0x201A, 0x201B: return "; did you mean \"'\"?"
        case 0x201C, 0x201D, 0x201E: return "; did you mean '\"'?"
        default: return ""
        }
    }

    func hex(_ v: UInt32) -> String {
        let s = String(v, radix: 16, uppercase: true)
        return String(repeating: "0", count: max(0, 4 - s.count)) + s
    }

    /// `$name`, `$1` or `` $`odd name` ``.
    mutating func scanParameter() throws(DossierError) -> TokenKind {
        let start = location
        advance()
        if byte(pos) == 0x60 { return .parameter(try scanQuotedName()) }
        let from = pos
        while let n = identifierContinue(at: pos) { advance(n) }
        guard pos > from else {
            throw .syntax(.unexpectedSyntax, "expected a parameter name after '$'", at: start)
        }
        return .parameter(text(from, pos))
    }

    /// A backtick-quoted name; two backticks stand for one. ``` `` ``` is the empty name.
    mutating func scanQuotedName() throws(DossierError) -> String {
        let start = location
        advance()
        var out: [UInt8] = []
        while true {
            guard pos < bytes.count else {
                throw .syntax(.unexpectedSyntax, "unterminated quoted name: expected '`' but found end of input", at: start)
            }
            let b = bytes[pos]
            advance()
            if b == 0x60 {
                if byte(pos) == 0x60 { out.append(0x60); advance(); continue }
                break
            }
            out.append(b)
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// A string literal in single or double quotes, with escapes.
    mutating func scanString(quote: UInt8) throws(DossierError) -> TokenKind {
        let start = location
        advance()
        var out: [UInt8] = []
        var pendingHighSurrogate: (UInt32, SourceLocation)?
        while true {
            guard pos < bytes.count else {
                throw .syntax(.unexpectedSyntax,
                              "unterminated string: expected \(quote == 0x27 ? "\"'\"" : "'\"'") but found end of input",
                              at: start)
            }
            let b = bytes[pos]
            if b == quote && pendingHighSurrogate == nil { advance(); break }
            if b != 0x5C {
                if let (_, at) = pendingHighSurrogate {
                    throw .syntax(.invalidUnicodeLiteral, "unpaired surrogate in \\u escape", at: at)
                }
                out.append(b)
                advance()
                continue
            }
            let escapeStart = location
            advance()
            guard let e = byte(pos) else { continue }
            let unicode = e == 0x75 || e == 0x55
            if let (_, at) = pendingHighSurrogate, !unicode {
                throw .syntax(.invalidUnicodeLiteral, "unpaired surrogate in \\u escape", at: at)
            }
            switch e {
            case 0x5C: out.append(0x5C)
            case 0x27: out.append(0x27)
            case 0x22: out.append(0x22)
            case 0x6E, 0x4E: out.append(0x0A)
            case 0x74, 0x54: out.append(0x09)
            case 0x72, 0x52: out.append(0x0D)
            case 0x62, 0x42: out.append(0x08)
            case 0x66, 0x46: out.append(0x0C)
            case 0x75, 0x55:
                let digits = e == 0x75 ? 4 : 8
                var value: UInt32 = 0
                for i in 1...digits {
                    guard let h = byte(pos + i), let d = Lexer.hexValue(h) else {
                        let found = text(escapeStart.offset, min(pos + 1 + digits, bytes.count))
                        throw .syntax(.invalidUnicodeLiteral,
                                      "invalid unicode escape '\(found)': expected \(digits) hexadecimal digits after '\\\(e == 0x75 ? "u" : "U")'",
                                      at: escapeStart)
                    }
                    value = value << 4 | d
                }
                advance(digits)
                if (0xD800...0xDBFF).contains(value) {
                    if pendingHighSurrogate != nil {
                        throw .syntax(.invalidUnicodeLiteral, "unpaired surrogate in \\u escape", at: escapeStart)
                    }
                    pendingHighSurrogate = (value, escapeStart)
                } else if (0xDC00...0xDFFF).contains(value) {
                    guard let (high, _) = pendingHighSurrogate else {
                        throw .syntax(.invalidUnicodeLiteral, "unpaired surrogate in \\u escape", at: escapeStart)
                    }
                    pendingHighSurrogate = nil
                    let combined = 0x10000 + ((high - 0xD800) << 10) + (value - 0xDC00)
                    if let s = Unicode.Scalar(combined) { out.append(contentsOf: Array(String(Character(s)).utf8)) }
                } else {
                    if pendingHighSurrogate != nil {
                        throw .syntax(.invalidUnicodeLiteral, "unpaired surrogate in \\u escape", at: escapeStart)
                    }
                    guard let s = Unicode.Scalar(value) else {
                        throw .syntax(.invalidUnicodeLiteral, "\\U\(hex(value)) is not a Unicode code point", at: escapeStart)
                    }
                    out.append(contentsOf: Array(String(Character(s)).utf8))
                }
            default:
                // Unknown escapes keep their backslash (`'\d+'` stays a regex).
                out.append(0x5C)
                continue
            }
            advance()
        }
        return .string(String(decoding: out, as: UTF8.self))
    }

    static func hexValue(_ b: UInt8) -> UInt32? {
        switch b {
        case 0x30...0x39: return UInt32(b - 0x30)
        case 0x41...0x46: return UInt32(b - 0x41 + 10)
        case 0x61...0x66: return UInt32(b - 0x61 + 10)
        default: return nil
        }
    }

    /// Integers (decimal, `0x` hex, `0o` and legacy leading-zero octal) and floats
    /// (`1.5`, `.5`, `1e3`, `1.5E-3`).
    mutating func scanNumber() -> TokenKind {
        let from = pos
        let b0 = bytes[pos]
        if b0 == 0x30, let x = byte(pos + 1), x == 0x78 || x == 0x58 || x == 0x6F || x == 0x4F {
            let radix: UInt64 = (x == 0x78 || x == 0x58) ? 16 : 8
            advance(2)
            return scanRadixDigits(from: from, digitsFrom: pos, radix: radix)
        }
        var isFloat = false
        while let d = byte(pos), Lexer.isDigit(d) { advance() }
        if byte(pos) == 0x2E, let d = byte(pos + 1), Lexer.isDigit(d) {
            isFloat = true
            advance()
            while let d = byte(pos), Lexer.isDigit(d) { advance() }
        }
        if let e = byte(pos), e == 0x65 || e == 0x45 {
            var look = pos + 1
            if let s = byte(look), s == 0x2B || s == 0x2D { look += 1 }
            if let d = byte(look), Lexer.isDigit(d) {
                isFloat = true
                advance(look - pos)
                while let d = byte(pos), Lexer.isDigit(d) { advance() }
            }
        }
        if identifierContinue(at: pos) != nil {
            while let n = identifierContinue(at: pos) { advance(n) }
            return .invalidNumber(text: text(from, pos), code: .invalidNumberLiteral)
        }
        let literal = text(from, pos)
        if isFloat {
            guard let value = Double(literal) else {
                return .invalidNumber(text: literal, code: .invalidNumberLiteral)
            }
            if value.isInfinite { return .invalidNumber(text: literal, code: .floatingPointOverflow) }
            return .float(value)
        }
        if b0 == 0x30 && pos - from > 1 {
            // legacy octal: 0755
            return octalOrDecimal(literal, from: from)
        }
        return magnitude(of: bytes[from..<pos], radix: 10, text: literal)
    }

    func octalOrDecimal(_ literal: String, from: Int) -> TokenKind {
        let digits = bytes[(from + 1)..<pos]
        if digits.contains(where: { $0 > 0x37 }) {
            return .invalidNumber(text: literal, code: .invalidNumberLiteral)
        }
        return magnitude(of: digits, radix: 8, text: literal)
    }

    mutating func scanRadixDigits(from: Int, digitsFrom: Int, radix: UInt64) -> TokenKind {
        while let n = identifierContinue(at: pos) { advance(n) }
        let literal = text(from, pos)
        let digits = bytes[digitsFrom..<pos]
        let valid = !digits.isEmpty && digits.allSatisfy { b in
            guard let v = Lexer.hexValue(b) else { return false }
            return UInt64(v) < radix
        }
        guard valid else { return .invalidNumber(text: literal, code: .invalidNumberLiteral) }
        return magnitude(of: digits, radix: radix, text: literal)
    }

    /// The value of validated digits; magnitudes above 2^63 are `IntegerOverflow`.
    func magnitude(of digits: ArraySlice<UInt8>, radix: UInt64, text: String) -> TokenKind {
        var value: UInt64 = 0
        for b in digits {
            let d = UInt64(Lexer.hexValue(b) ?? 0)
            let (m, o1) = value.multipliedReportingOverflow(by: radix)
            let (s, o2) = m.addingReportingOverflow(d)
            if o1 || o2 { return .invalidNumber(text: text, code: .integerOverflow) }
            value = s
        }
        if value > UInt64(Int64.max) + 1 { return .invalidNumber(text: text, code: .integerOverflow) }
        return .integer(value)
    }
}
