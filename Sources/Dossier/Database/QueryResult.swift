/// What a query changed, counted as openCypher tools count it.
public struct QueryStatistics: Sendable, Equatable {
    public var nodesCreated = 0
    public var nodesDeleted = 0
    public var relationshipsCreated = 0
    public var relationshipsDeleted = 0
    public var propertiesSet = 0
    public var labelsAdded = 0
    public var labelsRemoved = 0
    public var indexesAdded = 0
    public var indexesRemoved = 0
    public var constraintsAdded = 0
    public var constraintsRemoved = 0
    public init() {}

    /// True when anything changed.
    public var containsUpdates: Bool { self != QueryStatistics() }

    /// Non-zero counters in a fixed order, with their JSON names.
    public var counters: [(name: String, value: Int)] {
        [("nodesCreated", nodesCreated), ("nodesDeleted", nodesDeleted),
         ("relationshipsCreated", relationshipsCreated), ("relationshipsDeleted", relationshipsDeleted),
         ("propertiesSet", propertiesSet), ("labelsAdded", labelsAdded), ("labelsRemoved", labelsRemoved),
         ("indexesAdded", indexesAdded), ("indexesRemoved", indexesRemoved),
         ("constraintsAdded", constraintsAdded), ("constraintsRemoved", constraintsRemoved)]
            .filter { $0.1 != 0 }
    }

    /// Counts the changes in a list of mutations.
    init<C: Collection>(mutations: C) where C.Element == Mutation {
        for m in mutations {
            switch m {
            case let .createNode(_, labels, props):
                nodesCreated += 1; labelsAdded += labels.count; propertiesSet += props.count
            case .deleteNode: nodesDeleted += 1
            case let .createRelationship(_, _, _, _, props):
                relationshipsCreated += 1; propertiesSet += props.count
            case .deleteRelationship: relationshipsDeleted += 1
            case .setNodeProperty, .setRelationshipProperty: propertiesSet += 1
            case .addLabel: labelsAdded += 1
            case .removeLabel: labelsRemoved += 1
            }
        }
    }
}

/// The answer to one statement: column names, rows of values, what changed, and a
/// snapshot of every node and relationship the rows refer to.
public struct QueryResult: Sendable {
    /// Column names in order: aliases, or the expressions' exact source text.
    public var columns: [String]
    /// Rows; `rows[i].count == columns.count`.
    public var rows: [[Value]]
    public var statistics: QueryStatistics
    /// Labels and properties of every node referred to by `rows` (also inside lists, maps and paths),
    /// as they were when the query finished.
    public var nodes: [NodeID: NodeSnapshot]
    /// Type, endpoints and properties of every relationship referred to by `rows`.
    public var relationships: [RelationshipID: RelationshipSnapshot]
    /// For `EXPLAIN` and `PROFILE`: the plan as text.
    public var plan: String?
    /// Warnings worth showing the user (none is an error).
    public var notifications: [String]

    public init(columns: [String] = [], rows: [[Value]] = [], statistics: QueryStatistics = QueryStatistics(),
                nodes: [NodeID: NodeSnapshot] = [:], relationships: [RelationshipID: RelationshipSnapshot] = [:],
                plan: String? = nil, notifications: [String] = []) {
        self.columns = columns
        self.rows = rows
        self.statistics = statistics
        self.nodes = nodes
        self.relationships = relationships
        self.plan = plan
        self.notifications = notifications
    }

    /// The value of column `name` in row `row`.
    public subscript(row: Int, name: String) -> Value? {
        guard row >= 0, row < rows.count, let c = columns.firstIndex(of: name) else { return nil }
        return rows[row][c]
    }
}
