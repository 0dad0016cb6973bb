/// RETURN and WITH: projection, aggregation, DISTINCT, ORDER BY, SKIP, LIMIT, and WITH's WHERE,
/// with openCypher's scoping rules.
extension SingleQueryPlanner {
    private struct Item {
        var name: String
        var expression: Expression?
        /// For `*`: the variable passed through.
        var existing: BoundVariable?
        var location: SourceLocation
    }

    func planProjection(_ p: Projection, isReturn: Bool, clause: Clause) throws {
        let input = scope
        let clauseName = isReturn ? "RETURN" : "WITH"

        // Items, with `*` expanded to the visible variables in alphabetical order.
        var items: [Item] = []
        if p.includesExisting {
            if isReturn && input.isEmptyOfVisible && p.items.isEmpty {
                throw DossierError.compile(.noVariablesInScope, "\(clauseName) * needs variables in scope", at: clause.range.start)
            }
            for name in input.visibleSortedNames where !p.items.contains(where: { $0.columnName == name }) {
                if let v = input[name] { items.append(Item(name: name, expression: nil, existing: v, location: clause.range.start)) }
            }
        }
        var seen = Set<String>()
        // Raised after the aggregation checks (which the TCK expects to win).
        var aliasError: DossierError?
        for item in p.items {
            let name: String
            if let alias = item.alias {
                name = alias
            } else if case .variable(let v) = item.expression.kind {
                name = isReturn ? item.text : v
            } else {
                name = item.text
                if !isReturn && aliasError == nil {
                    aliasError = DossierError.compile(.noExpressionAlias, "expressions in WITH must be aliased (use AS)",
                                                      at: item.expression.location)
                }
            }
            if !seen.insert(name).inserted {
                throw DossierError.compile(.columnNameConflict, "multiple result columns with the same name `\(name)`",
                                           at: item.expression.location)
            }
            items.append(Item(name: name, expression: item.expression, existing: nil, location: item.expression.location))
        }

        let aggregating = items.contains { $0.expression?.containsAggregate == true }
        var newScope = Scope()
        var outputSlots: [Int] = []
        /// Canonical text of projected expressions → the variable holding them (for ORDER BY / WHERE
        /// after DISTINCT or aggregation).
        var projected: [String: BoundVariable] = [:]
        var sortKeys: [SortKey] = []
        var orderScope: Scope

        if !aggregating {
            var slots: [Int] = [], exprs: [Expr] = [], labels: [String] = []
            var itemCompiler = compiler
            itemCompiler.aggregateContext = clauseName
            for item in items {
                let bound: BoundVariable
                if let v = item.existing {
                    bound = BoundVariable(name: item.name, slot: v.slot, type: v.type)
                } else if let e = item.expression {
                    let c = try itemCompiler.compile(e)
                    if case .variable(let vn) = e.kind, vn == item.name, let v = input[vn] {
                        bound = BoundVariable(name: item.name, slot: v.slot, type: v.type)
                    } else {
                        let slot = context.slots.allocate(item.name)
                        slots.append(slot)
                        exprs.append(c.expr)
                        labels.append(item.name)
                        bound = BoundVariable(name: item.name, slot: slot, type: c.type)
                    }
                    projected[e.canonicalText] = bound
                } else {
                    continue
                }
                newScope.bind(bound)
                outputSlots.append(bound.slot)
            }
            if !slots.isEmpty {
                plan = ProjectionOperator(source: plan, slots: slots, expressions: exprs, labels: labels)
            }
            if p.distinct {
                plan = DistinctOperator(source: plan, keySlots: outputSlots)
                orderScope = newScope
            } else {
                orderScope = input.overlaid(with: newScope)
                projected = [:]
            }
            var orderCompiler = ExpressionCompiler(context: context, scope: orderScope)
            orderCompiler.substitutions = projected
            orderCompiler.aggregateContext = "ORDER BY after a \(clauseName) without aggregation"
            for s in p.orderBy {
                sortKeys.append(SortKey(expression: try orderCompiler.compile(s.expression).expr, ascending: s.ascending))
            }
        } else {
            // Grouping keys: items without aggregates.
            var keySlots: [Int] = [], keyExprs: [Expr] = []
            // Grouping keys usable around aggregates: variables and properties of variables.
            var simpleKeys: [String: BoundVariable] = [:]
            // Every grouping key, for expressions without aggregates (ORDER BY, WHERE).
            var allKeys: [String: BoundVariable] = [:]
            var keyNames = Set<String>()
            var keyCompiler = compiler
            keyCompiler.aggregateContext = clauseName
            var bindings: [Int: BoundVariable] = [:]
            for (i, item) in items.enumerated() {
                if let v = item.existing {
                    keySlots.append(v.slot)
                    keyExprs.append(SlotExpr(slot: v.slot, name: v.name, at: item.location))
                    let b = BoundVariable(name: item.name, slot: v.slot, type: v.type)
                    bindings[i] = b
                    simpleKeys["`\(item.name)`"] = b
                    allKeys["`\(item.name)`"] = b
                    keyNames.insert(item.name)
                    continue
                }
                guard let e = item.expression, !e.containsAggregate else { continue }
                let c = try keyCompiler.compile(e)
                let slot = context.slots.allocate(item.name)
                keySlots.append(slot)
                keyExprs.append(c.expr)
                let b = BoundVariable(name: item.name, slot: slot, type: c.type)
                bindings[i] = b
                allKeys[e.canonicalText] = b
                keyNames.formUnion(e.freeVariables)
                switch e.kind {
                case .variable: simpleKeys[e.canonicalText] = b
                case .property(let base, _): if case .variable = base.kind { simpleKeys[e.canonicalText] = b }
                default: break
                }
            }
            // Aggregate items, evaluated after grouping.
            let collector = AggregationCollector(inputScope: input)
            var aggCompiler = ExpressionCompiler(context: context, scope: Scope())
            aggCompiler.substitutions = simpleKeys
            aggCompiler.aggregation = collector
            aggCompiler.ambiguousNames = Set(input.order)
            var postSlots: [Int] = [], postExprs: [Expr] = [], postLabels: [String] = []
            var aggregateItems: [String: BoundVariable] = [:]
            for (i, item) in items.enumerated() where bindings[i] == nil {
                guard let e = item.expression else { continue }
                let c = try aggCompiler.compile(e)
                let slot = context.slots.allocate(item.name)
                postSlots.append(slot)
                postExprs.append(c.expr)
                postLabels.append(item.name)
                let b = BoundVariable(name: item.name, slot: slot, type: c.type)
                bindings[i] = b
                aggregateItems[e.canonicalText] = b
            }
            for i in items.indices {
                guard let b = bindings[i] else { continue }
                newScope.bind(b)
                outputSlots.append(b.slot)
            }
            projected = allKeys.merging(aggregateItems) { _, b in b }
            // ORDER BY sees the projected columns; around an aggregate only simple grouping keys.
            orderScope = newScope
            for s in p.orderBy {
                var orderCompiler = ExpressionCompiler(context: context, scope: newScope)
                if s.expression.containsAggregate {
                    let orderCollector = AggregationCollector(inputScope: newScope)
                    orderCompiler.substitutions = simpleKeys.merging(aggregateItems) { _, b in b }
                    orderCompiler.aggregation = orderCollector
                    orderCompiler.ambiguousNames = keyNames.subtracting(newScope.order)
                    let c = try orderCompiler.compile(s.expression)
                    if !orderCollector.specs.isEmpty {
                        throw DossierError.notSupported("an aggregate in ORDER BY that is not projected", at: s.expression.location)
                    }
                    sortKeys.append(SortKey(expression: c.expr, ascending: s.ascending))
                } else {
                    orderCompiler.substitutions = projected
                    let c = try orderCompiler.compile(s.expression)
                    sortKeys.append(SortKey(expression: c.expr, ascending: s.ascending))
                }
            }
            plan = CountFromStoreOperator.replacing(plan, keySlots: keySlots, aggregates: collector.specs, slots: context.slots)
                ?? AggregationOperator(source: plan, keySlots: keySlots, keyExpressions: keyExprs,
                                       aggregates: collector.specs, slots: context.slots)
            if !postSlots.isEmpty {
                plan = ProjectionOperator(source: plan, slots: postSlots, expressions: postExprs, labels: postLabels)
            }
            if p.distinct {
                plan = DistinctOperator(source: plan, keySlots: outputSlots)
            }
        }
        if let aliasError { throw aliasError }

        // ORDER BY, SKIP, LIMIT.
        let skip = try p.skip.map { try compileRowCount($0, clause: "SKIP") }
        let limit = try p.limit.map { try compileRowCount($0, clause: "LIMIT") }
        if !sortKeys.isEmpty {
            if let limit, skip == nil {
                plan = TopOperator(source: plan, keys: sortKeys, count: limit)
            } else {
                plan = SortOperator(source: plan, keys: sortKeys)
            }
        }
        if let skip { plan = SkipOperator(source: plan, count: skip) }
        if let limit, sortKeys.isEmpty || skip != nil { plan = LimitOperator(source: plan, count: limit, pullsOnce: hasUpdates) }

        // WITH ... WHERE sees what ORDER BY sees.
        if let predicate = p.predicate {
            var whereCompiler = ExpressionCompiler(context: context, scope: orderScope)
            whereCompiler.substitutions = (aggregating || p.distinct) ? projected : [:]
            whereCompiler.aggregateContext = "WHERE"
            for part in splitConjunction(predicate) {
                plan = FilterOperator(source: plan, predicate: try whereCompiler.compilePredicate(part).expr)
            }
        }

        scope = newScope
        if isReturn {
            columns = items.map(\.name)
            resultSlots = outputSlots
            plan = ProduceResultsOperator(source: plan, slots: outputSlots, columns: columns)
            returned = true
        }
    }

    /// SKIP / LIMIT: a constant expression (no variables); literals are checked now, parameters at runtime.
    private func compileRowCount(_ e: Expression, clause: String) throws -> Expr {
        if !e.freeVariables.isEmpty {
            throw DossierError.compile(.nonConstantExpression, "\(clause) must not depend on variables", at: e.location)
        }
        var c = ExpressionCompiler(context: context, scope: Scope())
        c.aggregateContext = clause
        let compiled = try c.compile(e).expr
        if let v = compiled.constantValue {
            switch v {
            case .int(let n) where n < 0:
                throw DossierError.compile(.negativeIntegerArgument, "\(clause) must be a non-negative integer, got \(n)",
                                           at: e.location)
            case .int: break
            default:
                throw DossierError.compile(.invalidArgumentType, "\(clause) must be a non-negative integer, got \(v.typeName)",
                                           at: e.location)
            }
            return compiled
        }
        return RowCountExpr(compiled, width: context.slots.count)
    }
}
