/// One item of a RETURN or WITH: an expression and its column name.
public struct ProjectionItem: Sendable {
    public var expression: Expression
    /// `AS alias`, when written.
    public var alias: String?
    /// The exact source text of the expression, which names the column when there is no alias.
    public var text: String
    public init(expression: Expression, alias: String?, text: String) {
        self.expression = expression
        self.alias = alias
        self.text = text
    }
    /// The column name: the alias, else the expression's source text.
    public var columnName: String { alias ?? text }
}

/// One key of ORDER BY.
public struct SortItem: Sendable {
    public var expression: Expression
    public var ascending: Bool
    public init(expression: Expression, ascending: Bool) {
        self.expression = expression
        self.ascending = ascending
    }
}

/// The body shared by RETURN and WITH.
public struct Projection: Sendable {
    public var distinct: Bool
    /// `*` was written (alone or before other items).
    public var includesExisting: Bool
    public var items: [ProjectionItem]
    public var orderBy: [SortItem]
    public var skip: Expression?
    public var limit: Expression?
    /// `WITH ... WHERE` only.
    public var predicate: Expression?
    public init(distinct: Bool = false, includesExisting: Bool = false, items: [ProjectionItem],
                orderBy: [SortItem] = [], skip: Expression? = nil, limit: Expression? = nil,
                predicate: Expression? = nil) {
        self.distinct = distinct
        self.includesExisting = includesExisting
        self.items = items
        self.orderBy = orderBy
        self.skip = skip
        self.limit = limit
        self.predicate = predicate
    }
}

/// One assignment of SET (also used by MERGE's ON CREATE / ON MATCH).
public enum SetItem: Sendable {
    /// `target.key = value`; `target` is any expression that yields a node or relationship.
    case property(target: Expression, key: String, value: Expression)
    /// `n = map` (replace all properties).
    case replaceProperties(variable: String, value: Expression, range: SourceRange)
    /// `n += map` (merge properties).
    case mergeProperties(variable: String, value: Expression, range: SourceRange)
    /// `n:Label1:Label2`
    case labels(variable: String, labels: [String], range: SourceRange)
}

/// One item of REMOVE.
public enum RemoveItem: Sendable {
    /// `target.key`
    case property(target: Expression, key: String)
    /// `n:Label1:Label2`
    case labels(variable: String, labels: [String], range: SourceRange)
}

/// `CALL ns.proc(args) YIELD a, b AS c WHERE ...`.
public struct ProcedureCall: Sendable {
    public var name: String
    /// `nil` when called without parentheses (arguments implicit from parameters).
    public var arguments: [Expression]?
    public var yields: [(name: String, alias: String?)]?
    public var yieldAll: Bool
    public var predicate: Expression?
    public init(name: String, arguments: [Expression]?, yields: [(name: String, alias: String?)]?,
                yieldAll: Bool, predicate: Expression?) {
        self.name = name
        self.arguments = arguments
        self.yields = yields
        self.yieldAll = yieldAll
        self.predicate = predicate
    }
}

/// `LOAD CSV [WITH HEADERS] FROM url AS row [FIELDTERMINATOR ',']`.
public struct LoadCSV: Sendable {
    public var withHeaders: Bool
    public var source: Expression
    public var variable: String
    public var fieldTerminator: String?
    public init(withHeaders: Bool, source: Expression, variable: String, fieldTerminator: String?) {
        self.withHeaders = withHeaders
        self.source = source
        self.variable = variable
        self.fieldTerminator = fieldTerminator
    }
}

/// The shapes a clause can take.
public enum ClauseKind: Sendable {
    case match(optional: Bool, pattern: Pattern, predicate: Expression?)
    case unwind(Expression, variable: String)
    case with(Projection)
    case return_(Projection)
    case create(Pattern)
    case merge(PatternPart, onCreate: [SetItem], onMatch: [SetItem])
    case set([SetItem])
    case remove([RemoveItem])
    case delete(detach: Bool, [Expression])
    case call(ProcedureCall)
    case loadCSV(LoadCSV)
    /// `FOREACH (x IN list | clauses)`
    case foreach(variable: String, list: Expression, body: [Clause])
}

/// A clause with where it was written.
public struct Clause: Sendable {
    public var kind: ClauseKind
    public var range: SourceRange
    public init(_ kind: ClauseKind, _ range: SourceRange) {
        self.kind = kind
        self.range = range
    }
}

/// A query without UNION: clauses in order.
public struct SingleQuery: Sendable {
    public var clauses: [Clause]
    public var range: SourceRange
    public init(clauses: [Clause], range: SourceRange) {
        self.clauses = clauses
        self.range = range
    }
}

/// A query: one or more single queries joined by UNION (`all: true` for UNION ALL).
public struct Query: Sendable {
    public var first: SingleQuery
    public var unions: [(all: Bool, query: SingleQuery)]
    public init(first: SingleQuery, unions: [(all: Bool, query: SingleQuery)] = []) {
        self.first = first
        self.unions = unions
    }
}

/// Schema commands (indexes and constraints).
public enum SchemaCommand: Sendable {
    /// `CREATE INDEX [name] [IF NOT EXISTS] FOR (n:Label) ON (n.prop)`
    case createIndex(name: String?, label: String, property: String, ifNotExists: Bool)
    /// `DROP INDEX name [IF EXISTS]`
    case dropIndex(name: String, ifExists: Bool)
    /// `CREATE CONSTRAINT [name] [IF NOT EXISTS] FOR (n:Label) REQUIRE n.prop IS UNIQUE`
    case createUniqueConstraint(name: String?, label: String, property: String, ifNotExists: Bool)
    /// `DROP CONSTRAINT name [IF EXISTS]`
    case dropConstraint(name: String, ifExists: Bool)
    /// `SHOW INDEXES` / `SHOW CONSTRAINTS`
    case showIndexes
    case showConstraints
}

/// What one statement of text parses to.
public enum Statement: Sendable {
    case query(Query)
    /// `EXPLAIN query`: plan only.
    case explain(Query)
    /// `PROFILE query`: run, and report rows and time per operator.
    case profile(Query)
    case schema(SchemaCommand)
}
