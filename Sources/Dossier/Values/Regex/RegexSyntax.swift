/// The parsed form of a regular expression (see `RegexParser`): a tree of nodes over Unicode
/// scalars, with the flags in force (case-insensitive, dot-all, multiline) baked into the
/// nodes they affect.
indirect enum RegexNode: Sendable {
    case empty
    /// One scalar; `fold` compares case-insensitively.
    case char(UInt32, fold: Bool)
    /// `.`: any scalar, or any but a line terminator unless `dotAll`.
    case any(dotAll: Bool)
    case set(RegexCharSet)
    case assertion(RegexAssertion)
    case concat([RegexNode])
    case alternate([RegexNode])
    /// `min...max` repetitions (`max == nil`: unbounded).
    case repeated(RegexNode, min: Int, max: Int?)
}

/// Zero-width assertions.
enum RegexAssertion: Sendable {
    /// `^` without multiline, `\A`.
    case startOfInput
    /// `^` in multiline mode: at the start or after a line terminator (not at the very end).
    case startOfLine
    /// `$` without multiline, `\Z`: at the end, or before a final line terminator.
    case endOfInputOrFinalTerminator
    /// `$` in multiline mode: before any line terminator or at the end.
    case endOfLine
    /// `\z`.
    case endOfInput
    /// `\b` and `\B`.
    case wordBoundary
    case notWordBoundary
}

/// A predefined class: `\d \w \s \h \v`, or a `\p{…}` property.
enum RegexClassKind: Sendable {
    case digit, word, space, horizontalSpace, verticalSpace
    case categories([Unicode.GeneralCategory])
    case alphabetic, uppercase, lowercase, whitespace
    case asciiPunct, asciiAlpha, asciiAlnum, asciiUpper, asciiLower, asciiHexDigit, ascii

    func contains(_ v: UInt32) -> Bool {
        switch self {
        case .digit: return v >= 0x30 && v <= 0x39
        case .word: return (v >= 0x30 && v <= 0x39) || (v >= 0x41 && v <= 0x5A) || (v >= 0x61 && v <= 0x7A) || v == 0x5F
        case .space: return v == 0x20 || (v >= 0x09 && v <= 0x0D)
        case .horizontalSpace:
            return v == 0x20 || v == 0x09 || v == 0xA0 || v == 0x1680 || v == 0x180E || (v >= 0x2000 && v <= 0x200A)
                || v == 0x202F || v == 0x205F || v == 0x3000
        case .verticalSpace: return (v >= 0x0A && v <= 0x0D) || v == 0x85 || v == 0x2028 || v == 0x2029
        case .categories(let cs):
            guard let s = Unicode.Scalar(v) else { return false }
            return cs.contains(s.properties.generalCategory)
        case .alphabetic: return Unicode.Scalar(v)?.properties.isAlphabetic ?? false
        case .uppercase: return Unicode.Scalar(v)?.properties.isUppercase ?? false
        case .lowercase: return Unicode.Scalar(v)?.properties.isLowercase ?? false
        case .whitespace: return Unicode.Scalar(v)?.properties.isWhitespace ?? false
        case .asciiPunct:
            return (v >= 0x21 && v <= 0x2F) || (v >= 0x3A && v <= 0x40) || (v >= 0x5B && v <= 0x60) || (v >= 0x7B && v <= 0x7E)
        case .asciiAlpha: return (v >= 0x41 && v <= 0x5A) || (v >= 0x61 && v <= 0x7A)
        case .asciiAlnum: return (v >= 0x30 && v <= 0x39) || (v >= 0x41 && v <= 0x5A) || (v >= 0x61 && v <= 0x7A)
        case .asciiUpper: return v >= 0x41 && v <= 0x5A
        case .asciiLower: return v >= 0x61 && v <= 0x7A
        case .asciiHexDigit: return (v >= 0x30 && v <= 0x39) || (v >= 0x41 && v <= 0x46) || (v >= 0x61 && v <= 0x66)
        case .ascii: return v < 0x80
        }
    }
}

/// A bracketed class `[…]` (or a predefined class used alone): ranges, predefined classes and
/// nested classes (union), possibly negated and case-insensitive.
struct RegexCharSet: Sendable {
    var negated = false
    var fold = false
    var ranges: [ClosedRange<UInt32>] = []
    var classes: [(kind: RegexClassKind, negated: Bool)] = []
    var nested: [RegexCharSet] = []

    func matches(_ v: UInt32) -> Bool {
        var hit = contains(v)
        if !hit && fold {
            let l = RegexCase.lower(v), u = RegexCase.upper(v)
            hit = (l != v && contains(l)) || (u != v && contains(u))
        }
        return hit != negated
    }

    private func contains(_ v: UInt32) -> Bool {
        for r in ranges where r.contains(v) { return true }
        for c in classes where c.kind.contains(v) != c.negated { return true }
        for n in nested where n.matches(v) { return true }
        return false
    }
}

/// Simple (one-to-one) case mappings used by case-insensitive matching.
enum RegexCase {
    @inline(__always)
    static func lower(_ v: UInt32) -> UInt32 {
        if v < 0x80 { return (v >= 0x41 && v <= 0x5A) ? v + 32 : v }
        guard let s = Unicode.Scalar(v) else { return v }
        let m = s.properties.lowercaseMapping.unicodeScalars
        return m.count == 1 ? (m.first?.value ?? v) : v
    }

    @inline(__always)
    static func upper(_ v: UInt32) -> UInt32 {
        if v < 0x80 { return (v >= 0x61 && v <= 0x7A) ? v - 32 : v }
        guard let s = Unicode.Scalar(v) else { return v }
        let m = s.properties.uppercaseMapping.unicodeScalars
        return m.count == 1 ? (m.first?.value ?? v) : v
    }

    /// Line terminators as Java defines them (without UNIX_LINES).
    @inline(__always)
    static func isLineTerminator(_ v: UInt32) -> Bool {
        v == 0x0A || v == 0x0D || v == 0x85 || v == 0x2028 || v == 0x2029
    }

    /// Word characters for `\b`: letters, digits and `_`.
    static func isWordChar(_ v: UInt32) -> Bool {
        if v < 0x80 { return RegexClassKind.word.contains(v) }
        guard let s = Unicode.Scalar(v) else { return false }
        return s.properties.isAlphabetic || s.properties.numericType != nil
    }
}
