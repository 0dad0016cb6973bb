/// Builds a path value from the slots a pattern bound: start node, then per step a relationship
/// (or a variable-length list of relationships) and the next node.
final class PathExpr: Expr {
    struct Step {
        var relationshipSlot: Int
        var isList: Bool
        var nodeSlot: Int
    }
    let startSlot: Int
    let steps: [Step]
    init(startSlot: Int, steps: [Step], at location: SourceLocation) {
        self.startSlot = startSlot
        self.steps = steps
        super.init(at: location)
    }
    override func eval(_ row: Row, _ st: ExecutionState) throws -> Value {
        guard case .node(let start) = row[startSlot] else { return .null }
        var nodes = [start]
        var rels: [RelationshipID] = []
        var current = start
        for step in steps {
            if step.isList {
                guard case .list(let items) = row[step.relationshipSlot] else { return .null }
                for case .relationship(let r) in items {
                    let rec = st.store.relationships[r.rawValue]
                    let other = rec.start == current.rawValue ? NodeID(rec.end) : NodeID(rec.start)
                    rels.append(r)
                    nodes.append(other)
                    current = other
                }
            } else {
                guard case .relationship(let r) = row[step.relationshipSlot],
                      case .node(let n) = row[step.nodeSlot] else { return .null }
                rels.append(r)
                nodes.append(n)
                current = n
            }
        }
        return .path(PathValue(nodes: nodes, relationships: rels))
    }
    override var description: String { "path(#\(startSlot)\(steps.map { "-#\($0.relationshipSlot)-#\($0.nodeSlot)" }.joined()))" }
}

/// A pattern used as a predicate: true when the sub-plan finds at least one match for the row.
final class PatternExistsExpr: Expr {
    let plan: PhysicalOperator
    init(plan: PhysicalOperator, at location: SourceLocation) {
        self.plan = plan
        super.init(at: location)
    }
    override func eval(_ row: Row, _ st: ExecutionState) throws -> Value {
        try plan.open(st, argument: row)
        return .bool(try plan.next(st) != nil)
    }
    override var nestedPlans: [PhysicalOperator] { [plan] }
    override var description: String { "exists(pattern)" }
}

/// `[(a)-->(b) WHERE pred | expr]`: the projection for every match of the sub-plan.
final class PatternComprehensionExpr: Expr {
    let plan: PhysicalOperator
    let projection: Expr
    init(plan: PhysicalOperator, projection: Expr, at location: SourceLocation) {
        self.plan = plan
        self.projection = projection
        super.init(at: location)
    }
    override func eval(_ row: Row, _ st: ExecutionState) throws -> Value {
        try plan.open(st, argument: row)
        var out: [Value] = []
        while let r = try plan.next(st) {
            out.append(try nested(projection.eval(r, st), at: location))
            try st.checkCollectionSize(out.count, at: location)
        }
        return .list(out)
    }
    override var nestedPlans: [PhysicalOperator] { [plan] }
    override var description: String { "[pattern | \(projection)]" }
}
