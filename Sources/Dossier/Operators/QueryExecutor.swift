import Foundation

/// Runs a parsed statement: plans it, then pulls every row from the plan's root.
/// `EXPLAIN` returns the plan as text without running it; `PROFILE` runs it and reports rows
/// and time per operator.
enum QueryExecutor {
    static func execute(_ statement: Statement, context: ExecutionContext) throws -> ExecutionOutput {
        switch statement {
        case .query(let q):
            return try run(q, context: context, profile: false)
        case .explain(let q):
            let planned = try plan(q, context: context)
            return ExecutionOutput(columns: planned.columns, rows: [], plan: PlanDescription.render(planned.root, profile: false))
        case .profile(let q):
            return try run(q, context: context, profile: true)
        case .schema(let command):
            return try SchemaCommands.execute(command, context: context)
        }
    }

    static func plan(_ q: Query, context: ExecutionContext) throws -> PlannedQuery {
        try QueryPlanner(store: context.store, parameters: context.parameters, options: context.options,
                         procedures: context.procedures).plan(q)
    }

    private static func run(_ q: Query, context: ExecutionContext, profile: Bool) throws -> ExecutionOutput {
        try run(try plan(q, context: context), context: context, profile: profile)
    }

    /// Runs a plan (plans can be run again: `open` resets every operator).
    static func run(_ planned: PlannedQuery, context: ExecutionContext, profile: Bool) throws -> ExecutionOutput {
        let st = ExecutionState(store: context.store, options: context.options, cancellation: context.cancellation,
                                parameterValues: planned.parameterValues(context.parameters), profiling: profile)
        try context.cancellation.check()
        try planned.root.open(st, argument: Row(repeating: .null, count: planned.argumentWidth))
        var rows: [[Value]] = []
        while let row = try planned.root.next(st) {
            rows.append(row)
            try st.tick()
            if rows.count > context.options.maxIntermediateRows {
                try st.checkIntermediateRows(rows.count)
            }
        }
        return ExecutionOutput(columns: planned.columns, rows: rows,
                               plan: profile ? PlanDescription.render(planned.root, profile: true) : nil)
    }
}
