/// A value as the TCK compares it: graph elements by content (labels/type + properties), never
/// by identity. Both sides of a comparison are turned into this form: expected cells by
/// `TCKValueParser`, actual results by `TCKValue.init(_:in:)`.
indirect enum TCKValue: Sendable, CustomStringConvertible {
    case null
    case bool(Bool)
    case int(Int64)
    case float(Double)
    case string(String)
    case list([TCKValue])
    /// Key order never matters.
    case map([String: TCKValue])
    case node(labels: Set<String>, properties: [String: TCKValue])
    case relationship(type: String, properties: [String: TCKValue])
    /// A start node, then steps of (relationship, written direction, next node).
    case path(start: TCKValue, steps: [PathStep])

    /// One hop of a path: `-[rel]->node` (`forward`) or `<-[rel]-node`.
    struct PathStep: Sendable {
        var relationship: TCKValue
        var forward: Bool
        var node: TCKValue
    }

    /// The README's cell syntax (maps and node properties with keys sorted), e.g. `(:A {k: 1})`.
    var description: String {
        switch self {
        case .null: return "null"
        case .bool(let b): return b ? "true" : "false"
        case .int(let i): return String(i)
        case .float(let d): return TCKValue.render(d)
        case .string(let s): return "'" + s.replacingBackslashesAndQuotes() + "'"
        case .list(let items): return "[" + items.map(\.description).joined(separator: ", ") + "]"
        case .map(let m): return TCKValue.render(m)
        case let .node(labels, props):
            let l = labels.sorted().map { ":" + $0 }.joined()
            let p = props.isEmpty ? "" : (l.isEmpty ? "" : " ") + TCKValue.render(props)
            return "(" + l + p + ")"
        case let .relationship(type, props):
            return "[:" + type + (props.isEmpty ? "" : " " + TCKValue.render(props)) + "]"
        case let .path(start, steps):
            var s = "<" + start.description
            for step in steps {
                s += step.forward ? "-\(step.relationship)->" : "<-\(step.relationship)-"
                s += step.node.description
            }
            return s + ">"
        }
    }

    static func render(_ m: [String: TCKValue]) -> String {
        "{" + m.keys.sorted().map { "\($0): \(m[$0]?.description ?? "null")" }.joined(separator: ", ") + "}"
    }

    /// Floats always show a fraction or exponent so they cannot be mistaken for integers.
    static func render(_ d: Double) -> String {
        if d.isNaN { return "NaN" }
        let s = String(d)
        return s.contains(".") || s.contains("e") || s.contains("inf") ? s : s + ".0"
    }
}

extension String {
    fileprivate func replacingBackslashesAndQuotes() -> String {
        var out = ""
        for c in self {
            switch c {
            case "\\": out += "\\\\"
            case "'": out += "\\'"
            default: out.append(c)
            }
        }
        return out
    }
}
