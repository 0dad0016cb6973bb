/// An expression of the query language, as written, with where it was written.
///
/// The parser produces `Expression`s; the semantic check resolves their variables;
/// the planner compiles them for evaluation.
public struct Expression: Sendable {
    public var kind: ExpressionKind
    /// The span of source text this expression came from (used for column names and errors).
    public var range: SourceRange
    public init(_ kind: ExpressionKind, _ range: SourceRange) {
        self.kind = kind
        self.range = range
    }
    public var location: SourceLocation { range.start }
}

/// A literal constant written in the query.
public enum Literal: Sendable, Hashable {
    case null
    case bool(Bool)
    case integer(Int64)
    case float(Double)
    case string(String)
}

public enum UnaryOperator: String, Sendable {
    case not = "NOT"
    case negate = "-"
    case plus = "+"
}

public enum BinaryOperator: String, Sendable {
    case or = "OR", xor = "XOR", and = "AND"
    case add = "+", subtract = "-", multiply = "*", divide = "/", modulo = "%", power = "^"
    case `in` = "IN"
    case startsWith = "STARTS WITH", endsWith = "ENDS WITH", contains = "CONTAINS"
    case regexMatch = "=~"
}

public enum ComparisonOperator: String, Sendable {
    case equal = "=", notEqual = "<>", less = "<", lessOrEqual = "<=", greater = ">", greaterOrEqual = ">="
}

public enum Quantifier: String, Sendable {
    case all, any, none, single
}

/// One entry of a map projection `n {.name, .*, key: expr, var}`.
public enum MapProjectionItem: Sendable {
    /// `.name`
    case property(String)
    /// `.*`
    case allProperties
    /// `key: expression`
    case literal(String, Expression)
    /// `var` (key is the variable's name)
    case variable(String)
}

/// The shapes an expression can take.
public indirect enum ExpressionKind: Sendable {
    case literal(Literal)
    /// `$name` or `$1`.
    case parameter(String)
    case variable(String)
    /// `expr.key`
    case property(Expression, String)
    /// `expr[index]` (list index or dynamic map/property access).
    case subscript_(Expression, Expression)
    /// `expr[from..to]`, either bound optional.
    case slice(Expression, Expression?, Expression?)
    case list([Expression])
    /// `{k: v, ...}` in written order.
    case map([(String, Expression)])
    /// `n {.name, .*, k: v}`
    case mapProjection(Expression, [MapProjectionItem])
    case unary(UnaryOperator, Expression)
    case binary(BinaryOperator, Expression, Expression)
    /// A chain `a < b = c`: first operand, then (operator, operand) pairs. Means `a < b AND b = c`.
    case comparison(Expression, [(ComparisonOperator, Expression)])
    /// `expr IS NULL` (`negated: false`) or `expr IS NOT NULL`.
    case isNull(Expression, negated: Bool)
    /// `n:Label1:Label2`
    case hasLabels(Expression, [String])
    /// `name(args)`; `name` keeps its written case and namespace (`toUpper`, `a.b.c`).
    case functionCall(name: String, distinct: Bool, arguments: [Expression])
    /// `count(*)`
    case countStar
    /// `CASE [subject] WHEN a THEN b ... [ELSE c] END`
    case caseWhen(subject: Expression?, branches: [(Expression, Expression)], otherwise: Expression?)
    /// `[x IN list WHERE pred | expr]`
    case listComprehension(variable: String, list: Expression, predicate: Expression?, projection: Expression?)
    /// `[p = (a)-->(b) WHERE pred | expr]`
    case patternComprehension(pathVariable: String?, pattern: PatternElement, predicate: Expression?, projection: Expression)
    /// `all(x IN list WHERE pred)` and friends.
    case quantifier(Quantifier, variable: String, list: Expression, predicate: Expression?)
    /// `reduce(acc = init, x IN list | expr)`
    case reduce(accumulator: String, initial: Expression, variable: String, list: Expression, expression: Expression)
    /// A pattern used as a predicate: `WHERE (a)-[:KNOWS]->()`.
    case patternPredicate(PatternElement)
    /// `EXISTS { MATCH ... }` / `EXISTS { (a)-->() }`.
    case existsSubquery(SingleQuery)
    /// `shortestPath(...)` / `allShortestPaths(...)` used as an expression.
    case shortestPathExpression(PatternPart)
}
