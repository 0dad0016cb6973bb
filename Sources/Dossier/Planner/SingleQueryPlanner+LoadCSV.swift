/// LOAD CSV: binds the row variable (a list of strings, or a map with headers) for each record.
extension SingleQueryPlanner {
    func planLoadCSV(_ load: LoadCSV, clause: Clause) throws {
        var c = compiler
        c.aggregateContext = "LOAD CSV"
        let url = try c.compile(load.source)
        if scope.contains(load.variable) {
            throw DossierError.compile(.variableAlreadyBound, "variable `\(load.variable)` is already bound",
                                       at: clause.range.start)
        }
        var delimiter = UInt8(ascii: ",")
        if let t = load.fieldTerminator {
            guard let scalar = t.unicodeScalars.first, t.unicodeScalars.count == 1, scalar.isASCII,
                  scalar != "\"", scalar != "\n", scalar != "\r" else {
                throw DossierError(.databaseError, .loadCSVError,
                                   "FIELDTERMINATOR must be one ASCII character other than a quote or a line break, got '\(t)'",
                                   phase: .compileTime, at: clause.range.start)
            }
            delimiter = UInt8(scalar.value)
        }
        let slot = context.slots.allocate(load.variable)
        scope.bind(BoundVariable(name: load.variable, slot: slot, type: load.withHeaders ? .map : .list(.any)))
        plan = LoadCSVOperator(source: plan, url: url.expr, slot: slot, variable: load.variable,
                               withHeaders: load.withHeaders, delimiter: delimiter)
    }
}
