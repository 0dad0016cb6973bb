/// Building temporal values from a string, a map of components, another temporal value, or
/// the clock — what `date(x)`, `localtime(x)`, `time(x)`, `localdatetime(x)`, `datetime(x)`
/// and `duration(x)` do.
///
/// Maps:
/// - dates: `{year, month, day}`, `{year, week, dayOfWeek}` (ISO week-based year),
///   `{year, quarter, dayOfQuarter}`, `{year, ordinalDay}`; missing smaller units default to
///   their first value;
/// - times: `{hour, minute, second, millisecond, microsecond, nanosecond}` (sub-second units
///   add up: `{millisecond: 123, microsecond: 456, nanosecond: 789}` is .123456789);
/// - zones: `timezone` (`'+01:00'`, `'Europe/Stockholm'`); without one, UTC;
/// - selection: `date`, `time`, `datetime` keys take the corresponding parts of another
///   temporal value, which the other keys then override (`{date: d, day: 28}`); giving a new
///   `timezone` to a zoned value converts it to the same instant in that zone;
/// - `datetime` also takes `{epochSeconds | epochMillis, nanosecond…, timezone}`;
/// - a map with only `timezone` means the current time in that zone.
/// Durations: `{years, quarters, months, weeks, days, hours, minutes, seconds, milliseconds,
/// microseconds, nanoseconds}`, any of them fractional or negative.
///
/// Invalid text, components out of range or unknown keys raise ArgumentError
/// `InvalidArgumentValue`; arguments of the wrong type raise TypeError `InvalidArgumentValue`.
public enum TemporalKind: String, Sendable, CaseIterable {
    case date, localTime = "localtime", time, localDateTime = "localdatetime", dateTime = "datetime", duration

    var hasDate: Bool { self == .date || self == .localDateTime || self == .dateTime }
    var hasTime: Bool { self == .localTime || self == .time || self == .localDateTime || self == .dateTime }
    var hasZone: Bool { self == .time || self == .dateTime }
}

/// The components a temporal map can hold, parsed and type-checked.
struct TemporalFields {
    var year: Int64?, month: Int64?, day: Int64?, week: Int64?, dayOfWeek: Int64?
    var quarter: Int64?, dayOfQuarter: Int64?, ordinalDay: Int64?
    var hour: Int64?, minute: Int64?, second: Int64?
    var millisecond: Int64?, microsecond: Int64?, nanosecond: Int64?
    var epochSeconds: Int64?, epochMillis: Int64?
    var timezone: TemporalZone?
    var dateBase: TemporalValue?, timeBase: TemporalValue?, datetimeBase: TemporalValue?
    /// Whether the map had only a `timezone` entry (or nothing).
    var onlyTimezone = true

    var hasDateFields: Bool {
        year != nil || month != nil || day != nil || week != nil || dayOfWeek != nil || quarter != nil
            || dayOfQuarter != nil || ordinalDay != nil
    }
    var hasTimeFields: Bool {
        hour != nil || minute != nil || second != nil || millisecond != nil || microsecond != nil || nanosecond != nil
    }
    var hasSubSecond: Bool { millisecond != nil || microsecond != nil || nanosecond != nil }

    init() {}

    init(_ map: ValueMap, function: String) throws(DossierError) {
        for (key, value) in map {
            if value.isNull { continue }
            let k = key.lowercased()
            if k != "timezone" { onlyTimezone = false }
            func int() throws(DossierError) -> Int64 {
                guard case .int(let i) = value else {
                    throw DossierError.type(.invalidArgumentValue,
                                            "\(function)(): `\(key)` must be an INTEGER, got \(value.typeName)")
                }
                return i
            }
            func temporal() throws(DossierError) -> TemporalValue {
                guard case .temporal(let t) = value, t.kind != .duration else {
                    throw DossierError.type(.invalidArgumentValue,
                                            "\(function)(): `\(key)` must be a temporal value, got \(value.typeName)")
                }
                return t
            }
            switch k {
            case "year": year = try int()
            case "month": month = try int()
            case "day": day = try int()
            case "week": week = try int()
            case "dayofweek": dayOfWeek = try int()
            case "quarter": quarter = try int()
            case "dayofquarter": dayOfQuarter = try int()
            case "ordinalday": ordinalDay = try int()
            case "hour": hour = try int()
            case "minute": minute = try int()
            case "second": second = try int()
            case "millisecond": millisecond = try int()
            case "microsecond": microsecond = try int()
            case "nanosecond": nanosecond = try int()
            case "epochseconds": epochSeconds = try int()
            case "epochmillis": epochMillis = try int()
            case "date": dateBase = try temporal()
            case "time": timeBase = try temporal()
            case "datetime": datetimeBase = try temporal()
            case "timezone":
                guard case .string(let s) = value else {
                    throw DossierError.type(.invalidArgumentValue,
                                            "\(function)(): `timezone` must be a STRING, got \(value.typeName)")
                }
                timezone = try TemporalZone.parse(s)
            default:
                throw DossierError.temporal("\(function)(): unknown component `\(key)`")
            }
        }
    }
}

extension TemporalValue {
    /// The kind of this value.
    public var kind: TemporalKind {
        switch self {
        case .date: return .date
        case .localTime: return .localTime
        case .time: return .time
        case .localDateTime: return .localDateTime
        case .dateTime: return .dateTime
        case .duration: return .duration
        }
    }

    /// The date part, when this kind has one.
    var datePart: DateValue? {
        switch self {
        case .date(let d): return d
        case .localDateTime(let l): return l.date
        case .dateTime(let d): return d.local.date
        default: return nil
        }
    }

    /// The time-of-day part, when this kind has one.
    var timePart: LocalTimeValue? {
        switch self {
        case .localTime(let t): return t
        case .time(let t): return t.time
        case .localDateTime(let l): return l.time
        case .dateTime(let d): return d.local.time
        default: return nil
        }
    }

    /// The zone (offset for `TIME`), when this kind has one.
    var zonePart: TemporalZone? {
        switch self {
        case .time(let t): return .offset(t.offsetSeconds)
        case .dateTime(let d): return TemporalZone(offset: d.offsetSeconds, zoneID: d.zoneID)
        default: return nil
        }
    }

    /// `kind(arg)` for one argument: null → null, a string is parsed, a map is built from its
    /// components, a temporal value is converted (its parts selected).
    static func construct(_ kind: TemporalKind, from arg: Value, clock: TemporalClock) throws(DossierError) -> Value {
        switch arg {
        case .null: return .null
        case .string(let s): return .temporal(try parse(kind, s))
        case .map(let m):
            if kind == .duration { return .temporal(.duration(try DurationFields(m).build())) }
            return .temporal(try build(kind, TemporalFields(m, function: kind.rawValue), clock: clock))
        case .temporal(let t):
            if kind == .duration {
                guard case .duration = t else { break }
                return arg
            }
            guard t.kind != .duration else { break }
            var f = TemporalFields()
            switch kind {
            case .date: f.dateBase = t
            case .localTime, .time: f.timeBase = t
            default: f.datetimeBase = t
            }
            f.onlyTimezone = false
            return .temporal(try build(kind, f, clock: clock))
        default: break
        }
        throw DossierError.type(.invalidArgumentValue,
                                "\(kind.rawValue)() expects a STRING, a MAP or a temporal value, got \(arg.typeName)")
    }

    /// Parses the ISO 8601 text of one kind (times and date-times without a zone are in UTC).
    static func parse(_ kind: TemporalKind, _ s: String) throws(DossierError) -> TemporalValue {
        let b = TemporalParser.bytes(s)
        switch kind {
        case .date: return .date(try TemporalParser.date(b))
        case .localTime: return .localTime(try TemporalParser.localTime(b))
        case .time: return .time(try TemporalParser.time(b, defaultOffset: 0))
        case .localDateTime: return .localDateTime(try TemporalParser.localDateTime(b))
        case .dateTime: return .dateTime(try TemporalParser.dateTime(b, defaultZone: .offset(0)))
        case .duration: return .duration(try TemporalParser.duration(b))
        }
    }

    /// The current time as `kind` (`date()`, `datetime.statement('Europe/Stockholm')`…).
    static func now(_ kind: TemporalKind, zone: TemporalZone?, clock: TemporalClock) throws(DossierError) -> TemporalValue {
        let dt = try (zone ?? .offset(0)).atInstant(epochSecond: clock.epochSecond, nano: clock.nano)
        switch kind {
        case .date: return .date(dt.local.date)
        case .localTime: return .localTime(dt.local.time)
        case .time: return .time(TimeValue(time: dt.local.time, offsetSeconds: dt.offsetSeconds))
        case .localDateTime: return .localDateTime(dt.local)
        case .dateTime: return .dateTime(dt)
        case .duration: throw DossierError.temporal("there is no current duration")
        }
    }

    /// Builds a date, time or date-time from map components (see the extension's documentation).
    static func build(_ kind: TemporalKind, _ f: TemporalFields, clock: TemporalClock) throws(DossierError) -> TemporalValue {
        if f.onlyTimezone { return try now(kind, zone: f.timezone, clock: clock) }
        let name = kind.rawValue
        if !kind.hasDate && (f.hasDateFields || f.dateBase != nil) {
            throw DossierError.temporal("\(name)(): a \(name) has no date components")
        }
        if !kind.hasTime && (f.hasTimeFields || f.timeBase != nil) {
            throw DossierError.temporal("\(name)(): a \(name) has no time components")
        }
        if !kind.hasZone && f.timezone != nil {
            throw DossierError.temporal("\(name)(): a \(name) has no time zone")
        }
        if f.epochSeconds != nil || f.epochMillis != nil {
            guard kind == .dateTime, !f.hasDateFields, f.hour == nil, f.minute == nil, f.second == nil,
                  f.dateBase == nil, f.timeBase == nil, f.datetimeBase == nil
            else { throw DossierError.temporal("\(name)(): epochSeconds and epochMillis combine only with sub-second fields and timezone") }
            return .dateTime(try fromEpoch(f))
        }
        let dtBase = f.datetimeBase
        let baseDate = f.dateBase?.datePart ?? dtBase?.datePart
        let baseTime = f.timeBase?.timePart ?? dtBase?.timePart
        if f.dateBase != nil && f.dateBase?.datePart == nil {
            throw DossierError.temporal("\(name)(): `date` must be a value with a date")
        }
        if f.timeBase != nil && f.timeBase?.timePart == nil {
            throw DossierError.temporal("\(name)(): `time` must be a value with a time")
        }
        var date: DateValue?
        if kind.hasDate {
            date = try resolveDate(f, base: baseDate, function: name)
        }
        var time: LocalTimeValue?
        if kind.hasTime {
            time = try resolveTime(f, base: baseTime, function: name)
        }
        // The zone of the parts the value was selected from.
        var baseZone: TemporalZone?
        var baseOffset: Int32?
        if case .dateTime(let d)? = dtBase {
            baseZone = TemporalZone(offset: d.offsetSeconds, zoneID: d.zoneID)
            baseOffset = d.offsetSeconds
        } else if let t = f.timeBase, let z = t.zonePart {
            baseZone = z
            if case .time(let tv) = t { baseOffset = tv.offsetSeconds }
            if case .dateTime(let d) = t { baseOffset = d.offsetSeconds }
        }
        switch kind {
        case .date:
            return .date(date ?? DateValue(epochDay: 0))
        case .localTime:
            return .localTime(time ?? LocalTimeValue(nanoOfDay: 0))
        case .localDateTime:
            return .localDateTime(LocalDateTimeValue(date: date ?? DateValue(epochDay: 0), time: time ?? LocalTimeValue(nanoOfDay: 0)))
        case .time:
            let t = time ?? LocalTimeValue(nanoOfDay: 0)
            let from = baseOffset ?? 0
            guard let target = f.timezone else { return .time(TimeValue(time: t, offsetSeconds: from)) }
            let to = target.offset(atEpochSecond: clock.epochSecond)
            if baseOffset == nil { return .time(TimeValue(time: t, offsetSeconds: to)) }
            return .time(TimeValue(time: t.plus(seconds: Int64(to) - Int64(from), nanos: 0), offsetSeconds: to))
        case .dateTime:
            let local = LocalDateTimeValue(date: date ?? DateValue(epochDay: 0), time: time ?? LocalTimeValue(nanoOfDay: 0))
            guard let target = f.timezone else {
                return .dateTime(try (baseZone ?? .offset(0)).resolve(local, preferred: baseOffset))
            }
            guard let baseZone else { return .dateTime(try target.resolve(local)) }
            let inBase = try baseZone.resolve(local, preferred: baseOffset)
            return .dateTime(try target.atInstant(epochSecond: inBase.epochSecond, nano: inBase.nanoOfSecond))
        case .duration:
            throw DossierError.temporal("duration(): use duration components")
        }
    }

    /// The date from calendar, week, quarter or ordinal components over an optional base date.
    static func resolveDate(_ f: TemporalFields, base: DateValue?, function: String) throws(DossierError) -> DateValue {
        let weekly = f.week != nil || f.dayOfWeek != nil
        let quarterly = f.quarter != nil || f.dayOfQuarter != nil
        let ordinal = f.ordinalDay != nil
        let calendar = f.month != nil || f.day != nil
        guard [weekly, quarterly, ordinal, calendar].filter({ $0 }).count <= 1 else {
            throw DossierError.temporal("\(function)(): cannot mix calendar, week, quarter and ordinal-day components")
        }
        guard let base else {
            guard let y = f.year else {
                throw DossierError.temporal("\(function)(): `year` is required")
            }
            if weekly {
                guard let w = f.week else { throw DossierError.temporal("\(function)(): `dayOfWeek` needs `week`") }
                return try DateValue.make(weekYear: y, week: w, dayOfWeek: f.dayOfWeek ?? 1)
            }
            if quarterly {
                guard let q = f.quarter else { throw DossierError.temporal("\(function)(): `dayOfQuarter` needs `quarter`") }
                return try DateValue.make(year: y, quarter: q, dayOfQuarter: f.dayOfQuarter ?? 1)
            }
            if let n = f.ordinalDay { return try DateValue.make(year: y, ordinalDay: n) }
            if f.day != nil && f.month == nil { throw DossierError.temporal("\(function)(): `day` needs `month`") }
            return try DateValue.make(year: y, month: f.month ?? 1, day: f.day ?? 1)
        }
        if weekly {
            let (wy, w) = base.isoWeek
            return try DateValue.make(weekYear: f.year ?? wy, week: f.week ?? w, dayOfWeek: f.dayOfWeek ?? base.dayOfWeek)
        }
        if quarterly {
            return try DateValue.make(year: f.year ?? base.year, quarter: f.quarter ?? base.quarter,
                                      dayOfQuarter: f.dayOfQuarter ?? base.dayOfQuarter)
        }
        if let n = f.ordinalDay { return try DateValue.make(year: f.year ?? base.year, ordinalDay: n) }
        let (by, bm, bd) = base.yearMonthDay
        let y = f.year ?? by, m = f.month ?? bm
        try DateValue.checkYear(y)
        try DateValue.check(m, 1, 12, "month")
        // A day taken from the base is clamped to the new month (Jan 31 → Feb 28).
        let d = f.day ?? Swift.min(bd, DateValue.daysInMonth(y, m))
        return try DateValue.make(year: y, month: m, day: d)
    }

    /// The time of day from components over an optional base time.
    static func resolveTime(_ f: TemporalFields, base: LocalTimeValue?, function: String) throws(DossierError) -> LocalTimeValue {
        if base == nil {
            if f.minute != nil && f.hour == nil { throw DossierError.temporal("\(function)(): `minute` needs `hour`") }
            if f.second != nil && f.minute == nil { throw DossierError.temporal("\(function)(): `second` needs `minute`") }
        }
        let b = base ?? LocalTimeValue(nanoOfDay: 0)
        let nanos = f.hasSubSecond ? try subSecond(f) : b.nanosecond
        return try LocalTimeValue.make(hour: f.hour ?? b.hour, minute: f.minute ?? b.minute,
                                       second: f.second ?? b.second, nanosecond: nanos)
    }

    /// Nanoseconds of the second from `millisecond`, `microsecond` and `nanosecond`: each
    /// given unit is the part below the larger given unit (`{microsecond: 645876}` alone is
    /// .645876, with a millisecond it must be below 1000).
    static func subSecond(_ f: TemporalFields) throws(DossierError) -> Int64 {
        var total: Int64 = 0
        if let ms = f.millisecond {
            try DateValue.check(ms, 0, 999, "millisecond")
            total += ms * 1_000_000
        }
        if let us = f.microsecond {
            try DateValue.check(us, 0, f.millisecond == nil ? 999_999 : 999, "microsecond")
            total += us * 1000
        }
        if let ns = f.nanosecond {
            let bigger = f.millisecond != nil || f.microsecond != nil
            try DateValue.check(ns, 0, bigger ? 999 : 999_999_999, "nanosecond")
            total += ns
        }
        return total
    }

    /// `datetime({epochSeconds: …})` / `datetime({epochMillis: …})`.
    static func fromEpoch(_ f: TemporalFields) throws(DossierError) -> DateTimeValue {
        var second: Int64 = 0, nano: Int64 = 0
        if let s = f.epochSeconds { second = s }
        if let ms = f.epochMillis {
            second = try DurationValue.add(second, DurationValue.floorDiv(ms, 1000))
            nano = DurationValue.floorMod(ms, 1000) * 1_000_000
        }
        if f.hasSubSecond { nano += try subSecond(f) }
        second = try DurationValue.add(second, nano / TemporalUnits.nanosPerSecond)
        nano %= TemporalUnits.nanosPerSecond
        return try (f.timezone ?? .offset(0)).atInstant(epochSecond: second, nano: nano)
    }
}

/// Duration components from a map or parsed text.
struct DurationFields {
    var years: TemporalParser.Amount?, quarters: TemporalParser.Amount?, months: TemporalParser.Amount?
    var weeks: TemporalParser.Amount?, days: TemporalParser.Amount?
    var hours: TemporalParser.Amount?, minutes: TemporalParser.Amount?, seconds: TemporalParser.Amount?
    var milliseconds: TemporalParser.Amount?, microseconds: TemporalParser.Amount?, nanoseconds: TemporalParser.Amount?

    init() {}

    init(_ map: ValueMap) throws(DossierError) {
        for (key, value) in map {
            let amount: TemporalParser.Amount
            switch value {
            case .null: continue
            case .int(let i): amount = .int(i)
            case .float(let d):
                guard d.isFinite else { throw DossierError.temporal("duration(): `\(key)` must be finite") }
                amount = .fraction(d)
            default:
                throw DossierError.type(.invalidArgumentValue, "duration(): `\(key)` must be a number, got \(value.typeName)")
            }
            switch key.lowercased() {
            case "years": years = amount
            case "quarters": quarters = amount
            case "months": months = amount
            case "weeks": weeks = amount
            case "days": days = amount
            case "hours": hours = amount
            case "minutes": minutes = amount
            case "seconds": seconds = amount
            case "milliseconds": milliseconds = amount
            case "microseconds": microseconds = amount
            case "nanoseconds": nanoseconds = amount
            default: throw DossierError.temporal("duration(): unknown component `\(key)`")
            }
        }
    }

    func build() throws(DossierError) -> DurationValue {
        var acc = DurationAccumulator()
        if let a = years { try acc.addMonths(a, times: 12) }
        if let a = quarters { try acc.addMonths(a, times: 3) }
        if let a = months { try acc.addMonths(a) }
        if let a = weeks { try acc.addDays(a, times: 7) }
        if let a = days { try acc.addDays(a) }
        if let a = hours { try acc.addSeconds(a, times: 3600) }
        if let a = minutes { try acc.addSeconds(a, times: 60) }
        if let a = seconds { try acc.addSeconds(a) }
        if let a = milliseconds { try acc.addNanos(a, times: 1_000_000) }
        if let a = microseconds { try acc.addNanos(a, times: 1000) }
        if let a = nanoseconds { try acc.addNanos(a) }
        return try acc.build()
    }
}
