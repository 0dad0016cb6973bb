/// Parses the TCK's result-cell syntax (README "Result tables") into a `TCKValue`:
///
/// ```
/// value := node | rel | path | list | map | string | float | int | bool | null | NaN
/// node  := '(' (':' Label)* map? ')'        rel := '[' ':' TYPE map? ']'
/// path  := '<' node ( ('-' rel '->' | '<-' rel '-') node )* '>'
/// ```
/// Whitespace between tokens is insignificant. Strings are single-quoted with `\'` and `\\`.
struct TCKValueParser {
    /// A cell the parser cannot read, with the offset (in characters) where it stopped.
    struct ParseError: Error, CustomStringConvertible {
        var text: String
        var offset: Int
        var message: String
        var description: String { "cannot parse value `\(text)` at \(offset): \(message)" }
    }

    private let chars: [Character]
    private let text: String
    private var pos = 0

    /// Parses a whole cell; trailing text is an error.
    static func parse(_ text: String) throws(ParseError) -> TCKValue {
        var p = TCKValueParser(text: text)
        let v = try p.value(depth: 0)
        p.skipSpace()
        guard p.pos == p.chars.count else { throw p.error("unexpected trailing text") }
        return v
    }

    private init(text: String) {
        self.text = text
        self.chars = Array(text)
    }

    private func error(_ message: String) -> ParseError { ParseError(text: text, offset: pos, message: message) }

    private var peek: Character? { pos < chars.count ? chars[pos] : nil }

    private mutating func skipSpace() {
        while let c = peek, c.isWhitespace { pos += 1 }
    }

    private mutating func expect(_ c: Character) throws(ParseError) {
        skipSpace()
        guard peek == c else { throw error("expected `\(c)`") }
        pos += 1
    }

    /// Consumes `word` if it comes next and is not followed by an identifier character.
    private mutating func consumeWord(_ word: String) -> Bool {
        let w = Array(word)
        guard pos + w.count <= chars.count, Array(chars[pos..<pos + w.count]) == w else { return false }
        if pos + w.count < chars.count, chars[pos + w.count].isIdentifierChar { return false }
        pos += w.count
        return true
    }

    private mutating func value(depth: Int) throws(ParseError) -> TCKValue {
        guard depth < 200 else { throw error("nesting too deep") }
        skipSpace()
        guard let c = peek else { throw error("expected a value") }
        switch c {
        case "(": return try node(depth: depth)
        case "<": return try path(depth: depth)
        case "[":
            // `[:T]` is a relationship, anything else a list.
            var look = pos + 1
            while look < chars.count, chars[look].isWhitespace { look += 1 }
            if look < chars.count, chars[look] == ":" { return try relationship(depth: depth) }
            return try list(depth: depth)
        case "{": return .map(try map(depth: depth))
        case "'": return .string(try string())
        default:
            if consumeWord("null") { return .null }
            if consumeWord("true") { return .bool(true) }
            if consumeWord("false") { return .bool(false) }
            if consumeWord("NaN") { return .float(.nan) }
            return try number()
        }
    }

    private mutating func number() throws(ParseError) -> TCKValue {
        let start = pos
        if peek == "-" { pos += 1 }
        var isFloat = false
        var digits = 0
        while let c = peek, c.isASCII, c.isNumber { pos += 1; digits += 1 }
        if peek == "." {
            isFloat = true
            pos += 1
            var frac = 0
            while let c = peek, c.isASCII, c.isNumber { pos += 1; frac += 1 }
            guard frac > 0 else { throw error("expected digits after `.`") }
        } else if digits == 0 {
            throw error("expected a value")
        }
        if let e = peek, e == "e" || e == "E" {
            isFloat = true
            pos += 1
            if peek == "-" || peek == "+" { pos += 1 }
            var exp = 0
            while let c = peek, c.isASCII, c.isNumber { pos += 1; exp += 1 }
            guard exp > 0 else { throw error("expected exponent digits") }
        }
        let literal = String(chars[start..<pos])
        if isFloat {
            guard let d = Double(literal) else { throw error("bad float `\(literal)`") }
            return .float(d)
        }
        guard let i = Int64(literal) else { throw error("bad integer `\(literal)`") }
        return .int(i)
    }

    private mutating func string() throws(ParseError) -> String {
        pos += 1  // opening quote
        var out = ""
        while let c = peek {
            pos += 1
            if c == "'" { return out }
            if c == "\\", let next = peek, next == "'" || next == "\\" {
                out.append(next)
                pos += 1
                continue
            }
            out.append(c)
        }
        throw error("unterminated string")
    }

    /// A map key or label: `[A-Za-z0-9_$]+`, or a backtick-quoted name.
    private mutating func name() throws(ParseError) -> String {
        skipSpace()
        if peek == "`" {
            pos += 1
            var out = ""
            while let c = peek {
                pos += 1
                if c == "`" {
                    if peek == "`" { out.append("`"); pos += 1; continue }
                    return out
                }
                out.append(c)
            }
            throw error("unterminated `name`")
        }
        let start = pos
        while let c = peek, c.isIdentifierChar { pos += 1 }
        guard pos > start else { throw error("expected a name") }
        return String(chars[start..<pos])
    }

    private mutating func map(depth: Int) throws(ParseError) -> [String: TCKValue] {
        try expect("{")
        var out: [String: TCKValue] = [:]
        skipSpace()
        if peek == "}" { pos += 1; return out }
        while true {
            let key = try name()
            try expect(":")
            out[key] = try value(depth: depth + 1)
            skipSpace()
            if peek == "," { pos += 1; continue }
            try expect("}")
            return out
        }
    }

    private mutating func list(depth: Int) throws(ParseError) -> TCKValue {
        try expect("[")
        var items: [TCKValue] = []
        skipSpace()
        if peek == "]" { pos += 1; return .list(items) }
        while true {
            items.append(try value(depth: depth + 1))
            skipSpace()
            if peek == "," { pos += 1; continue }
            try expect("]")
            return .list(items)
        }
    }

    private mutating func node(depth: Int) throws(ParseError) -> TCKValue {
        try expect("(")
        var labels = Set<String>()
        skipSpace()
        while peek == ":" {
            pos += 1
            labels.insert(try name())
            skipSpace()
        }
        var props: [String: TCKValue] = [:]
        if peek == "{" { props = try map(depth: depth + 1) }
        try expect(")")
        return .node(labels: labels, properties: props)
    }

    private mutating func relationship(depth: Int) throws(ParseError) -> TCKValue {
        try expect("[")
        try expect(":")
        let type = try name()
        skipSpace()
        var props: [String: TCKValue] = [:]
        if peek == "{" { props = try map(depth: depth + 1) }
        try expect("]")
        return .relationship(type: type, properties: props)
    }

    private mutating func path(depth: Int) throws(ParseError) -> TCKValue {
        try expect("<")
        let start = try node(depth: depth + 1)
        var steps: [TCKValue.PathStep] = []
        while true {
            skipSpace()
            if peek == ">" { pos += 1; return .path(start: start, steps: steps) }
            if peek == "-" {
                pos += 1
                let rel = try relationship(depth: depth + 1)
                try expect("-")
                try expect(">")
                steps.append(.init(relationship: rel, forward: true, node: try node(depth: depth + 1)))
            } else if peek == "<" {
                pos += 1
                try expect("-")
                let rel = try relationship(depth: depth + 1)
                try expect("-")
                steps.append(.init(relationship: rel, forward: false, node: try node(depth: depth + 1)))
            } else {
                throw error("expected `-`, `<-` or `>` in a path")
            }
        }
    }
}

extension Character {
    fileprivate var isIdentifierChar: Bool {
        isLetter || isNumber || self == "_" || self == "$"
    }
}
