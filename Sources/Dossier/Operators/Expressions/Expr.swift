/// A compiled expression: variables resolved to row slots, names interned lazily, functions
/// looked up, literals folded. Evaluating one never hashes a string.
///
/// Subclasses override `eval`. Errors raised while evaluating carry `location`, the position
/// of the expression in the query text.
class Expr: CustomStringConvertible {
    let location: SourceLocation

    init(at location: SourceLocation) { self.location = location }

    /// The value of this expression on `row`.
    func eval(_ row: Row, _ st: ExecutionState) throws -> Value {
        throw DossierError.internal("eval of an abstract expression")
    }

    /// The value when it does not depend on the row, the graph or parameters.
    var constantValue: Value? { nil }

    /// Text for EXPLAIN.
    var description: String { "?" }

    /// Sub-plans this expression runs per row (pattern predicates and comprehensions), for EXPLAIN.
    var nestedPlans: [PhysicalOperator] { [] }

    /// Evaluates as a predicate: true only for the boolean `true` (null and false reject).
    @inline(__always)
    final func isTrue(_ row: Row, _ st: ExecutionState) throws -> Bool {
        if case .bool(true) = try eval(row, st) { return true }
        return false
    }
}

/// A literal or folded constant.
final class ConstantExpr: Expr {
    let value: Value
    init(_ value: Value, at location: SourceLocation) {
        self.value = value
        super.init(at: location)
    }
    override func eval(_ row: Row, _ st: ExecutionState) throws -> Value { value }
    override var constantValue: Value? { value }
    override var description: String { value.cypherLiteral() }
}

/// Reads a variable's slot.
final class SlotExpr: Expr {
    let slot: Int
    let name: String
    init(slot: Int, name: String, at location: SourceLocation) {
        self.slot = slot
        self.name = name
        super.init(at: location)
    }
    override func eval(_ row: Row, _ st: ExecutionState) throws -> Value { row[slot] }
    override var description: String { name.hasPrefix(" ") ? "#\(slot)" : name }
}

/// `$name`: reads the parameter value numbered at compile time.
final class ParameterExpr: Expr {
    let index: Int
    let name: String
    init(index: Int, name: String, at location: SourceLocation) {
        self.index = index
        self.name = name
        super.init(at: location)
    }
    override func eval(_ row: Row, _ st: ExecutionState) throws -> Value { st.parameterValues[index] }
    override var description: String { "$\(name)" }
}

/// `[a, b, c]`
final class ListExpr: Expr {
    let items: [Expr]
    init(_ items: [Expr], at location: SourceLocation) {
        self.items = items
        super.init(at: location)
    }
    override func eval(_ row: Row, _ st: ExecutionState) throws -> Value {
        var out: [Value] = []
        out.reserveCapacity(items.count)
        for e in items { out.append(try nested(e.eval(row, st), at: location)) }
        return .list(out)
    }
    override var description: String { "[" + items.map(\.description).joined(separator: ", ") + "]" }
}

/// `{k: v, ...}`
final class MapExpr: Expr {
    let keys: [String]
    let values: [Expr]
    /// The keys as interned property keys, once interned (for CREATE's property maps); nil when
    /// a key repeats (then the map's own rules apply).
    var propertyKeyIDs: [Int32]?
    init(keys: [String], values: [Expr], at location: SourceLocation) {
        self.keys = keys
        self.values = values
        super.init(at: location)
    }
    override func eval(_ row: Row, _ st: ExecutionState) throws -> Value {
        var m = ValueMap()
        m.reserveCapacity(keys.count)
        for i in keys.indices { m[keys[i]] = try nested(values[i].eval(row, st), at: location) }
        return .map(m)
    }
    override var description: String {
        "{" + keys.indices.map { "\(keys[$0]): \(values[$0])" }.joined(separator: ", ") + "}"
    }
}

/// Returns `value` for use as an element of a new list or map, refusing values nested so deep
/// that building (or later freeing) one more level could exhaust the stack.
/// - Complexity: O(1) for scalars; for lists and maps, at most the elements down to the limit.
@inline(__always)
func nested(_ value: Value, at location: SourceLocation) throws -> Value {
    switch value {
    case .list, .map:
        do { try Value.checkNesting(ofElement: value) } catch { var e = error; e.location = location; throw e }
    default: break
    }
    return value
}
