import Testing
@testable import Dossier

@Suite struct LexerTests {
    func kinds(_ text: String) throws -> [TokenKind] {
        try Lexer.tokenize(text).map(\.kind).dropLast()
    }

    func lexError(_ text: String) -> DossierError? {
        do { _ = try Lexer.tokenize(text); return nil } catch { return error }
    }

    @Test func identifiersAndKeywords() throws {
        #expect(try kinds("MATCH n _x ä1 `a b` `a``b` ``") == [
            .identifier("MATCH"), .identifier("n"), .identifier("_x"), .identifier("ä1"),
            .quotedIdentifier("a b"), .quotedIdentifier("a`b"), .quotedIdentifier(""),
        ])
        let t = try Lexer.tokenize("match")[0]
        #expect(t.isKeyword("MATCH"))
        #expect(!(try Lexer.tokenize("`match`")[0]).isKeyword("MATCH"))
    }

    @Test func integers() throws {
        #expect(try kinds("0 42 0x1F 0XfF 0o17 017 9223372036854775807 9223372036854775808") == [
            .integer(0), .integer(42), .integer(31), .integer(255), .integer(15), .integer(15),
            .integer(9_223_372_036_854_775_807), .integer(9_223_372_036_854_775_808),
        ])
        #expect(try kinds("9223372036854775809") == [.invalidNumber(text: "9223372036854775809", code: .integerOverflow)])
        #expect(try kinds("99999999999999999999999") == [.invalidNumber(text: "99999999999999999999999", code: .integerOverflow)])
        #expect(try kinds("0x") == [.invalidNumber(text: "0x", code: .invalidNumberLiteral)])
        #expect(try kinds("0x1G") == [.invalidNumber(text: "0x1G", code: .invalidNumberLiteral)])
        #expect(try kinds("0o8") == [.invalidNumber(text: "0o8", code: .invalidNumberLiteral)])
        #expect(try kinds("09") == [.invalidNumber(text: "09", code: .invalidNumberLiteral)])
        #expect(try kinds("12abc") == [.invalidNumber(text: "12abc", code: .invalidNumberLiteral)])
    }

    @Test func floats() throws {
        #expect(try kinds("1.0 .5 1e3 1.5E-3 2e+2 0.0") == [
            .float(1.0), .float(0.5), .float(1000), .float(0.0015), .float(200), .float(0),
        ])
        #expect(try kinds("1.34E999") == [.invalidNumber(text: "1.34E999", code: .floatingPointOverflow)])
        #expect(try kinds("1e-400") == [.float(0)])
        // ranges are not floats
        #expect(try kinds("1..3") == [.integer(1), .symbol(.dotDot), .integer(3)])
        #expect(try kinds("n.x") == [.identifier("n"), .symbol(.dot), .identifier("x")])
    }

    @Test func strings() throws {
        #expect(try kinds(#"'a' "b" 'it\'s' "say \"hi\"" 'a"b' "a'b""#) == [
            .string("a"), .string("b"), .string("it's"), .string("say \"hi\""), .string("a\"b"), .string("a'b"),
        ])
        #expect(try kinds(#"'\\ \n \t \r \b \f \u00e9 \U0001F600 \uD83D\uDE00'"#) == [
            .string("\\ \n \t \r \u{8} \u{C} é 😀 😀"),
        ])
        #expect(try kinds(#"'\d+'"#) == [.string("\\d+")])
        #expect(try kinds("'multi\nline'") == [.string("multi\nline")])
        #expect(lexError(#"'\uH'"#)?.code == .invalidUnicodeLiteral)
        #expect(lexError(#"'\u12'"#)?.code == .invalidUnicodeLiteral)
        #expect(lexError(#"'\uD83D'"#)?.code == .invalidUnicodeLiteral)
        #expect(lexError(#"'\uDE00'"#)?.code == .invalidUnicodeLiteral)
        #expect(lexError(#"'\U00110000'"#)?.code == .invalidUnicodeLiteral)
        let unterminated = lexError("RETURN 'abc")
        #expect(unterminated?.code == .unexpectedSyntax)
        #expect(unterminated?.location == SourceLocation(offset: 7, line: 1, column: 8))
    }

    @Test func parameters() throws {
        #expect(try kinds("$name $1 $`odd name`") == [.parameter("name"), .parameter("1"), .parameter("odd name")])
        #expect(lexError("$ x")?.code == .unexpectedSyntax)
    }

    @Test func symbols() throws {
        #expect(try kinds("=~ <> != <= >= < > = += + - * / % ^ .. . : ; | ( ) [ ] { } ,") == [
            .symbol(.regexMatch), .symbol(.notEqual), .symbol(.bangEqual), .symbol(.lessOrEqual),
            .symbol(.greaterOrEqual), .symbol(.less), .symbol(.greater), .symbol(.equal), .symbol(.plusEqual),
            .symbol(.plus), .symbol(.minus), .symbol(.star), .symbol(.slash), .symbol(.percent), .symbol(.caret),
            .symbol(.dotDot), .symbol(.dot), .symbol(.colon), .symbol(.semicolon), .symbol(.pipe),
            .symbol(.leftParen), .symbol(.rightParen), .symbol(.leftBracket), .symbol(.rightBracket),
            .symbol(.leftBrace), .symbol(.rightBrace), .symbol(.comma),
        ])
        #expect(try kinds("<-->") == [.symbol(.less), .symbol(.minus), .symbol(.minus), .symbol(.greater)])
        #expect(lexError("RETURN 1 # 2")?.code == .unexpectedSyntax)
        let dash = lexError("RETURN 42 — 41")
        #expect(dash?.code == .invalidUnicodeCharacter)
        #expect(dash?.location?.column == 11)
        #expect(dash?.message.contains("did you mean '-'") == true)
    }

    @Test func commentsAndWhitespace() throws {
        #expect(try kinds("a // comment ; 'x'\n b /* multi\n line */ c\u{00A0}d") == [
            .identifier("a"), .identifier("b"), .identifier("c"), .identifier("d"),
        ])
        #expect(lexError("a /* never closed")?.code == .unexpectedSyntax)
        #expect(try kinds("a/b") == [.identifier("a"), .symbol(.slash), .identifier("b")])
    }

    @Test func locations() throws {
        let tokens = try Lexer.tokenize("RETURN 'é😀', x\n  AS y")
        #expect(tokens[1].start == SourceLocation(offset: 7, line: 1, column: 8))
        #expect(tokens[1].end == 15)  // 'é😀' is 1+2+4+1 bytes
        #expect(tokens[2].start == SourceLocation(offset: 15, line: 1, column: 12))
        #expect(tokens[3].start.column == 14)
        #expect(tokens[4].start == SourceLocation(offset: 21, line: 2, column: 3))
        #expect(tokens[5].start == SourceLocation(offset: 24, line: 2, column: 6))
        #expect(tokens.last?.kind == .end)
    }
}
