/// CALL procedure clauses (in a query, or standalone as the whole query).
extension SingleQueryPlanner {
    func planCall(_ call: ProcedureCall, clause: Clause, standalone: Bool) throws {
        let loc = clause.range.start
        guard let procedure = context.procedures?.lookup(call.name) else {
            throw DossierError(.procedureError, .procedureNotFound, "there is no procedure called `\(call.name)`",
                               phase: .compileTime, at: loc)
        }
        let signature = procedure.signature
        var arguments: [Expr] = []
        if let args = call.arguments {
            guard args.count == signature.inputs.count else {
                throw DossierError.compile(.invalidNumberOfArguments,
                                           "\(call.name)() takes \(signature.inputs.count) argument(s), got \(args.count)", at: loc)
            }
            var c = compiler
            c.aggregateContext = "procedure arguments"
            for (i, a) in args.enumerated() {
                let t = try c.compile(a)
                let expected = signature.inputs[i].type
                if !expected.mayAccept(t.type) {
                    throw DossierError.compile(.invalidArgumentType,
                                               "\(call.name)() expects \(expected) for `\(signature.inputs[i].name)`, got \(t.type)",
                                               at: a.location)
                }
                arguments.append(t.expr)
            }
        } else if !signature.inputs.isEmpty {
            guard standalone else {
                throw DossierError.compile(.invalidArgumentPassingMode,
                                           "\(call.name) needs explicit arguments when CALL is part of a larger query", at: loc)
            }
            for input in signature.inputs {
                let index = try context.parameter(input.name, at: loc)
                arguments.append(ParameterExpr(index: index, name: input.name, at: loc))
            }
        }
        // Outputs to bind.
        var pairs: [(output: Int, name: String)] = []
        if call.yieldAll || (standalone && call.yields == nil) {
            pairs = signature.outputs.enumerated().map { ($0.offset, $0.element.name) }
        } else if let yields = call.yields {
            for y in yields {
                guard let i = signature.outputs.firstIndex(where: { $0.name == y.name }) else {
                    throw DossierError.compile(.undefinedVariable, "\(call.name) has no output `\(y.name)`", at: loc)
                }
                pairs.append((i, y.alias ?? y.name))
            }
        }
        var seen = Set<String>()
        var slots: [Int] = []
        for (i, name) in pairs {
            if scope.contains(name) || !seen.insert(name).inserted {
                throw DossierError.compile(.variableAlreadyBound, "variable `\(name)` is already bound", at: loc)
            }
            let slot = context.slots.allocate(name)
            scope.bind(BoundVariable(name: name, slot: slot, type: signature.outputs[i].type.staticType))
            slots.append(slot)
        }
        plan = ProcedureCallOperator(source: plan, procedure: procedure, arguments: arguments,
                                     outputIndexes: pairs.map(\.output), outputSlots: slots)
        if let predicate = call.predicate {
            var c = compiler
            c.aggregateContext = "WHERE"
            for part in splitConjunction(predicate) {
                plan = FilterOperator(source: plan, predicate: try c.compilePredicate(part).expr)
            }
        }
        if standalone {
            columns = pairs.map(\.name)
            resultSlots = slots
            // A standalone call of a procedure without outputs returns nothing at all.
            let source = signature.outputs.isEmpty ? DiscardOperator(source: plan) : plan
            plan = ProduceResultsOperator(source: source, slots: slots, columns: columns)
            returned = true
        }
    }
}
