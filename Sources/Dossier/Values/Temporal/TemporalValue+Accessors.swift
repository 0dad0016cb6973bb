/// Component access: `d.year`, `t.hour`, `dt.timezone`, `dur.days`…
///
/// Dates (and date-times): `year quarter month week weekYear day ordinalDay dayOfWeek`
/// (alias `weekDay`) `dayOfQuarter`. Times (and date-times): `hour minute second millisecond
/// microsecond nanosecond`; with a zone also `timezone offset offsetMinutes offsetSeconds`;
/// `DATETIME` also `epochSeconds epochMillis`. Durations: `years quarters months weeks days
/// hours minutes seconds milliseconds microseconds nanoseconds` (totals within the month,
/// day or second group) and `quartersOfYear monthsOfQuarter monthsOfYear daysOfWeek
/// minutesOfHour secondsOfMinute millisecondsOfSecond microsecondsOfSecond nanosecondsOfSecond`.
///
/// Names are case-insensitive. A name the kind does not have raises TypeError `InvalidArgumentType`
/// (nil from `component`).
extension TemporalValue {
    /// The component, or nil when this kind has no such component.
    public func component(_ name: String) -> Value? {
        let key = name.lowercased()
        switch self {
        case .date(let d): return TemporalValue.dateComponent(d, key)
        case .localTime(let t): return TemporalValue.timeComponent(t, key)
        case .time(let t): return TemporalValue.timeComponent(t.time, key) ?? TemporalValue.zoneComponent(t.offsetSeconds, nil, key)
        case .localDateTime(let l):
            return TemporalValue.dateComponent(l.date, key) ?? TemporalValue.timeComponent(l.time, key)
        case .dateTime(let dt):
            if let v = TemporalValue.dateComponent(dt.local.date, key) ?? TemporalValue.timeComponent(dt.local.time, key)
                ?? TemporalValue.zoneComponent(dt.offsetSeconds, dt.zoneID, key)
            {
                return v
            }
            switch key {
            case "epochseconds": return .int(dt.epochSecond)
            case "epochmillis":
                let (ms, o) = dt.epochSecond.multipliedReportingOverflow(by: 1000)
                return o ? .null : .int(ms + dt.nanoOfSecond / 1_000_000)
            default: return nil
            }
        case .duration(let d): return TemporalValue.durationComponent(d, key)
        }
    }

    /// `x.key` on a temporal value; an unknown component raises TypeError `InvalidArgumentType`.
    public func property(_ name: String) throws(DossierError) -> Value {
        guard let v = component(name) else {
            throw DossierError.type(.invalidArgumentType, "a \(typeName) has no component `\(name)`")
        }
        return v
    }

    static func dateComponent(_ d: DateValue, _ key: String) -> Value? {
        switch key {
        case "year": return .int(d.year)
        case "quarter": return .int(d.quarter)
        case "month": return .int(d.month)
        case "week": return .int(d.isoWeek.week)
        case "weekyear": return .int(d.isoWeek.weekYear)
        case "day": return .int(d.day)
        case "ordinalday": return .int(d.dayOfYear)
        case "dayofweek", "weekday": return .int(d.dayOfWeek)
        case "dayofquarter": return .int(d.dayOfQuarter)
        default: return nil
        }
    }

    static func timeComponent(_ t: LocalTimeValue, _ key: String) -> Value? {
        switch key {
        case "hour": return .int(t.hour)
        case "minute": return .int(t.minute)
        case "second": return .int(t.second)
        case "millisecond": return .int(t.nanosecond / 1_000_000)
        case "microsecond": return .int(t.nanosecond / 1000)
        case "nanosecond": return .int(t.nanosecond)
        default: return nil
        }
    }

    static func zoneComponent(_ offset: Int32, _ zoneID: String?, _ key: String) -> Value? {
        switch key {
        case "timezone": return .string(zoneID ?? TemporalFormat.offset(offset))
        case "offset": return .string(TemporalFormat.offset(offset))
        case "offsetminutes": return .int(Int64(offset) / 60)
        case "offsetseconds": return .int(Int64(offset))
        default: return nil
        }
    }

    static func durationComponent(_ d: DurationValue, _ key: String) -> Value? {
        let n = Int64(d.nanos)
        func scaled(_ factor: Int64, _ divisor: Int64) -> Value {
            let (r, o) = d.seconds.multipliedReportingOverflow(by: factor)
            guard !o else { return .null }
            let (s, o2) = r.addingReportingOverflow(n / divisor)
            return o2 ? .null : .int(s)
        }
        switch key {
        case "years": return .int(d.months / 12)
        case "quarters": return .int(d.months / 3)
        case "months": return .int(d.months)
        case "weeks": return .int(d.days / 7)
        case "days": return .int(d.days)
        case "hours": return .int(d.seconds / 3600)
        case "minutes": return .int(d.seconds / 60)
        case "seconds": return .int(d.seconds)
        case "milliseconds": return scaled(1000, 1_000_000)
        case "microseconds": return scaled(1_000_000, 1000)
        case "nanoseconds": return scaled(1_000_000_000, 1)
        case "quartersofyear": return .int(d.months % 12 / 3)
        case "monthsofquarter": return .int(d.months % 3)
        case "monthsofyear": return .int(d.months % 12)
        case "daysofweek": return .int(d.days % 7)
        case "minutesofhour": return .int(d.seconds / 60 % 60)
        case "secondsofminute": return .int(d.seconds % 60)
        case "millisecondsofsecond": return .int(n / 1_000_000)
        case "microsecondsofsecond": return .int(n / 1000)
        case "nanosecondsofsecond": return .int(n)
        default: return nil
        }
    }
}
