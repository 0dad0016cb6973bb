/// What a built-in function implementation can see: the graph (for `labels`, `keys`,
/// `properties`, `startNode`…) and the database's limits.
///
/// The engine builds one per query (cheap: a class reference and a small struct).
public struct FunctionContext {
    public var store: GraphStore
    public var options: DatabaseOptions
    /// The statement's clock for `date()`, `datetime.statement()`…: read once, when the
    /// context is made, so every call in one query sees the same instant.
    public var clock: TemporalClock
    public init(store: GraphStore, options: DatabaseOptions, clock: TemporalClock = .now()) {
        self.store = store
        self.options = options
        self.clock = clock
    }
}

/// A built-in function as the engine sees it: its canonical name, how many arguments it
/// takes (checked at compile time → SyntaxError `InvalidNumberOfArguments`), whether it is an
/// aggregate (evaluated through `Aggregators`, not `call`), whether it is deterministic
/// (`rand()` is not: never constant-fold it), and the implementation for scalar functions.
public struct FunctionDescriptor: Sendable {
    /// Canonical spelling (`toInteger`), for messages and EXPLAIN.
    public let name: String
    public let minArity: Int
    /// `Int.max` for variadic functions (`coalesce`).
    public let maxArity: Int
    public let isAggregate: Bool
    public let isDeterministic: Bool
    /// Evaluates the function on already-evaluated arguments (count within the arity range).
    /// Aggregates' `call` throws an internal error: use `Aggregators.make`.
    public let call: @Sendable (_ args: [Value], _ ctx: FunctionContext) throws(DossierError) -> Value

    public init(name: String, minArity: Int, maxArity: Int, isAggregate: Bool = false, isDeterministic: Bool = true,
                call: @escaping @Sendable (_ args: [Value], _ ctx: FunctionContext) throws(DossierError) -> Value) {
        self.name = name
        self.minArity = minArity
        self.maxArity = maxArity
        self.isAggregate = isAggregate
        self.isDeterministic = isDeterministic
        self.call = call
    }

    /// Whether `n` arguments are acceptable.
    @inlinable public func accepts(arity n: Int) -> Bool { n >= minArity && n <= maxArity }
}
