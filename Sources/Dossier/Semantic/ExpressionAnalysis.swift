/// Structural facts about AST expressions used by the semantic check: a canonical text
/// (to recognise the same expression written twice, e.g. a grouping key inside an aggregate
/// item or an ORDER BY key after DISTINCT), free variables, and aggregate detection.
extension Expression {
    /// A normalised rendering that ignores spacing and the case of keywords and function names.
    var canonicalText: String {
        var out = ""
        appendCanonical(to: &out)
        return out
    }

    private func appendCanonical(to out: inout String) {
        func sub(_ e: Expression) { e.appendCanonical(to: &out) }
        func subs(_ es: [Expression]) {
            for (i, e) in es.enumerated() { if i > 0 { out += "," }; sub(e) }
        }
        switch kind {
        case .literal(let l):
            switch l {
            case .null: out += "null"
            case .bool(let b): out += b ? "true" : "false"
            case .integer(let i): out += "\(i)"
            case .float(let d): out += "\(d)f"
            case .string(let s): out += "'\(s.replacingOccurrences(of: "'", with: "\\'"))'"
            }
        case .parameter(let p): out += "$\(p)"
        case .variable(let v): out += "`\(v)`"
        case .property(let b, let k): out += "("; sub(b); out += ").`\(k)`"
        case .subscript_(let b, let i): out += "("; sub(b); out += ")["; sub(i); out += "]"
        case .slice(let b, let f, let t):
            out += "("; sub(b); out += ")["
            if let f { sub(f) }
            out += ".."
            if let t { sub(t) }
            out += "]"
        case .list(let items): out += "["; subs(items); out += "]"
        case .map(let entries):
            out += "{"
            for (i, (k, v)) in entries.enumerated() { if i > 0 { out += "," }; out += "`\(k)`:"; sub(v) }
            out += "}"
        case .mapProjection(let b, let items):
            sub(b); out += "{"
            for item in items {
                switch item {
                case .property(let k): out += ".`\(k)`,"
                case .allProperties: out += ".*,"
                case .literal(let k, let e): out += "`\(k)`:"; sub(e); out += ","
                case .variable(let v): out += "`\(v)`,"
                }
            }
            out += "}"
        case .unary(let op, let e): out += "\(op.rawValue)("; sub(e); out += ")"
        case .binary(let op, let a, let b): out += "("; sub(a); out += " \(op.rawValue) "; sub(b); out += ")"
        case .comparison(let first, let rest):
            out += "("; sub(first)
            for (op, e) in rest { out += " \(op.rawValue) "; sub(e) }
            out += ")"
        case .isNull(let e, let negated): out += "("; sub(e); out += negated ? " IS NOT NULL)" : " IS NULL)"
        case .hasLabels(let e, let labels): out += "("; sub(e); out += ")"; for l in labels { out += ":`\(l)`" }
        case .functionCall(let name, let distinct, let args):
            out += name.lowercased() + "(" + (distinct ? "DISTINCT " : ""); subs(args); out += ")"
        case .countStar: out += "count(*)"
        case .caseWhen(let subject, let branches, let otherwise):
            out += "CASE "
            if let subject { sub(subject) }
            for (w, t) in branches { out += " WHEN "; sub(w); out += " THEN "; sub(t) }
            if let otherwise { out += " ELSE "; sub(otherwise) }
            out += " END"
        case .listComprehension(let v, let list, let pred, let proj):
            out += "[`\(v)` IN "; sub(list)
            if let pred { out += " WHERE "; sub(pred) }
            if let proj { out += " | "; sub(proj) }
            out += "]"
        case .quantifier(let q, let v, let list, let pred):
            out += "\(q.rawValue)(`\(v)` IN "; sub(list)
            if let pred { out += " WHERE "; sub(pred) }
            out += ")"
        case .reduce(let acc, let initial, let v, let list, let e):
            out += "reduce(`\(acc)`="; sub(initial); out += ",`\(v)` IN "; sub(list); out += "|"; sub(e); out += ")"
        case .patternComprehension, .patternPredicate, .existsSubquery, .shortestPathExpression:
            // Patterns are compared by their source position: two written patterns are never "the same".
            out += "pattern@\(range.start.offset)-\(range.end)"
        }
    }

    /// Calls `visit` on this expression and every sub-expression (not descending into patterns'
    /// property maps).
    func forEachSubexpression(_ visit: (Expression) -> Void) {
        visit(self)
        switch kind {
        case .literal, .parameter, .variable, .countStar: break
        case .property(let b, _): b.forEachSubexpression(visit)
        case .subscript_(let b, let i): b.forEachSubexpression(visit); i.forEachSubexpression(visit)
        case .slice(let b, let f, let t):
            b.forEachSubexpression(visit); f?.forEachSubexpression(visit); t?.forEachSubexpression(visit)
        case .list(let items): items.forEach { $0.forEachSubexpression(visit) }
        case .map(let entries): entries.forEach { $0.1.forEachSubexpression(visit) }
        case .mapProjection(let b, let items):
            b.forEachSubexpression(visit)
            for case .literal(_, let e) in items { e.forEachSubexpression(visit) }
        case .unary(_, let e): e.forEachSubexpression(visit)
        case .binary(_, let a, let b): a.forEachSubexpression(visit); b.forEachSubexpression(visit)
        case .comparison(let f, let rest): f.forEachSubexpression(visit); rest.forEach { $0.1.forEachSubexpression(visit) }
        case .isNull(let e, _): e.forEachSubexpression(visit)
        case .hasLabels(let e, _): e.forEachSubexpression(visit)
        case .functionCall(_, _, let args): args.forEach { $0.forEachSubexpression(visit) }
        case .caseWhen(let s, let branches, let o):
            s?.forEachSubexpression(visit)
            for (w, t) in branches { w.forEachSubexpression(visit); t.forEachSubexpression(visit) }
            o?.forEachSubexpression(visit)
        case .listComprehension(_, let l, let p, let proj):
            l.forEachSubexpression(visit); p?.forEachSubexpression(visit); proj?.forEachSubexpression(visit)
        case .quantifier(_, _, let l, let p): l.forEachSubexpression(visit); p?.forEachSubexpression(visit)
        case .reduce(_, let i, _, let l, let e):
            i.forEachSubexpression(visit); l.forEachSubexpression(visit); e.forEachSubexpression(visit)
        case .patternComprehension(_, _, let p, let proj):
            p?.forEachSubexpression(visit); proj.forEachSubexpression(visit)
        case .patternPredicate, .existsSubquery, .shortestPathExpression: break
        }
    }

    /// Whether this expression contains an aggregate function call or `count(*)`.
    var containsAggregate: Bool {
        var found = false
        forEachSubexpression { e in
            switch e.kind {
            case .countStar: found = true
            case .functionCall(let name, _, _): if isAggregateFunctionName(name) { found = true }
            default: break
            }
        }
        return found
    }

    /// Names of variables this expression reads from its surroundings (comprehension and
    /// reduce variables excluded; pattern variables included).
    var freeVariables: Set<String> {
        var out = Set<String>()
        collectFree(bound: [], into: &out)
        return out
    }

    private func collectFree(bound: Set<String>, into out: inout Set<String>) {
        func sub(_ e: Expression?, _ b: Set<String> = bound) { e?.collectFree(bound: b, into: &out) }
        switch kind {
        case .variable(let v): if !bound.contains(v) { out.insert(v) }
        case .literal, .parameter, .countStar: break
        case .property(let b, _): sub(b)
        case .subscript_(let b, let i): sub(b); sub(i)
        case .slice(let b, let f, let t): sub(b); sub(f); sub(t)
        case .list(let items): items.forEach { sub($0) }
        case .map(let entries): entries.forEach { sub($0.1) }
        case .mapProjection(let b, let items):
            sub(b)
            for item in items {
                switch item {
                case .literal(_, let e): sub(e)
                case .variable(let v): if !bound.contains(v) { out.insert(v) }
                default: break
                }
            }
        case .unary(_, let e): sub(e)
        case .binary(_, let a, let b): sub(a); sub(b)
        case .comparison(let f, let rest): sub(f); rest.forEach { sub($0.1) }
        case .isNull(let e, _): sub(e)
        case .hasLabels(let e, _): sub(e)
        case .functionCall(_, _, let args): args.forEach { sub($0) }
        case .caseWhen(let s, let branches, let o):
            sub(s); for (w, t) in branches { sub(w); sub(t) }; sub(o)
        case .listComprehension(let v, let l, let p, let proj):
            sub(l); sub(p, bound.union([v])); sub(proj, bound.union([v]))
        case .quantifier(_, let v, let l, let p): sub(l); sub(p, bound.union([v]))
        case .reduce(let acc, let i, let v, let l, let e): sub(i); sub(l); sub(e, bound.union([acc, v]))
        case .patternComprehension(let pv, let element, let p, let proj):
            var b = bound
            if let pv { b.insert(pv) }
            let names = element.variableNames
            for n in names where !bound.contains(n) { out.insert(n) }
            b.formUnion(names)
            element.forEachPropertyExpression { sub($0, b) }
            sub(p, b); sub(proj, b)
        case .patternPredicate(let element):
            for n in element.variableNames where !bound.contains(n) { out.insert(n) }
            element.forEachPropertyExpression { sub($0) }
        case .shortestPathExpression(let part):
            for n in part.element.variableNames where !bound.contains(n) { out.insert(n) }
            part.element.forEachPropertyExpression { sub($0) }
        case .existsSubquery:
            out.insert(" subquery")
        }
    }
}

extension PatternElement {
    /// Every named node and relationship variable of the chain.
    var variableNames: Set<String> {
        var s = Set<String>()
        if let v = start.variable { s.insert(v) }
        for step in steps {
            if let v = step.relationship.variable { s.insert(v) }
            if let v = step.node.variable { s.insert(v) }
        }
        return s
    }

    /// Calls `visit` on every property-map expression of the chain.
    func forEachPropertyExpression(_ visit: (Expression) -> Void) {
        if let p = start.properties { visit(p) }
        for step in steps {
            if let p = step.relationship.properties { visit(p) }
            if let p = step.node.properties { visit(p) }
        }
    }
}

/// Whether `name` (any case) names an aggregate function.
func isAggregateFunctionName(_ name: String) -> Bool {
    BuiltinFunctions.lookup(name)?.isAggregate ?? false
}
