import Foundation

/// One operator of a pull-based (Volcano) plan over slot rows.
///
/// Every operator reads rows from `source` (a leaf reads its single `Argument` row), so any
/// sub-plan can run once per outer row: `open(argument:)` restarts the plan with a new argument
/// row, and `next` pulls the next output row or nil when done.
///
/// Subclasses override `reset(_:)` and `produce(_:)`; `next` adds profiling (rows, time).
class PhysicalOperator {
    /// The input, nil only for `ArgumentOperator`.
    let source: PhysicalOperator?
    /// Rows produced (counted when profiling).
    var rowsProduced = 0
    /// Time spent producing rows, including inputs' time (when profiling).
    var nanoseconds: UInt64 = 0

    init(source: PhysicalOperator?) { self.source = source }

    /// Operator name shown by EXPLAIN and PROFILE.
    var name: String { String(describing: type(of: self)).replacingOccurrences(of: "Operator", with: "") }
    /// Arguments shown by EXPLAIN (variables, predicates).
    var details: String { "" }
    /// Sub-plans run per row (optional matches, pattern expressions), shown under the operator.
    var nestedPlans: [PhysicalOperator] { [] }

    /// (Re)starts this operator and its inputs with `argument` as the leaf row.
    func open(_ st: ExecutionState, argument: Row) throws {
        try source?.open(st, argument: argument)
        try reset(st)
    }

    /// Clears per-run state (called by `open`, after the source is opened).
    func reset(_ st: ExecutionState) throws {}

    /// The next row, or nil when exhausted.
    @inline(__always)
    final func next(_ st: ExecutionState) throws -> Row? {
        if !st.profiling { return try produce(st) }
        let t0 = DispatchTime.now().uptimeNanoseconds
        let r = try produce(st)
        nanoseconds &+= DispatchTime.now().uptimeNanoseconds &- t0
        if r != nil { rowsProduced += 1 }
        return r
    }

    /// Produces the next row; override.
    func produce(_ st: ExecutionState) throws -> Row? { nil }
}

/// The leaf of every plan: yields the argument row once.
final class ArgumentOperator: PhysicalOperator {
    private var argument: Row = []
    private var done = false

    init() { super.init(source: nil) }

    override var name: String { "Argument" }
    override func open(_ st: ExecutionState, argument: Row) throws {
        self.argument = argument
        done = false
    }
    override func produce(_ st: ExecutionState) throws -> Row? {
        if done { return nil }
        done = true
        return argument
    }
}
