/// Ordering and comparability of temporal values.
///
/// - Values of one kind (other than durations) are comparable with `< <= > >=` and ordered
///   chronologically: `TIME` by its UTC time of day, `DATETIME` by instant; ties between
///   different offsets or zones at the same instant are broken by wall-clock time, then zone.
/// - Durations are not comparable with `<` (null); ORDER BY sorts them by their approximate
///   length (months of 30.436875 days) and then component by component.
/// - Values of different kinds are incomparable; in ORDER BY the kinds sort as
///   `DATETIME < LOCAL DATETIME < DATE < TIME < LOCAL TIME < DURATION`.
extension TemporalValue {
    /// Position of the kind in ORDER BY's global order (0 … 5).
    @usableFromInline var kindRank: Int {
        switch self {
        case .dateTime: return 0
        case .localDateTime: return 1
        case .date: return 2
        case .time: return 3
        case .localTime: return 4
        case .duration: return 5
        }
    }

    /// -1, 0, 1 for two values of one comparable kind; nil for different kinds or durations.
    static func chronologicalCompare(_ a: TemporalValue, _ b: TemporalValue) -> Int? {
        switch (a, b) {
        case let (.date(x), .date(y)): return cmp(x.epochDay, y.epochDay)
        case let (.localTime(x), .localTime(y)): return cmp(x.nanoOfDay, y.nanoOfDay)
        case let (.time(x), .time(y)):
            let c = cmp(x.utcNanos, y.utcNanos)
            return c != 0 ? c : cmp(x.time.nanoOfDay, y.time.nanoOfDay)
        case let (.localDateTime(x), .localDateTime(y)): return compareLocal(x, y)
        case let (.dateTime(x), .dateTime(y)):
            var c = cmp(x.epochSecond, y.epochSecond)
            if c == 0 { c = cmp(x.nanoOfSecond, y.nanoOfSecond) }
            if c == 0 { c = compareLocal(x.local, y.local) }
            if c == 0 { c = Value.compareStrings(x.zoneID ?? "", y.zoneID ?? "") }
            return c
        default: return nil
        }
    }

    /// The total order ORDER BY, `min` and `max` use among temporal values.
    static func orderCompare(_ a: TemporalValue, _ b: TemporalValue) -> Int {
        let ra = a.kindRank, rb = b.kindRank
        if ra != rb { return ra < rb ? -1 : 1 }
        if let c = chronologicalCompare(a, b) { return c }
        guard case let (.duration(x), .duration(y)) = (a, b) else { return 0 }
        let lx = Double(x.months) * Double(TemporalUnits.secondsPerAverageMonth) + Double(x.days) * 86_400 + Double(x.seconds)
        let ly = Double(y.months) * Double(TemporalUnits.secondsPerAverageMonth) + Double(y.days) * 86_400 + Double(y.seconds)
        if lx != ly { return lx < ly ? -1 : 1 }
        for (p, q) in [(x.months, y.months), (x.days, y.days), (x.seconds, y.seconds), (Int64(x.nanos), Int64(y.nanos))] where p != q {
            return p < q ? -1 : 1
        }
        return 0
    }

    private static func compareLocal(_ x: LocalDateTimeValue, _ y: LocalDateTimeValue) -> Int {
        let c = cmp(x.date.epochDay, y.date.epochDay)
        return c != 0 ? c : cmp(x.time.nanoOfDay, y.time.nanoOfDay)
    }

    @inline(__always) private static func cmp(_ a: Int64, _ b: Int64) -> Int { a < b ? -1 : (a > b ? 1 : 0) }
}
