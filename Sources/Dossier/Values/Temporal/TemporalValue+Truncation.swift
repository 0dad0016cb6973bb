/// `date.truncate(unit, value, map)`, `datetime.truncate(…)`, `localdatetime.truncate(…)`,
/// `time.truncate(…)`, `localtime.truncate(…)`.
///
/// Units: `millennium century decade year weekYear quarter month week day` (date units: the
/// time becomes midnight) and `hour minute second millisecond microsecond` (time units).
/// The value is cut to the start of the unit (`week` → Monday, `weekYear` → Monday of ISO
/// week 1), then the map's components override parts of the result (`{day: 2}`,
/// `{dayOfWeek: 2}`, `{nanosecond: 2}` below the unit) and its `timezone` replaces the zone
/// (without converting). Date kinds refuse time units; time kinds accept only `day` and the
/// time units. Unknown units or mismatches raise ArgumentError `InvalidArgumentValue`.
extension TemporalValue {
    enum TruncationUnit: String, CaseIterable {
        case millennium, century, decade, year, weekyear, quarter, month, week, day
        case hour, minute, second, millisecond, microsecond

        var isDateUnit: Bool {
            switch self {
            case .hour, .minute, .second, .millisecond, .microsecond: return false
            default: return true
            }
        }
    }

    static func truncate(_ kind: TemporalKind, unitName: String, value: TemporalValue, fields: TemporalFields,
                         clock: TemporalClock) throws(DossierError) -> TemporalValue {
        let fn = "\(kind.rawValue).truncate"
        guard let unit = TruncationUnit(rawValue: unitName.lowercased()) else {
            throw DossierError.temporal("\(fn)(): unknown unit '\(unitName)'")
        }
        guard kind != .duration, value.kind != .duration else {
            throw DossierError.temporal("\(fn)(): durations cannot be truncated")
        }
        if kind == .date && !unit.isDateUnit {
            throw DossierError.temporal("\(fn)(): a date cannot be truncated to \(unitName)")
        }
        if !kind.hasDate && unit.isDateUnit && unit != .day {
            throw DossierError.temporal("\(fn)(): a time cannot be truncated to \(unitName)")
        }
        if kind.hasDate && value.datePart == nil {
            throw DossierError.temporal("\(fn)(): a \(value.typeName) has no date to truncate")
        }
        if !unit.isDateUnit && value.timePart == nil {
            throw DossierError.temporal("\(fn)(): a \(value.typeName) has no time to truncate to \(unitName)")
        }
        var f = fields
        f.onlyTimezone = false
        // The truncated parts.
        var date = value.datePart
        if let d = date, kind.hasDate { date = try truncateDate(d, unit) }
        let time = truncateTime(value.timePart ?? LocalTimeValue(nanoOfDay: 0), unit)
        // Sub-second components below the unit keep the kept part above them.
        if unit == .millisecond && f.millisecond == nil && (f.microsecond != nil || f.nanosecond != nil) {
            f.millisecond = time.nanosecond / 1_000_000
        } else if unit == .microsecond && f.millisecond == nil && f.microsecond == nil && f.nanosecond != nil {
            f.microsecond = time.nanosecond / 1000
        }
        let newDate = kind.hasDate ? try resolveDate(f, base: date, function: fn) : nil
        let newTime = kind.hasTime ? try resolveTime(f, base: time, function: fn) : nil
        if !kind.hasTime && f.hasTimeFields {
            throw DossierError.temporal("\(fn)(): a date has no time components")
        }
        if !kind.hasDate && f.hasDateFields {
            throw DossierError.temporal("\(fn)(): a time has no date components")
        }
        if !kind.hasZone && f.timezone != nil {
            throw DossierError.temporal("\(fn)(): a \(kind.rawValue) has no time zone")
        }
        let zone = f.timezone ?? value.zonePart ?? .offset(0)
        switch kind {
        case .date:
            return .date(newDate ?? DateValue(epochDay: 0))
        case .localTime:
            return .localTime(newTime ?? LocalTimeValue(nanoOfDay: 0))
        case .time:
            let offset: Int32
            if case .time(let t) = value, f.timezone == nil {
                offset = t.offsetSeconds
            } else if case .dateTime(let d) = value, f.timezone == nil {
                offset = d.offsetSeconds
            } else {
                offset = zone.offset(atEpochSecond: clock.epochSecond)
            }
            return .time(TimeValue(time: newTime ?? LocalTimeValue(nanoOfDay: 0), offsetSeconds: offset))
        case .localDateTime:
            return .localDateTime(LocalDateTimeValue(date: newDate ?? DateValue(epochDay: 0),
                                                     time: newTime ?? LocalTimeValue(nanoOfDay: 0)))
        case .dateTime:
            let local = LocalDateTimeValue(date: newDate ?? DateValue(epochDay: 0), time: newTime ?? LocalTimeValue(nanoOfDay: 0))
            var preferred: Int32?
            if case .dateTime(let d) = value { preferred = d.offsetSeconds }
            return .dateTime(try zone.resolve(local, preferred: preferred))
        case .duration:
            throw DossierError.temporal("\(fn)(): durations cannot be truncated")
        }
    }

    static func truncateDate(_ d: DateValue, _ unit: TruncationUnit) throws(DossierError) -> DateValue {
        let (y, m, _) = d.yearMonthDay
        func floorYear(_ n: Int64) -> Int64 { DurationValue.floorDiv(y, n) * n }
        switch unit {
        case .millennium: return try DateValue.make(year: floorYear(1000), month: 1, day: 1)
        case .century: return try DateValue.make(year: floorYear(100), month: 1, day: 1)
        case .decade: return try DateValue.make(year: floorYear(10), month: 1, day: 1)
        case .year: return DateValue.civil(y, 1, 1)
        case .weekyear: return try DateValue.checked(epochDay: DateValue.weekYearStart(d.isoWeek.weekYear).epochDay)
        case .quarter: return DateValue.civil(y, (m - 1) / 3 * 3 + 1, 1)
        case .month: return DateValue.civil(y, m, 1)
        case .week: return try DateValue.checked(epochDay: d.epochDay - (d.dayOfWeek - 1))
        default: return d
        }
    }

    static func truncateTime(_ t: LocalTimeValue, _ unit: TruncationUnit) -> LocalTimeValue {
        let step: Int64
        switch unit {
        case .hour: step = TemporalUnits.nanosPerHour
        case .minute: step = TemporalUnits.nanosPerMinute
        case .second: step = TemporalUnits.nanosPerSecond
        case .millisecond: step = 1_000_000
        case .microsecond: step = 1000
        default: return LocalTimeValue(nanoOfDay: 0)
        }
        return LocalTimeValue(nanoOfDay: t.nanoOfDay - t.nanoOfDay % step)
    }
}
