/// Type conversion: `toInteger toFloat toString toBoolean` and their `…OrNull` variants.
///
/// A null argument gives null. A string that does not parse gives null. A value of a type
/// the function cannot convert raises TypeError `InvalidArgumentValue` (the `…OrNull`
/// variants give null instead). A float outside the 64-bit integer range (or NaN, infinity)
/// passed to `toInteger` raises ArgumentError `NumberOutOfRange`.
extension BuiltinFunctions {
    static let conversionFunctions: [FunctionDescriptor] = [
        fn("toInteger", 1) { args, _ throws(DossierError) in try toInteger(arg(args, 0), orNull: false) },
        fn("toIntegerOrNull", 1) { args, _ throws(DossierError) in try toInteger(arg(args, 0), orNull: true) },
        fn("toFloat", 1) { args, _ throws(DossierError) in try toFloat(arg(args, 0), orNull: false) },
        fn("toFloatOrNull", 1) { args, _ throws(DossierError) in try toFloat(arg(args, 0), orNull: true) },
        fn("toString", 1) { args, _ throws(DossierError) in try toString(arg(args, 0), orNull: false) },
        fn("toStringOrNull", 1) { args, _ throws(DossierError) in try toString(arg(args, 0), orNull: true) },
        fn("toBoolean", 1) { args, _ throws(DossierError) in try toBoolean(arg(args, 0), orNull: false) },
        fn("toBooleanOrNull", 1) { args, _ throws(DossierError) in try toBoolean(arg(args, 0), orNull: true) },
    ]

    /// `toInteger(x)`: integers as they are, floats truncated toward zero, booleans 1/0,
    /// strings parsed as an integer or else as a float (truncated): `'2.9'` → 2, `'foo'` → null.
    static func toInteger(_ v: Value, orNull: Bool) throws(DossierError) -> Value {
        switch v {
        case .null: return .null
        case .int: return v
        case .bool(let b): return .int(b ? 1 : 0)
        case .float(let d):
            if let i = truncatedInt(d) { return .int(i) }
            if orNull { return .null }
            throw .argument(.numberOutOfRange, "toInteger(): \(Value.formatFloat(d)) does not fit in a 64-bit integer")
        case .string(let s):
            if let i = Int64(s) { return .int(i) }  // fast path: plain digits, no whitespace to trim
            let t = trimmed(s, leading: true, trailing: true)
            if let i = Int64(t) { return .int(i) }
            if let d = parseDouble(t), let i = truncatedInt(d) { return .int(i) }
            return .null
        default:
            if orNull { return .null }
            throw .functionArgument("toInteger", v, expected: "a STRING, number or BOOLEAN")
        }
    }

    /// `toFloat(x)`: numbers as floats, strings parsed (`'5'` → 5.0, `'foo'` → null).
    static func toFloat(_ v: Value, orNull: Bool) throws(DossierError) -> Value {
        switch v {
        case .null: return .null
        case .float: return v
        case .int(let i): return .float(Double(i))
        case .string(let s):
            guard let d = parseDouble(trimmed(s, leading: true, trailing: true)) else { return .null }
            return .float(d)
        default:
            if orNull { return .null }
            throw .functionArgument("toFloat", v, expected: "a STRING or number")
        }
    }

    /// `toString(x)`: integers in decimal, floats as `formatFloat` (`2.3`, `1.0E20`),
    /// booleans `'true'`/`'false'`, strings unchanged, temporal values as ISO 8601 text.
    static func toString(_ v: Value, orNull: Bool) throws(DossierError) -> Value {
        switch v {
        case .null, .string: return v
        case .int(let i): return .string(String(i))
        case .float(let d): return .string(Value.formatFloat(d))
        case .bool(let b): return .string(b ? "true" : "false")
        case .temporal(let t): return .string(t.isoString)
        default:
            if orNull { return .null }
            throw .functionArgument("toString", v, expected: "a STRING, number or BOOLEAN")
        }
    }

    /// `toBoolean(x)`: booleans unchanged, strings `'true'`/`'false'` (any case, trimmed)
    /// else null, integers `0` → false and any other → true.
    static func toBoolean(_ v: Value, orNull: Bool) throws(DossierError) -> Value {
        switch v {
        case .null, .bool: return v
        case .int(let i): return .bool(i != 0)
        case .string(let s):
            switch trimmed(s, leading: true, trailing: true).lowercased() {
            case "true": return .bool(true)
            case "false": return .bool(false)
            default: return .null
            }
        default:
            if orNull { return .null }
            throw .functionArgument("toBoolean", v, expected: "a STRING, INTEGER or BOOLEAN")
        }
    }

    /// The float truncated toward zero, or nil when it is not finite or out of Int64 range.
    static func truncatedInt(_ d: Double) -> Int64? {
        guard d.isFinite else { return nil }
        let t = d.rounded(.towardZero)
        guard t >= -9223372036854775808.0 && t < 9223372036854775808.0 else { return nil }
        return Int64(t)
    }

    /// Parses a decimal float the way Java's `Double.parseDouble` does for ordinary input:
    /// digits with optional sign, point and exponent, plus `NaN` and `Infinity`.
    static func parseDouble(_ s: String) -> Double? {
        switch s {
        case "NaN", "+NaN", "-NaN": return .nan
        case "Infinity", "+Infinity": return .infinity
        case "-Infinity": return -.infinity
        default: break
        }
        // Only digits, sign, '.', 'e'/'E': rejects Swift's extras ("inf", "nan", hex floats).
        var sawDigit = false
        for b in s.utf8 {
            switch b {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): sawDigit = true
            case UInt8(ascii: "+"), UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "e"), UInt8(ascii: "E"): break
            default: return nil
            }
        }
        guard sawDigit else { return nil }
        return Double(s)
    }
}
