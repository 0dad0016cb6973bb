/// Pattern predicates and pattern comprehensions: planned as sub-plans run per row.
extension ExpressionCompiler {
    private func planPattern(_ part: PatternPart, predicate: Expression?, usage: PatternBinder.Usage) throws -> (PhysicalOperator, Scope) {
        var inner = scope
        let binder = PatternBinder(context: context)
        let chains = try binder.bind([part], scope: &inner, usage: usage)
        var c = self
        c.scope = inner
        c.substitutions = [:]
        var conjuncts = try binder.constraints(of: chains, compiler: c)
        if let predicate {
            for p in splitConjunction(predicate) {
                conjuncts.append(Conjunct(expr: try c.compilePredicate(p).expr, dependencies: dependencies(of: p, inner)))
            }
        }
        var matcher = MatchPlanner(context: context, source: ArgumentOperator(),
                                   bound: Set(scope.variables.values.map(\.slot)), conjuncts: conjuncts)
        matcher.varLengthProperties = try binder.varLengthProperties(of: chains, compiler: c)
        try matcher.planChains(chains)
        matcher.applyAllFilters()
        return (matcher.plan, inner)
    }

    func compilePatternPredicate(_ element: PatternElement, at loc: SourceLocation) throws -> TypedExpr {
        let (plan, _) = try planPattern(PatternPart(pathVariable: nil, element: element, range: element.range), predicate: nil,
                                     usage: .predicate)
        return TypedExpr(expr: PatternExistsExpr(plan: plan, at: loc), type: .bool)
    }

    func compilePatternComprehension(pathVariable: String?, element: PatternElement, predicate: Expression?,
                                     projection: Expression, at loc: SourceLocation) throws -> TypedExpr {
        let (plan, inner) = try planPattern(PatternPart(pathVariable: pathVariable, element: element, range: element.range),
                                            predicate: predicate, usage: .comprehension)
        var c = self
        c.scope = inner
        c.substitutions = [:]
        let p = try c.compile(projection)
        return TypedExpr(expr: PatternComprehensionExpr(plan: plan, projection: p.expr, at: loc), type: .list(p.type))
    }
}
