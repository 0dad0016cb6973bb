/// A calendar date in the proleptic Gregorian calendar (ISO 8601), for years
/// −999,999,999 … +999,999,999 — the openCypher `DATE` type.
///
/// Stored as a day count so that comparison, hashing and arithmetic are integer operations.
public struct DateValue: Hashable, Comparable, Sendable {
    /// Days since 1970-01-01 (negative before).
    public var epochDay: Int64
    @inlinable public init(epochDay: Int64) { self.epochDay = epochDay }
    @inlinable public static func < (a: DateValue, b: DateValue) -> Bool { a.epochDay < b.epochDay }
}

/// A time of day without a time zone — the openCypher `LOCAL TIME` type.
public struct LocalTimeValue: Hashable, Comparable, Sendable {
    /// Nanoseconds since midnight, `0 ..< 86_400_000_000_000`.
    public var nanoOfDay: Int64
    @inlinable public init(nanoOfDay: Int64) { self.nanoOfDay = nanoOfDay }
    @inlinable public static func < (a: LocalTimeValue, b: LocalTimeValue) -> Bool { a.nanoOfDay < b.nanoOfDay }
}

/// A time of day with a fixed UTC offset — the openCypher `ZONED TIME` type (`time()`).
public struct TimeValue: Hashable, Sendable {
    public var time: LocalTimeValue
    /// Seconds east of UTC, −18 h … +18 h.
    public var offsetSeconds: Int32
    @inlinable public init(time: LocalTimeValue, offsetSeconds: Int32) {
        self.time = time
        self.offsetSeconds = offsetSeconds
    }
    /// The time of day in UTC, in nanoseconds (may fall outside one day); the sort key.
    @inlinable public var utcNanos: Int64 { time.nanoOfDay - Int64(offsetSeconds) * 1_000_000_000 }
}

/// A date and a time of day without a time zone — the openCypher `LOCAL DATETIME` type.
public struct LocalDateTimeValue: Hashable, Comparable, Sendable {
    public var date: DateValue
    public var time: LocalTimeValue
    @inlinable public init(date: DateValue, time: LocalTimeValue) {
        self.date = date
        self.time = time
    }
    @inlinable public static func < (a: LocalDateTimeValue, b: LocalDateTimeValue) -> Bool {
        a.date != b.date ? a.date < b.date : a.time < b.time
    }
    /// Seconds since 1970-01-01T00:00 as if this were UTC (fits in 64 bits for every valid year).
    @inlinable public var epochSecondLocal: Int64 { date.epochDay * 86_400 + time.nanoOfDay / 1_000_000_000 }
}

/// A date and time at a UTC offset, optionally in a named time zone (`Europe/Stockholm`) whose
/// rules produced that offset — the openCypher `ZONED DATETIME` type (`datetime()`).
public struct DateTimeValue: Hashable, Sendable {
    /// The wall-clock date and time.
    public var local: LocalDateTimeValue
    /// Seconds east of UTC in effect at `local`.
    public var offsetSeconds: Int32
    /// The tz database name, or nil when the value has only an offset.
    public var zoneID: String?
    @inlinable public init(local: LocalDateTimeValue, offsetSeconds: Int32, zoneID: String?) {
        self.local = local
        self.offsetSeconds = offsetSeconds
        self.zoneID = zoneID
    }
    /// Seconds since the Unix epoch (the instant, without the nanoseconds).
    @inlinable public var epochSecond: Int64 { local.epochSecondLocal - Int64(offsetSeconds) }
    /// The nanoseconds within the second.
    @inlinable public var nanoOfSecond: Int64 { local.time.nanoOfDay % 1_000_000_000 }
}

/// An amount of time in four independent components, as openCypher defines `DURATION`:
/// months, days, seconds and nanoseconds. A month is not a fixed number of days and a day
/// not a fixed number of seconds (DST), so they are kept apart; `P1M` ≠ `P30D`.
///
/// Normalised: `nanos` is in `0 ..< 1_000_000_000` (`seconds` carries the sign).
public struct DurationValue: Hashable, Sendable {
    public var months: Int64
    public var days: Int64
    public var seconds: Int64
    public var nanos: Int32
    /// A duration with already-normalised components.
    @inlinable init(normalizedMonths months: Int64, days: Int64, seconds: Int64, nanos: Int32) {
        self.months = months
        self.days = days
        self.seconds = seconds
        self.nanos = nanos
    }
    public static let zero = DurationValue(normalizedMonths: 0, days: 0, seconds: 0, nanos: 0)
}

/// One openCypher temporal value: what `Value.temporal` holds.
///
/// Equality is by components (a `DATETIME` by wall-clock time and zone, a `TIME` by time and
/// offset); ordering within one kind is chronological (`DATETIME` and `TIME` by instant first).
/// Different kinds are never equal and not comparable with `<`.
public enum TemporalValue: Hashable, Sendable {
    case date(DateValue)
    case localTime(LocalTimeValue)
    case time(TimeValue)
    case localDateTime(LocalDateTimeValue)
    case dateTime(DateTimeValue)
    case duration(DurationValue)

    /// The openCypher type name (`DATE`, `LOCAL TIME`, `ZONED TIME`, `LOCAL DATETIME`,
    /// `ZONED DATETIME`, `DURATION`).
    public var typeName: String {
        switch self {
        case .date: return "DATE"
        case .localTime: return "LOCAL TIME"
        case .time: return "ZONED TIME"
        case .localDateTime: return "LOCAL DATETIME"
        case .dateTime: return "ZONED DATETIME"
        case .duration: return "DURATION"
        }
    }

    /// The constructor function's name (`date`, `localtime`, `time`, `localdatetime`,
    /// `datetime`, `duration`), used for literals in dumps and messages.
    public var functionName: String {
        switch self {
        case .date: return "date"
        case .localTime: return "localtime"
        case .time: return "time"
        case .localDateTime: return "localdatetime"
        case .dateTime: return "datetime"
        case .duration: return "duration"
        }
    }
}

/// Units and limits shared by the temporal implementation files.
enum TemporalUnits {
    static let nanosPerSecond: Int64 = 1_000_000_000
    static let nanosPerMinute: Int64 = 60 * nanosPerSecond
    static let nanosPerHour: Int64 = 3600 * nanosPerSecond
    static let secondsPerDay: Int64 = 86_400
    static let nanosPerDay: Int64 = secondsPerDay * nanosPerSecond
    /// The average Gregorian month (365.2425 / 12 days), used to spread fractional months.
    static let secondsPerAverageMonth: Int64 = 2_629_746
    static let minYear: Int64 = -999_999_999
    static let maxYear: Int64 = 999_999_999
    /// The largest offset from UTC (±18 hours), as ISO 8601 / Java allow.
    static let maxOffsetSeconds: Int32 = 18 * 3600
}
