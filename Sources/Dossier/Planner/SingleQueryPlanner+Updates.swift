/// CREATE, MERGE, SET, REMOVE, DELETE and FOREACH.
extension SingleQueryPlanner {
    // MARK: - CREATE

    /// Checks a pattern for CREATE or MERGE and turns it into create steps, binding new variables.
    /// `alreadyBound` are the slots that exist before (those are not created).
    private func createSteps(_ parts: [PatternPart], isMerge: Bool) throws -> [CreateStep] {
        var steps: [CreateStep] = []
        let clause = isMerge ? "MERGE" : "CREATE"
        var createdHere = Set<String>()

        func node(_ np: NodePattern, alone: Bool) throws -> Int {
            if let name = np.variable, let v = scope[name] {
                if !np.labels.isEmpty || np.properties != nil || alone {
                    throw DossierError.compile(.variableAlreadyBound, "variable `\(name)` is already bound", at: np.range.start)
                }
                guard v.type.mayBeNode else {
                    throw DossierError.compile(.variableTypeConflict, "`\(name)` is a \(v.type), not a node", at: np.range.start)
                }
                if isMerge && createdHere.contains(name) { return v.slot }
                return v.slot
            }
            if let p = np.properties, case .parameter = p.kind, isMerge {
                throw DossierError.compile(.invalidParameterUse, "a parameter cannot be used as a property map in MERGE",
                                           at: p.location)
            }
            let props = try np.properties.map { try compiler.compile($0).expr }
            let slot = context.slots.allocate(np.variable ?? " node")
            if let name = np.variable {
                scope.bind(BoundVariable(name: name, slot: slot, type: .node))
                createdHere.insert(name)
            }
            steps.append(.node(slot: slot, labels: np.labels.map { SymbolRef($0, .label) }, properties: props))
            return slot
        }

        for part in parts {
            let element = part.element
            var previous = try node(element.start, alone: element.steps.isEmpty && !isMerge)
            var nodeSlots = [previous]
            var relSlots: [Int] = []
            var pendingRels: [(RelationshipPattern, Int)] = []
            for step in element.steps {
                let r = step.relationship
                if let name = r.variable, scope.contains(name) {
                    throw DossierError.compile(.variableAlreadyBound, "variable `\(name)` is already bound", at: r.range.start)
                }
                if r.length != nil {
                    throw DossierError.compile(.creatingVarLength, "\(clause) cannot use a variable-length relationship",
                                               at: r.range.start)
                }
                if r.types.count != 1 {
                    throw DossierError.compile(.noSingleRelationshipType, "\(clause) needs exactly one relationship type",
                                               at: r.range.start)
                }
                if r.direction == .both && !isMerge {
                    throw DossierError.compile(.requiresDirectedRelationship, "CREATE needs a directed relationship",
                                               at: r.range.start)
                }
                if let name = r.variable, scope.contains(name) {
                    throw DossierError.compile(.variableAlreadyBound, "variable `\(name)` is already bound", at: r.range.start)
                }
                if let p = r.properties, case .parameter = p.kind, isMerge {
                    throw DossierError.compile(.invalidParameterUse, "a parameter cannot be used as a property map in MERGE",
                                               at: p.location)
                }
                let next = try node(step.node, alone: false)
                let slot = context.slots.allocate(r.variable ?? " rel")
                pendingRels.append((r, slot))
                relSlots.append(slot)
                let (start, end) = r.direction == .incoming ? (next, previous) : (previous, next)
                steps.append(.relationship(slot: slot, type: SymbolRef(r.types[0], .type), startSlot: start, endSlot: end,
                                           properties: nil, location: r.range.start))
                nodeSlots.append(next)
                previous = next
            }
            // Relationship properties may refer to nodes of the same pattern: compile them once all are bound.
            for (r, slot) in pendingRels {
                if let name = r.variable { scope.bind(BoundVariable(name: name, slot: slot, type: .relationship)) }
            }
            for (r, slot) in pendingRels {
                guard let props = r.properties else { continue }
                let expr = try compiler.compile(props).expr
                if let i = steps.firstIndex(where: { if case .relationship(slot, _, _, _, _, _) = $0 { return true }; return false }),
                   case let .relationship(s, t, a, b, _, loc) = steps[i] {
                    steps[i] = .relationship(slot: s, type: t, startSlot: a, endSlot: b, properties: expr, location: loc)
                }
            }
            if let p = part.pathVariable {
                if scope.contains(p) {
                    throw DossierError.compile(.variableAlreadyBound, "variable `\(p)` is already bound", at: part.range.start)
                }
                let slot = context.slots.allocate(p)
                let pathSteps = relSlots.indices.map { PathExpr.Step(relationshipSlot: relSlots[$0], isList: false,
                                                                     nodeSlot: nodeSlots[$0 + 1]) }
                steps.append(.path(slot: slot, PathExpr(startSlot: nodeSlots[0], steps: pathSteps, at: part.range.start)))
                scope.bind(BoundVariable(name: p, slot: slot, type: .path))
            }
        }
        return steps
    }

    func planCreate(_ pattern: Pattern, clause: Clause) throws {
        let steps = try createSteps(pattern.parts, isMerge: false)
        plan = CreateOperator(source: plan, steps: steps)
    }

    // MARK: - MERGE

    func planMerge(_ part: PatternPart, onCreate: [SetItem], onMatch: [SetItem], clause: Clause) throws {
        let outer = scope
        // Validate as a create pattern first (types, lengths, bound variables), on a copy of the scope.
        let createScopeStart = scope
        let steps = try createSteps([part], isMerge: true)
        let afterCreate = scope
        scope = createScopeStart
        if part.element.steps.isEmpty, let v = part.element.start.variable, outer.contains(v) {
            throw DossierError.compile(.variableAlreadyBound, "variable `\(v)` is already bound", at: part.element.start.range.start)
        }
        // The match half: binds the same variables (to the same slots) by matching.
        var matchScope = outer
        let binder = PatternBinder(context: context)
        let chains = try binder.bind([part], scope: &matchScope, usage: .merge)
        let remapped = remap(chains, to: afterCreate, outer: outer)
        var c = compiler
        c.scope = afterCreate
        let conjuncts = try binder.constraints(of: remapped, compiler: c)
        var matcher = MatchPlanner(context: context, source: ArgumentOperator(),
                                   bound: Set(outer.variables.values.map(\.slot)), conjuncts: conjuncts)
        try matcher.planChains(remapped)
        matcher.applyAllFilters()
        scope = afterCreate
        let matchActions = try setActions(onMatch)
        let createActions = try setActions(onCreate)
        plan = MergeOperator(source: plan, match: matcher.plan, create: steps, onMatch: matchActions, onCreate: createActions)
    }

    /// Gives the match chains the slots the create steps use, so both halves fill the same slots.
    private func remap(_ chains: [PatternChain], to created: Scope, outer: Scope) -> [PatternChain] {
        // Named variables already share slots through the scope; anonymous ones are matched by position.
        var result = chains
        for (ci, chain) in chains.enumerated() {
            for (ni, n) in chain.nodes.enumerated() {
                if let name = n.name, let v = created[name] { result[ci].nodes[ni].slot = v.slot }
            }
            for (ri, r) in chain.relationships.enumerated() {
                if let name = r.name, let v = created[name] { result[ci].relationships[ri].slot = v.slot }
            }
            if let name = chain.pathName, let v = created[name] { result[ci].pathSlot = v.slot }
        }
        return result
    }

    // MARK: - SET / REMOVE

    func setActions(_ items: [SetItem]) throws -> [SetAction] {
        let c = compiler
        func variable(_ name: String, _ range: SourceRange) throws -> Expr {
            guard let v = scope[name] else {
                throw DossierError.compile(.undefinedVariable, "variable `\(name)` not defined", at: range.start)
            }
            return SlotExpr(slot: v.slot, name: name, at: range.start)
        }
        return try items.map { item in
            switch item {
            case let .property(target, key, value):
                return .property(target: try c.compile(target).expr, key: SymbolRef(key, .key), value: try c.compile(value).expr)
            case let .replaceProperties(name, value, range):
                return .properties(target: try variable(name, range), value: try c.compile(value).expr, merge: false)
            case let .mergeProperties(name, value, range):
                return .properties(target: try variable(name, range), value: try c.compile(value).expr, merge: true)
            case let .labels(name, labels, range):
                return .addLabels(target: try variable(name, range), labels: labels.map { SymbolRef($0, .label) })
            }
        }
    }

    func planSet(_ items: [SetItem], clause: Clause) throws {
        plan = SetOperator(source: plan, actions: try setActions(items), isRemove: false)
    }

    func planRemove(_ items: [RemoveItem], clause: Clause) throws {
        let c = compiler
        let actions: [SetAction] = try items.map { item in
            switch item {
            case let .property(target, key):
                return .removeProperty(target: try c.compile(target).expr, key: SymbolRef(key, .key))
            case let .labels(name, labels, range):
                guard let v = scope[name] else {
                    throw DossierError.compile(.undefinedVariable, "variable `\(name)` not defined", at: range.start)
                }
                return .removeLabels(target: SlotExpr(slot: v.slot, name: name, at: range.start),
                                     labels: labels.map { SymbolRef($0, .label) })
            }
        }
        plan = SetOperator(source: plan, actions: actions, isRemove: true)
    }

    // MARK: - DELETE

    func planDelete(_ expressions: [Expression], detach: Bool, clause: Clause) throws {
        var c = compiler
        c.aggregateContext = "DELETE"
        let exprs: [Expr] = try expressions.map { e in
            if case .hasLabels = e.kind {
                throw DossierError.compile(.invalidDelete, "DELETE removes entities, not labels (use REMOVE)", at: e.location)
            }
            let t = try c.compile(e)
            switch t.type {
            case .any, .null, .node, .relationship, .path, .list: break
            default:
                throw DossierError.compile(.invalidArgumentType, "DELETE needs a node, relationship or path, got \(t.type)",
                                           at: e.location)
            }
            return t.expr
        }
        plan = DeleteOperator(source: plan, expressions: exprs, detach: detach)
    }

    // MARK: - FOREACH

    func planForeach(variable: String, list: Expression, body: [Clause], clause: Clause) throws {
        let l = try compiler.compile(list)
        let slot = context.slots.allocate(variable)
        let inner = SingleQueryPlanner(context: context)
        inner.scope = scope
        inner.scope.bind(BoundVariable(name: variable, slot: slot, type: l.type.elementType))
        for c in body {
            switch c.kind {
            case .create(let pattern): try inner.planCreate(pattern, clause: c)
            case .merge(let part, let onCreate, let onMatch): try inner.planMerge(part, onCreate: onCreate, onMatch: onMatch, clause: c)
            case .set(let items): try inner.planSet(items, clause: c)
            case .remove(let items): try inner.planRemove(items, clause: c)
            case .delete(let detach, let exprs): try inner.planDelete(exprs, detach: detach, clause: c)
            case .foreach(let v, let l2, let b): try inner.planForeach(variable: v, list: l2, body: b, clause: c)
            default:
                throw DossierError.compile(.invalidClauseComposition, "FOREACH may only contain updating clauses",
                                           at: c.range.start)
            }
        }
        plan = ForeachOperator(source: plan, list: l.expr, slot: slot, body: inner.plan)
    }
}
