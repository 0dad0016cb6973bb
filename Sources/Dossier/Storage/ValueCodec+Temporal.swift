/// The payload of tag 11 (temporal values): a kind byte, then the fields as zigzag varints.
///
/// | kind | value | fields |
/// |---|---|---|
/// | 0 | date | epoch day |
/// | 1 | local time | nanosecond of day |
/// | 2 | time | nanosecond of day, offset seconds |
/// | 3 | local datetime | epoch day, nanosecond of day |
/// | 4 | datetime | epoch day, nanosecond of day, offset seconds, zone name (string, empty = none) |
/// | 5 | duration | months, days, seconds, nanoseconds (0 ..< 10^9) |
///
/// Decoding checks every field's range; a zone name is kept as stored (not looked up), so a
/// file stays readable when the tz database changes.
extension ValueCodec {
    static func encodeTemporal(_ t: TemporalValue, into w: inout ByteWriter) {
        switch t {
        case .date(let d):
            w.u8(0)
            w.zigzag(d.epochDay)
        case .localTime(let l):
            w.u8(1)
            w.zigzag(l.nanoOfDay)
        case .time(let v):
            w.u8(2)
            w.zigzag(v.time.nanoOfDay)
            w.zigzag(Int64(v.offsetSeconds))
        case .localDateTime(let l):
            w.u8(3)
            w.zigzag(l.date.epochDay)
            w.zigzag(l.time.nanoOfDay)
        case .dateTime(let d):
            w.u8(4)
            w.zigzag(d.local.date.epochDay)
            w.zigzag(d.local.time.nanoOfDay)
            w.zigzag(Int64(d.offsetSeconds))
            w.string(d.zoneID ?? "")
        case .duration(let d):
            w.u8(5)
            w.zigzag(d.months)
            w.zigzag(d.days)
            w.zigzag(d.seconds)
            w.zigzag(Int64(d.nanos))
        }
    }

    static func decodeTemporal(_ r: inout ByteReader, start: Int) throws(DecodeError) -> TemporalValue {
        func date() throws(DecodeError) -> DateValue {
            let d = try r.zigzag()
            guard d >= DateValue.minEpochDay && d <= DateValue.maxEpochDay else { throw r.error("date out of range", at: start) }
            return DateValue(epochDay: d)
        }
        func time() throws(DecodeError) -> LocalTimeValue {
            let n = try r.zigzag()
            guard n >= 0 && n < TemporalUnits.nanosPerDay else { throw r.error("time of day out of range", at: start) }
            return LocalTimeValue(nanoOfDay: n)
        }
        func offset() throws(DecodeError) -> Int32 {
            let o = try r.zigzag()
            guard o >= -Int64(TemporalUnits.maxOffsetSeconds) && o <= Int64(TemporalUnits.maxOffsetSeconds) else { throw r.error("offset out of range", at: start) }
            return Int32(o)
        }
        switch try r.u8() {
        case 0: return .date(try date())
        case 1: return .localTime(try time())
        case 2:
            let t = try time()
            return .time(TimeValue(time: t, offsetSeconds: try offset()))
        case 3:
            let d = try date()
            return .localDateTime(LocalDateTimeValue(date: d, time: try time()))
        case 4:
            let d = try date(), t = try time(), o = try offset()
            let zone = try r.string()
            guard zone.utf8.count <= 64 else { throw r.error("time zone name too long", at: start) }
            return .dateTime(DateTimeValue(local: LocalDateTimeValue(date: d, time: t), offsetSeconds: o,
                                           zoneID: zone.isEmpty ? nil : zone))
        case 5:
            let months = try r.zigzag(), days = try r.zigzag(), seconds = try r.zigzag(), nanos = try r.zigzag()
            guard nanos >= 0 && nanos < TemporalUnits.nanosPerSecond else { throw r.error("duration nanoseconds out of range", at: start) }
            return .duration(DurationValue(normalizedMonths: months, days: days, seconds: seconds, nanos: Int32(nanos)))
        default:
            throw r.error("unknown temporal kind", at: start)
        }
    }
}
