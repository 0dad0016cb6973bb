#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Mathematical functions: `abs sign round floor ceil sqrt exp log log10 sin cos tan asin
/// acos atan atan2 pi e rand`. A null argument gives null; a non-number raises TypeError
/// `InvalidArgumentValue`. `abs` keeps the type (an integer overflow on `abs(-2^63)` raises
/// ArgumentError `IntegerOverflow`); `sign` gives an integer; the others give floats.
extension BuiltinFunctions {
    static let mathFunctions: [FunctionDescriptor] = [
        fn("abs", 1) { args, _ throws(DossierError) in
            switch arg(args, 0) {
            case .null: return .null
            case .int(let i):
                if i == .min { throw .integerOverflow("abs(\(i))") }
                return .int(Swift.abs(i))
            case .float(let d): return .float(Swift.abs(d))
            case let v: throw .functionArgument("abs", v, expected: "a number")
            }
        },
        fn("sign", 1) { args, _ throws(DossierError) in
            switch arg(args, 0) {
            case .null: return .null
            case .int(let i): return .int(i.signum())
            case .float(let d): return .int(d > 0 ? 1 : (d < 0 ? -1 : 0))
            case let v: throw .functionArgument("sign", v, expected: "a number")
            }
        },
        fn("round", 1, 3) { args, _ throws(DossierError) in
            guard let x = try numberArg("round", arg(args, 0)) else { return .null }
            if args.count == 1 { return .float(javaRound(x)) }
            guard let p = try intArg("round", args[1]) else { return .null }
            var mode = RoundingMode.halfUp
            if args.count > 2 {
                guard let m = try stringArg("round", args[2]) else { return .null }
                guard let parsed = RoundingMode(rawValue: m.uppercased()) else {
                    throw .argument(.invalidArgumentValue,
                                    "round(): unknown rounding mode '\(m)' (UP, DOWN, CEILING, FLOOR, HALF_UP, HALF_DOWN, HALF_EVEN)")
                }
                mode = parsed
            }
            return .float(decimalRound(x, precision: p, mode: mode))
        },
        unary("floor") { $0.rounded(.down) },
        unary("ceil") { $0.rounded(.up) },
        unary("sqrt") { $0.squareRoot() },
        unary("exp") { exp($0) },
        unary("log") { log($0) },
        unary("log10") { log10($0) },
        unary("sin") { sin($0) },
        unary("cos") { cos($0) },
        unary("tan") { tan($0) },
        unary("asin") { asin($0) },
        unary("acos") { acos($0) },
        unary("atan") { atan($0) },
        fn("atan2", 2) { args, _ throws(DossierError) in
            guard let y = try numberArg("atan2", arg(args, 0)), let x = try numberArg("atan2", arg(args, 1))
            else { return .null }
            return .float(atan2(y, x))
        },
        fn("pi", 0) { _, _ throws(DossierError) in .float(Double.pi) },
        fn("e", 0) { _, _ throws(DossierError) in .float(M_E) },
        fn("rand", 0, deterministic: false) { _, _ throws(DossierError) in .float(Double.random(in: 0..<1)) },
    ]

    private static func unary(_ name: String, _ f: @escaping @Sendable (Double) -> Double) -> FunctionDescriptor {
        fn(name, 1) { args, _ throws(DossierError) in
            guard let x = try numberArg(name, arg(args, 0)) else { return .null }
            return .float(f(x))
        }
    }

    /// Java's `Math.round`: the nearest integer, ties toward positive infinity (`-2.5` → -2).
    static func javaRound(_ x: Double) -> Double {
        guard x.isFinite else { return x }
        let f = x.rounded(.down)
        if x - f == 0.5 { return f + 1 }
        return x.rounded(.toNearestOrAwayFromZero)
    }

    /// Rounding modes of `round(x, precision, mode)`, as Java's `RoundingMode`.
    enum RoundingMode: String {
        case up = "UP", down = "DOWN", ceiling = "CEILING", floor = "FLOOR"
        case halfUp = "HALF_UP", halfDown = "HALF_DOWN", halfEven = "HALF_EVEN"
    }

    /// Rounds the shortest decimal representation of `x` to `precision` digits after the
    /// point (negative: before it), exactly as `BigDecimal.valueOf(x).setScale(p, mode)`.
    static func decimalRound(_ x: Double, precision: Int64, mode: RoundingMode) -> Double {
        guard x.isFinite, x != 0 else { return x }
        let (negative, digits, point) = Value.shortestDigits(x)
        let p = Int(clamping: Swift.max(-400, Swift.min(400, precision)))
        let keep = point + p
        if keep >= digits.count { return x }
        var kept: [UInt8] = keep > 0 ? Array(digits[..<keep]) : []
        // Discarded digits as values 0...9; when keep < 0 the first discarded digits are zeros.
        var discarded: [UInt8] = keep < 0 ? Array(repeating: 0, count: Swift.min(-keep, 2)) : []
        discarded += digits[Swift.max(keep, 0)...].map { $0 - UInt8(ascii: "0") }
        let first = discarded.first ?? 0
        let restNonZero = discarded.dropFirst().contains { $0 != 0 }
        let anyNonZero = first != 0 || restNonZero
        let lastKeptOdd = (kept.last.map { ($0 - UInt8(ascii: "0")) % 2 == 1 }) ?? false
        let increment: Bool
        switch mode {
        case .down: increment = false
        case .up: increment = anyNonZero
        case .ceiling: increment = anyNonZero && !negative
        case .floor: increment = anyNonZero && negative
        case .halfUp: increment = first >= 5
        case .halfDown: increment = first > 5 || (first == 5 && restNonZero)
        case .halfEven: increment = first > 5 || (first == 5 && (restNonZero || lastKeptOdd))
        }
        if increment {
            var i = kept.count - 1
            var carry = true
            while carry && i >= 0 {
                if kept[i] == UInt8(ascii: "9") { kept[i] = UInt8(ascii: "0"); i -= 1 } else { kept[i] += 1; carry = false }
            }
            if carry { kept.insert(UInt8(ascii: "1"), at: 0) }
        }
        if kept.isEmpty { return negative ? -0.0 : 0.0 }
        // kept is an integer scaled by 10^(-p): value = kept × 10^(-p).
        let text = (negative ? "-" : "") + String(decoding: kept, as: UTF8.self) + "e" + String(-p)
        return Double(text) ?? x
    }
}
