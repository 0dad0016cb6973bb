/// Statements: `EXPLAIN`/`PROFILE` prefixes, queries joined by `UNION [ALL]`, schema commands,
/// and the purely grammatical rules of clause order.
extension Parser {
    /// Where a sequence of clauses is read; decides where it ends and what it may contain.
    enum QueryContext {
        case topLevel
        /// Inside `EXISTS { ... }`: reading clauses only, `RETURN` optional.
        case existsSubquery
    }

    /// One statement, then end of input (a trailing `;` is allowed).
    mutating func statement() throws(DossierError) -> Statement {
        let result: Statement
        if accept(keyword: "EXPLAIN") {
            result = .explain(try query())
        } else if accept(keyword: "PROFILE") {
            result = .profile(try query())
        } else if let command = try schemaCommand() {
            result = .schema(command)
        } else {
            result = .query(try query())
        }
        try expectEnd()
        return result
    }

    /// Single queries joined by `UNION` or `UNION ALL` (not mixed).
    mutating func query() throws(DossierError) -> Query {
        if atEnd || check(.semicolon) { throw unexpected("a clause such as MATCH, CREATE or RETURN") }
        let first = try singleQuery(context: .topLevel)
        var unions: [(all: Bool, query: SingleQuery)] = []
        var firstUnionAll: Bool?
        while check(keyword: "UNION") {
            let unionToken = current
            advance()
            let all = accept(keyword: "ALL")
            if let previous = firstUnionAll, previous != all {
                throw DossierError.syntax(.invalidClauseComposition, "cannot mix UNION and UNION ALL in one query",
                                          at: unionToken.start)
            }
            firstUnionAll = all
            unions.append((all: all, query: try singleQuery(context: .topLevel)))
        }
        if !unions.isEmpty {
            for part in [first] + unions.map(\.query) {
                if let last = part.clauses.last, case .return_ = last.kind { continue }
                throw DossierError.syntax(.invalidClauseComposition,
                                          "each part of a UNION must end with RETURN", at: part.range.start)
            }
        }
        return Query(first: first, unions: unions)
    }

    /// Clauses up to `UNION`, `;`, `}` or the end, checked for grammatical order.
    mutating func singleQuery(context: QueryContext) throws(DossierError) -> SingleQuery {
        let start = current.start
        var clauses: [Clause] = []
        while !atEnd && !check(.semicolon) && !check(.rightBrace) && !check(keyword: "UNION") {
            if let last = clauses.last, case .return_ = last.kind {
                guard startsClause else {
                    throw unexpected(context == .existsSubquery ? "'}'" : "',', AS, ORDER BY, SKIP, LIMIT, UNION, ';' or end of input")
                }
                throw DossierError.syntax(.invalidClauseComposition,
                                          "RETURN must be the last clause of a query, but it is followed by \(describe(current))",
                                          at: current.start)
            }
            clauses.append(try clause())
        }
        guard let last = clauses.last else {
            throw unexpected("a clause such as MATCH, CREATE or RETURN")
        }
        let r = range(from: start)
        switch context {
        case .topLevel:
            switch last.kind {
            case .return_, .create, .merge, .set, .remove, .delete, .foreach, .call:
                break
            default:
                throw DossierError.syntax(.invalidClauseComposition,
                                          "a query cannot end with \(clauseName(last.kind)); finish it with RETURN or an updating clause (CREATE, MERGE, SET, REMOVE, DELETE)",
                                          at: last.range.start)
            }
        case .existsSubquery:
            for c in clauses where isUpdating(c.kind) {
                throw DossierError.syntax(.invalidClauseComposition,
                                          "an EXISTS subquery cannot contain \(clauseName(c.kind)): it may only read",
                                          at: c.range.start)
            }
        }
        for (i, c) in clauses.enumerated() {
            if case .call(let call) = c.kind, call.yieldAll, clauses.count > 1 || context != .topLevel {
                _ = i
                throw DossierError.syntax(.unexpectedSyntax,
                                          "YIELD * is only allowed when CALL is the whole query; name the columns to yield",
                                          at: c.range.start)
            }
        }
        return SingleQuery(clauses: clauses, range: r)
    }

    /// The current token begins a clause.
    var startsClause: Bool {
        for keyword in ["MATCH", "OPTIONAL", "UNWIND", "WITH", "RETURN", "CREATE", "MERGE", "SET", "REMOVE",
                        "DELETE", "DETACH", "CALL", "LOAD", "FOREACH"] where check(keyword: keyword) {
            return true
        }
        return false
    }

    func isUpdating(_ kind: ClauseKind) -> Bool {
        switch kind {
        case .create, .merge, .set, .remove, .delete, .foreach: return true
        default: return false
        }
    }

    /// The clause keyword for messages.
    func clauseName(_ kind: ClauseKind) -> String {
        switch kind {
        case .match(let optional, _, _): return optional ? "OPTIONAL MATCH" : "MATCH"
        case .unwind: return "UNWIND"
        case .with: return "WITH"
        case .return_: return "RETURN"
        case .create: return "CREATE"
        case .merge: return "MERGE"
        case .set: return "SET"
        case .remove: return "REMOVE"
        case .delete(let detach, _): return detach ? "DETACH DELETE" : "DELETE"
        case .call: return "CALL"
        case .loadCSV: return "LOAD CSV"
        case .foreach: return "FOREACH"
        }
    }

    // MARK: schema commands

    /// A schema command, or nil (position unchanged) if the statement is not one.
    mutating func schemaCommand() throws(DossierError) -> SchemaCommand? {
        if check(keyword: "CREATE") {
            let next = peek()
            if next.isKeyword("INDEX") { advance(); advance(); return try createIndex() }
            if next.isKeyword("CONSTRAINT") { advance(); advance(); return try createConstraint() }
            for kind in ["TEXT", "RANGE", "POINT", "FULLTEXT", "LOOKUP", "VECTOR", "BTREE"]
            where next.isKeyword(kind) && peek(2).isKeyword("INDEX") {
                throw DossierError.notSupported("CREATE \(kind) INDEX", at: next.start)
            }
            if next.isKeyword("OR") && peek(2).isKeyword("REPLACE") {
                throw DossierError.notSupported("CREATE OR REPLACE", at: next.start)
            }
            return nil
        }
        if check(keyword: "DROP") {
            advance()
            if accept(keyword: "INDEX") {
                if check(keyword: "ON") { throw DossierError.notSupported("DROP INDEX ON :Label(property) (drop indexes by name)", at: current.start) }
                let name = try symbolicName("an index name")
                return .dropIndex(name: name, ifExists: accept(keywords: "IF", "EXISTS"))
            }
            if accept(keyword: "CONSTRAINT") {
                if check(keyword: "ON") { throw DossierError.notSupported("DROP CONSTRAINT ON ... (drop constraints by name)", at: current.start) }
                let name = try symbolicName("a constraint name")
                return .dropConstraint(name: name, ifExists: accept(keywords: "IF", "EXISTS"))
            }
            throw unexpected("INDEX or CONSTRAINT after DROP")
        }
        if check(keyword: "SHOW") {
            advance()
            if accept(keyword: "INDEXES") || accept(keyword: "INDEX") { return .showIndexes }
            if accept(keyword: "CONSTRAINTS") || accept(keyword: "CONSTRAINT") { return .showConstraints }
            throw unexpected("INDEXES or CONSTRAINTS after SHOW")
        }
        return nil
    }

    /// An optional schema object name before `IF NOT EXISTS` / `FOR` / `ON`.
    mutating func optionalSchemaName() throws(DossierError) -> String? {
        if check(keyword: "IF") && peek().isKeyword("NOT") { return nil }
        if check(keyword: "FOR") || check(keyword: "ON") { return nil }
        guard currentIsName else { return nil }
        return try symbolicName()
    }

    /// `(v:Label)` → (variable, label).
    mutating func schemaNodePattern() throws(DossierError) -> (String, String) {
        if check(.leftParen) && peek().isSymbol(.rightParen) {
            throw DossierError.notSupported("an index or constraint on relationships", at: current.start)
        }
        try expect(.leftParen)
        let variable = try variableName()
        try expect(.colon)
        let label = try symbolicName("a label name")
        if check(.colon) { throw DossierError.notSupported("an index or constraint over several labels", at: current.start) }
        try expect(.rightParen)
        return (variable, label)
    }

    /// `v.prop` where `v` must be `variable`.
    mutating func schemaProperty(of variable: String) throws(DossierError) -> String {
        let at = current.start
        let v = try variableName()
        guard v == variable else {
            throw DossierError.syntax(.unexpectedSyntax, "expected '\(variable).<property>' but found '\(v)'", at: at)
        }
        try expect(.dot)
        return try symbolicName("a property key name")
    }

    /// After `CREATE INDEX`: `[name] [IF NOT EXISTS] FOR (n:L) ON (n.p)` or `ON :L(p)`.
    mutating func createIndex() throws(DossierError) -> SchemaCommand {
        if check(keyword: "ON") && peek().isSymbol(.colon) {
            advance(); advance()
            let label = try symbolicName("a label name")
            try expect(.leftParen)
            let property = try symbolicName("a property key name")
            if check(.comma) { throw DossierError.notSupported("a composite index", at: current.start) }
            try expect(.rightParen)
            return .createIndex(name: nil, label: label, property: property, ifNotExists: false)
        }
        let name = try optionalSchemaName()
        let ifNotExists = accept(keywords: "IF", "NOT", "EXISTS")
        try expect(keyword: "FOR")
        let (variable, label) = try schemaNodePattern()
        try expect(keyword: "ON")
        try expect(.leftParen)
        let property = try schemaProperty(of: variable)
        if check(.comma) { throw DossierError.notSupported("a composite index", at: current.start) }
        try expect(.rightParen)
        if check(keyword: "OPTIONS") { throw DossierError.notSupported("index OPTIONS", at: current.start) }
        return .createIndex(name: name, label: label, property: property, ifNotExists: ifNotExists)
    }

    /// After `CREATE CONSTRAINT`: `[name] [IF NOT EXISTS] FOR (n:L) REQUIRE n.p IS UNIQUE`
    /// (or the older `ON (n:L) ASSERT n.p IS UNIQUE`).
    mutating func createConstraint() throws(DossierError) -> SchemaCommand {
        let name = try optionalSchemaName()
        let ifNotExists = accept(keywords: "IF", "NOT", "EXISTS")
        guard accept(keyword: "FOR") || accept(keyword: "ON") else { throw unexpected("FOR") }
        let (variable, label) = try schemaNodePattern()
        guard accept(keyword: "REQUIRE") || accept(keyword: "ASSERT") else { throw unexpected("REQUIRE") }
        if check(.leftParen) { throw DossierError.notSupported("a constraint over several properties", at: current.start) }
        let property = try schemaProperty(of: variable)
        try expect(keyword: "IS")
        if !accept(keyword: "UNIQUE") {
            if check(keyword: "NOT") || check(keyword: "NODE") || check(.colon) || check(keyword: "TYPED") {
                throw DossierError.notSupported("a constraint other than IS UNIQUE", at: current.start)
            }
            throw unexpected("UNIQUE")
        }
        return .createUniqueConstraint(name: name, label: label, property: property, ifNotExists: ifNotExists)
    }
}
