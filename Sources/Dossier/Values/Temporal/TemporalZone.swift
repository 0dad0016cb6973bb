import Foundation

/// A time zone as a temporal value carries it: a fixed UTC offset (`+01:00`, `Z`) or a named
/// zone of the tz database (`Europe/Stockholm`, resolved through Foundation's `TimeZone`).
enum TemporalZone: Hashable, Sendable {
    case offset(Int32)
    case named(String)

    /// Parses `Z`, `+01`, `+0100`, `+01:00`, `-02:05:07`, or a tz database name.
    /// Throws ArgumentError `InvalidArgumentValue` for anything else.
    static func parse(_ text: String) throws(DossierError) -> TemporalZone {
        if let o = try parseOffset(Array(text.utf8)) { return .offset(o) }
        return .named(try canonicalZoneName(text))
    }

    /// Parses an offset (`Z`, `±HH`, `±HHMM`, `±HH:MM`, `±HHMMSS`, `±HH:MM:SS`); nil when
    /// the text does not start with `Z`, `+` or `-`; throws when it does but is malformed.
    static func parseOffset(_ b: [UInt8]) throws(DossierError) -> Int32? {
        guard let first = b.first else { return nil }
        if first == UInt8(ascii: "Z") || first == UInt8(ascii: "z") {
            guard b.count == 1 else { throw .temporal("invalid time zone offset") }
            return 0
        }
        guard first == UInt8(ascii: "+") || first == UInt8(ascii: "-") else { return nil }
        var i = 1
        func two() -> Int32? {
            guard i + 1 < b.count, let h = digit(b[i]), let l = digit(b[i + 1]) else { return nil }
            i += 2
            return h * 10 + l
        }
        guard let h = two() else { throw .temporal("invalid time zone offset") }
        var m: Int32 = 0, s: Int32 = 0
        if i < b.count {
            let colon = b[i] == UInt8(ascii: ":")
            if colon { i += 1 }
            guard let mm = two() else { throw .temporal("invalid time zone offset") }
            m = mm
            if i < b.count {
                if colon {
                    guard b[i] == UInt8(ascii: ":") else { throw .temporal("invalid time zone offset") }
                    i += 1
                }
                guard let ss = two() else { throw .temporal("invalid time zone offset") }
                s = ss
            }
        }
        guard i == b.count, m < 60, s < 60 else { throw .temporal("invalid time zone offset") }
        let total = h * 3600 + m * 60 + s
        guard total <= TemporalUnits.maxOffsetSeconds else {
            throw .temporal("time zone offset out of range (−18:00 to +18:00)")
        }
        return first == UInt8(ascii: "-") ? -total : total
    }

    private static func digit(_ c: UInt8) -> Int32? {
        c >= 48 && c <= 57 ? Int32(c - 48) : nil
    }

    /// The tz database's spelling of a zone name; throws for unknown names.
    static func canonicalZoneName(_ name: String) throws(DossierError) -> String {
        if name == "UTC" || name == "GMT" { return name }
        guard let tz = ZoneCache.shared.zone(name) else {
            throw .temporal("unknown time zone `\(name)`")
        }
        return tz.identifier
    }

    /// The offset in effect at an instant.
    func offset(atEpochSecond t: Int64) -> Int32 {
        switch self {
        case .offset(let o): return o
        case .named(let name): return ZoneCache.shared.offset(name, atEpochSecond: t)
        }
    }

    /// The zone name to record in a `DateTimeValue`.
    var zoneID: String? {
        if case .named(let n) = self { return n }
        return nil
    }

    /// The zone of a datetime value.
    init(offset: Int32, zoneID: String?) {
        self = zoneID.map { .named($0) } ?? .offset(offset)
    }

    /// Places a wall-clock time in this zone, as `java.time.ZonedDateTime.ofLocal` does: in a
    /// gap (spring forward) the time moves later by the gap's length; in an overlap (fall back)
    /// `preferred` wins when it is one of the two offsets, else the earlier one.
    func resolve(_ local: LocalDateTimeValue, preferred: Int32? = nil) throws(DossierError) -> DateTimeValue {
        switch self {
        case .offset(let o):
            return DateTimeValue(local: local, offsetSeconds: o, zoneID: nil)
        case .named(let name):
            let l = local.epochSecondLocal
            let before = offset(atEpochSecond: l - 86_400)
            let after = offset(atEpochSecond: l + 86_400)
            var valid: [Int32] = []
            for o in [before, offset(atEpochSecond: l), after] where !valid.contains(o) {
                if offset(atEpochSecond: l - Int64(o)) == o { valid.append(o) }
            }
            if valid.isEmpty {
                // A gap: interpret with the offset before it, then show in the one after.
                let instant = l - Int64(before)
                let o = offset(atEpochSecond: instant)
                let shifted = try local.plusNanos(Int64(o - before) * TemporalUnits.nanosPerSecond)
                return DateTimeValue(local: shifted, offsetSeconds: o, zoneID: name)
            }
            let o: Int32
            if let p = preferred, valid.contains(p) {
                o = p
            } else if valid.contains(before) {
                o = before
            } else {
                o = valid[0]
            }
            return DateTimeValue(local: local, offsetSeconds: o, zoneID: name)
        }
    }

    /// The datetime at an instant, shown in this zone.
    func atInstant(epochSecond: Int64, nano: Int64) throws(DossierError) -> DateTimeValue {
        let o = offset(atEpochSecond: epochSecond)
        let local = try LocalDateTimeValue.fromEpoch(second: DurationValue.add(epochSecond, Int64(o)), nano: nano)
        return DateTimeValue(local: local, offsetSeconds: o, zoneID: zoneID)
    }
}

/// Foundation `TimeZone`s by name, created once (creating one reads the tz database).
final class ZoneCache: @unchecked Sendable {
    static let shared = ZoneCache()
    private let lock = NSLock()
    private var zones: [String: TimeZone?] = [:]

    func zone(_ name: String) -> TimeZone? {
        lock.lock()
        defer { lock.unlock() }
        if let z = zones[name] { return z }
        // Refuse obviously malformed names quickly (Foundation accepts some odd spellings).
        let ok = !name.isEmpty && name.utf8.count <= 64 && name.utf8.allSatisfy { c in
            (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 48 && c <= 57)
                || c == UInt8(ascii: "/") || c == UInt8(ascii: "_") || c == UInt8(ascii: "-") || c == UInt8(ascii: "+")
        }
        let z = ok ? TimeZone(identifier: name) : nil
        if zones.count < 4096 { zones[name] = z }
        return z
    }

    func offset(_ name: String, atEpochSecond t: Int64) -> Int32 {
        if name == "UTC" || name == "GMT" { return 0 }
        guard let tz = zone(name) else { return 0 }
        // Foundation's Date is a Double of seconds; clamp far-away instants to keep it exact.
        let clamped = Swift.max(Swift.min(t, 1 << 52), -(1 << 52))
        return Int32(clamping: tz.secondsFromGMT(for: Date(timeIntervalSince1970: Double(clamped))))
    }
}
