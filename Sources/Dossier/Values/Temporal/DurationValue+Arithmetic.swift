/// Building and combining durations: from components (`duration({days: 1.5})`, `'P0.75M'`),
/// `+`, `-`, unary minus, `*` and `/` by numbers. Integer inputs are exact; fractional ones
/// spread their remainder to the smaller units (a fractional month as 30.436875 days, a
/// fractional day as 86,400 s) and end in whole nanoseconds, as openCypher implementations do.
/// Overflow raises ArgumentError `IntegerOverflow`; nothing traps.
extension DurationValue {
    /// A duration from components that need normalising (`nanos` may be any size or sign).
    static func make(months: Int64, days: Int64, seconds: Int64, nanos: Int64) throws(DossierError) -> DurationValue {
        let extra = floorDiv(nanos, TemporalUnits.nanosPerSecond)
        let n = floorMod(nanos, TemporalUnits.nanosPerSecond)
        return DurationValue(normalizedMonths: months, days: days, seconds: try add(seconds, extra), nanos: Int32(n))
    }

    /// A duration from the same components as floating-point amounts (any of them fractional).
    static func approximate(months: Double, days: Double, seconds: Double, nanos: Double) throws(DossierError) -> DurationValue {
        var f = DurationAccumulator()
        try f.addMonths(.fraction(months))
        try f.addDays(.fraction(days))
        try f.addSeconds(.fraction(seconds))
        try f.addNanos(.fraction(nanos))
        return try f.build()
    }

    func negated() throws(DossierError) -> DurationValue {
        try DurationValue.make(months: try DurationValue.sub(0, months), days: try DurationValue.sub(0, days),
                               seconds: try DurationValue.sub(0, seconds), nanos: -Int64(nanos))
    }

    static func + (a: DurationValue, b: DurationValue) throws(DossierError) -> DurationValue {
        try make(months: try add(a.months, b.months), days: try add(a.days, b.days),
                 seconds: try add(a.seconds, b.seconds), nanos: Int64(a.nanos) + Int64(b.nanos))
    }

    static func - (a: DurationValue, b: DurationValue) throws(DossierError) -> DurationValue {
        try make(months: try sub(a.months, b.months), days: try sub(a.days, b.days),
                 seconds: try sub(a.seconds, b.seconds), nanos: Int64(a.nanos) - Int64(b.nanos))
    }

    /// `duration * integer`: exact.
    func multiplied(by k: Int64) throws(DossierError) -> DurationValue {
        let (n, o) = Int64(nanos).multipliedReportingOverflow(by: k)
        guard !o else { throw DurationValue.overflow() }
        return try DurationValue.make(months: try DurationValue.mul(months, k), days: try DurationValue.mul(days, k),
                                      seconds: try DurationValue.mul(seconds, k), nanos: n)
    }

    /// `duration * float`.
    func multiplied(by x: Double) throws(DossierError) -> DurationValue {
        try DurationValue.approximate(months: Double(months) * x, days: Double(days) * x,
                                      seconds: Double(seconds) * x, nanos: Double(nanos) * x)
    }

    /// `duration / number`; division by zero raises ArgumentError `DivisionByZero`.
    func divided(by x: Double) throws(DossierError) -> DurationValue {
        guard x != 0 else { throw DossierError.argument(.divisionByZero, "cannot divide a duration by zero") }
        return try DurationValue.approximate(months: Double(months) / x, days: Double(days) / x,
                                             seconds: Double(seconds) / x, nanos: Double(nanos) / x)
    }

    // MARK: - Checked integer helpers

    static func overflow() -> DossierError {
        .argument(.integerOverflow, "temporal arithmetic overflow: the result does not fit in 64 bits")
    }
    static func add(_ a: Int64, _ b: Int64) throws(DossierError) -> Int64 {
        let (r, o) = a.addingReportingOverflow(b)
        if o { throw overflow() }
        return r
    }
    static func sub(_ a: Int64, _ b: Int64) throws(DossierError) -> Int64 {
        let (r, o) = a.subtractingReportingOverflow(b)
        if o { throw overflow() }
        return r
    }
    static func mul(_ a: Int64, _ b: Int64) throws(DossierError) -> Int64 {
        let (r, o) = a.multipliedReportingOverflow(by: b)
        if o { throw overflow() }
        return r
    }
    /// Division rounding toward negative infinity.
    @inlinable static func floorDiv(_ a: Int64, _ b: Int64) -> Int64 {
        let q = a / b
        return (a % b != 0 && ((a < 0) != (b < 0))) ? q - 1 : q
    }
    @inlinable static func floorMod(_ a: Int64, _ b: Int64) -> Int64 {
        let r = a % b
        return (r != 0 && ((r < 0) != (b < 0))) ? r + b : r
    }

    /// A finite Double truncated toward zero, or IntegerOverflow.
    static func truncate(_ d: Double) throws(DossierError) -> Int64 {
        let t = d.rounded(.towardZero)
        guard t.isFinite, t > -9.2e18, t < 9.2e18 else { throw overflow() }
        return Int64(t)
    }
    /// A finite Double rounded to the nearest integer, or IntegerOverflow.
    static func round(_ d: Double) throws(DossierError) -> Int64 {
        let t = d.rounded()
        guard t.isFinite, t > -9.2e18, t < 9.2e18 else { throw overflow() }
        return Int64(t)
    }
}

/// Collects duration components given in any unit, each an exact integer or a fraction, and
/// builds the normalised duration (see `DurationValue`'s arithmetic notes).
struct DurationAccumulator {
    private var months: Int64 = 0, days: Int64 = 0, seconds: Int64 = 0, nanos: Int64 = 0
    private var fracMonths = 0.0, fracDays = 0.0, fracSeconds = 0.0, fracNanos = 0.0

    mutating func addMonths(_ a: TemporalParser.Amount, times k: Int64 = 1) throws(DossierError) {
        switch a {
        case .int(let v): months = try DurationValue.add(months, try DurationValue.mul(v, k))
        case .fraction(let d): fracMonths += d * Double(k)
        }
    }
    mutating func addDays(_ a: TemporalParser.Amount, times k: Int64 = 1) throws(DossierError) {
        switch a {
        case .int(let v): days = try DurationValue.add(days, try DurationValue.mul(v, k))
        case .fraction(let d): fracDays += d * Double(k)
        }
    }
    mutating func addSeconds(_ a: TemporalParser.Amount, times k: Int64 = 1) throws(DossierError) {
        switch a {
        case .int(let v): seconds = try DurationValue.add(seconds, try DurationValue.mul(v, k))
        case .fraction(let d): fracSeconds += d * Double(k)
        }
    }
    mutating func addNanos(_ a: TemporalParser.Amount, times k: Int64 = 1) throws(DossierError) {
        switch a {
        case .int(let v):
            // Keep whole seconds out of the nanosecond counter so it cannot overflow.
            let p = try DurationValue.mul(v, k)
            seconds = try DurationValue.add(seconds, p / TemporalUnits.nanosPerSecond)
            nanos = try DurationValue.add(nanos, p % TemporalUnits.nanosPerSecond)
        case .fraction(let d): fracNanos += d * Double(k)
        }
    }

    func build() throws(DossierError) -> DurationValue {
        // Months: whole months, and the remainder as nanoseconds of average months.
        var m = try DurationValue.add(months, try DurationValue.truncate(fracMonths))
        var mr = fracMonths - fracMonths.rounded(.towardZero)
        if m > 0 && mr < 0 { m -= 1; mr += 1 } else if m < 0 && mr > 0 { m += 1; mr -= 1 }
        let monthCarry = try DurationValue.round(mr * Double(TemporalUnits.secondsPerAverageMonth) * 1e9)
        // Days: whole days (including those carried from months), the rest as nanoseconds.
        var d = try DurationValue.add(days, try DurationValue.truncate(fracDays))
        let dr = fracDays - fracDays.rounded(.towardZero)
        var carry = try DurationValue.add(monthCarry, try DurationValue.round(dr * Double(TemporalUnits.nanosPerDay)))
        d = try DurationValue.add(d, carry / TemporalUnits.nanosPerDay)
        carry %= TemporalUnits.nanosPerDay
        if d > 0 && carry < 0 {
            d -= 1
            carry += TemporalUnits.nanosPerDay
        } else if d < 0 && carry > 0 {
            d += 1
            carry -= TemporalUnits.nanosPerDay
        }
        // Seconds and nanoseconds.
        let s = try DurationValue.add(seconds, try DurationValue.truncate(fracSeconds))
        let sr = fracSeconds - fracSeconds.rounded(.towardZero)
        var n = try DurationValue.add(nanos, carry)
        n = try DurationValue.add(n, try DurationValue.round(sr * 1e9))
        n = try DurationValue.add(n, try DurationValue.truncate(fracNanos))
        return try DurationValue.make(months: m, days: d, seconds: s, nanos: n)
    }
}
