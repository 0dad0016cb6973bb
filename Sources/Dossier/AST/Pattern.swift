/// A comma-separated list of pattern parts, as in `MATCH (a)-->(b), (c)`.
public struct Pattern: Sendable {
    public var parts: [PatternPart]
    public init(parts: [PatternPart]) { self.parts = parts }
}

/// How a pattern part is matched: all paths, or only shortest ones.
public enum PathSelector: Sendable {
    case all
    case shortestPath
    case allShortestPaths
}

/// One comma-separated part of a pattern, optionally named: `p = (a)-[*]->(b)`.
public struct PatternPart: Sendable {
    public var pathVariable: String?
    public var selector: PathSelector
    public var element: PatternElement
    public var range: SourceRange
    public init(pathVariable: String?, selector: PathSelector = .all, element: PatternElement, range: SourceRange) {
        self.pathVariable = pathVariable
        self.selector = selector
        self.element = element
        self.range = range
    }
}

/// A chain of nodes joined by relationships: `(a)-[r]->(b)<-[s]-(c)`.
public struct PatternElement: Sendable {
    public var start: NodePattern
    public var steps: [PatternStep]
    public var range: SourceRange
    public init(start: NodePattern, steps: [PatternStep], range: SourceRange) {
        self.start = start
        self.steps = steps
        self.range = range
    }
}

/// One hop of a pattern chain: a relationship pattern and the node it leads to.
public struct PatternStep: Sendable {
    public var relationship: RelationshipPattern
    public var node: NodePattern
    public init(relationship: RelationshipPattern, node: NodePattern) {
        self.relationship = relationship
        self.node = node
    }
}

/// `(var:Label1:Label2 {props})` — labels are a conjunction.
public struct NodePattern: Sendable {
    public var variable: String?
    public var labels: [String]
    /// A map literal or a parameter.
    public var properties: Expression?
    public var range: SourceRange
    public init(variable: String?, labels: [String], properties: Expression?, range: SourceRange) {
        self.variable = variable
        self.labels = labels
        self.properties = properties
        self.range = range
    }
}

/// Which way a relationship pattern points, read left to right.
public enum RelationshipDirection: Sendable {
    /// `-->`
    case outgoing
    /// `<--`
    case incoming
    /// `--` (or `<-->`): either way.
    case both
}

/// `*`, `*2`, `*1..3`, `*..3`, `*2..`: `nil` bounds are open (min defaults to 1).
public struct VariableLength: Sendable, Hashable {
    public var min: Int?
    public var max: Int?
    public init(min: Int?, max: Int?) {
        self.min = min
        self.max = max
    }
}

/// `-[var:TYPE1|TYPE2*1..3 {props}]->`; `types` are alternatives.
public struct RelationshipPattern: Sendable {
    public var variable: String?
    public var types: [String]
    public var direction: RelationshipDirection
    public var length: VariableLength?
    public var properties: Expression?
    public var range: SourceRange
    public init(variable: String?, types: [String], direction: RelationshipDirection,
                length: VariableLength?, properties: Expression?, range: SourceRange) {
        self.variable = variable
        self.types = types
        self.direction = direction
        self.length = length
        self.properties = properties
        self.range = range
    }
}
