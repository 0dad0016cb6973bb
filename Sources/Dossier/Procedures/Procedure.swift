/// A procedure that `CALL` can run: its signature and its implementation.
///
/// ```swift
/// let p = Procedure(signature: try ProcedureSignature(parsing: "my.double(x :: INTEGER?) :: (y :: INTEGER?)")) { args, _ in
///     guard case .int(let x) = args[0] else { return [[.null]] }
///     return [[.int(x * 2)]]
/// }
/// db.procedures.register(p)
/// ```
public struct Procedure: Sendable {
    public var signature: ProcedureSignature
    /// Runs the procedure on arguments already checked and converted to the input types
    /// (one per input); returns rows with one value per output.
    public var body: @Sendable (_ arguments: [Value], _ store: GraphStore) throws -> [[Value]]

    public init(signature: ProcedureSignature,
                body: @escaping @Sendable (_ arguments: [Value], _ store: GraphStore) throws -> [[Value]]) {
        self.signature = signature
        self.body = body
    }

    public var name: String { signature.name }
}

/// The type of a procedure input or output, as written in signatures (`INTEGER?`, `LIST? OF STRING?`).
public indirect enum ProcedureType: Sendable, Equatable, CustomStringConvertible {
    case any, boolean, integer, float, number, string, map, node, relationship, path
    case list(ProcedureType)

    public var description: String {
        switch self {
        case .any: return "ANY?"
        case .boolean: return "BOOLEAN?"
        case .integer: return "INTEGER?"
        case .float: return "FLOAT?"
        case .number: return "NUMBER?"
        case .string: return "STRING?"
        case .map: return "MAP?"
        case .node: return "NODE?"
        case .relationship: return "RELATIONSHIP?"
        case .path: return "PATH?"
        case .list(let e): return "LIST? OF \(e)"
        }
    }

    /// `v` converted to this type (an integer for a FLOAT input becomes a float), or nil when it does not fit.
    func accept(_ v: Value) -> Value? {
        switch (self, v) {
        case (_, .null), (.any, _): return v
        case (.boolean, .bool), (.integer, .int), (.float, .float), (.number, .int), (.number, .float),
             (.string, .string), (.map, .map), (.node, .node), (.relationship, .relationship), (.path, .path):
            return v
        case (.float, .int(let i)): return .float(Double(i))
        case (.list(let e), .list(let items)):
            var out: [Value] = []
            for item in items {
                guard let c = e.accept(item) else { return nil }
                out.append(c)
            }
            return .list(out)
        default: return nil
        }
    }

    /// The static type used by the semantic check.
    var staticType: StaticType {
        switch self {
        case .any: return .any
        case .boolean: return .bool
        case .integer: return .int
        case .float: return .float
        case .number: return .number
        case .string: return .string
        case .map: return .map
        case .node: return .node
        case .relationship: return .relationship
        case .path: return .path
        case .list(let e): return .list(e.staticType)
        }
    }

    /// Whether a value of static type `t` may be passed (unknown types always may).
    func mayAccept(_ t: StaticType) -> Bool {
        switch (self, t) {
        case (.any, _), (_, .any), (_, .null): return true
        case (.boolean, .bool), (.integer, .int), (.float, .float), (.float, .int), (.string, .string), (.map, .map),
             (.node, .node), (.relationship, .relationship), (.path, .path): return true
        case (.number, let n): return n.isNumeric
        case (.integer, .number), (.float, .number): return true
        case (.list, .list): return true
        default: return false
        }
    }
}

/// `ns.name(in :: TYPE?, ...) :: (out :: TYPE?, ...)`.
public struct ProcedureSignature: Sendable, Equatable {
    public struct Field: Sendable, Equatable {
        public var name: String
        public var type: ProcedureType
        public init(name: String, type: ProcedureType) {
            self.name = name
            self.type = type
        }
    }
    public var name: String
    public var inputs: [Field]
    public var outputs: [Field]

    public init(name: String, inputs: [Field], outputs: [Field]) {
        self.name = name
        self.inputs = inputs
        self.outputs = outputs
    }

    /// Parses a signature as the TCK writes them: `test.my.proc(name :: STRING?, id :: INTEGER?) :: (city :: STRING?)`.
    /// A trailing `:` is ignored; `:: ()` means no outputs.
    public init(parsing text: String) throws(DossierError) {
        var s = Substring(text).trimmingCharacters(in: .whitespaces)[...]
        if s.hasSuffix(":") && !s.hasSuffix("::") { s = s.dropLast() }
        func bad() -> DossierError { DossierError.syntax(.unexpectedSyntax, "cannot read procedure signature `\(text)`", at: nil) }
        guard let open = s.firstIndex(of: "(") else { throw bad() }
        name = String(s[..<open]).trimmingCharacters(in: .whitespaces)
        let rest = s[s.index(after: open)...]
        guard let close = rest.firstIndex(of: ")") else { throw bad() }
        inputs = try Self.fields(rest[..<close], text)
        var after = rest[rest.index(after: close)...].trimmingCharacters(in: .whitespaces)[...]
        guard after.hasPrefix("::") else { throw bad() }
        after = after.dropFirst(2).trimmingCharacters(in: .whitespaces)[...]
        guard after.hasPrefix("("), let end = after.lastIndex(of: ")") else { throw bad() }
        outputs = try Self.fields(after[after.index(after: after.startIndex)..<end], text)
    }

    private static func fields(_ list: Substring, _ text: String) throws(DossierError) -> [Field] {
        var out: [Field] = []
        for part in list.split(separator: ",") {
            let pieces = part.components(separatedBy: "::")
            guard pieces.count == 2 else {
                throw DossierError.syntax(.unexpectedSyntax, "cannot read procedure signature `\(text)`", at: nil)
            }
            out.append(Field(name: pieces[0].trimmingCharacters(in: .whitespaces), type: try type(pieces[1], text)))
        }
        return out
    }

    private static func type(_ raw: String, _ text: String) throws(DossierError) -> ProcedureType {
        var t = raw.trimmingCharacters(in: .whitespaces).uppercased()
        if t.hasPrefix("LIST") {
            guard let of = t.range(of: "OF ") else { return .list(.any) }
            return .list(try type(String(t[of.upperBound...]), text))
        }
        if t.hasSuffix("?") { t.removeLast() }
        switch t {
        case "ANY": return .any
        case "BOOLEAN": return .boolean
        case "INTEGER": return .integer
        case "FLOAT": return .float
        case "NUMBER": return .number
        case "STRING": return .string
        case "MAP": return .map
        case "NODE": return .node
        case "RELATIONSHIP": return .relationship
        case "PATH": return .path
        default: throw DossierError.syntax(.unexpectedSyntax, "unknown type `\(raw)` in procedure signature `\(text)`", at: nil)
        }
    }
}

extension Procedure {
    /// A procedure answering from a fixed table: each row holds the inputs then the outputs
    /// (in signature order); a call returns the outputs of the rows whose inputs equal the
    /// arguments (null matches null, 1 matches 1.0).
    public static func table(signature: ProcedureSignature, rows: [[Value]]) -> Procedure {
        let n = signature.inputs.count
        return Procedure(signature: signature) { args, _ in
            rows.filter { row in
                row.count >= n && (0..<n).allSatisfy { Value.equivalent(row[$0], args[$0]) }
            }.map { Array($0.dropFirst(n)) }
        }
    }
}
