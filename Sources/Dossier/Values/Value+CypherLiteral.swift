/// Rendering values as openCypher literal text (used by dump files, output and messages),
/// and the textual form of floats shared with `toString()`.
extension Value {
    /// The value as openCypher literal text that parses back to the same value.
    ///
    /// `null`, `true`, `42`, `1.5`, `1.0E20`, `0.0/0.0` (NaN), `1.0/0.0`, `-1.0/0.0`,
    /// `'it\'s'` (escapes `\\ \' \n \r \t`, other control characters as `\uXXXX`),
    /// `[1, 'a']`, `{name: 'x', `odd key`: 1}`, `date('2019-01-14')`. Nodes, relationships and paths are not
    /// storable; they render as `node(3)`, `relationship(5)`, `path(...)` for messages.
    public func cypherLiteral() -> String {
        var out = ""
        appendCypherLiteral(to: &out)
        return out
    }

    /// Appends the literal text to `out` (no intermediate strings for nested values).
    public func appendCypherLiteral(to out: inout String) {
        switch self {
        case .null: out += "null"
        case .bool(let b): out += b ? "true" : "false"
        case .int(let i): out += String(i)
        case .float(let d):
            if d.isNaN { out += "0.0/0.0" }
            else if d.isInfinite { out += d < 0 ? "-1.0/0.0" : "1.0/0.0" }
            else { out += Value.formatFloat(d) }
        case .string(let s): Value.appendQuoted(s, to: &out)
        case .list(let items):
            out += "["
            var first = true
            for v in items {
                if !first { out += ", " }
                first = false
                v.appendCypherLiteral(to: &out)
            }
            out += "]"
        case .map(let m):
            out += "{"
            var first = true
            for (k, v) in m {
                if !first { out += ", " }
                first = false
                out += Value.quotedKey(k)
                out += ": "
                v.appendCypherLiteral(to: &out)
            }
            out += "}"
        case .node(let n): out += "node(\(n.rawValue))"
        case .relationship(let r): out += "relationship(\(r.rawValue))"
        case .path(let p):
            out += "path("
            for (i, n) in p.nodes.enumerated() {
                if i > 0 { out += ", relationship(\(p.relationships[i - 1].rawValue)), " }
                out += "node(\(n.rawValue))"
            }
            out += ")"
        case .temporal(let t):
            out += t.functionName + "("
            Value.appendQuoted(t.isoString, to: &out)
            out += ")"
        }
    }

    /// A single-quoted string literal with escapes.
    public static func appendQuoted(_ s: String, to out: inout String) {
        out += "'"
        for u in s.unicodeScalars {
            switch u {
            case "\\": out += "\\\\"
            case "'": out += "\\'"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            default:
                if u.value < 0x20 || u.value == 0x7F {
                    let hex = String(u.value, radix: 16, uppercase: true)
                    out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    out.unicodeScalars.append(u)
                }
            }
        }
        out += "'"
    }

    /// A map key or property name: bare when it is a plain identifier, else in backticks
    /// (a backtick inside is doubled).
    public static func quotedKey(_ k: String) -> String {
        if isPlainIdentifier(k) { return k }
        return "`" + k.replacingBackticks() + "`"
    }

    /// `[A-Za-z_][A-Za-z0-9_]*`.
    public static func isPlainIdentifier(_ k: String) -> Bool {
        var first = true
        for b in k.utf8 {
            let letter = (b >= 65 && b <= 90) || (b >= 97 && b <= 122) || b == 95
            let digit = b >= 48 && b <= 57
            if first ? !letter : !(letter || digit) { return false }
            first = false
        }
        return !first
    }

    /// Java-style text of a finite or special float, as `toString()` gives it:
    /// shortest round-trip digits, plain notation for 1e-3 ≤ |d| < 1e7 (`2.3`, `100.0`,
    /// `0.001`), otherwise `d.dddE±n` (`1.0E20`, `1.5E-5`); `NaN`, `Infinity`, `-Infinity`.
    public static func formatFloat(_ d: Double) -> String {
        if d.isNaN { return "NaN" }
        if d.isInfinite { return d < 0 ? "-Infinity" : "Infinity" }
        if d == 0 { return d.sign == .minus ? "-0.0" : "0.0" }
        let (negative, digits, point) = shortestDigits(d)
        var out = negative ? "-" : ""
        let abs = Swift.abs(d)
        if abs >= 1e-3 && abs < 1e7 {
            if point <= 0 {
                out += "0." + String(repeating: "0", count: -point) + String(decoding: digits, as: UTF8.self)
            } else if point >= digits.count {
                out += String(decoding: digits, as: UTF8.self) + String(repeating: "0", count: point - digits.count) + ".0"
            } else {
                out += String(decoding: digits[..<point], as: UTF8.self) + "." + String(decoding: digits[point...], as: UTF8.self)
            }
        } else {
            out += String(decoding: digits[..<1], as: UTF8.self) + "."
            out += digits.count > 1 ? String(decoding: digits[1...], as: UTF8.self) : "0"
            out += "E" + String(point - 1)
        }
        return out
    }

    /// The shortest round-trip decimal digits of a finite non-zero `d`: its sign, the
    /// significant digits (ASCII, no leading or trailing zeros) and the position of the
    /// decimal point, so that |d| = 0.DIGITS × 10^point.
    static func shortestDigits(_ d: Double) -> (negative: Bool, digits: [UInt8], point: Int) {
        var text = Substring(d.description)
        var negative = false
        if text.first == "-" { negative = true; text = text.dropFirst() }
        var exponent = 0
        if let e = text.firstIndex(where: { $0 == "e" || $0 == "E" }) {
            exponent = Int(text[text.index(after: e)...]) ?? 0
            text = text[..<e]
        }
        var digits: [UInt8] = []
        var point = 0
        var seenPoint = false
        for c in text.utf8 {
            if c == UInt8(ascii: ".") { seenPoint = true; continue }
            digits.append(c)
            if !seenPoint { point += 1 }
        }
        point += exponent
        while let f = digits.first, f == UInt8(ascii: "0"), digits.count > 1 { digits.removeFirst(); point -= 1 }
        while let l = digits.last, l == UInt8(ascii: "0"), digits.count > 1 { digits.removeLast() }
        return (negative, digits, point)
    }
}

extension String {
    fileprivate func replacingBackticks() -> String {
        var out = ""
        for c in unicodeScalars {
            if c == "`" { out += "``" } else { out.unicodeScalars.append(c) }
        }
        return out
    }
}
