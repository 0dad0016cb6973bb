/// Lets a final `CREATE` stream: when a query ends in CREATE and nothing it reads before could
/// see what it creates, each row is created as soon as it arrives instead of after reading every
/// input row (the eager default that keeps reads from seeing the query's own writes). Same result,
/// no buffered rows: `LOAD CSV ... MATCH ... CREATE` over millions of lines runs in constant memory.
///
/// What could see a created node: a scan of all nodes, a scan or index seek of one of its labels,
/// a count from the store. A created relationship: an expansion that can follow its type. Pattern
/// expressions and subqueries could see anything, so any of them upstream keeps CREATE eager.
/// Aggregation, ORDER BY and top-k read all their input before passing anything on: what lies
/// before them has finished reading.
enum StreamingWrites {
    /// Marks `plan` (the last operator before the query's end) as streaming when that is safe.
    static func enable(in plan: PhysicalOperator, query: SingleQuery) {
        guard let create = plan as? CreateOperator, !readsGraphInExpressions(query) else { return }
        var nodeLabels: [Set<String>] = []
        var relationshipTypes = Set<String>()
        for step in create.steps {
            switch step {
            case .node(_, let labels, let props):
                nodeLabels.append(Set(labels.map(\.name)))
                if let props, !props.nestedPlans.isEmpty { return }
            case .relationship(_, let type, _, _, let props, _):
                relationshipTypes.insert(type.name)
                if let props, !props.nestedPlans.isEmpty { return }
            case .path:
                break
            }
        }
        func createsNode(withLabel l: String) -> Bool { nodeLabels.contains { $0.contains(l) } }
        func createsRelationship(ofAny types: [SymbolRef]) -> Bool {
            types.isEmpty ? !relationshipTypes.isEmpty : types.contains { relationshipTypes.contains($0.name) }
        }
        var op = create.source
        while let current = op {
            if !current.nestedPlans.isEmpty { return }
            switch current {
            case is ArgumentOperator:
                create.streaming = true
                return
            case is AggregationOperator, is SortOperator, is TopOperator, is CountFromStoreOperator:
                create.streaming = true
                return
            case is LoadCSVOperator, is UnwindOperator, is ProjectionOperator, is FilterOperator, is SkipOperator,
                 is LimitOperator, is DistinctOperator:
                break
            case let scan as NodeByLabelScanOperator:
                if createsNode(withLabel: scan.label.name) { return }
            case let seek as NodeIndexSeekOperator:
                if createsNode(withLabel: seek.label.name) { return }
            case is AllNodesScanOperator:
                if !nodeLabels.isEmpty { return }
            case let expand as ExpandOperator:
                if createsRelationship(ofAny: expand.types) { return }
            case let expand as VarLengthExpandOperator:
                if createsRelationship(ofAny: expand.types) { return }
            default:
                return
            }
            op = current.source
        }
    }
}

extension StreamingWrites {
    /// Whether any expression of `q` runs a pattern (pattern predicates and comprehensions,
    /// EXISTS, shortestPath), or a clause might (MERGE, CALL, FOREACH): such reads could see writes.
    static func readsGraphInExpressions(_ q: SingleQuery) -> Bool {
        var expressions: [Expression] = []
        func add(_ e: Expression?) { if let e { expressions.append(e) } }
        func add(_ pattern: Pattern) {
            for part in pattern.parts {
                add(part.element.start.properties)
                for step in part.element.steps {
                    add(step.relationship.properties)
                    add(step.node.properties)
                }
            }
        }
        func add(_ p: Projection) {
            p.items.forEach { add($0.expression) }
            p.orderBy.forEach { add($0.expression) }
            add(p.skip)
            add(p.limit)
            add(p.predicate)
        }
        for clause in q.clauses {
            switch clause.kind {
            case .match(_, let pattern, let predicate):
                add(pattern)
                add(predicate)
            case .unwind(let e, _): add(e)
            case .with(let p), .return_(let p): add(p)
            case .create(let pattern): add(pattern)
            case .set(let items):
                for item in items {
                    switch item {
                    case .property(let target, _, let value):
                        add(target)
                        add(value)
                    case .replaceProperties(_, let value, _), .mergeProperties(_, let value, _): add(value)
                    case .labels: break
                    }
                }
            case .remove: break
            case .delete(_, let es): es.forEach { add($0) }
            case .loadCSV(let l): add(l.source)
            case .merge, .call, .foreach: return true
            }
        }
        for e in expressions {
            var found = false
            e.forEachSubexpression { sub in
                switch sub.kind {
                case .patternPredicate, .patternComprehension, .existsSubquery, .shortestPathExpression: found = true
                default: break
                }
            }
            if found { return true }
        }
        return false
    }
}
