/// An executable plan for one query: the operator tree, the result columns, and what the
/// executor needs to start it.
struct PlannedQuery {
    let root: PhysicalOperator
    let columns: [String]
    /// Width of the argument row the root is opened with.
    let argumentWidth: Int
    /// Parameter names in the order the plan numbered them (`ParameterExpr.index`).
    let parameterNames: [String]

    /// Parameter values for a run, in plan order: a plan does not depend on parameter values, so it
    /// can be run again with other values (a plan cache keys on the text and the parameter names).
    func parameterValues(_ parameters: [String: Value]) -> [Value] {
        parameterNames.map { parameters[$0] ?? .null }
    }
}

/// Semantic check and planning of a query: resolves every variable to a slot, raises
/// compile-time errors with their location, and builds the operator tree.
///
/// Each single query of a UNION is planned by its own `SingleQueryPlanner` (own slots);
/// the branches meet as result rows of the same columns.
struct QueryPlanner {
    let context: CompilationContext

    init(store: GraphStore, parameters: [String: Value], options: DatabaseOptions, procedures: ProcedureRegistry? = nil) {
        context = CompilationContext(store: store, parameters: parameters, options: options)
        context.procedures = procedures
    }

    /// Deepest operator tree a query may produce (each level is a stack frame while pulling rows).
    static let maxPlanDepth = 1_000

    func plan(_ query: Query) throws -> PlannedQuery {
        let planned = try planUnchecked(query)
        if Self.depth(of: planned.root) > Self.maxPlanDepth {
            throw DossierError(.syntaxError, .nestingTooDeep,
                               "the query is too long: its plan is deeper than \(Self.maxPlanDepth) operators",
                               phase: .compileTime, at: query.first.range.start)
        }
        return planned
    }

    /// The depth of an operator tree, counting nested plans (computed without recursion).
    static func depth(of root: PhysicalOperator) -> Int {
        var deepest = 0
        var stack: [(PhysicalOperator, Int)] = [(root, 1)]
        while let (op, d) = stack.popLast() {
            deepest = max(deepest, d)
            if let s = op.source { stack.append((s, d + 1)) }
            for n in op.nestedPlans { stack.append((n, d + 1)) }
        }
        return deepest
    }

    private func planUnchecked(_ query: Query) throws -> PlannedQuery {
        if !query.unions.isEmpty {
            let alls = Set(query.unions.map(\.all))
            if alls.count > 1, let mixed = query.unions.first(where: { $0.all != query.unions[0].all }) {
                throw DossierError.compile(.invalidClauseComposition, "cannot mix UNION and UNION ALL",
                                           at: mixed.query.range.start)
            }
        }
        let first = try planSingle(query.first)
        if query.unions.isEmpty {
            return PlannedQuery(root: first.root, columns: first.columns, argumentWidth: first.width,
                                parameterNames: context.parameterNames)
        }
        var branches = [first.root], widths = [first.width]
        for (_, q) in query.unions {
            let b = try planSingle(q)
            if b.columns != first.columns {
                throw DossierError.compile(.differentColumnsInUnion,
                                           "all parts of a UNION must return the same columns", at: q.range.start)
            }
            branches.append(b.root)
            widths.append(b.width)
        }
        var root: PhysicalOperator = UnionOperator(branches: branches, widths: widths)
        if query.unions.first?.all == false {
            root = DistinctOperator(source: root, keySlots: Array(first.columns.indices))
        }
        return PlannedQuery(root: root, columns: first.columns, argumentWidth: 0,
                            parameterNames: context.parameterNames)
    }

    private func planSingle(_ q: SingleQuery) throws -> (root: PhysicalOperator, columns: [String], width: Int) {
        context.slots = SlotAllocator()
        let planner = SingleQueryPlanner(context: context)
        let (root, columns) = try planner.plan(q)
        return (root, columns, context.slots.count)
    }
}

/// Plans one single query clause by clause, tracking the scope.
final class SingleQueryPlanner {
    let context: CompilationContext
    var scope = Scope()
    var plan: PhysicalOperator
    /// Result columns, set by RETURN.
    var columns: [String] = []
    var resultSlots: [Int] = []
    /// Set once a RETURN was planned.
    var returned = false
    /// Whether the query so far contains an updating clause (for clause composition rules).
    var hasUpdates = false
    /// The clause after the one being planned ignores row multiplicities (see `MultiplicityAnalysis`).
    var endpointsOnly = false

    init(context: CompilationContext) {
        self.context = context
        self.plan = ArgumentOperator()
    }

    var compiler: ExpressionCompiler { ExpressionCompiler(context: context, scope: scope) }

    /// Plans an `EXISTS { ... }` body on top of the current scope: read-only, RETURN optional.
    func planSubquery(_ q: SingleQuery) throws -> PhysicalOperator {
        for clause in q.clauses {
            switch clause.kind {
            case .create, .merge, .set, .remove, .delete, .foreach:
                throw DossierError.compile(.invalidClauseComposition, "an EXISTS subquery cannot update the graph",
                                           at: clause.range.start)
            default: break
            }
        }
        _ = try plan(q, topLevel: false)
        return plan
    }

    func plan(_ q: SingleQuery, topLevel: Bool = true) throws -> (PhysicalOperator, [String]) {
        for (i, clause) in q.clauses.enumerated() {
            endpointsOnly = MultiplicityAnalysis.ignoresMultiplicity(i + 1 < q.clauses.count ? q.clauses[i + 1] : nil)
            if returned {
                throw DossierError.compile(.invalidClauseComposition, "RETURN must be the last clause", at: clause.range.start)
            }
            switch clause.kind {
            case .match(let optional, let pattern, let predicate):
                try planMatch(optional: optional, pattern: pattern, predicate: predicate, clause: clause)
            case .unwind(let list, let variable):
                try planUnwind(list, variable: variable, clause: clause)
            case .with(let projection):
                try planProjection(projection, isReturn: false, clause: clause)
            case .return_(let projection):
                try planProjection(projection, isReturn: true, clause: clause)
            case .create(let pattern):
                try planCreate(pattern, clause: clause)
                hasUpdates = true
            case .merge(let part, let onCreate, let onMatch):
                try planMerge(part, onCreate: onCreate, onMatch: onMatch, clause: clause)
                hasUpdates = true
            case .set(let items):
                try planSet(items, clause: clause)
                hasUpdates = true
            case .remove(let items):
                try planRemove(items, clause: clause)
                hasUpdates = true
            case .delete(let detach, let expressions):
                try planDelete(expressions, detach: detach, clause: clause)
                hasUpdates = true
            case .foreach(let variable, let list, let body):
                try planForeach(variable: variable, list: list, body: body, clause: clause)
                hasUpdates = true
            case .call(let call):
                try planCall(call, clause: clause, standalone: topLevel && q.clauses.count == 1)
            case .loadCSV(let load):
                try planLoadCSV(load, clause: clause)
            }
            _ = i
        }
        if !returned && topLevel {
            // A query ending in an updating clause returns no columns; one ending in a reading clause
            // still runs (and returns nothing).
            StreamingWrites.enable(in: plan, query: q)
            plan = ProduceResultsOperator(source: DiscardOperator(source: plan), slots: [], columns: [])
        }
        return (plan, columns)
    }

    // MARK: - MATCH

    func planMatch(optional: Bool, pattern: Pattern, predicate: Expression?, clause: Clause) throws {
        let outer = scope
        let chains = try PatternBinder(context: context).bind(pattern.parts, scope: &scope, usage: .match)
        let compiler = self.compiler
        var conjuncts = try PatternBinder(context: context).constraints(of: chains, compiler: compiler)
        if let predicate {
            var whereCompiler = compiler
            whereCompiler.aggregateContext = "WHERE"
            for part in splitConjunction(predicate) {
                let c = try whereCompiler.compilePredicate(part)
                conjuncts.append(Conjunct(expr: c.expr, dependencies: dependencies(of: part, scope),
                                          propertyEquality: try propertyEquality(in: part, compiler: whereCompiler)))
            }
        }
        let outerSlots = Set(outer.variables.values.map(\.slot))
        let leaf: PhysicalOperator = optional ? ArgumentOperator() : plan
        var matcher = MatchPlanner(context: context, source: leaf, bound: outerSlots, conjuncts: conjuncts)
        matcher.varLengthProperties = try PatternBinder(context: context).varLengthProperties(of: chains, compiler: compiler)
        matcher.breadthFirstVarLength = endpointsOnly && !optional && chains.count == 1
        try matcher.planChains(chains)
        matcher.applyAllFilters()
        if optional {
            let newSlots = Set(chains.flatMap(\.slots)).subtracting(outerSlots)
            plan = OptionalOperator(source: plan, inner: matcher.plan, nullSlots: newSlots.sorted())
        } else {
            plan = matcher.plan
        }
    }

    // MARK: - UNWIND

    func planUnwind(_ list: Expression, variable: String, clause: Clause) throws {
        var c = compiler
        c.aggregateContext = "UNWIND"
        let l = try c.compile(list)
        if scope.contains(variable) {
            throw DossierError.compile(.variableAlreadyBound, "variable `\(variable)` is already bound", at: clause.range.start)
        }
        let slot = context.slots.allocate(variable)
        let type: StaticType
        if case .list(let e) = l.type { type = e } else { type = l.type == .null ? .null : .any }
        scope.bind(BoundVariable(name: variable, slot: slot, type: type))
        plan = UnwindOperator(source: plan, list: l.expr, slot: slot, variable: variable)
    }
}
