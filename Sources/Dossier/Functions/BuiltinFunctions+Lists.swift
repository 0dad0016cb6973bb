/// List functions: `size head last tail range reverse coalesce isEmpty`.
/// A null argument gives null unless stated; the wrong type raises TypeError `InvalidArgumentValue`.
extension BuiltinFunctions {
    static let listFunctions: [FunctionDescriptor] = [
        fn("size", 1) { args, _ throws(DossierError) in
            switch arg(args, 0) {
            case .null: return .null
            case .list(let l): return .int(Int64(l.count))
            case .string(let s): return .int(Int64(s.unicodeScalars.count))
            case let v: throw .functionArgument("size", v, expected: "a LIST or STRING")
            }
        },
        fn("head", 1) { args, _ throws(DossierError) in
            switch arg(args, 0) {
            case .null: return .null
            case .list(let l): return l.first ?? .null
            case let v: throw .functionArgument("head", v, expected: "a LIST")
            }
        },
        fn("last", 1) { args, _ throws(DossierError) in
            switch arg(args, 0) {
            case .null: return .null
            case .list(let l): return l.last ?? .null
            case let v: throw .functionArgument("last", v, expected: "a LIST")
            }
        },
        fn("tail", 1) { args, _ throws(DossierError) in
            switch arg(args, 0) {
            case .null: return .null
            case .list(let l): return .list(Array(l.dropFirst()))
            case let v: throw .functionArgument("tail", v, expected: "a LIST")
            }
        },
        fn("range", 2, 3) { args, ctx throws(DossierError) in
            try range(arg(args, 0), arg(args, 1), args.count > 2 ? args[2] : .int(1),
                      limit: ctx.options.maxCollectionSize)
        },
        fn("reverse", 1) { args, _ throws(DossierError) in
            switch arg(args, 0) {
            case .null: return .null
            case .list(let l): return .list(l.reversed())
            case .string(let s):
                var out = String.UnicodeScalarView()
                out.append(contentsOf: s.unicodeScalars.reversed())
                return .string(String(out))
            case let v: throw .functionArgument("reverse", v, expected: "a LIST or STRING")
            }
        },
        fn("coalesce", 1, Int.max) { args, _ throws(DossierError) in
            for v in args where !v.isNull { return v }
            return .null
        },
        fn("isEmpty", 1) { args, _ throws(DossierError) in
            switch arg(args, 0) {
            case .null: return .null
            case .list(let l): return .bool(l.isEmpty)
            case .map(let m): return .bool(m.isEmpty)
            case .string(let s): return .bool(s.isEmpty)
            case let v: throw .functionArgument("isEmpty", v, expected: "a LIST, MAP or STRING")
            }
        },
    ]

    /// `range(start, end, step)`: integers from `start` to `end` inclusive. Non-integer
    /// arguments raise ArgumentError `InvalidArgumentType`, a zero step ArgumentError
    /// `NumberOutOfRange`; a null argument gives null. The size is computed before anything is
    /// allocated: more than `limit` elements raise ResourceLimit `CollectionTooLarge`.
    static func range(_ a: Value, _ b: Value, _ c: Value, limit: Int) throws(DossierError) -> Value {
        for v in [a, b, c] {
            switch v {
            case .int, .null: continue
            default:
                throw .argument(.invalidArgumentType, "range() expects INTEGER arguments, got \(v.typeName)")
            }
        }
        guard case .int(let start) = a, case .int(let end) = b, case .int(let step) = c else { return .null }
        if step == 0 { throw .argument(.numberOutOfRange, "range() step must not be zero") }
        // The distance fits in UInt64 even for Int64.min...Int64.max; the +1 may not.
        var count: UInt64 = 0
        if step > 0 ? start <= end : start >= end {
            let distance = step > 0 ? UInt64(bitPattern: end &- start) : UInt64(bitPattern: start &- end)
            let (c, overflow) = (distance / step.magnitude).addingReportingOverflow(1)
            count = overflow ? .max : c
        }
        if count > UInt64(limit) {
            throw .limit(.collectionTooLarge,
                         "range() would build a list of \(count) elements, over the limit of \(limit) (DatabaseOptions.maxCollectionSize)")
        }
        var out: [Value] = []
        out.reserveCapacity(Int(count))
        var x = start
        for i in 0..<Int(count) {
            out.append(.int(x))
            if i + 1 < Int(count) { x = x &+ step }
        }
        return .list(out)
    }
}
