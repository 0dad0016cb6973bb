/// ISO 8601 text of temporal values, as `toString()` and the output formats show them and as
/// the openCypher TCK writes them: `1984-10-11`, `12:31:14.645876123`, `12:31+01:00`,
/// `1984-10-11T12:31:14.645+02:00[Europe/Stockholm]`, `P12Y5M14DT16H13M10.000000001S`.
extension TemporalValue: CustomStringConvertible {
    public var description: String { isoString }

    /// The ISO 8601 text (parses back to an equal value with the same constructor function).
    public var isoString: String {
        switch self {
        case .date(let d): return d.isoString
        case .localTime(let t): return t.isoString
        case .time(let t): return t.isoString
        case .localDateTime(let l): return l.isoString
        case .dateTime(let d): return d.isoString
        case .duration(let d): return d.isoString
        }
    }
}

extension DateValue {
    /// `YYYY-MM-DD`; years outside 0000–9999 get a sign (`+10000-01-01`, `-0001-01-01`).
    public var isoString: String {
        let (y, m, d) = yearMonthDay
        var out = ""
        if y < 0 {
            out += "-"
            TemporalFormat.pad(-y, 4, &out)
        } else {
            if y > 9999 { out += "+" }
            TemporalFormat.pad(y, 4, &out)
        }
        out += "-"
        TemporalFormat.pad(m, 2, &out)
        out += "-"
        TemporalFormat.pad(d, 2, &out)
        return out
    }
}

extension LocalTimeValue {
    /// `HH:MM`, then `:SS` when seconds or fractions are non-zero, then the fraction in
    /// groups of three digits (`.645`, `.645876`, `.645876123`).
    public var isoString: String {
        var out = ""
        TemporalFormat.pad(hour, 2, &out)
        out += ":"
        TemporalFormat.pad(minute, 2, &out)
        let s = second, n = nanosecond
        if s > 0 || n > 0 {
            out += ":"
            TemporalFormat.pad(s, 2, &out)
            if n > 0 {
                out += "."
                if n % 1_000_000 == 0 {
                    TemporalFormat.pad(n / 1_000_000, 3, &out)
                } else if n % 1000 == 0 {
                    TemporalFormat.pad(n / 1000, 6, &out)
                } else {
                    TemporalFormat.pad(n, 9, &out)
                }
            }
        }
        return out
    }
}

extension TimeValue {
    public var isoString: String { time.isoString + TemporalFormat.offset(offsetSeconds) }
}

extension LocalDateTimeValue {
    public var isoString: String { date.isoString + "T" + time.isoString }
}

extension DateTimeValue {
    /// The local date and time, the offset, and `[zone]` for named zones.
    public var isoString: String {
        var out = local.isoString + TemporalFormat.offset(offsetSeconds)
        if let z = zoneID {
            out += "[" + z + "]"
        }
        return out
    }
}

extension DurationValue {
    /// `P…Y…M…DT…H…M…S` with only the non-zero components; `PT0S` for zero. Components keep
    /// their own signs (`P-6M-15DT-17H-45M-3.5S`); seconds have up to nine fraction digits.
    public var isoString: String {
        if months == 0 && days == 0 && seconds == 0 && nanos == 0 { return "PT0S" }
        var out = "P"
        func part(_ q: Int64, _ unit: String) { if q != 0 { out += String(q) + unit } }
        part(months / 12, "Y")
        part(months % 12, "M")
        part(days, "D")
        if seconds != 0 || nanos != 0 {
            var s = seconds, n = Int64(nanos)
            if s < 0 && n != 0 {
                s += 1
                n -= TemporalUnits.nanosPerSecond
            }
            out += "T"
            part(s / 3600, "H")
            s %= 3600
            part(s / 60, "M")
            s %= 60
            if s != 0 || n != 0 {
                if s == 0 && n < 0 { out += "-" }
                out += String(s)
                if n != 0 { TemporalFormat.fraction(n < 0 ? -n : n, &out) }
                out += "S"
            }
        }
        if out == "P" { out += "T0S" }
        return out
    }
}

/// Small formatting helpers.
enum TemporalFormat {
    /// Appends `v` (non-negative) zero-padded to `width` digits.
    static func pad(_ v: Int64, _ width: Int, _ out: inout String) {
        let s = String(v)
        if s.utf8.count < width { out += String(repeating: "0", count: width - s.utf8.count) }
        out += s
    }

    /// `Z`, `+01:00`, `-02:05:07`.
    static func offset(_ o: Int32) -> String {
        if o == 0 { return "Z" }
        var out = o < 0 ? "-" : "+"
        let a = Int64(o < 0 ? -o : o)
        pad(a / 3600, 2, &out)
        out += ":"
        pad(a / 60 % 60, 2, &out)
        if a % 60 != 0 {
            out += ":"
            pad(a % 60, 2, &out)
        }
        return out
    }

    /// `.` and the nanoseconds without trailing zeros (`.5`, `.000000001`).
    static func fraction(_ n: Int64, _ out: inout String) {
        var digits = ""
        pad(n, 9, &digits)
        while digits.hasSuffix("0") { digits.removeLast() }
        out += "." + digits
    }
}
