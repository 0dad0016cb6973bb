/// Clauses: MATCH, OPTIONAL MATCH, UNWIND, WITH, RETURN, CREATE, MERGE, SET, REMOVE, DELETE,
/// DETACH DELETE, CALL, LOAD CSV, FOREACH.
extension Parser {
    mutating func clause() throws(DossierError) -> Clause {
        let start = current.start
        let kind: ClauseKind
        if accept(keyword: "MATCH") {
            kind = try matchClause(optional: false)
        } else if accept(keywords: "OPTIONAL", "MATCH") {
            kind = try matchClause(optional: true)
        } else if accept(keyword: "UNWIND") {
            let list = try expression()
            try expect(keyword: "AS")
            kind = .unwind(list, variable: try variableName())
        } else if accept(keyword: "WITH") {
            kind = .with(try projection(isWith: true))
        } else if accept(keyword: "RETURN") {
            kind = .return_(try projection(isWith: false))
        } else if accept(keyword: "CREATE") {
            kind = .create(try pattern())
        } else if accept(keyword: "MERGE") {
            kind = try mergeClause()
        } else if accept(keyword: "SET") {
            kind = .set(try setItems())
        } else if accept(keyword: "REMOVE") {
            kind = .remove(try removeItems())
        } else if accept(keyword: "DELETE") {
            kind = .delete(detach: false, try deleteItems())
        } else if accept(keywords: "DETACH", "DELETE") {
            kind = .delete(detach: true, try deleteItems())
        } else if check(keyword: "CALL") {
            if peek().isSymbol(.leftBrace) {
                throw DossierError.notSupported("a CALL { ... } subquery", at: current.start)
            }
            advance()
            kind = .call(try procedureCall())
        } else if accept(keywords: "LOAD", "CSV") {
            kind = .loadCSV(try loadCSV())
        } else if accept(keyword: "FOREACH") {
            kind = try foreachClause()
        } else {
            for unsupported in ["USE", "FINISH", "FILTER", "LET", "INSERT", "NEXT"] where check(keyword: unsupported) {
                throw DossierError.notSupported("the \(unsupported) clause", at: current.start)
            }
            throw unexpected("a clause (MATCH, OPTIONAL MATCH, WITH, UNWIND, RETURN, CREATE, MERGE, SET, REMOVE, DELETE, CALL, LOAD CSV, FOREACH)")
        }
        return Clause(kind, range(from: start))
    }

    /// `WHERE expr`, where pattern predicates are allowed.
    mutating func whereClause() throws(DossierError) -> Expression? {
        guard accept(keyword: "WHERE") else { return nil }
        let saved = patternPredicatesAllowed
        patternPredicatesAllowed = true
        defer { patternPredicatesAllowed = saved }
        return try expression()
    }

    mutating func matchClause(optional: Bool) throws(DossierError) -> ClauseKind {
        let p = try pattern()
        try rejectParameterMaps(in: p.parts, clause: optional ? "OPTIONAL MATCH" : "MATCH")
        return .match(optional: optional, pattern: p, predicate: try whereClause())
    }

    /// `MATCH (n $param)` and `MERGE (n $param)` are not allowed: `InvalidParameterUse`.
    func rejectParameterMaps(in parts: [PatternPart], clause: String) throws(DossierError) {
        for part in parts {
            var maps: [Expression?] = [part.element.start.properties]
            for step in part.element.steps {
                maps.append(step.relationship.properties)
                maps.append(step.node.properties)
            }
            for case let map? in maps {
                if case .parameter(let name) = map.kind {
                    throw DossierError.compile(.invalidParameterUse,
                                               "a parameter map ($\(name)) cannot be used in \(clause); write the properties as {key: $\(name).key}",
                                               at: map.location)
                }
            }
        }
    }

    /// The body of RETURN or WITH.
    mutating func projection(isWith: Bool) throws(DossierError) -> Projection {
        let saved = patternPredicatesAllowed
        patternPredicatesAllowed = false
        defer { patternPredicatesAllowed = saved }
        let distinct = accept(keyword: "DISTINCT")
        var includesExisting = false
        var items: [ProjectionItem] = []
        if accept(.star) {
            includesExisting = true
            if accept(.comma) { items = try projectionItems() }
        } else {
            items = try projectionItems()
        }
        var orderBy: [SortItem] = []
        if check(keyword: "ORDER") && !peek().isKeyword("BY") {
            advance()
            throw unexpected("BY after ORDER")
        }
        if accept(keywords: "ORDER", "BY") {
            repeat {
                let e = try expression()
                var ascending = true
                if accept(keyword: "DESC") || accept(keyword: "DESCENDING") { ascending = false }
                else if accept(keyword: "ASC") || accept(keyword: "ASCENDING") { ascending = true }
                orderBy.append(SortItem(expression: e, ascending: ascending))
            } while accept(.comma)
        }
        var skip: Expression?
        var limit: Expression?
        if accept(keyword: "SKIP") || accept(keyword: "OFFSET") { skip = try expression() }
        if accept(keyword: "LIMIT") { limit = try expression() }
        var predicate: Expression?
        if isWith { predicate = try whereClause() }
        return Projection(distinct: distinct, includesExisting: includesExisting, items: items,
                          orderBy: orderBy, skip: skip, limit: limit, predicate: predicate)
    }

    /// Items `expr [AS alias]`. A WITH item without alias that is not a variable is reported
    /// (`NoExpressionAlias`) by the semantic check, after aggregation checks that the TCK ranks first.
    mutating func projectionItems() throws(DossierError) -> [ProjectionItem] {
        var items: [ProjectionItem] = []
        repeat {
            let e = try expression()
            var alias: String?
            if accept(keyword: "AS") { alias = try variableName() }
            items.append(ProjectionItem(expression: e, alias: alias, text: text(of: e.range)))
        } while accept(.comma)
        return items
    }

    mutating func mergeClause() throws(DossierError) -> ClauseKind {
        let part = try patternPart()
        try rejectParameterMaps(in: [part], clause: "MERGE")
        var onCreate: [SetItem] = []
        var onMatch: [SetItem] = []
        while check(keyword: "ON") {
            if accept(keywords: "ON", "CREATE", "SET") {
                onCreate += try setItems()
            } else if accept(keywords: "ON", "MATCH", "SET") {
                onMatch += try setItems()
            } else {
                advance()
                throw unexpected("CREATE SET or MATCH SET after ON")
            }
        }
        return .merge(part, onCreate: onCreate, onMatch: onMatch)
    }

    mutating func setItems() throws(DossierError) -> [SetItem] {
        var items: [SetItem] = []
        repeat { items.append(try setItem()) } while accept(.comma)
        return items
    }

    /// `n.p = e`, `(expr).p = e`, `n = map`, `n += map`, `n:L:M`.
    mutating func setItem() throws(DossierError) -> SetItem {
        let start = current.start
        if currentIsName && peek().isSymbol(.colon) {
            let variable = try variableName()
            return .labels(variable: variable, labels: try labelList(), range: range(from: start))
        }
        if currentIsName && (peek().isSymbol(.equal) || peek().isSymbol(.plusEqual)) {
            let variable = try variableName()
            let merge = check(.plusEqual)
            advance()
            let value = try expression()
            return merge ? .mergeProperties(variable: variable, value: value, range: range(from: start))
                         : .replaceProperties(variable: variable, value: value, range: range(from: start))
        }
        let target = try postfixExpression(allowLabels: false)
        switch target.kind {
        case .property(let owner, let key):
            guard accept(.equal) else {
                if check(.plusEqual) { throw unexpected("'=' ('+=' needs a variable on the left)") }
                throw unexpected("'='")
            }
            return .property(target: owner, key: key, value: try expression())
        case .subscript_:
            throw DossierError.notSupported("SET with a dynamic property key (n[key] = value)", at: start)
        default:
            throw DossierError.syntax(.unexpectedSyntax,
                                      "expected a property (n.key = value), a variable (n = map, n += map) or labels (n:Label) to SET but found '\(text(of: target.range))'",
                                      at: start)
        }
    }

    /// `:L:M` after a variable.
    mutating func labelList() throws(DossierError) -> [String] {
        var labels: [String] = []
        while accept(.colon) { labels.append(try symbolicName("a label name after ':'")) }
        return labels
    }

    mutating func removeItems() throws(DossierError) -> [RemoveItem] {
        var items: [RemoveItem] = []
        repeat {
            let start = current.start
            if currentIsName && peek().isSymbol(.colon) {
                let variable = try variableName()
                items.append(.labels(variable: variable, labels: try labelList(), range: range(from: start)))
                continue
            }
            let target = try postfixExpression(allowLabels: false)
            guard case .property(let owner, let key) = target.kind else {
                if case .subscript_ = target.kind {
                    throw DossierError.notSupported("REMOVE with a dynamic property key (n[key])", at: start)
                }
                throw DossierError.syntax(.unexpectedSyntax,
                                          "expected a property (n.key) or labels (n:Label) to REMOVE but found '\(text(of: target.range))'",
                                          at: start)
            }
            items.append(.property(target: owner, key: key))
        } while accept(.comma)
        return items
    }

    mutating func deleteItems() throws(DossierError) -> [Expression] {
        var items: [Expression] = []
        repeat {
            let e = try expression()
            if case .hasLabels = e.kind {
                throw DossierError.compile(.invalidDelete,
                                           "DELETE takes nodes, relationships or paths, not '\(text(of: e.range))'; use REMOVE to take labels off",
                                           at: e.location)
            }
            items.append(e)
        } while accept(.comma)
        return items
    }

    /// After `CALL`: `ns.proc[(args)] [YIELD * | YIELD a [AS b], ... [WHERE pred]]`.
    mutating func procedureCall() throws(DossierError) -> ProcedureCall {
        var name = try symbolicName("a procedure name")
        while accept(.dot) { name += "." + (try symbolicName("a procedure name")) }
        var arguments: [Expression]?
        if accept(.leftParen) {
            var args: [Expression] = []
            if !check(.rightParen) {
                repeat { args.append(try expression()) } while accept(.comma)
            }
            try expect(.rightParen)
            arguments = args
        }
        var yields: [(name: String, alias: String?)]?
        var yieldAll = false
        var predicate: Expression?
        if accept(keyword: "YIELD") {
            if accept(.star) {
                yieldAll = true
            } else {
                var list: [(name: String, alias: String?)] = []
                repeat {
                    let field = try symbolicName("a procedure output name")
                    var alias: String?
                    if accept(keyword: "AS") { alias = try variableName() }
                    list.append((name: field, alias: alias))
                } while accept(.comma)
                yields = list
                predicate = try whereClause()
            }
        }
        return ProcedureCall(name: name, arguments: arguments, yields: yields, yieldAll: yieldAll, predicate: predicate)
    }

    /// After `LOAD CSV`: `[WITH HEADERS] FROM url AS row [FIELDTERMINATOR ',']`.
    mutating func loadCSV() throws(DossierError) -> LoadCSV {
        let withHeaders = accept(keywords: "WITH", "HEADERS")
        try expect(keyword: "FROM")
        let source = try expression()
        try expect(keyword: "AS")
        let variable = try variableName()
        var terminator: String?
        if accept(keyword: "FIELDTERMINATOR") {
            guard case .string(let s) = current.kind else { throw unexpected("a string after FIELDTERMINATOR") }
            guard s.unicodeScalars.count == 1 else {
                throw DossierError.syntax(.unexpectedSyntax, "FIELDTERMINATOR must be a single character", at: current.start)
            }
            terminator = s
            advance()
        }
        return LoadCSV(withHeaders: withHeaders, source: source, variable: variable, fieldTerminator: terminator)
    }

    /// After `FOREACH`: `(x IN list | updating clauses)`.
    mutating func foreachClause() throws(DossierError) -> ClauseKind {
        try expect(.leftParen)
        try nest()
        defer { depth -= 1 }
        let variable = try variableName()
        try expect(keyword: "IN")
        let list = try expression()
        try expect(.pipe)
        var body: [Clause] = []
        while !check(.rightParen) && !atEnd {
            let c = try clause()
            guard isUpdating(c.kind) else {
                throw DossierError.syntax(.invalidClauseComposition,
                                          "FOREACH may only contain updating clauses (CREATE, MERGE, SET, REMOVE, DELETE, FOREACH), not \(clauseName(c.kind))",
                                          at: c.range.start)
            }
            body.append(c)
        }
        if body.isEmpty { throw unexpected("an updating clause") }
        try expect(.rightParen)
        return .foreach(variable: variable, list: list, body: body)
    }
}
