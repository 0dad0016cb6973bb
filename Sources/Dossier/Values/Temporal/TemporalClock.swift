import Foundation

/// The statement's clock: every `date()`, `datetime.statement()`… in one query sees this
/// instant (`FunctionContext.clock`). `*.realtime()` reads `now()` afresh.
public struct TemporalClock: Sendable {
    /// Seconds since the Unix epoch.
    public var epochSecond: Int64
    /// Nanoseconds within the second, `0 ..< 1_000_000_000`.
    public var nano: Int64

    public init(epochSecond: Int64, nano: Int64) {
        self.epochSecond = epochSecond
        self.nano = nano
    }

    /// The current wall-clock time (microsecond resolution).
    public static func now() -> TemporalClock {
        let t = Date().timeIntervalSince1970
        let s = t.rounded(.down)
        let micros = Swift.min(Swift.max(Int64(((t - s) * 1_000_000).rounded()), 0), 999_999)
        return TemporalClock(epochSecond: Int64(s), nano: micros * 1000)
    }
}
