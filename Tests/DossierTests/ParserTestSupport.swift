@testable import Dossier

/// A compact S-expression rendering of the AST, for asserting on parser output.
enum ASTDump {
    static func expr(_ e: Expression) -> String {
        switch e.kind {
        case .literal(let l):
            switch l {
            case .null: return "null"
            case .bool(let b): return "\(b)"
            case .integer(let i): return "\(i)"
            case .float(let d): return "\(d)"
            case .string(let s): return "'\(s)'"
            }
        case .parameter(let n): return "$\(n)"
        case .variable(let n): return n
        case .property(let t, let k): return "(. \(expr(t)) \(k))"
        case .subscript_(let a, let b): return "([] \(expr(a)) \(expr(b)))"
        case .slice(let a, let f, let t): return "([..] \(expr(a)) \(f.map(expr) ?? "_") \(t.map(expr) ?? "_"))"
        case .list(let es): return "[" + es.map(expr).joined(separator: " ") + "]"
        case .map(let kv): return "{" + kv.map { "\($0.0): \(expr($0.1))" }.joined(separator: ", ") + "}"
        case .mapProjection(let v, let items):
            return "(proj \(expr(v)) " + items.map { item -> String in
                switch item {
                case .property(let k): return ".\(k)"
                case .allProperties: return ".*"
                case .literal(let k, let e): return "\(k): \(expr(e))"
                case .variable(let v): return v
                }
            }.joined(separator: " ") + ")"
        case .unary(let op, let e): return "(\(op.rawValue) \(expr(e)))"
        case .binary(let op, let a, let b): return "(\(op.rawValue) \(expr(a)) \(expr(b)))"
        case .comparison(let first, let rest):
            return "(cmp \(expr(first))" + rest.map { " \($0.0.rawValue) \(expr($0.1))" }.joined() + ")"
        case .isNull(let e, let negated): return "(\(negated ? "notnull" : "null?") \(expr(e)))"
        case .hasLabels(let e, let ls): return "(: \(expr(e)) \(ls.joined(separator: ":")))"
        case .functionCall(let name, let distinct, let args):
            return "(\(name)\(distinct ? " DISTINCT" : "")" + args.map { " " + expr($0) }.joined() + ")"
        case .countStar: return "count(*)"
        case .caseWhen(let subject, let branches, let otherwise):
            return "(case" + (subject.map { " " + expr($0) } ?? "") + branches.map { " (\(expr($0.0)) \(expr($0.1)))" }.joined()
                + (otherwise.map { " else " + expr($0) } ?? "") + ")"
        case .listComprehension(let v, let l, let p, let proj):
            return "(listcomp \(v) \(expr(l)) \(p.map(expr) ?? "_") \(proj.map(expr) ?? "_"))"
        case .patternComprehension(let pv, let pat, let p, let proj):
            return "(patcomp \(pv ?? "_") \(element(pat)) \(p.map(expr) ?? "_") \(expr(proj)))"
        case .quantifier(let q, let v, let l, let p): return "(\(q.rawValue) \(v) \(expr(l)) \(p.map(expr) ?? "_"))"
        case .reduce(let acc, let i, let v, let l, let e): return "(reduce \(acc) \(expr(i)) \(v) \(expr(l)) \(expr(e)))"
        case .patternPredicate(let p): return "(pattern \(element(p)))"
        case .existsSubquery(let q): return "(exists \(q.clauses.count))"
        case .shortestPathExpression(let p): return "(\(p.selector) \(element(p.element)))"
        }
    }

    static func node(_ n: NodePattern) -> String {
        "(" + (n.variable ?? "") + n.labels.map { ":" + $0 }.joined() + (n.properties.map { " " + expr($0) } ?? "") + ")"
    }

    static func element(_ e: PatternElement) -> String {
        var s = node(e.start)
        for step in e.steps {
            let r = step.relationship
            var detail = (r.variable ?? "") + (r.types.isEmpty ? "" : ":" + r.types.joined(separator: "|"))
            if let l = r.length { detail += "*\(l.min.map(String.init) ?? "")..\(l.max.map(String.init) ?? "")" }
            if let p = r.properties { detail += " " + expr(p) }
            switch r.direction {
            case .outgoing: s += "-[\(detail)]->"
            case .incoming: s += "<-[\(detail)]-"
            case .both: s += "-[\(detail)]-"
            }
            s += node(step.node)
        }
        return s
    }

    static func part(_ p: PatternPart) -> String {
        (p.pathVariable.map { $0 + " = " } ?? "") + (p.selector == .all ? element(p.element) : "\(p.selector)(\(element(p.element)))")
    }
}
