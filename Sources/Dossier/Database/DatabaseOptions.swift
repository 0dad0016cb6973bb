/// Limits and switches for a `Database`. The caps turn runaway queries into clear
/// `ResourceLimit` errors instead of exhausted memory or a hung process.
public struct DatabaseOptions: Sendable {
    /// Largest list or string (in elements / Unicode scalars) a query may build.
    public var maxCollectionSize = 5_000_000
    /// Largest number of rows an operator may hold in memory at once (sort, aggregation, eager writes).
    public var maxIntermediateRows = 20_000_000
    /// Steps a single regular-expression match may take before it is abandoned.
    public var maxRegexSteps = 10_000_000
    /// Deepest nesting of expressions, patterns or subqueries the parser accepts.
    public var maxNestingDepth = 200
    /// Open read-only: writes fail with `DatabaseError.ReadOnly`.
    public var readOnly = false
    /// Checkpoint automatically when the write-ahead log grows past this many bytes.
    public var checkpointThreshold = 64 * 1024 * 1024
    /// fsync the log on every commit (turn off only for tests and bulk loads you can redo).
    public var synchronousCommits = true
    /// Called with the progress of a running `LOAD CSV` (a few times a second, on the querying
    /// thread). The library never prints; a terminal client can show this on standard error.
    public var loadProgress: (@Sendable (LoadProgress) -> Void)?
    public init() {}
}
