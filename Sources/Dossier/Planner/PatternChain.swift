/// A pattern part after the semantic check: every node and relationship has a slot (anonymous
/// ones a hidden slot) and the constraints written on it.
struct PatternChain {
    struct Node {
        var slot: Int
        var name: String?
        var labels: [String]
        var properties: Expression?
        var range: SourceRange
    }
    struct Relationship {
        var slot: Int
        var name: String?
        var types: [String]
        var direction: RelationshipDirection
        var length: VariableLength?
        var properties: Expression?
        var range: SourceRange
        var isVarLength: Bool { length != nil }
    }
    var nodes: [Node]
    var relationships: [Relationship]
    var pathSlot: Int?
    var pathName: String?
    var selector: PathSelector
    var range: SourceRange

    /// Every slot the chain binds.
    var slots: [Int] {
        nodes.map(\.slot) + relationships.map(\.slot) + (pathSlot.map { [$0] } ?? [])
    }

    /// The path value expression for this chain.
    func pathExpr() -> PathExpr {
        var steps: [PathExpr.Step] = []
        for i in relationships.indices {
            steps.append(.init(relationshipSlot: relationships[i].slot, isList: relationships[i].isVarLength,
                               nodeSlot: nodes[i + 1].slot))
        }
        return PathExpr(startSlot: nodes[0].slot, steps: steps, at: range.start)
    }
}

/// One conjunct of a predicate with the slots it reads, so the planner can apply it as soon
/// as they are bound.
struct Conjunct {
    var expr: Expr
    var dependencies: Set<Int>
    /// For a single-label predicate on a node (`n:L`): the node slot and label, so a label scan
    /// can drop it.
    var labelOf: (slot: Int, label: String)?
    /// For `n.key = value` / `n.key IN list` (value not reading `n`): what an index seek needs.
    var propertyEquality: PropertyEquality?
}

/// `n.key = value` or `n.key IN list`, usable for an index seek on `n`.
struct PropertyEquality {
    var slot: Int
    var key: String
    var value: Expr
    var valueDependencies: Set<Int>
    var isList: Bool
}
