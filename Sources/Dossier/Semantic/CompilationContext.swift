/// What the semantic check and planner share while compiling one statement: the graph (for
/// statistics), parameter values (to check they exist and number them), limits.
final class CompilationContext {
    let store: GraphStore
    let parameters: [String: Value]
    let options: DatabaseOptions
    /// Parameter names in the order they were first used; `ParameterExpr.index` points here.
    private(set) var parameterNames: [String] = []
    private var parameterIndex: [String: Int] = [:]
    /// The procedures CALL can use.
    var procedures: ProcedureRegistry?
    /// Slots of the single query being compiled.
    var slots = SlotAllocator()
    /// How deep `ExpressionCompiler.compile` is nested, and the stack guard it consults past
    /// `Parser.stackCheckDepth` levels (compile frames are large: an expression the parser
    /// accepted could still overflow a 512 KB thread stack here).
    var compileDepth = 0
    lazy var stackGuard = StackGuard()

    init(store: GraphStore, parameters: [String: Value], options: DatabaseOptions) {
        self.store = store
        self.parameters = parameters
        self.options = options
    }

    /// The index of parameter `name`.
    /// - Throws: `ParameterMissing.MissingParameter` when no value was given.
    func parameter(_ name: String, at location: SourceLocation) throws -> Int {
        if let i = parameterIndex[name] { return i }
        guard parameters[name] != nil else {
            throw DossierError(.parameterMissing, .missingParameter, "expected a value for parameter $\(name)",
                               phase: .compileTime, at: location)
        }
        parameterNames.append(name)
        parameterIndex[name] = parameterNames.count - 1
        return parameterNames.count - 1
    }

    /// A state for evaluating constant expressions at compile time.
    lazy var foldingState = ExecutionState(store: store, options: options, cancellation: CancellationFlag(),
                                          parameterValues: [], profiling: false)
}
