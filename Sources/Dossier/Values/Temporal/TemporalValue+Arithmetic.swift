/// `temporal ± duration`, `duration ± duration`, `duration * number`, `duration / number`.
///
/// A duration is applied unit by unit, largest first, as `java.time` does: months (the day of
/// month clamped: Jan 31 + 1 month = Feb 28), then days, then seconds and nanoseconds. Each
/// kind takes what it has: a date ignores the time of day (whole days of the seconds still
/// count), a time ignores months and days and wraps around midnight. A `DATETIME` in a named
/// zone adds months and days to its wall-clock time and seconds to its instant, so adding
/// `P1D` across a DST change keeps the clock time while `PT24H` does not.
extension TemporalValue {
    /// `a + b`, nil when the operand kinds do not combine (the caller raises the TypeError).
    static func add(_ a: TemporalValue, _ b: TemporalValue) throws(DossierError) -> TemporalValue? {
        switch (a, b) {
        case let (.duration(x), .duration(y)): return .duration(try x + y)
        case let (t, .duration(d)), let (.duration(d), t): return try t.plus(d, sign: 1)
        default: return nil
        }
    }

    /// `a - b`, nil when the operand kinds do not combine.
    static func subtract(_ a: TemporalValue, _ b: TemporalValue) throws(DossierError) -> TemporalValue? {
        switch (a, b) {
        case let (.duration(x), .duration(y)): return .duration(try x - y)
        case let (t, .duration(d)): return try t.plus(d, sign: -1)
        default: return nil
        }
    }

    /// This instant or time moved by `sign × d`; nil for a duration.
    func plus(_ d: DurationValue, sign: Int64) throws(DossierError) -> TemporalValue? {
        let months = try DurationValue.mul(d.months, sign), days = try DurationValue.mul(d.days, sign)
        let seconds = try DurationValue.mul(d.seconds, sign), nanos = Int64(d.nanos) * sign
        switch self {
        case .duration:
            return nil
        case .date(let date):
            let r = try date.plusMonths(months).plusDays(days).plusDays(seconds / TemporalUnits.secondsPerDay)
            return .date(r)
        case .localTime(let t):
            return .localTime(t.plus(seconds: seconds, nanos: nanos))
        case .time(let t):
            return .time(TimeValue(time: t.time.plus(seconds: seconds, nanos: nanos), offsetSeconds: t.offsetSeconds))
        case .localDateTime(let l):
            let r = try LocalDateTimeValue(date: l.date.plusMonths(months).plusDays(days), time: l.time)
                .plus(seconds: seconds, nanos: nanos)
            return .localDateTime(r)
        case .dateTime(let dt):
            let zone = TemporalZone(offset: dt.offsetSeconds, zoneID: dt.zoneID)
            var r = dt
            if months != 0 || days != 0 {
                let local = LocalDateTimeValue(date: try dt.local.date.plusMonths(months).plusDays(days), time: dt.local.time)
                r = try zone.resolve(local, preferred: dt.offsetSeconds)
            }
            if seconds != 0 || nanos != 0 {
                let shifted = try r.local.plus(seconds: seconds, nanos: nanos)
                let instant = shifted.epochSecondLocal - Int64(r.offsetSeconds)
                r = try zone.atInstant(epochSecond: instant, nano: shifted.time.nanoOfDay % TemporalUnits.nanosPerSecond)
            }
            return .dateTime(r)
        }
    }
}

extension LocalTimeValue {
    /// Moves the time by seconds and nanoseconds, wrapping around midnight.
    func plus(seconds: Int64, nanos: Int64) -> LocalTimeValue {
        let s = seconds % TemporalUnits.secondsPerDay
        return plusNanos(s * TemporalUnits.nanosPerSecond + nanos % TemporalUnits.nanosPerDay)
    }
}

extension LocalDateTimeValue {
    /// Moves the date-time by seconds and nanoseconds (`|nanos|` below 10^18), carrying days.
    func plus(seconds: Int64, nanos: Int64) throws(DossierError) -> LocalDateTimeValue {
        var days = seconds / TemporalUnits.secondsPerDay
        let total = time.nanoOfDay + (seconds % TemporalUnits.secondsPerDay) * TemporalUnits.nanosPerSecond
            + nanos % TemporalUnits.nanosPerDay
        days = try DurationValue.add(days, nanos / TemporalUnits.nanosPerDay)
        days = try DurationValue.add(days, DurationValue.floorDiv(total, TemporalUnits.nanosPerDay))
        return LocalDateTimeValue(date: try date.plusDays(days),
                                  time: LocalTimeValue(nanoOfDay: DurationValue.floorMod(total, TemporalUnits.nanosPerDay)))
    }

    func plusNanos(_ n: Int64) throws(DossierError) -> LocalDateTimeValue { try plus(seconds: 0, nanos: n) }

    /// The wall-clock time `second` seconds (plus `nano`) after 1970-01-01T00:00.
    static func fromEpoch(second: Int64, nano: Int64) throws(DossierError) -> LocalDateTimeValue {
        let day = DurationValue.floorDiv(second, TemporalUnits.secondsPerDay)
        let sod = DurationValue.floorMod(second, TemporalUnits.secondsPerDay)
        return LocalDateTimeValue(date: try DateValue.checked(epochDay: day),
                                  time: LocalTimeValue(nanoOfDay: sod * TemporalUnits.nanosPerSecond + nano))
    }
}

extension Value {
    /// Arithmetic on temporal operands for `Value.add`/`subtract`/`multiply`/`divide`:
    /// the result, or nil when no temporal rule applies (the caller raises its TypeError).
    static func temporalArithmetic(_ op: UInt8, _ a: Value, _ b: Value) throws(DossierError) -> Value? {
        switch (op, a, b) {
        case let (UInt8(ascii: "+"), .temporal(x), .temporal(y)):
            return try TemporalValue.add(x, y).map(Value.temporal)
        case let (UInt8(ascii: "-"), .temporal(x), .temporal(y)):
            return try TemporalValue.subtract(x, y).map(Value.temporal)
        case let (UInt8(ascii: "*"), .temporal(.duration(d)), .int(k)), let (UInt8(ascii: "*"), .int(k), .temporal(.duration(d))):
            return .temporal(.duration(try d.multiplied(by: k)))
        case let (UInt8(ascii: "*"), .temporal(.duration(d)), .float(x)), let (UInt8(ascii: "*"), .float(x), .temporal(.duration(d))):
            return .temporal(.duration(try d.multiplied(by: x)))
        case let (UInt8(ascii: "/"), .temporal(.duration(d)), .int(k)):
            return .temporal(.duration(try d.divided(by: Double(k))))
        case let (UInt8(ascii: "/"), .temporal(.duration(d)), .float(x)):
            return .temporal(.duration(try d.divided(by: x)))
        default:
            return nil
        }
    }
}
