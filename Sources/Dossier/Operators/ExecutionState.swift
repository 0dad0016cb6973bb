/// A row of the binding table: one value per slot the semantic check allocated.
/// No dictionaries per row: variables are resolved to slot indexes at compile time.
typealias Row = [Value]

/// Everything operators and expressions need while a query runs: the graph, parameter values,
/// limits, the cancellation flag, and profiling switches.
final class ExecutionState {
    let store: GraphStore
    let options: DatabaseOptions
    let cancellation: CancellationFlag
    /// Parameter values, indexed as `ParameterTable` numbered them at compile time.
    let parameterValues: [Value]
    /// Collect rows and time per operator (PROFILE).
    let profiling: Bool
    @exclusivity(unchecked) private var ticks = 0
    /// What built-in functions see (the graph and the limits).
    let functionContext: FunctionContext

    init(store: GraphStore, options: DatabaseOptions, cancellation: CancellationFlag,
         parameterValues: [Value], profiling: Bool) {
        self.store = store
        self.options = options
        self.cancellation = cancellation
        self.parameterValues = parameterValues
        self.profiling = profiling
        self.functionContext = FunctionContext(store: store, options: options)
    }

    /// Counts one unit of work and, every few thousand, checks for cancellation.
    @inline(__always)
    func tick() throws {
        ticks &+= 1
        if ticks & 0xFFF == 0 { try cancellation.check() }
    }

    /// Throws `ResourceLimit.CollectionTooLarge` when a list or string would exceed the cap.
    @inline(__always)
    func checkCollectionSize(_ n: Int, at location: SourceLocation? = nil) throws {
        if n > options.maxCollectionSize {
            throw DossierError.limit(.collectionTooLarge,
                                     "a list or string would exceed \(options.maxCollectionSize) elements (maxCollectionSize)",
                                     at: location)
        }
    }

    /// Throws `ResourceLimit.TooManyRows` when an operator would hold more rows than allowed.
    @inline(__always)
    func checkIntermediateRows(_ n: Int) throws {
        if n > options.maxIntermediateRows {
            throw DossierError.limit(.tooManyRows,
                                     "an intermediate result would exceed \(options.maxIntermediateRows) rows (maxIntermediateRows)")
        }
    }
}

/// A label, relationship type or property key named in the query, resolved to its interned id
/// the first time it exists in the store (so names created later in the same query still work).
final class SymbolRef: CustomStringConvertible {
    enum Table { case label, type, key }
    let name: String
    let table: Table
    @exclusivity(unchecked) private var id: Int32 = -1

    init(_ name: String, _ table: Table) {
        self.name = name
        self.table = table
    }

    /// The interned id, or nil when the name does not exist in the store (yet).
    @inline(__always)
    func resolve(_ store: GraphStore) -> Int32? {
        if id >= 0 { return id }
        let found: Int32?
        switch table {
        case .label: found = store.labels.lookup(name)
        case .type: found = store.types.lookup(name)
        case .key: found = store.keys.lookup(name)
        }
        if let f = found { id = f }
        return found
    }

    /// The interned id, interning the name when it is new (for writes).
    func intern(_ store: GraphStore) -> Int32 {
        if id >= 0 { return id }
        let v: Int32
        switch table {
        case .label: v = store.labels.intern(name)
        case .type: v = store.types.intern(name)
        case .key: v = store.keys.intern(name)
        }
        id = v
        return v
    }

    var description: String { name }
}
