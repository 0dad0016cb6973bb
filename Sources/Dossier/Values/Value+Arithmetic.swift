#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// openCypher arithmetic: `+ - * / % ^` and unary minus.
///
/// - A null operand gives null (also for list and string `+`).
/// - Integer operations are checked: overflow raises ArgumentError `IntegerOverflow`
///   (including `Int64.min / -1` and `-Int64.min`); integer `/` truncates toward zero, `%` takes
///   the dividend's sign, and integer `/ 0` or `% 0` raise ArgumentError `DivisionByZero`.
/// - Integer with float gives float; float operations follow IEEE 754 (`1.0 / 0` → Infinity).
/// - `^` always gives a float.
/// - `+`: list + list concatenates, list + x appends, x + list prepends, string + string
///   concatenates, and (as Neo4j does) string + number / number + string concatenates the
///   number's `toString()`. Booleans, maps and graph values are not added to strings.
/// - Temporal values: `temporal ± duration`, `duration ± duration`, `duration * number`,
///   `duration / number` (see `TemporalValue+Arithmetic.swift`).
/// - Other operand types raise TypeError `InvalidArgumentType`.
/// - Lists and strings built by `+` are capped at `maxCollectionSize` elements (Unicode
///   scalars for strings): ResourceLimit `CollectionTooLarge`.
extension Value {
    public static func add(_ a: Value, _ b: Value, maxCollectionSize: Int = .max) throws(DossierError) -> Value {
        switch (a, b) {
        case (.null, _), (_, .null): return .null
        case let (.int(x), .int(y)):
            let (r, o) = x.addingReportingOverflow(y)
            if o { throw .integerOverflow("\(x) + \(y)") }
            return .int(r)
        case let (.float(x), .float(y)): return .float(x + y)
        case let (.int(x), .float(y)): return .float(Double(x) + y)
        case let (.float(x), .int(y)): return .float(x + Double(y))
        case let (.list(x), .list(y)):
            try checkSize(x.count + y.count, maxCollectionSize)
            return .list(x + y)
        case let (.list(x), _):
            try checkSize(x.count + 1, maxCollectionSize)
            var r = x
            r.append(b)
            return .list(r)
        case let (_, .list(y)):
            try checkSize(y.count + 1, maxCollectionSize)
            var r: [Value] = []
            r.reserveCapacity(y.count + 1)
            r.append(a)
            r.append(contentsOf: y)
            return .list(r)
        case let (.string(x), .string(y)): return .string(try concat(x, y, maxCollectionSize))
        case let (.string(x), .int), let (.string(x), .float):
            return .string(try concat(x, b.numberString, maxCollectionSize))
        case let (.int, .string(y)), let (.float, .string(y)):
            return .string(try concat(a.numberString, y, maxCollectionSize))
        default:
            if let r = try temporalArithmetic(UInt8(ascii: "+"), a, b) { return r }
            throw .operandTypes("+", a, b)
        }
    }

    public static func subtract(_ a: Value, _ b: Value) throws(DossierError) -> Value {
        switch (a, b) {
        case (.null, _), (_, .null): return .null
        case let (.int(x), .int(y)):
            let (r, o) = x.subtractingReportingOverflow(y)
            if o { throw .integerOverflow("\(x) - \(y)") }
            return .int(r)
        case let (.float(x), .float(y)): return .float(x - y)
        case let (.int(x), .float(y)): return .float(Double(x) - y)
        case let (.float(x), .int(y)): return .float(x - Double(y))
        default:
            if let r = try temporalArithmetic(UInt8(ascii: "-"), a, b) { return r }
            throw .operandTypes("-", a, b)
        }
    }

    public static func multiply(_ a: Value, _ b: Value) throws(DossierError) -> Value {
        switch (a, b) {
        case (.null, _), (_, .null): return .null
        case let (.int(x), .int(y)):
            let (r, o) = x.multipliedReportingOverflow(by: y)
            if o { throw .integerOverflow("\(x) * \(y)") }
            return .int(r)
        case let (.float(x), .float(y)): return .float(x * y)
        case let (.int(x), .float(y)): return .float(Double(x) * y)
        case let (.float(x), .int(y)): return .float(x * Double(y))
        default:
            if let r = try temporalArithmetic(UInt8(ascii: "*"), a, b) { return r }
            throw .operandTypes("*", a, b)
        }
    }

    public static func divide(_ a: Value, _ b: Value) throws(DossierError) -> Value {
        switch (a, b) {
        case (.null, _), (_, .null): return .null
        case let (.int(x), .int(y)):
            if y == 0 { throw .argument(.divisionByZero, "/ by zero") }
            let (r, o) = x.dividedReportingOverflow(by: y)
            if o { throw .integerOverflow("\(x) / \(y)") }
            return .int(r)
        case let (.float(x), .float(y)): return .float(x / y)
        case let (.int(x), .float(y)): return .float(Double(x) / y)
        case let (.float(x), .int(y)): return .float(x / Double(y))
        default:
            if let r = try temporalArithmetic(UInt8(ascii: "/"), a, b) { return r }
            throw .operandTypes("/", a, b)
        }
    }

    public static func modulo(_ a: Value, _ b: Value) throws(DossierError) -> Value {
        switch (a, b) {
        case (.null, _), (_, .null): return .null
        case let (.int(x), .int(y)):
            if y == 0 { throw .argument(.divisionByZero, "% by zero") }
            if y == -1 { return .int(0) }  // Int64.min % -1 is 0, not an overflow
            return .int(x % y)
        case let (.float(x), .float(y)): return .float(x.truncatingRemainder(dividingBy: y))
        case let (.int(x), .float(y)): return .float(Double(x).truncatingRemainder(dividingBy: y))
        case let (.float(x), .int(y)): return .float(x.truncatingRemainder(dividingBy: Double(y)))
        default: throw .operandTypes("%", a, b)
        }
    }

    public static func power(_ a: Value, _ b: Value) throws(DossierError) -> Value {
        switch (a, b) {
        case (.null, _), (_, .null): return .null
        case (.int, .int), (.int, .float), (.float, .int), (.float, .float):
            guard let x = a.asDouble, let y = b.asDouble else { return .null }
            return .float(pow(x, y))
        default: throw .operandTypes("^", a, b)
        }
    }

    /// Unary minus: `-null` is null; `-Int64.min` overflows; a duration negates each component.
    public static func negate(_ a: Value) throws(DossierError) -> Value {
        switch a {
        case .null: return .null
        case .int(let x):
            if x == .min { throw .integerOverflow("-(\(x))") }
            return .int(-x)
        case .float(let x): return .float(-x)
        case .temporal(.duration(let d)): return .temporal(.duration(try d.negated()))
        default: throw .type(.invalidArgumentType, "Cannot negate \(a.typeName)")
        }
    }

    /// The numeric value as a Double (ints converted), nil for non-numbers.
    @inlinable
    public var asDouble: Double? {
        switch self {
        case .int(let i): return Double(i)
        case .float(let d): return d
        default: return nil
        }
    }

    /// `toString()` of a number (only called on ints and floats).
    var numberString: String {
        switch self {
        case .int(let i): return String(i)
        case .float(let d): return Value.formatFloat(d)
        default: return ""
        }
    }

    @inline(__always)
    static func checkSize(_ n: Int, _ limit: Int) throws(DossierError) {
        if n > limit { throw .collectionTooLarge(n, limit: limit) }
    }

    /// Concatenates two strings, enforcing the limit in Unicode scalars.
    static func concat(_ x: String, _ y: String, _ limit: Int) throws(DossierError) -> String {
        let bytes = x.utf8.count + y.utf8.count
        if bytes > limit {  // scalars <= bytes, so only count scalars when bytes exceed the cap
            let n = x.unicodeScalars.count + y.unicodeScalars.count
            try checkSize(n, limit)
        }
        return x + y
    }
}
