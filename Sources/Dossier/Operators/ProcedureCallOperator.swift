/// CALL: for each input row, runs the procedure on the evaluated arguments and yields one row
/// per result row with the chosen outputs bound. A procedure without outputs passes each input
/// row on once.
final class ProcedureCallOperator: PhysicalOperator {
    let procedure: Procedure
    let arguments: [Expr]
    /// Output positions to bind, and where.
    let outputIndexes: [Int]
    let outputSlots: [Int]
    private var input: Row?
    private var results: [[Value]] = []
    private var position = 0

    init(source: PhysicalOperator, procedure: Procedure, arguments: [Expr], outputIndexes: [Int], outputSlots: [Int]) {
        self.procedure = procedure
        self.arguments = arguments
        self.outputIndexes = outputIndexes
        self.outputSlots = outputSlots
        super.init(source: source)
    }

    override var name: String { "ProcedureCall" }
    override var details: String { "\(procedure.name)(\(arguments.map(\.description).joined(separator: ", ")))" }
    override func reset(_ st: ExecutionState) throws { input = nil }

    override func produce(_ st: ExecutionState) throws -> Row? {
        while true {
            if var row = input, position < results.count {
                let r = results[position]
                position += 1
                for i in outputIndexes.indices where outputIndexes[i] < r.count { row[outputSlots[i]] = r[outputIndexes[i]] }
                return row
            }
            input = nil
            guard let next = try source?.next(st) else { return nil }
            var args: [Value] = []
            for (i, e) in arguments.enumerated() {
                let v = try e.eval(next, st)
                let type = procedure.signature.inputs[i].type
                guard let converted = type.accept(v) else {
                    throw DossierError.type(.invalidArgumentType,
                                            "\(procedure.name)() expects \(type) for `\(procedure.signature.inputs[i].name)`, got \(v.typeName)",
                                            at: e.location)
                }
                args.append(converted)
            }
            do {
                results = try procedure.body(args, st.store)
            } catch let e as DossierError {
                throw e
            } catch {
                throw DossierError(.procedureError, .internalError, "\(procedure.name)() failed: \(error)")
            }
            if procedure.signature.outputs.isEmpty { return next }
            try st.checkIntermediateRows(results.count)
            position = 0
            input = next
        }
    }
}
