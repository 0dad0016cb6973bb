import Dossier
import Foundation

/// Calls every scalar built-in function directly with random arguments (edge numbers,
/// temporal values, odd strings, lists and maps): thousands of calls a second, far more than
/// going through query text.
public struct FunctionFuzzer {
    public var random: FuzzRandom
    let functions: [FunctionDescriptor]
    let context: FunctionContext
    /// Temporal values made by the engine (their types are not constructible from outside).
    let temporals: [Value]

    public init(seed: UInt64) {
        random = FuzzRandom(seed: seed)
        functions = BuiltinFunctions.all.filter { !$0.isAggregate }
        context = FunctionContext(store: GraphStore(), options: QueryHarness.options())
        let db = Database()
        let text = """
            RETURN date('2020-02-29'), date('-999999999-01-01'), date('+999999999-12-31'), localtime('23:59:59.999999999'),
                   time('00:00+18:00'), time('12:00-18:00'), localdatetime('2015-07-21T21:40:32.142'),
                   datetime('2015-07-21T21:40:32.142+0100'), datetime('2017-04-01T12:00[Europe/Moscow]'),
                   duration('P1Y2M3DT4H5M6.7S'), duration('PT-0.000000001S'), duration({months: 9223372036854775807}),
                   duration({seconds: -9223372036854775807}), duration('P0D')
            """
        temporals = (try? db.execute(text).rows.first) ?? []
    }

    /// One call: the function's name and its arguments.
    public mutating func nextInput() -> (FunctionDescriptor, [Value]) {
        let f = random.pick(functions)
        let upper = f.maxArity == Int.max ? f.minArity + 4 : f.maxArity
        let arity = random.int(f.minArity...max(f.minArity, upper))
        return (f, (0..<arity).map { _ in argument() })
    }

    mutating func argument() -> Value {
        switch random.below(14) {
        case 0...1 where !temporals.isEmpty: return random.pick(temporals)
        case 2: return .string(random.pick(["year", "month", "day", "hour", "week", "quarter", "millennium", "century",
                                            "decade", "weekYear", "second", "millisecond", "microsecond", "nanosecond",
                                            "timezone", "epochSeconds", "Europe/Moscow", "+25:00", "Z", "x"]))
        case 3:
            var m = ValueMap()
            for _ in 0..<random.int(1...4) {
                m[random.pick(["year", "month", "day", "hour", "minute", "second", "nanosecond", "millisecond", "week",
                               "dayOfWeek", "ordinalDay", "quarter", "dayOfQuarter", "timezone", "epochSeconds", "epochMillis",
                               "days", "months", "seconds", "years", "date", "time", "datetime", "unit"])] = argument()
            }
            return .map(m)
        case 4: return .int(random.pick([Int64.max, Int64.min, 1_000_000_000, -1_000_000_000, 86_400, 999_999_999, 1 << 40, 5_000_001]))
        default: return QueryHarness.value(&random, depth: 1)
        }
    }

    /// Runs one call and judges it.
    public func run(_ f: FunctionDescriptor, _ args: [Value]) -> String {
        do {
            let v = try f.call(args, context)
            return "value \(v.typeName)"
        } catch {
            if let v = QueryHarness.violation(of: error, needsLocation: false) {
                return "VIOLATION \(v): \(f.name)(\(args)): \(error)"
            }
            return "error \(error.code.rawValue)"
        }
    }
}
