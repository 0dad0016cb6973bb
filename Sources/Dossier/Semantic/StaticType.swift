/// What the semantic check knows about the type of an expression or variable before running it.
///
/// Used only to raise the compile-time errors openCypher requires (`VariableTypeConflict`,
/// `InvalidArgumentType` on literals and typed variables); `.any` means "unknown" and never
/// causes an error.
indirect enum StaticType: Equatable, CustomStringConvertible {
    case any
    case null
    case bool
    case int
    case float
    /// An integer or a float.
    case number
    case string
    case list(StaticType)
    case map
    case node
    case relationship
    case path

    var description: String {
        switch self {
        case .any: return "ANY"
        case .null: return "NULL"
        case .bool: return "BOOLEAN"
        case .int: return "INTEGER"
        case .float: return "FLOAT"
        case .number: return "NUMBER"
        case .string: return "STRING"
        case .list(let e): return "LIST<\(e)>"
        case .map: return "MAP"
        case .node: return "NODE"
        case .relationship: return "RELATIONSHIP"
        case .path: return "PATH"
        }
    }

    /// The static type of a runtime value (for constants).
    init(of value: Value) {
        switch value {
        case .null: self = .null
        case .bool: self = .bool
        case .int: self = .int
        case .float: self = .float
        case .string: self = .string
        case .list(let items): self = .list(StaticType.join(items.map { StaticType(of: $0) }))
        case .map: self = .map
        case .node: self = .node
        case .relationship: self = .relationship
        case .path: self = .path
        case .temporal: self = .any
        }
    }

    /// The most precise type covering all of `types` (nulls are ignored; empty gives `.any`).
    static func join(_ types: [StaticType]) -> StaticType {
        var result: StaticType?
        for t in types where t != .null {
            guard let r = result else { result = t; continue }
            result = r.union(t)
        }
        return result ?? .any
    }

    func union(_ other: StaticType) -> StaticType {
        if self == other { return self }
        if self == .null { return other }
        if other == .null { return self }
        if self.isNumeric && other.isNumeric { return .number }
        if case .list(let a) = self, case .list(let b) = other { return .list(a.union(b)) }
        return .any
    }

    var isNumeric: Bool { self == .int || self == .float || self == .number }

    /// Whether a value of this type might be a boolean (or null) at runtime.
    var mayBeBoolean: Bool { self == .any || self == .bool || self == .null }
    /// Whether a value of this type might be a list (or null).
    var mayBeList: Bool {
        if case .list = self { return true }
        return self == .any || self == .null
    }
    /// Whether a value of this type might be a number (or null).
    var mayBeNumber: Bool { isNumeric || self == .any || self == .null }
    /// Whether a value of this type might be a string (or null).
    var mayBeString: Bool { self == .string || self == .any || self == .null }
    /// Whether a value of this type might be a node (or null).
    var mayBeNode: Bool { self == .node || self == .any || self == .null }
    var mayBeRelationship: Bool { self == .relationship || self == .any || self == .null }
    var mayBePath: Bool { self == .path || self == .any || self == .null }
    /// Whether property access `.key` may apply (map, node, relationship, or unknown).
    var mayHaveProperties: Bool {
        switch self {
        case .any, .null, .map, .node, .relationship: return true
        default: return false
        }
    }
    /// The element type when this is a list type.
    var elementType: StaticType {
        if case .list(let e) = self { return e }
        return .any
    }
}
