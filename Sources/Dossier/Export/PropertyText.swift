/// Short human-readable text for property values in exported labels and tooltips: strings as
/// they are, other values in Cypher literal syntax (`[1, 2]`, `{a: 'x'}`, `2.5`).
enum PropertyText {
    /// `value` as display text; strings are not quoted at the top level.
    static func display(_ value: Value) -> String {
        if case .string(let s) = value { return s }
        return literal(value)
    }

    /// `value` in Cypher literal syntax.
    static func literal(_ value: Value) -> String {
        switch value {
        case .null: return "null"
        case .bool(let b): return b ? "true" : "false"
        case .int(let i): return String(i)
        case .float(let d):
            if d.isNaN { return "NaN" }
            if d.isInfinite { return d < 0 ? "-Infinity" : "Infinity" }
            let s = String(d)
            return s.contains(".") || s.contains("e") ? s : s + ".0"
        case .string(let s):
            return "'" + s.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "'", with: "\\'") + "'"
        case .list(let items): return "[" + items.map(literal).joined(separator: ", ") + "]"
        case .map(let m): return "{" + m.map { "\($0.key): \(literal($0.value))" }.joined(separator: ", ") + "}"
        case .node(let id): return "node \(id)"
        case .relationship(let id): return "relationship \(id)"
        case .path(let p): return "path of length \(p.length)"
        case .temporal(let t): return t.isoString
        }
    }
}
