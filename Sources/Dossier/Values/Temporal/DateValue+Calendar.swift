/// Proleptic Gregorian calendar arithmetic: civil dates, ISO week dates, ordinal dates and
/// quarters, as ISO 8601 (and `java.time`) define them. All functions are total for the
/// supported year range; constructors validate and throw ArgumentError `InvalidArgumentValue`.
extension DateValue {
    /// Days from 0000-01-01 to 1970-01-01.
    static let daysBefore1970: Int64 = 719_528
    static let daysPerCycle: Int64 = 146_097

    @inlinable static func isLeap(_ y: Int64) -> Bool { (y & 3) == 0 && (y % 100 != 0 || y % 400 == 0) }

    static func daysInMonth(_ y: Int64, _ m: Int64) -> Int64 {
        switch m {
        case 2: return isLeap(y) ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    static func daysInYear(_ y: Int64) -> Int64 { isLeap(y) ? 366 : 365 }

    /// The date for a valid year, month and day (not checked: use `make`).
    static func civil(_ y: Int64, _ m: Int64, _ d: Int64) -> DateValue {
        var total: Int64 = 365 * y
        if y >= 0 {
            total += (y + 3) / 4 - (y + 99) / 100 + (y + 399) / 400
        } else {
            total -= y / -4 - y / -100 + y / -400
        }
        total += (367 * m - 362) / 12
        total += d - 1
        if m > 2 {
            total -= 1
            if !isLeap(y) { total -= 1 }
        }
        return DateValue(epochDay: total - daysBefore1970)
    }

    /// Year, month (1–12) and day of month (1–31).
    public var yearMonthDay: (year: Int64, month: Int64, day: Int64) {
        var zeroDay = epochDay + DateValue.daysBefore1970 - 60
        var adjust: Int64 = 0
        if zeroDay < 0 {
            let cycles = (zeroDay + 1) / DateValue.daysPerCycle - 1
            adjust = cycles * 400
            zeroDay += -cycles * DateValue.daysPerCycle
        }
        var yearEst = (400 * zeroDay + 591) / DateValue.daysPerCycle
        var doyEst = zeroDay - (365 * yearEst + yearEst / 4 - yearEst / 100 + yearEst / 400)
        if doyEst < 0 {
            yearEst -= 1
            doyEst = zeroDay - (365 * yearEst + yearEst / 4 - yearEst / 100 + yearEst / 400)
        }
        yearEst += adjust
        let marchMonth0 = (doyEst * 5 + 2) / 153
        let month = (marchMonth0 + 2) % 12 + 1
        let dom = doyEst - (marchMonth0 * 306 + 5) / 10 + 1
        yearEst += marchMonth0 / 10
        return (yearEst, month, dom)
    }

    public var year: Int64 { yearMonthDay.year }
    public var month: Int64 { yearMonthDay.month }
    public var day: Int64 { yearMonthDay.day }

    /// ISO day of week: 1 = Monday … 7 = Sunday.
    public var dayOfWeek: Int64 {
        let r = (epochDay + 3) % 7
        return (r < 0 ? r + 7 : r) + 1
    }

    /// Day of the year, 1–366.
    public var dayOfYear: Int64 { epochDay - DateValue.civil(year, 1, 1).epochDay + 1 }

    public var quarter: Int64 { (month - 1) / 3 + 1 }

    /// Day of the quarter, 1–92.
    public var dayOfQuarter: Int64 {
        let (y, m, _) = yearMonthDay
        return epochDay - DateValue.civil(y, (m - 1) / 3 * 3 + 1, 1).epochDay + 1
    }

    /// The ISO week-based year and week (1–53): weeks start on Monday and week 1 holds the
    /// year's first Thursday, so 1984-01-01 is in week 52 of 1983.
    public var isoWeek: (weekYear: Int64, week: Int64) {
        let thursday = DateValue(epochDay: epochDay + (4 - dayOfWeek))
        let y = thursday.year
        return (y, (thursday.epochDay - DateValue.civil(y, 1, 1).epochDay) / 7 + 1)
    }

    /// Monday of week 1 of ISO week-based year `y`.
    static func weekYearStart(_ y: Int64) -> DateValue {
        let jan4 = civil(y, 1, 4)
        return DateValue(epochDay: jan4.epochDay - (jan4.dayOfWeek - 1))
    }

    /// 52 or 53.
    static func weeksInWeekYear(_ y: Int64) -> Int64 {
        let jan1 = civil(y, 1, 1).dayOfWeek
        return jan1 == 4 || (jan1 == 3 && isLeap(y)) ? 53 : 52
    }

    // MARK: - Validated construction

    static func checkYear(_ y: Int64) throws(DossierError) {
        guard y >= TemporalUnits.minYear && y <= TemporalUnits.maxYear else {
            throw .temporal("year \(y) is out of range (−999999999 to 999999999)")
        }
    }

    static func check(_ v: Int64, _ lo: Int64, _ hi: Int64, _ what: String) throws(DossierError) {
        guard v >= lo && v <= hi else { throw .temporal("\(what) \(v) is out of range (\(lo) to \(hi))") }
    }

    /// A calendar date; throws when a component is out of range (`2015-02-30`).
    static func make(year y: Int64, month m: Int64, day d: Int64) throws(DossierError) -> DateValue {
        try checkYear(y)
        try check(m, 1, 12, "month")
        try check(d, 1, daysInMonth(y, m), "day of month")
        return civil(y, m, d)
    }

    /// An ISO week date (`2015-W30-2`): `weekYear` is the week-based year.
    static func make(weekYear y: Int64, week w: Int64, dayOfWeek dow: Int64) throws(DossierError) -> DateValue {
        try checkYear(y)
        try check(w, 1, weeksInWeekYear(y), "week")
        try check(dow, 1, 7, "day of week")
        let d = DateValue(epochDay: weekYearStart(y).epochDay + (w - 1) * 7 + (dow - 1))
        try checkYear(d.year)
        return d
    }

    /// An ordinal date (`2015-202`).
    static func make(year y: Int64, ordinalDay n: Int64) throws(DossierError) -> DateValue {
        try checkYear(y)
        try check(n, 1, daysInYear(y), "ordinal day")
        return DateValue(epochDay: civil(y, 1, 1).epochDay + n - 1)
    }

    /// A quarter date (`{year: 1984, quarter: 3, dayOfQuarter: 45}`).
    static func make(year y: Int64, quarter q: Int64, dayOfQuarter n: Int64) throws(DossierError) -> DateValue {
        try checkYear(y)
        try check(q, 1, 4, "quarter")
        let start = civil(y, (q - 1) * 3 + 1, 1)
        let end = q == 4 ? civil(y + 1, 1, 1) : civil(y, q * 3 + 1, 1)
        try check(n, 1, end.epochDay - start.epochDay, "day of quarter")
        return DateValue(epochDay: start.epochDay + n - 1)
    }

    /// A date from a day count, checked against the year range.
    static func checked(epochDay: Int64) throws(DossierError) -> DateValue {
        // Range of epoch days for years −999999999 … 999999999.
        guard epochDay >= minEpochDay && epochDay <= maxEpochDay else {
            throw .temporal("the date is out of range (years −999999999 to 999999999)")
        }
        return DateValue(epochDay: epochDay)
    }

    static let minEpochDay = civil(TemporalUnits.minYear, 1, 1).epochDay
    static let maxEpochDay = civil(TemporalUnits.maxYear, 12, 31).epochDay

    /// Adds months the way ISO calendars do: the day of month is clamped to the new month's
    /// length (`2015-01-31` + 1 month = `2015-02-28`).
    func plusMonths(_ n: Int64) throws(DossierError) -> DateValue {
        if n == 0 { return self }
        let (y, m, d) = yearMonthDay
        let (total, o1) = (y.multipliedReportingOverflow(by: 12).partialValue + (m - 1)).addingReportingOverflow(n)
        guard !o1 else { throw .temporal("the date is out of range") }
        let ny = total >= 0 ? total / 12 : (total - 11) / 12
        let nm = total - ny * 12 + 1
        try DateValue.checkYear(ny)
        return DateValue.civil(ny, nm, Swift.min(d, DateValue.daysInMonth(ny, nm)))
    }

    /// Adds days, checked against the year range.
    func plusDays(_ n: Int64) throws(DossierError) -> DateValue {
        let (r, o) = epochDay.addingReportingOverflow(n)
        guard !o else { throw .temporal("the date is out of range") }
        return try DateValue.checked(epochDay: r)
    }
}

extension LocalTimeValue {
    public var hour: Int64 { nanoOfDay / TemporalUnits.nanosPerHour }
    public var minute: Int64 { nanoOfDay / TemporalUnits.nanosPerMinute % 60 }
    public var second: Int64 { nanoOfDay / TemporalUnits.nanosPerSecond % 60 }
    public var nanosecond: Int64 { nanoOfDay % TemporalUnits.nanosPerSecond }

    /// A time of day; throws when a component is out of range.
    static func make(hour: Int64, minute: Int64, second: Int64, nanosecond: Int64) throws(DossierError) -> LocalTimeValue {
        try DateValue.check(hour, 0, 23, "hour")
        try DateValue.check(minute, 0, 59, "minute")
        try DateValue.check(second, 0, 59, "second")
        try DateValue.check(nanosecond, 0, 999_999_999, "nanosecond")
        return LocalTimeValue(nanoOfDay: hour * TemporalUnits.nanosPerHour + minute * TemporalUnits.nanosPerMinute
                              + second * TemporalUnits.nanosPerSecond + nanosecond)
    }

    /// Adds nanoseconds, wrapping around midnight.
    func plusNanos(_ n: Int64) -> LocalTimeValue {
        let r = (nanoOfDay + n % TemporalUnits.nanosPerDay) % TemporalUnits.nanosPerDay
        return LocalTimeValue(nanoOfDay: r < 0 ? r + TemporalUnits.nanosPerDay : r)
    }
}

extension DossierError {
    /// An invalid temporal value or component (ArgumentError InvalidArgumentValue).
    static func temporal(_ message: String) -> DossierError {
        .argument(.invalidArgumentValue, message)
    }
}
