/// A compiled expression with what is statically known about its type.
struct TypedExpr {
    var expr: Expr
    var type: StaticType
}

/// Aggregates found while compiling the items (and ORDER BY keys) of an aggregating projection.
final class AggregationCollector {
    /// One aggregate call: where its result goes and how to compute it.
    struct Spec {
        var slot: Int
        var name: String
        var distinct: Bool
        /// nil for `count(*)`.
        var arguments: [Expr]?
        var text: String
        var location: SourceLocation
    }
    /// The scope the aggregates' arguments are evaluated in (before the projection).
    let inputScope: Scope
    private(set) var specs: [Spec] = []
    private var byCanonical: [String: Int] = [:]

    init(inputScope: Scope) { self.inputScope = inputScope }

    /// The slot of an identical aggregate already collected.
    func existing(_ canonical: String) -> Int? { byCanonical[canonical].map { specs[$0].slot } }

    func add(_ spec: Spec, canonical: String) {
        byCanonical[canonical] = specs.count
        specs.append(spec)
    }
}

/// Compiles AST expressions into `Expr` trees for one scope, raising openCypher's compile-time
/// errors (UndefinedVariable, InvalidArgumentType on statically known types, InvalidAggregation,
/// NestedAggregation, AmbiguousAggregationExpression, UnknownFunction, InvalidNumberOfArguments,
/// MissingParameter...).
struct ExpressionCompiler {
    let context: CompilationContext
    var scope: Scope
    /// Canonical text of an expression → the variable holding its value (grouping keys and
    /// projected items after aggregation or DISTINCT).
    var substitutions: [String: BoundVariable] = [:]
    /// Non-nil where aggregates are allowed (RETURN/WITH items, ORDER BY after aggregation).
    var aggregation: AggregationCollector?
    /// Inside an aggregate's arguments (another aggregate there is NestedAggregation).
    var insideAggregate = false
    /// Variables that, when neither substituted nor in scope, raise AmbiguousAggregationExpression
    /// instead of UndefinedVariable (they are only usable inside an aggregate here).
    var ambiguousNames: Set<String> = []
    /// Where aggregates are forbidden, what to call the place in the error message.
    var aggregateContext = "this context"

    init(context: CompilationContext, scope: Scope) {
        self.context = context
        self.scope = scope
    }

    func compile(_ e: Expression) throws -> TypedExpr {
        context.compileDepth += 1
        defer { context.compileDepth -= 1 }
        if context.compileDepth >= Parser.stackCheckDepth && context.stackGuard.isLow {
            throw DossierError.compile(.nestingTooDeep, "expression nested too deeply for the available stack", at: e.location)
        }
        if !substitutions.isEmpty, let v = substitutions[e.canonicalText] {
            return TypedExpr(expr: SlotExpr(slot: v.slot, name: v.name, at: e.location), type: v.type)
        }
        let loc = e.location
        switch e.kind {
        case .literal(let l):
            let v: Value
            switch l {
            case .null: v = .null
            case .bool(let b): v = .bool(b)
            case .integer(let i): v = .int(i)
            case .float(let d): v = .float(d)
            case .string(let s): v = .string(s)
            }
            return TypedExpr(expr: ConstantExpr(v, at: loc), type: StaticType(of: v))

        case .parameter(let name):
            let index = try context.parameter(name, at: loc)
            return TypedExpr(expr: ParameterExpr(index: index, name: name, at: loc), type: .any)

        case .variable(let name):
            if let v = scope[name] {
                return TypedExpr(expr: SlotExpr(slot: v.slot, name: name, at: loc), type: v.type)
            }
            if ambiguousNames.contains(name) {
                throw DossierError.compile(.ambiguousAggregationExpression,
                                           "`\(name)` is used next to an aggregate but is not a grouping key", at: loc)
            }
            throw DossierError.compile(.undefinedVariable, "variable `\(name)` not defined", at: loc)

        case .property(let base, let key):
            let b = try compile(base)
            if !b.type.mayHaveProperties {
                let message = "cannot access property `\(key)` of a \(b.type)"
                if b.type == .path { throw DossierError.compile(.invalidArgumentType, message, at: loc) }
                throw DossierError.type(.invalidArgumentType, message, phase: .compileTime, at: loc)
            }
            return TypedExpr(expr: PropertyExpr(b.expr, key: key, at: loc), type: .any)

        case .subscript_(let base, let index):
            let b = try compile(base), i = try compile(index)
            let t: StaticType = b.type.elementType
            return fold(SubscriptExpr(b.expr, i.expr, at: loc), [b, i], type: t)

        case .slice(let base, let from, let to):
            let b = try compile(base)
            let f = try from.map(compile), t = try to.map(compile)
            return fold(SliceExpr(b.expr, f?.expr, t?.expr, at: loc), [b] + [f, t].compactMap { $0 }, type: b.type)

        case .list(let items):
            let cs = try items.map(compile)
            return fold(ListExpr(cs.map(\.expr), at: loc), cs, type: .list(StaticType.join(cs.map(\.type))))

        case .map(let entries):
            let cs = try entries.map { try compile($0.1) }
            return fold(MapExpr(keys: entries.map(\.0), values: cs.map(\.expr), at: loc), cs, type: .map)

        case .mapProjection(let base, let items):
            let b = try compile(base)
            if !b.type.mayHaveProperties {
                throw DossierError.type(.invalidArgumentType, "map projection of a \(b.type)", phase: .compileTime, at: loc)
            }
            var out: [MapProjectionExpr.Item] = []
            for item in items {
                switch item {
                case .property(let k): out.append(.property(SymbolRef(k, .key)))
                case .allProperties: out.append(.all)
                case .literal(let k, let v): out.append(.entry(k, try compile(v).expr))
                case .variable(let v):
                    out.append(.entry(v, try compile(Expression(.variable(v), e.range)).expr))
                }
            }
            return TypedExpr(expr: MapProjectionExpr(b.expr, items: out, at: loc), type: .map)

        case .unary(let op, let operand):
            let o = try compile(operand)
            switch op {
            case .not:
                try requireBoolean(o, "NOT", at: operand.location)
                return fold(NotExpr(o.expr, at: loc), [o], type: .bool)
            case .negate:
                try requireNumber(o, "unary minus", at: operand.location)
                return fold(NegateExpr(o.expr, at: loc), [o], type: o.type == .null ? .null : o.type)
            case .plus:
                try requireNumber(o, "unary plus", at: operand.location)
                return o
            }

        case .binary(let op, let lhs, let rhs):
            return try compileBinary(op, lhs, rhs, at: loc)

        case .comparison(let first, let rest):
            let f = try compile(first)
            let others = try rest.map { try compile($0.1) }
            return fold(ComparisonExpr(operands: [f.expr] + others.map(\.expr), operators: rest.map(\.0), at: loc),
                        [f] + others, type: .bool)

        case .isNull(let operand, let negated):
            let o = try compile(operand)
            return fold(IsNullExpr(o.expr, negated: negated, at: loc), [o], type: .bool)

        case .hasLabels(let base, let labels):
            let b = try compile(base)
            if !b.type.mayBeNode {
                throw DossierError.compile(.invalidArgumentType, "label predicates need a node, got \(b.type)", at: loc)
            }
            return TypedExpr(expr: HasLabelsExpr(b.expr, labels: labels, at: loc), type: .bool)

        case .functionCall(let name, let distinct, let arguments):
            return try compileFunction(name: name, distinct: distinct, arguments: arguments, expression: e)

        case .countStar:
            return try compileAggregate(name: "count", distinct: false, arguments: nil, expression: e)

        case .caseWhen(let subject, let branches, let otherwise):
            let s = try subject.map(compile)
            let conditions = try branches.map { try compile($0.0) }
            let results = try branches.map { try compile($0.1) }
            let o = try otherwise.map(compile)
            let type = StaticType.join(results.map(\.type) + (o.map { [$0.type] } ?? [.null]))
            return TypedExpr(expr: CaseExpr(subject: s?.expr, conditions: conditions.map(\.expr),
                                            results: results.map(\.expr), otherwise: o?.expr, at: loc), type: type)

        case .listComprehension(let variable, let list, let predicate, let projection):
            let l = try compile(list)
            try requireList(l, "a list comprehension", at: list.location)
            var inner = self
            let slot = context.slots.allocate(variable)
            inner.scope.bind(BoundVariable(name: variable, slot: slot, type: l.type.elementType))
            inner.substitutions = [:]
            inner.aggregation = nil
            inner.aggregateContext = "a list iteration"
            let p = try predicate.map { try inner.compilePredicate($0) }
            let proj = try projection.map(inner.compile)
            return TypedExpr(expr: ListComprehensionExpr(slot: slot, list: l.expr, predicate: p?.expr,
                                                         projection: proj?.expr, at: loc),
                             type: .list(proj?.type ?? l.type.elementType))

        case .quantifier(let q, let variable, let list, let predicate):
            let l = try compile(list)
            try requireList(l, q.rawValue, at: list.location)
            var inner = self
            let slot = context.slots.allocate(variable)
            inner.scope.bind(BoundVariable(name: variable, slot: slot, type: l.type.elementType))
            inner.substitutions = [:]
            inner.aggregation = nil
            inner.aggregateContext = "a list iteration"
            let p = try predicate.map { try inner.compilePredicate($0) }
            return TypedExpr(expr: QuantifierExpr(q, slot: slot, list: l.expr, predicate: p?.expr, at: loc), type: .bool)

        case .reduce(let accumulator, let initial, let variable, let list, let body):
            let i = try compile(initial)
            let l = try compile(list)
            try requireList(l, "reduce", at: list.location)
            var inner = self
            let accSlot = context.slots.allocate(accumulator)
            let slot = context.slots.allocate(variable)
            inner.scope.bind(BoundVariable(name: accumulator, slot: accSlot, type: .any))
            inner.scope.bind(BoundVariable(name: variable, slot: slot, type: l.type.elementType))
            inner.substitutions = [:]
            inner.aggregation = nil
            inner.aggregateContext = "a list iteration"
            let b = try inner.compile(body)
            return TypedExpr(expr: ReduceExpr(accumulatorSlot: accSlot, initial: i.expr, slot: slot, list: l.expr,
                                              body: b.expr, at: loc), type: .any)

        case .patternPredicate(let element):
            return try compilePatternPredicate(element, at: loc)

        case .patternComprehension(let pathVariable, let element, let predicate, let projection):
            return try compilePatternComprehension(pathVariable: pathVariable, element: element,
                                                   predicate: predicate, projection: projection, at: loc)

        case .existsSubquery(let q):
            let inner = SingleQueryPlanner(context: context)
            inner.scope = scope
            return TypedExpr(expr: PatternExistsExpr(plan: try inner.planSubquery(q), at: loc), type: .bool)

        case .shortestPathExpression:
            throw DossierError.notSupported("shortestPath() as an expression", at: loc)
        }
    }

    /// Compiles a predicate (WHERE, comprehension filters): its type must allow a boolean.
    func compilePredicate(_ e: Expression) throws -> TypedExpr {
        let c = try compile(e)
        try requireBoolean(c, "a predicate", at: e.location)
        return c
    }

    private func compileBinary(_ op: BinaryOperator, _ lhs: Expression, _ rhs: Expression,
                               at loc: SourceLocation) throws -> TypedExpr {
        let a = try compile(lhs), b = try compile(rhs)
        switch op {
        case .and, .or, .xor:
            try requireBoolean(a, op.rawValue, at: lhs.location)
            try requireBoolean(b, op.rawValue, at: rhs.location)
            let e: Expr
            switch op {
            case .and: e = AndExpr(a.expr, b.expr, at: loc)
            case .or: e = OrExpr(a.expr, b.expr, at: loc)
            default: e = XorExpr(a.expr, b.expr, at: loc)
            }
            return fold(e, [a, b], type: .bool)
        case .add:
            let ok: Bool
            switch (a.type, b.type) {
            case (.any, _), (_, .any), (.null, _), (_, .null), (.list, _), (_, .list): ok = true
            case (.string, .string): ok = true
            case (.string, let t), (let t, .string): ok = t.isNumeric
            default: ok = a.type.isNumeric && b.type.isNumeric
            }
            if !ok {
                throw DossierError.compile(.invalidArgumentType, "cannot add \(a.type) and \(b.type)", at: loc)
            }
            return fold(ArithmeticExpr(op, a.expr, b.expr, at: loc), [a, b], type: arithmeticType(a.type, b.type, op))
        case .subtract, .multiply, .divide, .modulo, .power:
            try requireNumber(a, op.rawValue, at: lhs.location)
            try requireNumber(b, op.rawValue, at: rhs.location)
            return fold(ArithmeticExpr(op, a.expr, b.expr, at: loc), [a, b], type: arithmeticType(a.type, b.type, op))
        case .in:
            if !b.type.mayBeList {
                throw DossierError.compile(.invalidArgumentType, "IN expects a list, got \(b.type)", at: rhs.location)
            }
            return fold(InExpr(a.expr, b.expr, at: loc), [a, b], type: .bool)
        case .startsWith, .endsWith, .contains:
            return fold(StringPredicateExpr(op, a.expr, b.expr, at: loc), [a, b], type: .bool)
        case .regexMatch:
            return TypedExpr(expr: RegexMatchExpr(a.expr, b.expr, at: loc), type: .bool)
        }
    }

    private func arithmeticType(_ a: StaticType, _ b: StaticType, _ op: BinaryOperator) -> StaticType {
        if a == .null || b == .null { return .null }
        if op == .power { return .float }
        switch (a, b) {
        case (.int, .int): return .int
        case (.float, .float), (.int, .float), (.float, .int): return .float
        case (.string, _), (_, .string): return op == .add ? .string : .any
        case (.list, _), (_, .list): return op == .add ? .list(.any) : .any
        default: return a.isNumeric && b.isNumeric ? .number : .any
        }
    }

    // MARK: - Static type requirements

    func requireBoolean(_ e: TypedExpr, _ what: String, at loc: SourceLocation) throws {
        if !e.type.mayBeBoolean {
            throw DossierError.compile(.invalidArgumentType, "\(what) expects a boolean, got \(e.type)", at: loc)
        }
    }

    func requireNumber(_ e: TypedExpr, _ what: String, at loc: SourceLocation) throws {
        if !e.type.mayBeNumber {
            throw DossierError.compile(.invalidArgumentType, "\(what) expects a number, got \(e.type)", at: loc)
        }
    }

    func requireList(_ e: TypedExpr, _ what: String, at loc: SourceLocation) throws {
        if !e.type.mayBeList {
            throw DossierError.compile(.invalidArgumentType, "\(what) expects a list, got \(e.type)", at: loc)
        }
    }

    // MARK: - Constant folding

    /// `e`, evaluated now when all `operands` are constants (an evaluation error is left for runtime).
    func fold(_ e: Expr, _ operands: [TypedExpr], type: StaticType) -> TypedExpr {
        if operands.allSatisfy({ $0.expr.constantValue != nil }),
           let v = try? e.eval([], context.foldingState) {
            return TypedExpr(expr: ConstantExpr(v, at: e.location), type: type == .any ? StaticType(of: v) : type)
        }
        return TypedExpr(expr: e, type: type)
    }
}
