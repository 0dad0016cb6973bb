/// The registry of built-in functions (scalar and aggregate), looked up by name
/// case-insensitively at compile time. Names not here raise SyntaxError `UnknownFunction`
/// (the engine's job).
public enum BuiltinFunctions {
    /// The descriptor for `name` (any case), or nil when Dossier has no such function.
    public static func lookup(_ name: String) -> FunctionDescriptor? {
        table[name.lowercased()]
    }

    /// Every function, sorted by name (for documentation and `:help`).
    public static var all: [FunctionDescriptor] {
        table.values.sorted { $0.name < $1.name }
    }

    static let table: [String: FunctionDescriptor] = {
        var t: [String: FunctionDescriptor] = [:]
        for d in graphFunctions + listFunctions + stringFunctions + conversionFunctions + mathFunctions
            + temporalFunctions + aggregateFunctions
        {
            t[d.name.lowercased()] = d
        }
        return t
    }()

    static let aggregateFunctions: [FunctionDescriptor] = [
        aggregate("count", 1), aggregate("collect", 1), aggregate("sum", 1), aggregate("avg", 1),
        aggregate("min", 1), aggregate("max", 1), aggregate("percentileDisc", 2),
        aggregate("percentileCont", 2), aggregate("stDev", 1), aggregate("stDevP", 1),
    ]

    private static func aggregate(_ name: String, _ arity: Int) -> FunctionDescriptor {
        FunctionDescriptor(name: name, minArity: arity, maxArity: arity, isAggregate: true) { _, _ throws(DossierError) in
            throw DossierError.internal("aggregate function \(name)() evaluated as a scalar function")
        }
    }

    // MARK: - Helpers shared by the implementation files

    /// A scalar function with fixed arity.
    static func fn(_ name: String, _ minArity: Int, _ maxArity: Int? = nil, deterministic: Bool = true,
                   _ body: @escaping @Sendable (_ args: [Value], _ ctx: FunctionContext) throws(DossierError) -> Value)
        -> FunctionDescriptor
    {
        FunctionDescriptor(name: name, minArity: minArity, maxArity: maxArity ?? minArity,
                           isDeterministic: deterministic, call: body)
    }

    /// Argument `i`, or null when absent (arity is checked by the engine; this keeps us crash-free).
    @inline(__always)
    static func arg(_ args: [Value], _ i: Int) -> Value { i < args.count ? args[i] : .null }

    /// An integer argument: nil for null; TypeError InvalidArgumentValue for non-integers.
    static func intArg(_ fn: String, _ v: Value) throws(DossierError) -> Int64? {
        switch v {
        case .null: return nil
        case .int(let i): return i
        default: throw .functionArgument(fn, v, expected: "an INTEGER")
        }
    }

    /// A numeric argument as Double: nil for null; TypeError InvalidArgumentValue otherwise.
    static func numberArg(_ fn: String, _ v: Value) throws(DossierError) -> Double? {
        switch v {
        case .null: return nil
        case .int(let i): return Double(i)
        case .float(let d): return d
        default: throw .functionArgument(fn, v, expected: "a number")
        }
    }

    /// A string argument: nil for null; TypeError InvalidArgumentValue otherwise.
    static func stringArg(_ fn: String, _ v: Value) throws(DossierError) -> String? {
        switch v {
        case .null: return nil
        case .string(let s): return s
        default: throw .functionArgument(fn, v, expected: "a STRING")
        }
    }
}
