/// Parses the Java regular-expression subset Dossier supports into a `RegexNode` tree.
///
/// Supported: literals, `.`, classes `[a-z]`, `[^…]`, nested `[a[bc]]`, escapes
/// (`\d \D \w \W \s \S \h \H \v \V \p{…} \P{…} \t \n \r \f \a \e \0oo \xhh \x{h…} \uhhhh \cX
/// \Q…\E` and escaped punctuation), anchors `^ $ \A \z \Z \b \B`, groups `( )`, `(?: )`,
/// `(?<name> )`, alternation, quantifiers `* + ? {n} {n,} {n,m}` (lazy variants behave as
/// greedy: with whole-string matching the answer is the same), and flags `(?i) (?s) (?m)
/// (?x) (?-i)` and `(?i: …)`.
///
/// Rejected with NotSupported: backreferences, lookaround, atomic groups, possessive
/// quantifiers, class intersection `&&`, `\G`. Malformed patterns raise ArgumentError
/// `InvalidRegex` naming the position.
struct RegexParser {
    struct Flags {
        var caseInsensitive = false
        var dotAll = false
        var multiline = false
        var comments = false
    }

    private let s: [UInt32]
    private var i = 0
    private var depth = 0
    private let pattern: String
    static let maxDepth = 200
    static let maxRepeat = 100_000

    init(_ pattern: String) {
        self.pattern = pattern
        self.s = pattern.unicodeScalars.map(\.value)
    }

    static func parse(_ pattern: String) throws(DossierError) -> RegexNode {
        var p = RegexParser(pattern)
        var flags = Flags()
        let node = try p.parseAlternation(&flags)
        if p.i < p.s.count {
            throw p.error(p.s[p.i] == 0x29 ? "Unmatched closing ')'" : "Unexpected character")
        }
        return node
    }

    // MARK: - Errors

    private func error(_ message: String) -> DossierError {
        .argument(.invalidRegex, "Invalid regular expression '\(pattern)': \(message) near index \(i)")
    }

    private func unsupported(_ what: String) -> DossierError {
        DossierError(.notSupported, .unsupportedFeature,
                     "Regular expression '\(pattern)': \(what) is not supported by Dossier (only constructs that match in linear time are)")
    }

    // MARK: - Scanning

    private var atEnd: Bool { i >= s.count }
    private func peek(_ k: Int = 0) -> UInt32? { i + k < s.count ? s[i + k] : nil }

    private mutating func skipExtended(_ flags: Flags) {
        guard flags.comments else { return }
        while let c = peek() {
            if c == 0x20 || (c >= 0x09 && c <= 0x0D) {
                i += 1
            } else if c == 0x23 {  // '#': comment to end of line
                while let d = peek(), d != 0x0A { _ = d; i += 1 }
            } else {
                break
            }
        }
    }

    // MARK: - Grammar

    private mutating func parseAlternation(_ flags: inout Flags) throws(DossierError) -> RegexNode {
        depth += 1
        defer { depth -= 1 }
        if depth > RegexParser.maxDepth { throw error("nesting deeper than \(RegexParser.maxDepth)") }
        var branches: [RegexNode] = [try parseConcat(&flags)]
        while peek() == 0x7C {  // '|'
            i += 1
            branches.append(try parseConcat(&flags))
        }
        return branches.count == 1 ? branches[0] : .alternate(branches)
    }

    private mutating func parseConcat(_ flags: inout Flags) throws(DossierError) -> RegexNode {
        var items: [RegexNode] = []
        while true {
            skipExtended(flags)
            guard let c = peek(), c != 0x7C, c != 0x29 else { break }
            guard let atom = try parseAtom(&flags) else { continue }
            items.append(try parseQuantifiers(atom, flags))
        }
        switch items.count {
        case 0: return .empty
        case 1: return items[0]
        default: return .concat(items)
        }
    }

    private mutating func parseQuantifiers(_ atom: RegexNode, _ flags: Flags) throws(DossierError) -> RegexNode {
        skipExtended(flags)
        guard let c = peek() else { return atom }
        var minCount = 0, maxCount: Int? = nil
        switch c {
        case 0x2A: i += 1; minCount = 0; maxCount = nil        // *
        case 0x2B: i += 1; minCount = 1; maxCount = nil        // +
        case 0x3F: i += 1; minCount = 0; maxCount = 1          // ?
        case 0x7B:                                             // {
            guard let (lo, hi) = try parseBraces() else { throw error("Illegal repetition '{'") }
            minCount = lo; maxCount = hi
        default: return atom
        }
        if let m = peek() {
            if m == 0x3F { i += 1 }  // lazy: same result for whole-string matching
            else if m == 0x2B { throw unsupported("a possessive quantifier") }
        }
        if let m = peek(), m == 0x2A || m == 0x2B || m == 0x3F || (m == 0x7B && isBraceQuantifier()) {
            throw error("Dangling meta character '\(Character(Unicode.Scalar(m) ?? "?"))'")
        }
        if case .assertion = atom { return atom }  // quantified assertions: zero width anyway
        return .repeated(atom, min: minCount, max: maxCount)
    }

    private func isBraceQuantifier() -> Bool {
        var k = i + 1
        var sawDigit = false
        while k < s.count, s[k] >= 0x30 && s[k] <= 0x39 { k += 1; sawDigit = true }
        return sawDigit && k < s.count && (s[k] == 0x7D || s[k] == 0x2C)
    }

    /// `{n}`, `{n,}`, `{n,m}` starting at '{'.
    private mutating func parseBraces() throws(DossierError) -> (Int, Int?)? {
        let start = i
        i += 1
        guard let lo = parseNumber() else { i = start; return nil }
        var hi: Int? = lo
        if peek() == 0x2C {
            i += 1
            hi = parseNumber()
        }
        guard peek() == 0x7D else { i = start; return nil }
        i += 1
        if let h = hi, h < lo { throw error("Illegal repetition range {\(lo),\(h)}") }
        if lo > RegexParser.maxRepeat || (hi ?? 0) > RegexParser.maxRepeat {
            throw error("repetition count over \(RegexParser.maxRepeat)")
        }
        return (lo, hi)
    }

    private mutating func parseNumber() -> Int? {
        var n = 0, any = false
        while let c = peek(), c >= 0x30 && c <= 0x39 {
            n = Swift.min(n * 10 + Int(c - 0x30), 10_000_000)
            any = true
            i += 1
        }
        return any ? n : nil
    }

    /// One atom, or nil for a construct that only changes flags (`(?i)`).
    private mutating func parseAtom(_ flags: inout Flags) throws(DossierError) -> RegexNode? {
        guard let c = peek() else { return nil }
        switch c {
        case 0x28: return try parseGroup(&flags)                                   // (
        case 0x5B: i += 1; return .set(try parseClass(flags))                      // [
        case 0x2E: i += 1; return .any(dotAll: flags.dotAll)                       // .
        case 0x5E: i += 1; return .assertion(flags.multiline ? .startOfLine : .startOfInput)  // ^
        case 0x24: i += 1; return .assertion(flags.multiline ? .endOfLine : .endOfInputOrFinalTerminator)  // $
        case 0x5C: return try parseEscape(flags)                                   // \
        case 0x2A, 0x2B, 0x3F:
            throw error("Dangling meta character '\(Character(Unicode.Scalar(c) ?? "?"))'")
        case 0x7B:
            if isBraceQuantifier() { throw error("Dangling meta character '{'") }
            throw error("Illegal repetition '{'")
        default:
            i += 1
            return .char(foldKey(c, flags), fold: flags.caseInsensitive)
        }
    }

    private func foldKey(_ c: UInt32, _ flags: Flags) -> UInt32 {
        flags.caseInsensitive ? RegexCase.lower(c) : c
    }

    private mutating func parseGroup(_ flags: inout Flags) throws(DossierError) -> RegexNode? {
        i += 1  // (
        var inner = flags
        if peek() == 0x3F {  // (?
            i += 1
            guard let c = peek() else { throw error("Unknown group type") }
            switch c {
            case 0x3A: i += 1                                                       // (?:
            case 0x3D, 0x21: throw unsupported("lookahead")                        // (?= (?!
            case 0x3E: throw unsupported("an atomic group")                        // (?>
            case 0x3C:                                                              // (?<
                if let d = peek(1), d == 0x3D || d == 0x21 { throw unsupported("lookbehind") }
                i += 1
                while let d = peek(), d != 0x3E {
                    guard RegexClassKind.asciiAlnum.contains(d) else { throw error("Bad named group") }
                    i += 1
                }
                guard peek() == 0x3E else { throw error("Unclosed named group") }
                i += 1
            default:
                // Flags: (?imsx-imsx) or (?imsx-imsx: …)
                var on = true
                var f = flags
                var any = false
                while let d = peek(), d != 0x29, d != 0x3A {
                    switch d {
                    case 0x2D: on = false
                    case 0x69: f.caseInsensitive = on
                    case 0x73: f.dotAll = on
                    case 0x6D: f.multiline = on
                    case 0x78: f.comments = on
                    case 0x75, 0x64, 0x55: break  // UNICODE_CASE, UNIX_LINES, UNICODE_CHARACTER_CLASS: accepted
                    default: throw error("Unknown inline modifier")
                    }
                    any = true
                    i += 1
                }
                guard let end = peek(), any || end == 0x3A else { throw error("Unknown group type") }
                i += 1
                if end == 0x29 {  // (?i): applies to the rest of the enclosing group
                    flags = f
                    return nil
                }
                inner = f
            }
        }
        let node = try parseAlternation(&inner)
        guard peek() == 0x29 else { throw error("Unclosed group") }
        i += 1
        return node
    }

    // MARK: - Escapes

    private mutating func parseEscape(_ flags: Flags) throws(DossierError) -> RegexNode {
        i += 1  // backslash
        guard let c = peek() else { throw error("Unexpected internal error: trailing backslash") }
        switch c {
        case 0x41: i += 1; return .assertion(.startOfInput)                    // \A
        case 0x7A: i += 1; return .assertion(.endOfInput)                      // \z
        case 0x5A: i += 1; return .assertion(.endOfInputOrFinalTerminator)     // \Z
        case 0x62: i += 1; return .assertion(.wordBoundary)                    // \b
        case 0x42: i += 1; return .assertion(.notWordBoundary)                 // \B
        case 0x47: throw unsupported("\\G")
        case 0x31...0x39: throw unsupported("a backreference")
        case 0x6B: throw unsupported("a named backreference")
        case 0x51:                                                               // \Q…\E
            i += 1
            var items: [RegexNode] = []
            while let d = peek() {
                if d == 0x5C && peek(1) == 0x45 { i += 2; break }
                items.append(.char(foldKey(d, flags), fold: flags.caseInsensitive))
                i += 1
            }
            return items.isEmpty ? .empty : (items.count == 1 ? items[0] : .concat(items))
        default:
            if let cls = try parseClassEscape() {
                var set = RegexCharSet()
                set.classes = [cls]
                set.fold = flags.caseInsensitive
                return .set(set)
            }
            let v = try parseCharEscape()
            return .char(foldKey(v, flags), fold: flags.caseInsensitive)
        }
    }

    /// `\d \D \w \W \s \S \h \H \v \V \p{…} \P{…}` at `i` (after the backslash), or nil.
    private mutating func parseClassEscape() throws(DossierError) -> (kind: RegexClassKind, negated: Bool)? {
        guard let c = peek() else { return nil }
        let kind: RegexClassKind
        switch c {
        case 0x64, 0x44: kind = .digit
        case 0x77, 0x57: kind = .word
        case 0x73, 0x53: kind = .space
        case 0x68, 0x48: kind = .horizontalSpace
        case 0x76, 0x56: kind = .verticalSpace
        case 0x70, 0x50:
            i += 1
            let name: String
            if peek() == 0x7B {
                i += 1
                var u = String.UnicodeScalarView()
                while let d = peek(), d != 0x7D { if let sc = Unicode.Scalar(d) { u.append(sc) }; i += 1 }
                guard peek() == 0x7D else { throw error("Unclosed character family") }
                i += 1
                name = String(u)
            } else {
                guard let d = peek(), let sc = Unicode.Scalar(d) else { throw error("Illegal character family") }
                i += 1
                name = String(sc)
            }
            guard let k = RegexParser.property(name) else { throw error("Unknown character property name {\(name)}") }
            return (k, c == 0x50)
        default: return nil
        }
        i += 1
        return (kind, c < 0x60)  // upper-case letter: negated
    }

    static func property(_ rawName: String) -> RegexClassKind? {
        var name = rawName
        if name.hasPrefix("Is") { name = String(name.dropFirst(2)) }
        if name.hasPrefix("general_category=") { name = String(name.dropFirst(17)) }
        if name.hasPrefix("gc=") { name = String(name.dropFirst(3)) }
        switch name {
        case "L", "Letter": return .categories([.uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter])
        case "Lu": return .categories([.uppercaseLetter])
        case "Ll": return .categories([.lowercaseLetter])
        case "Lt": return .categories([.titlecaseLetter])
        case "Lm": return .categories([.modifierLetter])
        case "Lo": return .categories([.otherLetter])
        case "M", "Mark": return .categories([.nonspacingMark, .spacingMark, .enclosingMark])
        case "Mn": return .categories([.nonspacingMark])
        case "N", "Number": return .categories([.decimalNumber, .letterNumber, .otherNumber])
        case "Nd": return .categories([.decimalNumber])
        case "P", "Punctuation":
            return .categories([.connectorPunctuation, .dashPunctuation, .openPunctuation, .closePunctuation,
                                .initialPunctuation, .finalPunctuation, .otherPunctuation])
        case "S", "Symbol": return .categories([.mathSymbol, .currencySymbol, .modifierSymbol, .otherSymbol])
        case "Sc": return .categories([.currencySymbol])
        case "Z", "Separator": return .categories([.spaceSeparator, .lineSeparator, .paragraphSeparator])
        case "Zs": return .categories([.spaceSeparator])
        case "C", "Other": return .categories([.control, .format, .surrogate, .privateUse, .unassigned])
        case "Cc": return .categories([.control])
        case "Alphabetic": return .alphabetic
        case "Uppercase": return .uppercase
        case "Lowercase": return .lowercase
        case "White_Space", "WhiteSpace": return .whitespace
        case "Alpha": return .asciiAlpha
        case "Digit": return .digit
        case "Alnum": return .asciiAlnum
        case "Upper": return .asciiUpper
        case "Lower": return .asciiLower
        case "Punct": return .asciiPunct
        case "Space": return .space
        case "XDigit": return .asciiHexDigit
        case "ASCII": return .ascii
        default: return nil
        }
    }

    /// A single-character escape at `i` (after the backslash): its scalar value.
    private mutating func parseCharEscape() throws(DossierError) -> UInt32 {
        guard let c = peek() else { throw error("Trailing backslash") }
        i += 1
        switch c {
        case 0x74: return 0x09  // \t
        case 0x6E: return 0x0A  // \n
        case 0x72: return 0x0D  // \r
        case 0x66: return 0x0C  // \f
        case 0x61: return 0x07  // \a
        case 0x65: return 0x1B  // \e
        case 0x30:              // \0ooo
            var v: UInt32 = 0, n = 0
            while n < 3, let d = peek(), d >= 0x30 && d <= 0x37, v * 8 + (d - 0x30) <= 0xFF {
                v = v * 8 + (d - 0x30); i += 1; n += 1
            }
            if n == 0 { throw error("Illegal octal escape sequence") }
            return v
        case 0x78:              // \xhh or \x{h…}
            if peek() == 0x7B {
                i += 1
                var v: UInt32 = 0, n = 0
                while let d = peek(), d != 0x7D {
                    guard let h = hexValue(d), v <= 0x10FFFF else { throw error("Illegal hexadecimal escape sequence") }
                    v = v * 16 + h; i += 1; n += 1
                }
                guard peek() == 0x7D, n > 0, v <= 0x10FFFF else { throw error("Illegal hexadecimal escape sequence") }
                i += 1
                return v
            }
            return try hexDigits(2)
        case 0x75: return try hexDigits(4)  // \uhhhh
        case 0x63:                          // \cX
            guard let d = peek() else { throw error("Illegal control escape sequence") }
            i += 1
            return d ^ 0x40
        default:
            if RegexClassKind.asciiAlnum.contains(c) { throw error("Illegal/unsupported escape sequence") }
            return c
        }
    }

    private func hexValue(_ d: UInt32) -> UInt32? {
        switch d {
        case 0x30...0x39: return d - 0x30
        case 0x41...0x46: return d - 0x41 + 10
        case 0x61...0x66: return d - 0x61 + 10
        default: return nil
        }
    }

    private mutating func hexDigits(_ n: Int) throws(DossierError) -> UInt32 {
        var v: UInt32 = 0
        for _ in 0..<n {
            guard let d = peek(), let h = hexValue(d) else { throw error("Illegal hexadecimal escape sequence") }
            v = v * 16 + h
            i += 1
        }
        return v
    }

    // MARK: - Classes

    /// A bracketed class; `i` is just after '['.
    private mutating func parseClass(_ flags: Flags) throws(DossierError) -> RegexCharSet {
        depth += 1
        defer { depth -= 1 }
        if depth > RegexParser.maxDepth { throw error("nesting deeper than \(RegexParser.maxDepth)") }
        var set = RegexCharSet()
        set.fold = flags.caseInsensitive
        if peek() == 0x5E { set.negated = true; i += 1 }
        var first = true
        while true {
            guard let c = peek() else { throw error("Unclosed character class") }
            if c == 0x5D && !first { i += 1; break }
            first = false
            if c == 0x5B {  // nested union
                i += 1
                set.nested.append(try parseClass(flags))
                continue
            }
            if c == 0x26 && peek(1) == 0x26 { throw unsupported("character class intersection (&&)") }
            let lo: UInt32
            if c == 0x5C {
                i += 1
                if peek() == 0x51 {  // \Q…\E inside a class
                    i += 1
                    while let d = peek() {
                        if d == 0x5C && peek(1) == 0x45 { i += 2; break }
                        set.ranges.append(d...d)
                        i += 1
                    }
                    continue
                }
                if let cls = try parseClassEscape() { set.classes.append(cls); continue }
                lo = try parseCharEscape()
            } else {
                i += 1
                lo = c
            }
            // A range?
            if peek() == 0x2D, let next = peek(1), next != 0x5D {
                i += 1
                let hi: UInt32
                if next == 0x5C {
                    i += 1
                    if let d = peek(), "dDwWsShHvVpP".unicodeScalars.contains(where: { $0.value == d }) {
                        throw error("Illegal character range")
                    }
                    hi = try parseCharEscape()
                } else if next == 0x5B {
                    throw error("Illegal character range")
                } else {
                    i += 1
                    hi = next
                }
                if hi < lo { throw error("Illegal character range") }
                set.ranges.append(lo...hi)
            } else {
                set.ranges.append(lo...lo)
            }
        }
        return set
    }
}
