import Testing
@testable import Dossier

/// Temporal values beyond the TCK: round trips (text, literals, storage), extremes, overflow,
/// and totality of parsing on arbitrary text.
@Suite struct TemporalTests {
    func run(_ query: String) throws -> [[Value]] {
        try Database().execute(query).rows
    }

    func one(_ query: String) throws -> Value {
        let rows = try run(query)
        return rows.first?.first ?? .null
    }

    func text(_ query: String) throws -> String {
        let v = try one(query)
        guard case .temporal(let t) = v else { return "not temporal: \(v)" }
        return t.isoString
    }

    func errorCode(_ query: String) -> DossierError.Code? {
        do { _ = try Database().execute(query); return nil } catch { return error.code }
    }

    @Test func constructionAndFormatting() throws {
        #expect(try text("RETURN date('2015-W30-2')") == "2015-07-21")
        #expect(try text("RETURN date({year: 1984, quarter: 3, dayOfQuarter: 45})") == "1984-08-14")
        #expect(try text("RETURN localtime('214032.142')") == "21:40:32.142")
        #expect(try text("RETURN time('2140-02')") == "21:40-02:00")
        #expect(try text("RETURN datetime('2015-07-21T21:40:32.142[Europe/London]')") == "2015-07-21T21:40:32.142+01:00[Europe/London]")
        #expect(try text("RETURN date('-0044-03-15')") == "-0044-03-15")
        #expect(try text("RETURN date('+12345-01-01')") == "+12345-01-01")
        #expect(try text("RETURN duration('P0.75M')") == "P22DT19H51M49.5S")
        #expect(try text("RETURN duration({seconds: -60, milliseconds: -1})") == "PT-1M-0.001S")
        #expect(try text("RETURN duration('-P1DT1H')") == "P-1DT-1H")
    }

    @Test func accessorsArithmeticAndComparison() throws {
        #expect(try one("RETURN date('1984-01-01').weekYear") == .int(1983))
        #expect(try one("RETURN datetime('2017-08-08T12:00[Europe/Stockholm]').offsetMinutes") == .int(120))
        #expect(try text("RETURN date('2015-01-31') + duration('P1M')") == "2015-02-28")
        #expect(try text("RETURN duration('PT1H') * 2.5") == "PT2H30M")
        // Across the 2017-03-26 DST change in Stockholm: P1D keeps the clock time, PT24H does not.
        #expect(try text("RETURN datetime('2017-03-25T12:00[Europe/Stockholm]') + duration('P1D')")
                == "2017-03-26T12:00+02:00[Europe/Stockholm]")
        #expect(try text("RETURN datetime('2017-03-25T12:00[Europe/Stockholm]') + duration('PT24H')")
                == "2017-03-26T13:00+02:00[Europe/Stockholm]")
        // In a gap the wall-clock time moves forward.
        #expect(try text("RETURN datetime('2017-03-26T02:30[Europe/Stockholm]')") == "2017-03-26T03:30+02:00[Europe/Stockholm]")
        #expect(try one("RETURN date('2015-01-01') < date('2015-01-02')") == .bool(true))
        #expect(try one("RETURN date('2015-01-01') < localdatetime('2015-01-02')") == .null)
        #expect(try one("RETURN duration('P1D') < duration('P2D')") == .null)
        #expect(try one("RETURN date('2015-01-01') = localdatetime('2015-01-01')") == .bool(false))
        #expect(try one("UNWIND [date('2015-01-01'), date('2015-01-01'), date('2016-01-01')] AS x RETURN count(DISTINCT x)") == .int(2))
        #expect(try one("RETURN toString(duration.between(date('2015-01-31'), date('2015-03-01')))") == .string("P1M1D"))
    }

    @Test func literalsParseBack() throws {
        let queries = [
            "date('1984-10-11')", "localtime('12:31:14.645876123')", "time('12:31:14+02:05:59')",
            "localdatetime('-999999999-01-01T00:00')", "datetime('2015-07-21T21:40:32.142+08:45[Australia/Eucla]')",
            "datetime('1818-07-21T21:40:32.142[Europe/Stockholm]')",
            "duration('P-6M-15DT-17H-45M-3.500000002S')", "duration({months: 9223372036854775807, seconds: -9223372036854775808})",
        ]
        for q in queries {
            let v = try one("RETURN " + q)
            let back = try one("RETURN " + v.cypherLiteral())
            #expect(back == v, "\(q) → \(v.cypherLiteral())")
        }
    }

    @Test func storageRoundTrip() throws {
        let values = try ["date('1984-10-11')", "localtime('12:31')", "time('12:31-05:00')", "localdatetime('2015-07-21T21:40')",
                          "datetime('2015-07-21T21:40:32.142[Europe/Stockholm]')", "datetime('2015-07-21T21:40Z')",
                          "duration('P1Y-2DT3.5S')"].map { try one("RETURN " + $0) }
        for v in values + [.list(values)] {
            var w = ByteWriter()
            try ValueCodec.encode(v, into: &w)
            let decoded = try w.bytes.withStorageBytes { (buf) throws(DecodeError) -> Value in
                var r = ByteReader(buf)
                return try ValueCodec.decode(&r)
            }
            #expect(decoded == v)
        }
        // Damaged payloads fail to decode instead of trapping.
        for bytes: [UInt8] in [[11], [11, 9], [11, 1, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0x01], [11, 2, 0, 0xFF, 0xFF, 0xFF, 0xFF, 0x0F]] {
            let result = bytes.withStorageBytes { (buf) -> Value? in
                var r = ByteReader(buf)
                return try? ValueCodec.decode(&r)
            }
            #expect(result == nil)
        }
    }

    @Test func aggregatesAndSorting() throws {
        #expect(try text("UNWIND [duration('PT1H'), duration('P1DT30M'), null] AS d RETURN sum(d)") == "P1DT1H30M")
        #expect(try text("UNWIND [duration('PT1H'), duration('PT2H')] AS d RETURN avg(d)") == "PT1H30M")
        #expect(errorCode("UNWIND [duration('PT1H'), 1] AS d RETURN sum(d)") == .invalidArgumentType)
        #expect(try text("UNWIND [date('2015-01-02'), date('1999-12-31')] AS d RETURN max(d)") == "2015-01-02")
        let rows = try run("UNWIND [duration('P1D'), 'x', date('2015-01-01'), datetime('2015-01-01T00:00Z'), 1] AS v RETURN v ORDER BY v")
        #expect(rows.map { $0[0].typeName } == ["ZONED DATETIME", "DATE", "DURATION", "STRING", "INTEGER"])
    }

    @Test func dumpAndReload() throws {
        let db = Database()
        try db.execute("""
            CREATE (:Event {on: date('1984-10-11'), at: datetime('2017-10-29T02:30+01:00[Europe/Stockholm]'),
                            times: [localtime('12:00'), localtime('13:30:00.5')], lasted: duration('P1Y2DT3.000000004S'),
                            local: localdatetime('2015-07-21T21:40'), t: time('10:00-03:30')})
            """)
        let loaded = Database()
        try StorageDumpTests.load(db.dump(), into: loaded)
        #expect(StorageDumpTests.shape(loaded) == StorageDumpTests.shape(db))
        let q = "MATCH (e:Event) RETURN e.on, e.at, e.times, e.lasted, e.local, e.t"
        #expect(try loaded.execute(q).rows == db.execute(q).rows)
        #expect(try loaded.execute("MATCH (e:Event) WHERE e.on = date('1984-10-11') RETURN count(*)").rows == [[.int(1)]])
        // An index on a temporal property finds equal values.
        try loaded.write { s in _ = try s.createIndex(name: nil, label: "Event", key: "on", unique: false) }
        #expect(try loaded.execute("MATCH (e:Event) WHERE e.on = date('1984-10-11') RETURN count(*)").rows == [[.int(1)]])
        #expect(try loaded.execute("MATCH (e:Event {on: date('1984-10-12')}) RETURN count(*)").rows == [[.int(0)]])
    }

    @Test func overflowAndRangeAreErrors() {
        #expect(errorCode("RETURN date('+999999999-12-31') + duration('P1D')") == .invalidArgumentValue)
        #expect(errorCode("RETURN duration({years: 9223372036854775807})") == .integerOverflow)
        #expect(errorCode("RETURN duration({seconds: 9223372036854775807}) * 2") == .integerOverflow)
        #expect(errorCode("RETURN duration({seconds: 1}) * 1.0e300") == .integerOverflow)
        #expect(errorCode("RETURN duration({days: 1}) / 0") == .divisionByZero)
        #expect(errorCode("RETURN duration({days: 0.0/0.0})") == .invalidArgumentValue)
        #expect(errorCode("RETURN date('2015-02-29')") == .invalidArgumentValue)
        #expect(errorCode("RETURN date({year: 2015, month: 1, week: 2})") == .invalidArgumentValue)
        #expect(errorCode("RETURN datetime('2015-07-21T21:40[Mars/Olympus]')") == .invalidArgumentValue)
        #expect(errorCode("RETURN time({hour: 1, timezone: '+19:00'})") == .invalidArgumentValue)
        #expect(errorCode("RETURN date(1)") == .invalidArgumentValue)
        #expect(errorCode("RETURN datetime({epochSeconds: 9223372036854775807, timezone: '+01:00'})") != nil)
        #expect(errorCode("RETURN datetime.fromEpoch(-9223372036854775808, 999999999)") != nil)
        // At the ends of the year range: an error or a value, never a trap.
        for unit in ["week", "weekYear", "millennium"] {
            for d in ["-999999999-01-01", "+999999999-12-31"] {
                _ = errorCode("RETURN date.truncate('\(unit)', date('\(d)')), date('\(d)').week, date('\(d)').weekYear")
            }
        }
        #expect(errorCode("RETURN duration.inSeconds(localdatetime('-999999999-01-01'), localdatetime('+999999999-12-31T23:59:59.999999999'))") == nil)
        #expect(errorCode("RETURN duration({months: 9223372036854775807}) + duration({months: 1})") == .integerOverflow)
        #expect(errorCode("RETURN date('2015-01-01').hour") == .invalidArgumentType)
        #expect(errorCode("RETURN date.truncate('hour', date('2015-01-01'))") == .invalidArgumentValue)
        #expect(errorCode("RETURN duration.between(duration('P1D'), date())") == .invalidArgumentValue)
    }

    @Test func parsingIsTotal() {
        let alphabet = Array("0123456789-+:.,TWZPYMDHS[]/ EuropeStockholmz".unicodeScalars)
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
        for _ in 0..<20_000 {
            var s = ""
            for _ in 0..<Int(next() % 28) { s.unicodeScalars.append(alphabet[Int(next() % UInt64(alphabet.count))]) }
            for kind in TemporalKind.allCases {
                _ = try? TemporalValue.parse(kind, s)
            }
        }
        for s in ["", "P", "PT", "T", "W", "-", "+", "2015-", "2015-W", "2015-W53-8", "24:00", "23:59:60", "12:00:00.1234567890",
                  "+9999999999-01-01", "P1Y1Y", "PT1H1D", "P1.5.5D", "P-", "P99999999999999999999Y", "2015-07-21T", "12[", "12]"] {
            for kind in TemporalKind.allCases {
                #expect(throws: DossierError.self) { try TemporalValue.parse(kind, s) }
            }
        }
    }

    /// Every temporal function and operator on awkward arguments: a value or a DossierError,
    /// never a trap.
    @Test func noTrapsOnAwkwardArguments() throws {
        let extremes = try ["date('+999999999-12-31')", "date('-999999999-01-01')",
                            "localdatetime('+999999999-12-31T23:59:59.999999999')", "localdatetime('-999999999-01-01')",
                            "datetime('+999999999-12-31T23:59:59.999999999-18:00')", "datetime('-999999999-01-01T00:00+18:00')",
                            "datetime('2017-10-29T02:30[Europe/Stockholm]')", "time('23:59:59.999999999-18:00')", "localtime('00:00')",
                            "duration({months: 9223372036854775807, days: -9223372036854775808, seconds: 9223372036854775807, nanoseconds: 999999999})",
                            "duration({seconds: -9223372036854775808})"].map { try one("RETURN " + $0) }
        var pool: [Value] = [.null, .int(0), .int(-1), .int(.max), .int(.min), .float(1.5), .float(.nan), .float(.infinity),
                             .float(-1e300), .string(""), .string("2015-01-01"), .string("P1D"), .string("Europe/Stockholm"),
                             .string("week"), .string("weekYear"), .string("millennium"), .string("microsecond"), .bool(true)]
        let maps: [Value] = [
            [:], ["year": .int(.max)], ["year": .int(999_999_999), "month": 12, "day": 31], ["year": 1, "week": 53],
            ["days": .float(1e308)], ["seconds": .int(.min), "nanoseconds": .int(.min)], ["months": .float(-.infinity)],
            ["epochSeconds": .int(.min)], ["epochMillis": .int(.max), "timezone": "+18:00"], ["timezone": "Europe/Stockholm"],
            ["hour": 23, "minute": 59, "second": 59, "nanosecond": 999_999_999, "timezone": "-18:00"],
            ["date": extremes[0], "day": 1], ["datetime": extremes[4], "timezone": "+18:00"], ["time": extremes[7], "hour": .int(.max)],
            ["weeks": .int(.max)], ["years": .float(7.7e17)], ["dayOfWeek": 8], ["nanosecond": 2], ["microsecond": 999_999, "nanosecond": 999],
        ]
        pool += maps + extremes
        let store = GraphStore()
        let ctx = FunctionContext(store: store, options: DatabaseOptions())
        let names = BuiltinFunctions.all.map(\.name).filter { n in
            ["date", "time", "localtime", "localdatetime", "datetime", "duration"].contains { n.lowercased().hasPrefix($0) }
        }
        var calls = 0
        for name in names {
            guard let f = BuiltinFunctions.lookup(name) else { continue }
            for arity in f.minArity...Swift.min(f.maxArity, 3) {
                func go(_ args: [Value]) {
                    if args.count == arity {
                        calls += 1
                        _ = try? f.call(args, ctx)
                        return
                    }
                    // Keep three-argument calls affordable: the third argument is a map or null.
                    for v in (args.count == 2 ? maps + [.null] : pool) { go(args + [v]) }
                }
                go([])
            }
        }
        #expect(calls > 10_000)
        for a in pool {
            for b in pool {
                _ = try? Value.add(a, b)
                _ = try? Value.subtract(a, b)
                _ = try? Value.multiply(a, b)
                _ = try? Value.divide(a, b)
                _ = Value.cypherCompare(.lessThan, a, b)
                _ = Value.compareForOrderBy(a, b)
                _ = Value.cypherEquals(a, b)
            }
            _ = try? Value.negate(a)
            if case .temporal(let t) = a {
                for key in ["year", "week", "weekYear", "epochMillis", "epochSeconds", "milliseconds", "nanoseconds", "timezone", "bogus"] {
                    _ = t.component(key)
                }
                _ = a.cypherLiteral()
            }
        }
    }
}
