/// Parsing ISO 8601 text into temporal values: the string forms of `date('…')`,
/// `localtime('…')`, `time('…')`, `localdatetime('…')`, `datetime('…')` and `duration('…')`.
///
/// Accepted forms (extended and basic):
/// - dates `2015-07-21` `20150721` `2015-07` `201507` `2015-W30-2` `2015W302` `2015-W30`
///   `2015W30` `2015-202` `2015202` `2015`, and signed long years `+999999999-12-31`;
/// - times `21:40:32.142` `214032.142` `21:40:32` `214032` `21:40` `2140` `21` (fractions
///   with `.` or `,`, up to nine digits);
/// - offsets `Z` `+01` `+0100` `+01:00` `+01:00:30`, zone names `[Europe/Stockholm]`;
/// - date-times `<date>T<time>`; a date alone means midnight;
/// - durations `P12Y5M14DT16H12M70S` (each number may be negative or fractional, `W` weeks,
///   an optional leading sign) and `P2012-02-02T14:37:21.545`.
///
/// Parsing is total: malformed text raises ArgumentError `InvalidArgumentValue`.
enum TemporalParser {
    typealias Bytes = ArraySlice<UInt8>

    static func invalid(_ what: String, _ text: Bytes) -> DossierError {
        .temporal("text cannot be parsed to a \(what): '\(String(decoding: text, as: UTF8.self))'")
    }

    @inline(__always) static func isDigit(_ c: UInt8) -> Bool { c >= 48 && c <= 57 }

    /// The value of a run of 1…18 ASCII digits.
    static func number(_ b: Bytes) -> Int64? {
        guard !b.isEmpty, b.count <= 18 else { return nil }
        var v: Int64 = 0
        for c in b {
            guard isDigit(c) else { return nil }
            v = v * 10 + Int64(c - 48)
        }
        return v
    }

    static func bytes(_ s: String) -> Bytes { ArraySlice(Array(s.utf8)) }

    // MARK: - Dates

    static func date(_ s: String) throws(DossierError) -> DateValue {
        try date(bytes(s))
    }

    static func date(_ b: Bytes) throws(DossierError) -> DateValue {
        let fail = invalid("date", b)
        guard let first = b.first else { throw fail }
        var i = b.startIndex
        let year: Int64
        let signed = first == UInt8(ascii: "+") || first == UInt8(ascii: "-")
        if signed {
            i += 1
            let start = i
            while i < b.endIndex && isDigit(b[i]) { i += 1 }
            guard i - start >= 1 && i - start <= 9, let y = number(b[start..<i]) else { throw fail }
            year = first == UInt8(ascii: "-") ? -y : y
        } else {
            guard b.count >= 4, let y = number(b[i..<i + 4]) else { throw fail }
            year = y
            i += 4
        }
        let rest = b[i...]
        guard let r0 = rest.first else { return try DateValue.make(year: year, month: 1, day: 1) }
        if r0 == UInt8(ascii: "-") {
            // Extended: -MM, -MM-DD, -Www, -Www-D, -DDD.
            let r = rest.dropFirst()
            if r.first == UInt8(ascii: "W") {
                let w = r.dropFirst()
                guard w.count >= 2, let week = number(w.prefix(2)) else { throw fail }
                let tail = w.dropFirst(2)
                if tail.isEmpty { return try DateValue.make(weekYear: year, week: week, dayOfWeek: 1) }
                guard tail.count == 2, tail.first == UInt8(ascii: "-"), let dow = number(tail.dropFirst()) else { throw fail }
                return try DateValue.make(weekYear: year, week: week, dayOfWeek: dow)
            }
            if let dash = r.firstIndex(of: UInt8(ascii: "-")) {
                let m = r[r.startIndex..<dash], d = r[(dash + 1)...]
                guard (1...2).contains(m.count), (1...2).contains(d.count), let mm = number(m), let dd = number(d)
                else { throw fail }
                return try DateValue.make(year: year, month: mm, day: dd)
            }
            if r.count == 3, let n = number(r) { return try DateValue.make(year: year, ordinalDay: n) }
            guard (1...2).contains(r.count), let mm = number(r) else { throw fail }
            return try DateValue.make(year: year, month: mm, day: 1)
        }
        guard !signed else { throw fail }
        if r0 == UInt8(ascii: "W") {
            let w = rest.dropFirst()
            guard w.count == 2 || w.count == 3, let week = number(w.prefix(2)) else { throw fail }
            let dow = w.count == 3 ? number(w.suffix(1)) : 1
            guard let dow else { throw fail }
            return try DateValue.make(weekYear: year, week: week, dayOfWeek: dow)
        }
        guard let n = number(rest) else { throw fail }
        switch rest.count {
        case 2: return try DateValue.make(year: year, month: n, day: 1)
        case 3: return try DateValue.make(year: year, ordinalDay: n)
        case 4: return try DateValue.make(year: year, month: n / 100, day: n % 100)
        default: throw fail
        }
    }

    // MARK: - Times

    static func localTime(_ b: Bytes) throws(DossierError) -> LocalTimeValue {
        let fail = invalid("time", b)
        // Split off the fraction.
        var main = b, frac: Bytes = []
        if let dot = b.firstIndex(where: { $0 == UInt8(ascii: ".") || $0 == UInt8(ascii: ",") }) {
            main = b[b.startIndex..<dot]
            frac = b[(dot + 1)...]
            guard (1...9).contains(frac.count), frac.allSatisfy(isDigit) else { throw fail }
        }
        var parts: [Bytes] = []
        if main.contains(UInt8(ascii: ":")) {
            parts = main.split(separator: UInt8(ascii: ":"), omittingEmptySubsequences: false)
            guard parts.allSatisfy({ $0.count == 2 }) else { throw fail }
        } else {
            guard main.count % 2 == 0 else { throw fail }
            var j = main.startIndex
            while j < main.endIndex {
                parts.append(main[j..<j + 2])
                j += 2
            }
        }
        guard (1...3).contains(parts.count) else { throw fail }
        var comps: [Int64] = []
        for p in parts {
            guard let v = number(p) else { throw fail }
            comps.append(v)
        }
        guard frac.isEmpty || comps.count == 3 else { throw fail }
        var nanos: Int64 = 0
        if !frac.isEmpty, let f = number(frac) {
            nanos = f
            for _ in frac.count..<9 { nanos *= 10 }
        }
        return try LocalTimeValue.make(hour: comps[0], minute: comps.count > 1 ? comps[1] : 0,
                                       second: comps.count > 2 ? comps[2] : 0, nanosecond: nanos)
    }

    /// Splits a time with an optional offset and an optional `[zone]`.
    static func splitZone(_ b: Bytes) throws(DossierError) -> (time: Bytes, offset: Int32?, zone: String?) {
        var body = b, zone: String?
        if let open = b.firstIndex(of: UInt8(ascii: "[")) {
            guard b.last == UInt8(ascii: "]"), open < b.endIndex - 1 else { throw invalid("time zone", b) }
            zone = String(decoding: b[(open + 1)..<(b.endIndex - 1)], as: UTF8.self)
            body = b[b.startIndex..<open]
        }
        if let s = body.firstIndex(where: { $0 == UInt8(ascii: "Z") || $0 == UInt8(ascii: "z")
            || $0 == UInt8(ascii: "+") || $0 == UInt8(ascii: "-") })
        {
            let o = try TemporalZone.parseOffset(Array(body[s...]))
            return (body[body.startIndex..<s], o, zone)
        }
        return (body, nil, zone)
    }

    static func time(_ b: Bytes, defaultOffset: Int32) throws(DossierError) -> TimeValue {
        let (t, o, zone) = try splitZone(b)
        guard zone == nil else { throw invalid("time", b) }
        return TimeValue(time: try localTime(t), offsetSeconds: o ?? defaultOffset)
    }

    // MARK: - Date-times

    static func splitDateTime(_ b: Bytes) -> (date: Bytes, time: Bytes?) {
        if let t = b.firstIndex(where: { $0 == UInt8(ascii: "T") || $0 == UInt8(ascii: "t") }) {
            return (b[b.startIndex..<t], b[(t + 1)...])
        }
        return (b, nil)
    }

    static func localDateTime(_ b: Bytes) throws(DossierError) -> LocalDateTimeValue {
        let (d, t) = splitDateTime(b)
        let time = try t.map { tb throws(DossierError) in try localTime(tb) } ?? LocalTimeValue(nanoOfDay: 0)
        return LocalDateTimeValue(date: try date(d), time: time)
    }

    static func dateTime(_ b: Bytes, defaultZone: TemporalZone) throws(DossierError) -> DateTimeValue {
        let (d, t) = splitDateTime(b)
        let date = try date(d)
        var time = LocalTimeValue(nanoOfDay: 0)
        var offset: Int32?, zoneName: String?
        if let t {
            let (tb, o, z) = try splitZone(t)
            time = try localTime(tb)
            offset = o
            zoneName = z
        }
        let local = LocalDateTimeValue(date: date, time: time)
        if let zoneName {
            let zone = TemporalZone.named(try TemporalZone.canonicalZoneName(zoneName))
            return try zone.resolve(local, preferred: offset)
        }
        if let offset { return DateTimeValue(local: local, offsetSeconds: offset, zoneID: nil) }
        return try defaultZone.resolve(local)
    }

    // MARK: - Durations

    /// A parsed duration component: an exact integer, or a fraction from the text.
    enum Amount {
        case int(Int64)
        case fraction(Double)
    }

    static func duration(_ b: Bytes) throws(DossierError) -> DurationValue {
        let fail = invalid("duration", b)
        var i = b.startIndex
        var negate = false
        if i < b.endIndex && (b[i] == UInt8(ascii: "-") || b[i] == UInt8(ascii: "+")) {
            negate = b[i] == UInt8(ascii: "-")
            i += 1
        }
        guard i < b.endIndex, b[i] == UInt8(ascii: "P") || b[i] == UInt8(ascii: "p") else { throw fail }
        i += 1
        let body = b[i...]
        guard !body.isEmpty else { throw fail }
        var fields = DurationFields()
        let alternative = body.first.map(isDigit) == true && body.allSatisfy { c in
            isDigit(c) || c == UInt8(ascii: "-") || c == UInt8(ascii: ":") || c == UInt8(ascii: ".")
                || c == UInt8(ascii: ",") || c == UInt8(ascii: "T")
        }
        if alternative {
            // Alternative format: P<date>T<time>.
            try alternativeDuration(body, &fields, fail)
        } else {
            try designatorDuration(body, &fields, fail)
        }
        var d = try fields.build()
        if negate { d = try d.negated() }
        return d
    }

    /// `P2012-02-02T14:37:21.545` or `P20120202T143721`.
    private static func alternativeDuration(_ body: Bytes, _ f: inout DurationFields, _ fail: DossierError) throws(DossierError) {
        let (d, t) = splitDateTime(body)
        let dateParts: [Bytes]
        if d.contains(UInt8(ascii: "-")) {
            dateParts = d.split(separator: UInt8(ascii: "-"), omittingEmptySubsequences: false)
        } else {
            guard d.count == 8 else { throw fail }
            dateParts = [d.prefix(4), d.dropFirst(4).prefix(2), d.suffix(2)]
        }
        guard dateParts.count == 3, let y = number(dateParts[0]), let m = number(dateParts[1]), let dd = number(dateParts[2])
        else { throw fail }
        f.years = .int(y)
        f.months = .int(m)
        f.days = .int(dd)
        if let t {
            let lt = try localTime(t)
            f.hours = .int(lt.hour)
            f.minutes = .int(lt.minute)
            f.seconds = .int(lt.second)
            f.nanoseconds = .int(lt.nanosecond)
        }
    }

    /// `P1Y2M3W4DT5H6M7.5S`, each number optionally signed and fractional.
    private static func designatorDuration(_ body: Bytes, _ f: inout DurationFields, _ fail: DossierError) throws(DossierError) {
        var i = body.startIndex
        var inTime = false
        var seen = 0
        var lastRank = -1
        while i < body.endIndex {
            if body[i] == UInt8(ascii: "T") || body[i] == UInt8(ascii: "t") {
                guard !inTime else { throw fail }
                inTime = true
                i += 1
                guard i < body.endIndex else { throw fail }
                continue
            }
            let start = i
            if body[i] == UInt8(ascii: "-") || body[i] == UInt8(ascii: "+") { i += 1 }
            let digitsStart = i
            while i < body.endIndex && isDigit(body[i]) { i += 1 }
            guard i > digitsStart, let whole = number(body[digitsStart..<i]) else { throw fail }
            var fracDigits: Bytes = []
            if i < body.endIndex && (body[i] == UInt8(ascii: ".") || body[i] == UInt8(ascii: ",")) {
                i += 1
                let fs = i
                while i < body.endIndex && isDigit(body[i]) { i += 1 }
                fracDigits = body[fs..<i]
                guard !fracDigits.isEmpty else { throw fail }
            }
            guard i < body.endIndex else { throw fail }
            let unit = body[i] | 0x20  // lower case
            i += 1
            let negative = body[start] == UInt8(ascii: "-")
            let rank: Int
            switch (inTime, unit) {
            case (false, UInt8(ascii: "y")): rank = 0
            case (false, UInt8(ascii: "m")): rank = 1
            case (false, UInt8(ascii: "w")): rank = 2
            case (false, UInt8(ascii: "d")): rank = 3
            case (true, UInt8(ascii: "h")): rank = 4
            case (true, UInt8(ascii: "m")): rank = 5
            case (true, UInt8(ascii: "s")): rank = 6
            default: throw fail
            }
            guard rank > lastRank else { throw fail }
            lastRank = rank
            seen += 1
            if rank == 6 {
                // Seconds: the fraction is exact nanoseconds.
                guard fracDigits.count <= 9 else { throw fail }
                var n: Int64 = 0
                if let fv = number(fracDigits) {
                    n = fv
                    for _ in fracDigits.count..<9 { n *= 10 }
                }
                f.seconds = .int(negative ? -whole : whole)
                f.nanoseconds = .int(negative ? -n : n)
                continue
            }
            let amount: Amount
            if fracDigits.isEmpty {
                amount = .int(negative ? -whole : whole)
            } else {
                let text = body[digitsStart..<i - 1].map { $0 == UInt8(ascii: ",") ? UInt8(ascii: ".") : $0 }
                guard let d = Double(String(decoding: text, as: UTF8.self)) else { throw fail }
                amount = .fraction(negative ? -d : d)
            }
            switch rank {
            case 0: f.years = amount
            case 1: f.months = amount
            case 2: f.weeks = amount
            case 3: f.days = amount
            case 4: f.hours = amount
            default: f.minutes = amount
            }
        }
        guard seen > 0 else { throw fail }
    }
}
