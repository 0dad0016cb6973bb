/// Temporal functions: the constructors `date`, `localtime`, `time`, `localdatetime`,
/// `datetime`, `duration`; the clocks `<kind>.transaction`, `<kind>.statement`,
/// `<kind>.realtime`; `<kind>.truncate`; `datetime.fromEpoch`, `datetime.fromEpochMillis`;
/// `duration.between`, `duration.inMonths`, `duration.inDays`, `duration.inSeconds`.
///
/// A null argument gives null. The semantics live in `Values/Temporal/`.
extension BuiltinFunctions {
    static let temporalFunctions: [FunctionDescriptor] = {
        var out: [FunctionDescriptor] = []
        let kinds: [TemporalKind] = [.date, .localTime, .time, .localDateTime, .dateTime]
        for kind in kinds {
            let name = kind.rawValue
            out.append(fn(name, 0, 1) { args, ctx throws(DossierError) in
                guard let a = args.first else { return .temporal(try TemporalValue.now(kind, zone: nil, clock: ctx.clock)) }
                return try TemporalValue.construct(kind, from: a, clock: ctx.clock)
            })
            out.append(fn(name + ".transaction", 0, 1) { args, ctx throws(DossierError) in
                try current(kind, args, ctx.clock, name + ".transaction")
            })
            out.append(fn(name + ".statement", 0, 1) { args, ctx throws(DossierError) in
                try current(kind, args, ctx.clock, name + ".statement")
            })
            out.append(fn(name + ".realtime", 0, 1, deterministic: false) { args, _ throws(DossierError) in
                try current(kind, args, .now(), name + ".realtime")
            })
            out.append(fn(name + ".truncate", 2, 3) { args, ctx throws(DossierError) in
                try truncate(kind, args, ctx.clock)
            })
        }
        out.append(fn("datetime.fromEpoch", 2) { args, _ throws(DossierError) in
            guard let s = try intArg("datetime.fromEpoch", arg(args, 0)),
                  let n = try intArg("datetime.fromEpoch", arg(args, 1)) else { return .null }
            var f = TemporalFields()
            f.epochSeconds = s
            f.nanosecond = n
            return .temporal(.dateTime(try TemporalValue.fromEpoch(f)))
        })
        out.append(fn("datetime.fromEpochMillis", 1) { args, _ throws(DossierError) in
            guard let ms = try intArg("datetime.fromEpochMillis", arg(args, 0)) else { return .null }
            var f = TemporalFields()
            f.epochMillis = ms
            return .temporal(.dateTime(try TemporalValue.fromEpoch(f)))
        })
        out.append(fn("duration", 1) { args, ctx throws(DossierError) in
            try TemporalValue.construct(.duration, from: arg(args, 0), clock: ctx.clock)
        })
        let between: [(String, TemporalValue.BetweenUnit)] = [
            ("duration.between", .all), ("duration.inMonths", .months), ("duration.inDays", .days),
            ("duration.inSeconds", .seconds),
        ]
        for (name, unit) in between {
            out.append(fn(name, 2) { args, _ throws(DossierError) in
                guard let a = try temporalArg(name, arg(args, 0)), let b = try temporalArg(name, arg(args, 1)) else {
                    return .null
                }
                return .temporal(.duration(try TemporalValue.between(a, b, unit)))
            })
        }
        return out
    }()

    /// `<kind>.transaction([zone])` and friends: the clock's time, in UTC or the given zone.
    private static func current(_ kind: TemporalKind, _ args: [Value], _ clock: TemporalClock, _ fn: String)
        throws(DossierError) -> Value
    {
        guard let a = args.first else { return .temporal(try TemporalValue.now(kind, zone: nil, clock: clock)) }
        switch a {
        case .null: return .null
        case .string(let s): return .temporal(try TemporalValue.now(kind, zone: TemporalZone.parse(s), clock: clock))
        case .map(let m):
            let f = try TemporalFields(m, function: fn)
            guard f.onlyTimezone else { throw DossierError.temporal("\(fn)() takes only a `timezone`") }
            return .temporal(try TemporalValue.now(kind, zone: f.timezone, clock: clock))
        default:
            throw .functionArgument(fn, a, expected: "a time zone STRING")
        }
    }

    /// `<kind>.truncate(unit, value[, map])`.
    private static func truncate(_ kind: TemporalKind, _ args: [Value], _ clock: TemporalClock) throws(DossierError) -> Value {
        let fn = kind.rawValue + ".truncate"
        guard let unit = try stringArg(fn, arg(args, 0)), let value = try temporalArg(fn, arg(args, 1)) else { return .null }
        var fields = TemporalFields()
        switch arg(args, 2) {
        case .null: break
        case .map(let m): fields = try TemporalFields(m, function: fn)
        case let other: throw .functionArgument(fn, other, expected: "a MAP")
        }
        return .temporal(try TemporalValue.truncate(kind, unitName: unit, value: value, fields: fields, clock: clock))
    }

    /// A temporal (non-duration) argument: nil for null; TypeError InvalidArgumentValue otherwise.
    private static func temporalArg(_ fn: String, _ v: Value) throws(DossierError) -> TemporalValue? {
        switch v {
        case .null: return nil
        case .temporal(let t) where t.kind != .duration: return t
        default: throw .functionArgument(fn, v, expected: "a date, time or datetime")
        }
    }
}
