/// A call of a built-in scalar function, looked up at compile time.
final class FunctionExpr: Expr {
    let function: FunctionDescriptor
    let arguments: [Expr]
    init(_ function: FunctionDescriptor, _ arguments: [Expr], at location: SourceLocation) {
        self.function = function
        self.arguments = arguments
        super.init(at: location)
    }
    /// The argument array of the previous call, reused (no allocation per call).
    @exclusivity(unchecked) private var spare: [Value] = []

    override func eval(_ row: Row, _ st: ExecutionState) throws -> Value {
        var args = spare
        spare = []
        args.removeAll(keepingCapacity: true)
        for a in arguments { args.append(try a.eval(row, st)) }
        do {
            let v = try function.call(args, st.functionContext)
            spare = args
            return v
        } catch {
            throw error.located(at: location)
        }
    }
    override var description: String { "\(function.name)(\(arguments.map(\.description).joined(separator: ", ")))" }
}

/// `s =~ pattern`: whole-string regular-expression match with a step budget.
final class RegexMatchExpr: Expr {
    let subject: Expr, pattern: Expr
    init(_ subject: Expr, _ pattern: Expr, at location: SourceLocation) {
        self.subject = subject
        self.pattern = pattern
        super.init(at: location)
    }
    override func eval(_ row: Row, _ st: ExecutionState) throws -> Value {
        let s = try subject.eval(row, st)
        let p = try pattern.eval(row, st)
        do {
            return try Value.regexMatch(s, p, maxSteps: st.options.maxRegexSteps)
        } catch {
            throw error.located(at: location)
        }
    }
    override var description: String { "\(subject) =~ \(pattern)" }
}
