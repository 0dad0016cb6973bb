/// Errors raised by value operations and built-in functions, in one place so the
/// kinds and codes stay consistent with the openCypher TCK.
extension DossierError {
    /// An operator applied to operand types it does not accept (TypeError InvalidArgumentType).
    static func operandTypes(_ op: String, _ a: Value, _ b: Value) -> DossierError {
        .type(.invalidArgumentType, "Cannot apply `\(op)` to \(a.typeName) and \(b.typeName)")
    }
    /// A function argument of the wrong type at runtime (TypeError InvalidArgumentValue).
    static func functionArgument(_ function: String, _ v: Value, expected: String) -> DossierError {
        .type(.invalidArgumentValue, "\(function)() expected \(expected) but got \(v.typeName): \(v.cypherLiteralOrType())")
    }
    /// Integer arithmetic overflow at runtime (ArgumentError IntegerOverflow).
    static func integerOverflow(_ what: String) -> DossierError {
        .argument(.integerOverflow, "Integer overflow in \(what): the result does not fit in a 64-bit integer")
    }
    /// A list or string would grow past `DatabaseOptions.maxCollectionSize`.
    static func collectionTooLarge(_ size: Int, limit: Int) -> DossierError {
        .limit(.collectionTooLarge,
               "A list or string of \(size) elements exceeds the limit of \(limit) (DatabaseOptions.maxCollectionSize)")
    }
}

extension Value {
    /// A short rendering for error messages: the literal for storable values, else the type.
    func cypherLiteralOrType() -> String {
        switch self {
        case .node(let n): return "node \(n.rawValue)"
        case .relationship(let r): return "relationship \(r.rawValue)"
        case .path: return "a path"
        default:
            let s = cypherLiteral()
            return s.utf8.count > 80 ? String(s.prefix(77)) + "..." : s
        }
    }
}
