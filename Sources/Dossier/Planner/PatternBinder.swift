/// The semantic check of patterns: binds pattern variables into the scope (checking
/// VariableTypeConflict, VariableAlreadyBound, RelationshipUniquenessViolation,
/// InvalidParameterUse) and turns pattern parts into slot-resolved `PatternChain`s.
struct PatternBinder {
    let context: CompilationContext

    /// What kind of clause the pattern belongs to (the rules differ slightly).
    enum Usage {
        case match, merge
        /// A pattern predicate: may not introduce named variables.
        case predicate
        /// A pattern comprehension: may introduce variables of its own.
        case comprehension
    }

    /// Binds the variables of `parts` into `scope`; returns one chain per part.
    func bind(_ parts: [PatternPart], scope: inout Scope, usage: Usage) throws -> [PatternChain] {
        let before = scope
        var roles: [String: StaticType] = [:]   // variables bound by this pattern, by role
        var chains: [PatternChain] = []

        func nodeSlot(_ np: NodePattern) throws -> Int {
            if let p = np.properties, case .parameter = p.kind, usage == .match || usage == .merge {
                throw DossierError.compile(.invalidParameterUse, "a parameter cannot be used as a property map in a pattern here",
                                           at: p.location)
            }
            guard let name = np.variable else { return context.slots.allocate(" node") }
            if let role = roles[name] {
                guard role == .node else {
                    throw DossierError.compile(.variableTypeConflict,
                                               "`\(name)` is already used as a \(role)", at: np.range.start)
                }
                return scope[name]?.slot ?? context.slots.allocate(name)
            }
            if let v = before[name] {
                guard v.type.mayBeNode else {
                    throw DossierError.compile(.variableTypeConflict, "`\(name)` is a \(v.type), not a node", at: np.range.start)
                }
                roles[name] = .node
                scope.setType(name, .node)
                return v.slot
            }
            if usage == .predicate {
                throw DossierError.compile(.undefinedVariable, "variable `\(name)` not defined (a pattern predicate cannot introduce variables)",
                                           at: np.range.start)
            }
            let slot = context.slots.allocate(name)
            roles[name] = .node
            scope.bind(BoundVariable(name: name, slot: slot, type: .node))
            return slot
        }

        func relationshipSlot(_ rp: RelationshipPattern) throws -> Int {
            if let p = rp.properties, case .parameter = p.kind, usage == .match || usage == .merge {
                throw DossierError.compile(.invalidParameterUse, "a parameter cannot be used as a property map in a pattern here",
                                           at: p.location)
            }
            guard let name = rp.variable else { return context.slots.allocate(" rel") }
            let type: StaticType = rp.length == nil ? .relationship : .list(.relationship)
            if let role = roles[name] {
                if role == .relationship || role == .list(.relationship) {
                    throw DossierError.compile(.relationshipUniquenessViolation,
                                               "relationship `\(name)` is used twice in one pattern", at: rp.range.start)
                }
                throw DossierError.compile(.variableTypeConflict, "`\(name)` is already used as a \(role)", at: rp.range.start)
            }
            if let v = before[name] {
                if rp.length != nil {
                    guard v.type.mayBeList else {
                        throw DossierError.compile(.variableTypeConflict, "`\(name)` is a \(v.type), not a list of relationships",
                                                   at: rp.range.start)
                    }
                    roles[name] = .list(.relationship)
                    return v.slot
                }
                guard v.type.mayBeRelationship else {
                    throw DossierError.compile(.variableTypeConflict, "`\(name)` is a \(v.type), not a relationship",
                                               at: rp.range.start)
                }
                if usage == .merge {
                    throw DossierError.compile(.variableAlreadyBound, "`\(name)` is already bound", at: rp.range.start)
                }
                roles[name] = .relationship
                return v.slot
            }
            if usage == .predicate {
                throw DossierError.compile(.undefinedVariable, "variable `\(name)` not defined (a pattern predicate cannot introduce variables)",
                                           at: rp.range.start)
            }
            let slot = context.slots.allocate(name)
            roles[name] = type
            scope.bind(BoundVariable(name: name, slot: slot, type: type))
            return slot
        }

        for part in parts {
            let element = part.element
            var nodes = [PatternChain.Node(slot: try nodeSlot(element.start), name: element.start.variable,
                                           labels: element.start.labels, properties: element.start.properties,
                                           range: element.start.range)]
            var rels: [PatternChain.Relationship] = []
            for step in element.steps {
                let r = step.relationship
                if let len = r.length, let mn = len.min, mn < 0 {
                    throw DossierError.compile(.invalidRelationshipPattern, "negative relationship length", at: r.range.start)
                }
                rels.append(.init(slot: try relationshipSlot(r), name: r.variable, types: r.types, direction: r.direction,
                                  length: r.length, properties: r.properties, range: r.range))
                nodes.append(.init(slot: try nodeSlot(step.node), name: step.node.variable, labels: step.node.labels,
                                   properties: step.node.properties, range: step.node.range))
            }
            var pathSlot: Int?
            if let p = part.pathVariable {
                if let role = roles[p] {
                    throw DossierError.compile(.variableAlreadyBound, "`\(p)` is already used as a \(role)", at: part.range.start)
                }
                if before.contains(p) {
                    throw DossierError.compile(.variableAlreadyBound, "variable `\(p)` is already bound", at: part.range.start)
                }
                let slot = context.slots.allocate(p)
                roles[p] = .path
                scope.bind(BoundVariable(name: p, slot: slot, type: .path))
                pathSlot = slot
            }
            chains.append(PatternChain(nodes: nodes, relationships: rels, pathSlot: pathSlot, pathName: part.pathVariable,
                                       selector: part.selector, range: part.range))
        }
        return chains
    }

    /// Property equalities of variable-length relationships (checked by the expand operator), by slot.
    func varLengthProperties(of chains: [PatternChain], compiler: ExpressionCompiler) throws -> [Int: [(String, Expr)]] {
        var out: [Int: [(String, Expr)]] = [:]
        for chain in chains {
            for r in chain.relationships where r.isVarLength {
                guard let props = r.properties else { continue }
                guard case .map(let entries) = props.kind else {
                    throw DossierError.notSupported("a parameter as the property map of a variable-length relationship",
                                                    at: props.location)
                }
                out[r.slot] = try entries.map { ($0.0, try compiler.compile($0.1).expr) }
            }
        }
        return out
    }

    /// The predicates written inside the chains (labels, property maps) as conjuncts.
    /// Property maps of variable-length relationships are left to the expand operator.
    func constraints(of chains: [PatternChain], compiler: ExpressionCompiler) throws -> [Conjunct] {
        var out: [Conjunct] = []
        func propertyConjuncts(slot: Int, name: String, _ props: Expression?) throws {
            guard let props else { return }
            guard case .map(let entries) = props.kind else {
                // A parameter map (allowed in pattern predicates): compare every entry.
                let m = try compiler.compile(props)
                out.append(Conjunct(expr: PropertyMapMatchExpr(SlotExpr(slot: slot, name: name, at: props.location), m.expr,
                                                               at: props.location),
                                    dependencies: dependencies(of: props, compiler.scope).union([slot])))
                return
            }
            for (k, v) in entries {
                let value = try compiler.compile(v)
                let lhs = PropertyExpr(SlotExpr(slot: slot, name: name, at: v.location), key: k, at: v.location)
                let valueDeps = dependencies(of: v, compiler.scope)
                out.append(Conjunct(expr: ComparisonExpr(operands: [lhs, value.expr], operators: [.equal], at: v.location),
                                    dependencies: valueDeps.union([slot]),
                                    propertyEquality: valueDeps.contains(slot) ? nil
                                        : PropertyEquality(slot: slot, key: k, value: value.expr, valueDependencies: valueDeps,
                                                           isList: false)))
            }
        }
        for chain in chains {
            for n in chain.nodes {
                let name = n.name ?? " node"
                for l in n.labels {
                    out.append(Conjunct(expr: HasLabelsExpr(SlotExpr(slot: n.slot, name: name, at: n.range.start), labels: [l],
                                                            at: n.range.start),
                                        dependencies: [n.slot], labelOf: (n.slot, l)))
                }
                try propertyConjuncts(slot: n.slot, name: name, n.properties)
            }
            for r in chain.relationships where !r.isVarLength {
                try propertyConjuncts(slot: r.slot, name: r.name ?? " rel", r.properties)
            }
        }
        return out
    }
}

/// The slots an AST expression reads, resolved in `scope` (unknown names are ignored).
func dependencies(of e: Expression, _ scope: Scope) -> Set<Int> {
    let free = e.freeVariables
    // A subquery may read any variable in scope.
    if free.contains(" subquery") { return Set(scope.variables.values.map(\.slot)) }
    return Set(free.compactMap { scope[$0]?.slot })
}

/// `n.key = value`, `value = n.key` or `n.key IN list` in a WHERE conjunct, for index seeks.
func propertyEquality(in e: Expression, compiler: ExpressionCompiler) throws -> PropertyEquality? {
    func property(_ x: Expression) -> (Int, String)? {
        guard case .property(let base, let key) = x.kind, case .variable(let name) = base.kind,
              let v = compiler.scope[name], v.type == .node else { return nil }
        return (v.slot, key)
    }
    func make(_ p: (Int, String), _ value: Expression, isList: Bool) throws -> PropertyEquality? {
        let deps = dependencies(of: value, compiler.scope)
        if deps.contains(p.0) || !value.freeVariables.allSatisfy({ compiler.scope.contains($0) }) { return nil }
        return PropertyEquality(slot: p.0, key: p.1, value: try compiler.compile(value).expr, valueDependencies: deps,
                                isList: isList)
    }
    switch e.kind {
    case .comparison(let first, let rest) where rest.count == 1 && rest[0].0 == .equal:
        if let p = property(first) { return try make(p, rest[0].1, isList: false) }
        if let p = property(rest[0].1) { return try make(p, first, isList: false) }
    case .binary(.in, let lhs, let rhs):
        if let p = property(lhs) { return try make(p, rhs, isList: true) }
    default: break
    }
    return nil
}

/// Splits a predicate into its top-level AND operands.
func splitConjunction(_ e: Expression) -> [Expression] {
    if case .binary(.and, let a, let b) = e.kind { return splitConjunction(a) + splitConjunction(b) }
    return [e]
}
