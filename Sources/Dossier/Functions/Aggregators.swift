/// The state of one aggregate function for one group: `count`, `count(*)`, `collect`, `sum`,
/// `avg`, `min`, `max`, `percentileDisc`, `percentileCont`, `stDev`, `stDevP`, each optionally
/// DISTINCT (duplicates removed by *equivalence* before nulls are dropped).
///
/// A concrete struct (no existentials) so the aggregation operator can keep one per group in
/// a contiguous array. Create with `Aggregators.makeAggregator`.
///
/// Nulls are skipped by every aggregate except `count(*)`, which counts rows.
/// With no input: count 0, sum 0, collect `[]`, stDev/stDevP 0.0, others null.
/// `sum` and `avg` also take durations (`sum` of durations is a duration, `avg` their mean).
public struct Aggregator {
    /// Which aggregate this is.
    public enum Kind: Sendable {
        case countStar, count, collect, sum, avg, min, max, percentileDisc, percentileCont, stDev, stDevP
    }

    public let kind: Kind
    public let distinct: Bool
    let maxCollectionSize: Int

    private var seen: Set<EquivalenceKey> = []
    private var count: Int64 = 0
    private var items: [Value] = []
    // sum / avg
    private var intSum: Int64 = 0
    private var floatSum: Double = 0
    private var sawFloat = false
    /// The running total when `sum`/`avg` aggregate durations (numbers and durations do not mix).
    private var durationSum: DurationValue?
    // min / max
    private var best: Value = .null
    // stDev: Welford
    private var mean: Double = 0
    private var m2: Double = 0
    // percentiles
    private var percentile: Double?
    private var numbers: [Value] = []

    public init(kind: Kind, distinct: Bool = false, percentile: Double? = nil, maxCollectionSize: Int = .max) {
        self.kind = kind
        self.distinct = distinct
        self.percentile = percentile
        self.maxCollectionSize = maxCollectionSize
    }

    /// Feeds one input value (for `count(*)`, any value: each call counts one row).
    public mutating func add(_ value: Value) throws(DossierError) {
        if kind == .countStar { count += 1; return }
        if value.isNull { return }
        if distinct && !seen.insert(EquivalenceKey(value)).inserted { return }
        switch kind {
        case .countStar, .count:
            count += 1
        case .collect:
            if items.count >= maxCollectionSize { throw .collectionTooLarge(items.count + 1, limit: maxCollectionSize) }
            try Value.checkNesting(ofElement: value)
            items.append(value)
        case .sum, .avg:
            if (durationSum != nil) != (value.isDuration) && count > 0 {
                throw .type(.invalidArgumentType, "\(kind == .sum ? "sum" : "avg")() cannot mix durations and numbers")
            }
            switch value {
            case .temporal(.duration(let d)):
                durationSum = try (durationSum ?? .zero) + d
            case .int(let i):
                if kind == .avg || sawFloat {
                    floatSum += Double(i)
                } else {
                    let (r, o) = intSum.addingReportingOverflow(i)
                    if o { throw .integerOverflow("sum()") }
                    intSum = r
                }
            case .float(let d):
                if !sawFloat && kind == .sum { floatSum = Double(intSum); intSum = 0 }
                sawFloat = true
                floatSum += d
            default:
                throw .type(.invalidArgumentType, "\(kind == .sum ? "sum" : "avg")() expects numbers, got \(value.typeName)")
            }
            count += 1
        case .min:
            if best.isNull || Value.compareForOrderBy(value, best) < 0 { best = value }
        case .max:
            if best.isNull || Value.compareForOrderBy(value, best) > 0 { best = value }
        case .stDev, .stDevP:
            guard let x = value.asDouble else {
                throw .type(.invalidArgumentType, "stDev() expects numbers, got \(value.typeName)")
            }
            count += 1
            let delta = x - mean
            mean += delta / Double(count)
            m2 += delta * (x - mean)
        case .percentileDisc, .percentileCont:
            guard value.asDouble != nil else {
                throw .type(.invalidArgumentType, "percentile functions expect numbers, got \(value.typeName)")
            }
            if numbers.count >= maxCollectionSize { throw .collectionTooLarge(numbers.count + 1, limit: maxCollectionSize) }
            numbers.append(value)
        }
    }

    /// Feeds one value with the percentile evaluated on the same row (for `percentileDisc`
    /// and `percentileCont` when the percentile is not a constant). The percentile must be a
    /// number in 0...1, else ArgumentError `NumberOutOfRange`.
    public mutating func add(_ value: Value, percentile p: Value) throws(DossierError) {
        let checked = try Aggregators.checkPercentile(p)
        if percentile == nil { percentile = checked }
        try add(value)
    }

    /// The aggregate's value over everything added.
    public func result() throws(DossierError) -> Value {
        switch kind {
        case .countStar, .count: return .int(count)
        case .collect: return .list(items)
        case .sum:
            if let d = durationSum { return .temporal(.duration(d)) }
            return sawFloat ? .float(floatSum) : .int(intSum)
        case .avg:
            if let d = durationSum { return .temporal(.duration(try d.divided(by: Double(count)))) }
            return count == 0 ? .null : .float(floatSum / Double(count))
        case .min, .max: return best
        case .stDev: return .float(count < 2 ? 0 : (m2 / Double(count - 1)).squareRoot())
        case .stDevP: return .float(count == 0 ? 0 : (m2 / Double(count)).squareRoot())
        case .percentileDisc, .percentileCont:
            guard !numbers.isEmpty else { return .null }
            let p = percentile ?? 0.5
            let sorted = numbers.sorted { Value.compareForOrderBy($0, $1) < 0 }
            let n = sorted.count
            if kind == .percentileDisc {
                let idx = Swift.max(Int((p * Double(n)).rounded(.up)) - 1, 0)
                return sorted[Swift.min(idx, n - 1)]
            }
            let pos = p * Double(n - 1)
            let lo = Int(pos.rounded(.down)), hi = Int(pos.rounded(.up))
            let a = sorted[Swift.min(lo, n - 1)].asDouble ?? 0
            let b = sorted[Swift.min(hi, n - 1)].asDouble ?? 0
            return .float(a + (pos - Double(lo)) * (b - a))
        }
    }
}

/// Creating aggregators by function name.
public enum Aggregators {
    /// The aggregator for `name` (any case), or nil when `name` is not an aggregate function.
    ///
    /// - `constantArguments`: the arguments after the first, when they are constants (the
    ///   percentile of `percentileDisc(x, 0.5)`); validated here. Pass `[]` when the percentile
    ///   varies per row and feed it through `add(_:percentile:)`.
    /// - `count(*)` is `makeCountStar()`.
    /// - Throws ArgumentError `NumberOutOfRange` for a percentile outside 0...1.
    public static func makeAggregator(name: String, distinct: Bool, constantArguments: [Value],
                                      options: DatabaseOptions = DatabaseOptions()) throws(DossierError) -> Aggregator?
    {
        let kind: Aggregator.Kind
        switch name.lowercased() {
        case "count": kind = .count
        case "collect": kind = .collect
        case "sum": kind = .sum
        case "avg": kind = .avg
        case "min": kind = .min
        case "max": kind = .max
        case "percentiledisc": kind = .percentileDisc
        case "percentilecont": kind = .percentileCont
        case "stdev": kind = .stDev
        case "stdevp": kind = .stDevP
        default: return nil
        }
        var percentile: Double?
        if kind == .percentileDisc || kind == .percentileCont, let p = constantArguments.first {
            percentile = try checkPercentile(p)
        }
        return Aggregator(kind: kind, distinct: distinct, percentile: percentile,
                          maxCollectionSize: options.maxCollectionSize)
    }

    /// `count(*)`: counts rows, nulls included.
    public static func makeCountStar() -> Aggregator { Aggregator(kind: .countStar) }

    /// Whether `name` (any case) is an aggregate function.
    public static func isAggregate(_ name: String) -> Bool {
        BuiltinFunctions.lookup(name)?.isAggregate ?? false
    }

    static func checkPercentile(_ p: Value) throws(DossierError) -> Double {
        guard let d = p.asDouble, d >= 0, d <= 1 else {
            throw .argument(.numberOutOfRange,
                            "The percentile must be a number between 0.0 and 1.0, got \(p.cypherLiteralOrType())")
        }
        return d
    }
}

extension Value {
    /// Whether this is a duration (for `sum`/`avg`).
    fileprivate var isDuration: Bool {
        if case .temporal(.duration) = self { return true }
        return false
    }
}
