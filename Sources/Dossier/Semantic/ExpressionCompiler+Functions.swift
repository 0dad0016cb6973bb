/// Function calls and aggregates.
extension ExpressionCompiler {
    /// Argument types the semantic check can reject at compile time (`labels(path)`,
    /// `size(path)`, `properties(1)`...), by lower-case function name.
    private static func acceptsFirstArgument(_ name: String, _ t: StaticType) -> Bool {
        switch name {
        case "labels": return t.mayBeNode
        case "type", "startnode", "endnode": return t.mayBeRelationship
        case "length": return t.mayBePath || t.mayBeString || t.mayBeList
        case "size": return t.mayBeList || t.mayBeString
        case "nodes", "relationships": return t.mayBePath
        case "properties", "keys": return t == .map || t.mayBeNode || t.mayBeRelationship
        case "id": return t.mayBeNode || t.mayBeRelationship
        default: return true
        }
    }

    /// Result types of common functions (others are `.any`).
    private static func resultType(_ name: String, _ args: [TypedExpr]) -> StaticType {
        switch name {
        case "labels", "keys": return .list(.string)
        case "type", "tostring", "toupper", "tolower", "trim", "ltrim", "rtrim", "substring", "replace", "left", "right":
            return .string
        case "reverse" where args.first?.type == .string:
            return .string
        case "length", "size", "id", "tointeger", "sign": return .int
        case "tofloat", "sqrt", "rand", "log", "log10", "exp", "e", "pi", "sin", "cos", "tan": return .float
        case "toboolean": return .bool
        case "properties": return .map
        case "nodes": return .list(.node)
        case "relationships": return .list(.relationship)
        case "startnode", "endnode": return .node
        case "range": return .list(.int)
        case "split": return .list(.string)
        case "head", "last": return args.first?.type.elementType ?? .any
        case "tail", "reverse": return args.first?.type ?? .any
        case "coalesce": return StaticType.join(args.map(\.type))
        case "abs", "ceil", "floor", "round": return args.first?.type ?? .any
        default: return .any
        }
    }

    func compileFunction(name: String, distinct: Bool, arguments: [Expression], expression e: Expression) throws -> TypedExpr {
        let loc = e.location
        guard let f = BuiltinFunctions.lookup(name) else {
            throw DossierError.compile(.unknownFunction, "unknown function `\(name)`", at: loc)
        }
        guard f.accepts(arity: arguments.count) else {
            throw DossierError.compile(.invalidNumberOfArguments,
                                       "\(f.name)() takes \(f.minArity == f.maxArity ? "\(f.minArity)" : "\(f.minArity) or more") argument(s), got \(arguments.count)",
                                       at: loc)
        }
        if f.isAggregate {
            return try compileAggregate(name: f.name, distinct: distinct, arguments: arguments, expression: e)
        }
        let lower = f.name.lowercased()
        if lower == "exists", let arg = arguments.first {
            switch arg.kind {
            case .patternPredicate(let element): return try compilePatternPredicate(element, at: arg.location)
            case .property, .subscript_: break
            default:
                throw DossierError.compile(.invalidArgumentType, "exists() expects a property or a pattern", at: arg.location)
            }
        }
        let args = try arguments.map(compile)
        if let first = args.first, !Self.acceptsFirstArgument(lower, first.type) {
            throw DossierError.compile(.invalidArgumentType, "\(f.name)() cannot take a \(first.type)", at: arguments[0].location)
        }
        let call = FunctionExpr(f, args.map(\.expr), at: loc)
        let type = Self.resultType(lower, args)
        if f.isDeterministic { return fold(call, args, type: type) }
        return TypedExpr(expr: call, type: type)
    }

    /// An aggregate call: compiled into the collector; the expression reads its result slot.
    func compileAggregate(name: String, distinct: Bool, arguments: [Expression]?, expression e: Expression) throws -> TypedExpr {
        let loc = e.location
        if insideAggregate {
            throw DossierError.compile(.nestedAggregation, "an aggregate cannot contain another aggregate", at: loc)
        }
        guard let agg = aggregation else {
            throw DossierError.compile(.invalidAggregation, "aggregates are not allowed in \(aggregateContext)", at: loc)
        }
        let canonical = e.canonicalText
        for a in arguments ?? [] {
            var nonDeterministic = false
            a.forEachSubexpression { s in
                if case .functionCall(let n, _, _) = s.kind, BuiltinFunctions.lookup(n)?.isDeterministic == false {
                    nonDeterministic = true
                }
            }
            if nonDeterministic {
                throw DossierError.compile(.nonConstantExpression, "an aggregate's argument cannot be non-deterministic", at: a.location)
            }
        }
        var inner = ExpressionCompiler(context: context, scope: agg.inputScope)
        inner.aggregation = agg
        inner.insideAggregate = true
        let args = try arguments?.map(inner.compile)
        let type: StaticType
        switch name.lowercased() {
        case "count": type = .int
        case "collect": type = .list(args?.first?.type ?? .any)
        case "avg", "stdev", "stdevp", "percentilecont": type = .float
        default: type = args?.first?.type ?? .any
        }
        if let slot = agg.existing(canonical) {
            return TypedExpr(expr: SlotExpr(slot: slot, name: e.canonicalText, at: loc), type: type)
        }
        let slot = context.slots.allocate(" \(name)")
        agg.add(.init(slot: slot, name: name, distinct: distinct, arguments: args?.map(\.expr), text: canonical, location: loc),
                canonical: canonical)
        return TypedExpr(expr: SlotExpr(slot: slot, name: " \(canonical)", at: loc), type: type)
    }
}
