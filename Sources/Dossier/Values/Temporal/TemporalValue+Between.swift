/// `duration.between(a, b)`, `duration.inMonths`, `duration.inDays`, `duration.inSeconds`.
///
/// The two values are first brought to a common shape: a value without a time of day gets
/// midnight when the other has one; a value without a date gets the other's date; a value
/// without a zone gets the other's zone. Then:
/// - `between`: whole months, then whole days, then the rest in seconds and nanoseconds
///   (date-based steps on wall-clock time, the rest on the instant for zoned values);
/// - `inMonths` / `inDays`: whole months / days only (`P1Y2M`, `P426D`);
/// - `inSeconds`: the exact time between them (`PT8784H4M50S`).
/// The result is negative when `b` is before `a`. Durations as arguments raise TypeError
/// `InvalidArgumentValue`.
extension TemporalValue {
    enum BetweenUnit { case all, months, days, seconds }

    /// A temporal value taken apart.
    private struct Shape {
        var date: DateValue?
        var time: LocalTimeValue?
        var zone: TemporalZone?
        var offset: Int32?

        init(_ t: TemporalValue) {
            date = t.datePart
            time = t.timePart
            zone = t.zonePart
            switch t {
            case .time(let v): offset = v.offsetSeconds
            case .dateTime(let v): offset = v.offsetSeconds
            default: offset = nil
            }
        }

        var local: LocalDateTimeValue {
            LocalDateTimeValue(date: date ?? DateValue(epochDay: 0), time: time ?? LocalTimeValue(nanoOfDay: 0))
        }
    }

    static func between(_ a: TemporalValue, _ b: TemporalValue, _ unit: BetweenUnit) throws(DossierError) -> DurationValue {
        var x = Shape(a), y = Shape(b)
        if x.time != nil && y.time == nil { y.time = LocalTimeValue(nanoOfDay: 0) }
        if y.time != nil && x.time == nil { x.time = LocalTimeValue(nanoOfDay: 0) }
        if x.date != nil && y.date == nil { y.date = x.date }
        if y.date != nil && x.date == nil { x.date = y.date }
        if let z = x.zone, y.zone == nil { try attach(z, to: &y) }
        if let z = y.zone, x.zone == nil { try attach(z, to: &x) }
        let zoned = x.zone != nil
        let hasDate = x.date != nil

        // Exact difference, as (seconds, nanoseconds).
        func exact(_ from: Shape, _ to: Shape) -> (Int64, Int64) {
            let fl = from.local, tl = to.local
            var s = tl.epochSecondLocal - fl.epochSecondLocal
            if zoned { s += Int64(from.offset ?? 0) - Int64(to.offset ?? 0) }
            let n = tl.time.nanoOfDay % TemporalUnits.nanosPerSecond - fl.time.nanoOfDay % TemporalUnits.nanosPerSecond
            return (s, n)
        }

        if unit == .seconds || !hasDate {
            if unit == .months || unit == .days { return .zero }
            let (s, n) = exact(x, y)
            return try DurationValue.make(months: 0, days: 0, seconds: s, nanos: n)
        }

        // Date-based steps compare wall-clock times, with `b` shown in `a`'s zone.
        var end = y.local
        if zoned, let z = x.zone {
            let instant = y.local.epochSecondLocal - Int64(y.offset ?? 0)
            end = try z.atInstant(epochSecond: instant, nano: y.local.time.nanoOfDay % TemporalUnits.nanosPerSecond).local
        }
        let start = x.local
        let months = monthsUntil(start, end)
        if unit == .months { return try DurationValue.make(months: months, days: 0, seconds: 0, nanos: 0) }
        if unit == .days {
            return try DurationValue.make(months: 0, days: daysUntil(start, end), seconds: 0, nanos: 0)
        }
        // between: step by months, then days, then the remaining time.
        var mid = x
        let movedDate = try start.date.plusMonths(months)
        mid.date = movedDate
        try reresolve(&mid)
        var midEnd = end
        if zoned, let z = mid.zone {
            let instant = y.local.epochSecondLocal - Int64(y.offset ?? 0)
            midEnd = try z.atInstant(epochSecond: instant, nano: y.local.time.nanoOfDay % TemporalUnits.nanosPerSecond).local
        }
        let days = daysUntil(mid.local, midEnd)
        mid.date = try movedDate.plusDays(days)
        try reresolve(&mid)
        let (s, n) = exact(mid, y)
        return try DurationValue.make(months: months, days: days, seconds: s, nanos: n)
    }

    /// Gives a zone-less shape the zone `z`, placing its wall-clock time in it.
    private static func attach(_ z: TemporalZone, to s: inout Shape) throws(DossierError) {
        s.zone = z
        if s.date != nil {
            s.offset = try z.resolve(s.local).offsetSeconds
        } else {
            s.offset = z.offset(atEpochSecond: 0)
        }
    }

    /// After moving a zoned shape's date, finds its offset again (keeping the old one if valid).
    private static func reresolve(_ s: inout Shape) throws(DossierError) {
        guard let z = s.zone else { return }
        let r = try z.resolve(s.local, preferred: s.offset)
        s.date = r.local.date
        s.time = r.local.time
        s.offset = r.offsetSeconds
    }

    /// Whole months from `a` to `b` (wall-clock), as `java.time.LocalDateTime.until`.
    private static func monthsUntil(_ a: LocalDateTimeValue, _ b: LocalDateTimeValue) -> Int64 {
        let endDate = adjustedEnd(a, b)
        let (ay, am, ad) = a.date.yearMonthDay
        let (by, bm, bd) = endDate.yearMonthDay
        let p1 = (ay * 12 + am - 1) * 32 + ad
        let p2 = (by * 12 + bm - 1) * 32 + bd
        return (p2 - p1) / 32
    }

    /// Whole days from `a` to `b` (wall-clock).
    private static func daysUntil(_ a: LocalDateTimeValue, _ b: LocalDateTimeValue) -> Int64 {
        adjustedEnd(a, b).epochDay - a.date.epochDay
    }

    /// `b`'s date, moved one day toward `a` when `b`'s time of day has not yet reached `a`'s.
    private static func adjustedEnd(_ a: LocalDateTimeValue, _ b: LocalDateTimeValue) -> DateValue {
        if b.date > a.date && b.time < a.time { return DateValue(epochDay: b.date.epochDay - 1) }
        if b.date < a.date && b.time > a.time { return DateValue(epochDay: b.date.epochDay + 1) }
        return b.date
    }
}
