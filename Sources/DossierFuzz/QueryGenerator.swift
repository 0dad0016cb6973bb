import Dossier
import Foundation

/// Writes random openCypher statements from a grammar: clauses, patterns, expressions and
/// literals, with a bias towards the edges (extreme numbers, NaN, -0.0, unusual Unicode and
/// escapes, deep nesting, long chains, wrong arities, unknown names, missing parameters).
///
/// Most output is nonsense a parser must refuse cleanly; enough of it is valid to reach the
/// planner, the operators and the functions.
public struct QueryGenerator {
    public var random: FuzzRandom
    /// How deep expressions may nest before the generator only writes atoms.
    public var maxDepth = 3
    /// Largest depth or length of the stress shapes (deep nesting, long chains); lower it for
    /// quick runs.
    public var maxStressSize = Int.max
    /// Variables bound so far in the query being written: reads mostly pick from here, so
    /// that enough queries get past semantic analysis to run.
    var scope: [String] = []

    public init(seed: UInt64) { random = FuzzRandom(seed: seed) }

    static let variables = ["n", "m", "a", "b", "r", "p", "x", "y", "`weird name`", "`ü`", "row", "acc"]
    static let labels = ["Person", "Org", "L", "Document", "Statement", "`Ünï`", "A", "B", "Source"]
    static let types = ["KNOWS", "R", "T", "MENTIONS", "SAID", "`a b`", "CITES"]
    static let keys = ["name", "age", "x", "y", "id", "date_text", "`k k`", "text", "role"]
    static let parameters = ["p", "param", "list", "map", "n", "1", "missing", "s"]
    static let functionNames: [(String, Int, Int)] = BuiltinFunctions.all.map {
        ($0.name, $0.minArity, $0.maxArity == Int.max ? $0.minArity + 3 : $0.maxArity)
    }

    // MARK: - Statements

    /// One statement (sometimes prefixed with EXPLAIN or PROFILE, sometimes a UNION).
    public mutating func statement() -> String {
        switch random.below(40) {
        case 0: return random.chance(0.3) ? deepNesting() : singleQuery()
        case 1: return random.chance(0.3) ? longChain() : singleQuery()
        case 2: return schemaCommand()
        case 3: return "EXPLAIN " + singleQuery()
        case 4: return "PROFILE " + singleQuery()
        case 5...7: return singleQuery() + (random.chance(0.5) ? " UNION " : " UNION ALL ") + singleQuery()
        default: return singleQuery()
        }
    }

    mutating func singleQuery() -> String {
        scope = []
        let savedDepth = maxDepth
        defer { maxDepth = savedDepth }
        if random.chance(0.2) { maxDepth += 2 }
        var parts: [String] = []
        switch random.below(20) {
        case 0..<11: parts.append("MATCH " + patternList() + whereClause())
        case 11..<14: parts.append("UNWIND " + listLiteral(depth: 1) + " AS " + bind())
        case 14..<16: parts.append("CREATE " + patternList())
        case 16: parts.append("OPTIONAL MATCH " + patternList() + whereClause())
        default: break
        }
        let count = random.smallCount(3)
        for _ in 0..<count { parts.append(readingOrUpdatingClause()) }
        if random.chance(0.95) { parts.append("RETURN " + projection()) }
        return parts.joined(separator: random.chance(0.9) ? " " : "\n")
    }

    mutating func readingOrUpdatingClause() -> String {
        switch random.below(22) {
        case 0...3: return "MATCH " + patternList() + whereClause()
        case 4: return "OPTIONAL MATCH " + patternList() + whereClause()
        case 5...7: return "WITH " + projection(with: true) + whereClause()
        case 8...9: return "UNWIND " + expression() + " AS " + bind()
        case 10...11: return "CREATE " + patternList()
        case 12: return "MERGE " + pathPattern() + mergeActions()
        case 13: return "SET " + setItems()
        case 14: return "REMOVE " + removeItems()
        case 15: return (random.chance(0.5) ? "DETACH DELETE " : "DELETE ") + expressionList()
        case 16:
            let list = expression()
            return "FOREACH (" + bind() + " IN " + list + " | " + updateClause() + ")"
        case 17: return "CALL " + procedureCall()
        case 18: return "LOAD CSV " + (random.chance(0.5) ? "WITH HEADERS " : "") + "FROM " + csvURL()
            + " AS " + bind() + (random.chance(0.3) ? " FIELDTERMINATOR " + stringLiteral() : "")
        case 19: return "MATCH p = " + (random.chance(0.5) ? "shortestPath" : "allShortestPaths")
            + "(" + nodePattern() + relationshipPattern(varLength: true) + nodePattern() + ")" + whereClause()
        case 20: return "WITH * " + whereClause()
        default: return "MATCH " + pathPattern()
        }
    }

    mutating func updateClause() -> String {
        switch random.below(5) {
        case 0: return "CREATE " + patternList()
        case 1: return "SET " + setItems()
        case 2: return "REMOVE " + removeItems()
        case 3: return "DELETE " + expressionList()
        default: return "MERGE " + pathPattern()
        }
    }

    mutating func mergeActions() -> String {
        var s = ""
        for _ in 0..<random.smallCount(2) {
            s += (random.chance(0.5) ? " ON CREATE SET " : " ON MATCH SET ") + setItems()
        }
        return s
    }

    mutating func setItems() -> String {
        (0...random.smallCount(2)).map { _ -> String in
            switch random.below(5) {
            case 0: return variable() + " = " + expression()
            case 1: return variable() + " += " + expression()
            case 2: return variable() + labelList()
            default: return variable() + "." + key() + " = " + expression()
            }
        }.joined(separator: ", ")
    }

    mutating func removeItems() -> String {
        (0...random.smallCount(2)).map { _ in
            random.chance(0.5) ? variable() + labelList() : variable() + "." + key()
        }.joined(separator: ", ")
    }

    mutating func procedureCall() -> String {
        let name = random.pick(["db.labels", "db.relationshipTypes", "db.propertyKeys", "db.nope", "test.my.proc", "dbms.x"])
        var s = name
        if random.chance(0.8) { s += "(" + (random.chance(0.8) ? "" : expressionList()) + ")" }
        if random.chance(0.5) { s += " YIELD " + random.pick(["label", "relationshipType", "propertyKey", "*", "x AS y"]) }
        return s
    }

    mutating func csvURL() -> String {
        random.pick(["'file:///dev/null'", "'file:///etc/hostname'", "'file:///nonexistent.csv'", "'http://example.com/a.csv'",
                     "'file:///proc/self/status'", "'file:///dev/zero'", "'file:///'", "''", "$p", "'/etc/passwd'",
                     "'file:///tmp/../etc/hostname'", "'file:///dev/urandom'", "null", "1"])
    }

    mutating func schemaCommand() -> String {
        switch random.below(6) {
        case 0: return "CREATE INDEX " + (random.chance(0.5) ? variable() + " " : "") + "FOR (n:" + label() + ") ON (n." + key() + ")"
        case 1: return "DROP INDEX " + variable()
        case 2: return "CREATE CONSTRAINT FOR (n:" + label() + ") REQUIRE n." + key() + " IS UNIQUE"
        case 3: return "SHOW INDEXES"
        case 4: return "SHOW CONSTRAINTS"
        default: return "CREATE INDEX ON :" + label() + "(" + key() + ")"
        }
    }

    mutating func projection(with: Bool = false) -> String {
        var s = random.chance(0.15) ? "DISTINCT " : ""
        if random.chance(0.1) {
            s += "*"
        } else {
            var kept: [String] = []
            s += (0...random.smallCount(2)).map { _ -> String in
                if with && !scope.isEmpty && random.chance(0.4) {
                    let v = random.pick(scope)
                    kept.append(v)
                    return v
                }
                if random.chance(0.6) || with {
                    let e = expression()
                    let alias = random.chance(0.8) ? "v\(random.below(6))" : random.pick(Self.variables)
                    kept.append(alias)
                    return e + " AS " + alias
                }
                return expression()
            }.joined(separator: ", ")
            if with && random.chance(0.9) { scope = kept }
        }
        if random.chance(0.25) {
            s += " ORDER BY " + (0...random.smallCount(1)).map { _ in
                expression() + random.pick(["", " ASC", " DESC", " ASCENDING", " DESCENDING"])
            }.joined(separator: ", ")
        }
        if random.chance(0.15) { s += " SKIP " + random.pick([integerLiteral(), "$p", expression()]) }
        if random.chance(0.2) { s += " LIMIT " + random.pick([integerLiteral(), "$p", expression()]) }
        return s
    }

    mutating func whereClause() -> String {
        random.chance(0.4) ? " WHERE " + expression() : ""
    }

    mutating func expressionList() -> String {
        (0...random.smallCount(2)).map { _ in expression() }.joined(separator: ", ")
    }

    // MARK: - Patterns

    mutating func patternList() -> String {
        (0...random.smallCount(1)).map { _ in
            (random.chance(0.2) ? bind() + " = " : "") + pathPattern()
        }.joined(separator: ", ")
    }

    mutating func pathPattern() -> String {
        var s = nodePattern()
        for _ in 0..<random.smallCount(3) {
            s += relationshipPattern(varLength: random.chance(0.25)) + nodePattern()
        }
        return s
    }

    mutating func nodePattern() -> String {
        var s = "("
        let saved = scope
        var name: String?
        if random.chance(0.7) {
            let nodes = scope.filter { $0.hasPrefix("n") }
            name = random.chance(0.4) && !nodes.isEmpty ? random.pick(nodes) : bind("n", 5)
            s += name!
        }
        if random.chance(0.5) { s += labelList() }
        if random.chance(0.3) {
            scope = saved  // the properties cannot refer to the node being matched
            s += " " + propertiesMap()
            if let name, !scope.contains(name) { scope.append(name) }
        }
        return s + ")"
    }

    mutating func labelList() -> String {
        (0...random.smallCount(1)).map { _ in ":" + label() }.joined()
    }

    mutating func relationshipPattern(varLength: Bool) -> String {
        var inner = ""
        let saved = scope
        var name: String?
        if random.chance(0.6) {
            name = bind("r", 8)
            inner += name!
        }
        if random.chance(0.6) {
            inner += ":" + (0...random.smallCount(1)).map { _ in type() }.joined(separator: "|" + (random.chance(0.05) ? ":" : ""))
        }
        if varLength {
            inner += "*"
            switch random.below(6) {
            case 0: break
            case 1: inner += random.chance(0.9) ? "\(random.below(5))" : integerLiteral()
            case 2: inner += (random.chance(0.9) ? "\(random.below(5))" : integerLiteral()) + ".."
            case 3: inner += ".." + (random.chance(0.9) ? "\(random.below(5))" : integerLiteral())
            default: inner += "\(random.below(4))..\(random.pick(["2", "3", "5", "10", "0", "1", "2", "3", "9223372036854775807"]))"
            }
        }
        if random.chance(0.2) {
            scope = saved
            inner += " " + propertiesMap()
            if let name, !scope.contains(name) { scope.append(name) }
        }
        let body = random.chance(0.1) && inner.isEmpty ? "" : "[" + inner + "]"
        switch random.below(4) {
        case 0: return "-" + body + "->"
        case 1: return "<-" + body + "-"
        case 2: return "-" + body + "-"
        default: return random.chance(0.05) ? "<-" + body + "->" : random.pick(["-->", "<--", "--"])
        }
    }

    mutating func propertiesMap() -> String {
        random.chance(0.03) ? "$" + parameterName() : mapLiteral(depth: maxDepth - 1)
    }

    // MARK: - Expressions

    public mutating func expression() -> String { expression(depth: 0) }

    mutating func expression(depth: Int) -> String {
        if depth >= maxDepth || random.chance(0.4) { return atom(depth: depth) }
        let d = depth + 1
        switch random.below(30) {
        case 0...5:
            let op = random.pick(["+", "-", "*", "/", "%", "^", "=", "<>", "<", ">", "<=", ">=", "AND", "OR", "XOR",
                                  "=~", "STARTS WITH", "ENDS WITH", "CONTAINS", "IN", "+", "="])
            return expression(depth: d) + " " + op + " " + expression(depth: d)
        case 6: return random.pick(["NOT ", "-", "+", "NOT NOT "]) + expression(depth: d)
        case 7: return expression(depth: d) + random.pick([" IS NULL", " IS NOT NULL"])
        case 8...11: return functionCall(depth: d)
        case 12:
            let list = expression(depth: d)
            return withLocal { g, v in "[" + v + " IN " + list
                + (g.random.chance(0.5) ? " WHERE " + g.expression(depth: d) : "")
                + (g.random.chance(0.6) ? " | " + g.expression(depth: d) : "") + "]" }
        case 13: return locally { g in "[" + (g.random.chance(0.3) ? g.bind("p", 2) + " = " : "") + g.pathPattern()
            + (g.random.chance(0.4) ? " WHERE " + g.expression(depth: d) : "") + " | " + g.expression(depth: d) + "]" }
        case 14: return caseExpression(depth: d)
        case 15: return expression(depth: d) + "[" + expression(depth: d) + "]"
        case 16: return expression(depth: d) + "[" + (random.chance(0.7) ? expression(depth: d) : "") + ".."
            + (random.chance(0.7) ? expression(depth: d) : "") + "]"
        case 17: return expression(depth: d) + "." + key()
        case 18: return variable() + "{" + mapProjectionItems(depth: d) + "}"
        case 19:
            let initial = expression(depth: d), list = expression(depth: d)
            return withLocal { g, acc in
                g.withLocal { g, v in "reduce(" + acc + " = " + initial + ", " + v + " IN " + list + " | " + g.expression(depth: d) + ")" }
            }
        case 20:
            let list = expression(depth: d)
            return withLocal { g, v in g.random.pick(["any", "all", "none", "single"]) + "(" + v + " IN " + list
                + (g.random.chance(0.8) ? " WHERE " + g.expression(depth: d) : "") + ")" }
        case 21: return locally { g in "EXISTS { " + (g.random.chance(0.5) ? g.pathPattern() : "MATCH " + g.pathPattern() + g.whereClause()) + " }" }
        case 22: return random.chance(0.2) ? locally { g in g.pathPattern() } : atom(depth: depth)
        case 23: return variable() + labelList()
        case 24: return "(" + expression(depth: d) + ")"
        case 25: return expression(depth: d) + " " + random.pick(["<", "=", "<="]) + " " + expression(depth: d) + " "
            + random.pick(["<", ">", "<>"]) + " " + expression(depth: d)
        case 26: return locally { g in "shortestPath(" + g.nodePattern() + g.relationshipPattern(varLength: true) + g.nodePattern() + ")" }
        default: return atom(depth: depth)
        }
    }

    mutating func caseExpression(depth: Int) -> String {
        var s = "CASE"
        if random.chance(0.5) { s += " " + expression(depth: depth) }
        for _ in 0...random.smallCount(2) { s += " WHEN " + expression(depth: depth) + " THEN " + expression(depth: depth) }
        if random.chance(0.5) { s += " ELSE " + expression(depth: depth) }
        return s + " END"
    }

    mutating func mapProjectionItems(depth: Int) -> String {
        (0..<random.smallCount(3)).map { _ -> String in
            switch random.below(4) {
            case 0: return ".*"
            case 1: return "." + key()
            case 2: return variable()
            default: return key() + ": " + expression(depth: depth)
            }
        }.joined(separator: ", ")
    }

    mutating func functionCall(depth: Int) -> String {
        var name: String
        var arity: Int
        if random.chance(0.08) {
            name = random.pick(["nosuch", "db.labels", "a.b.c", "`toUpper`", "TOUPPER", "count", "exists", "date.truncate",
                                "datetime.fromepoch", "duration.between", "localtime.statement"])
            arity = random.below(4)
        } else {
            let f = random.pick(Self.functionNames)
            name = random.chance(0.1) ? f.0.uppercased() : f.0
            arity = random.chance(0.9) ? random.int(f.1...max(f.1, f.2)) : random.below(f.2 + 2)
        }
        if name == "count" && random.chance(0.3) { return "count(*)" }
        let distinct = random.chance(0.1) ? "DISTINCT " : ""
        let args = (0..<arity).map { _ in expression(depth: depth) }.joined(separator: ", ")
        return name + "(" + distinct + args + ")"
    }

    mutating func atom(depth: Int) -> String {
        switch random.below(12) {
        case 0...3: return literal(depth: depth)
        case 4...6: return scope.isEmpty ? literal(depth: depth) : variable()
        case 7: return "$" + parameterName()
        case 8...9: return (scope.isEmpty ? mapLiteral(depth: depth + 1) : variable()) + "." + key()
        case 10: return random.chance(0.2) ? "count(*)" : literal(depth: depth)
        default: return listLiteral(depth: depth + 1)
        }
    }

    // MARK: - Literals

    mutating func literal(depth: Int = 0) -> String {
        switch random.below(12) {
        case 0...2: return integerLiteral()
        case 3...4: return floatLiteral()
        case 5...6: return stringLiteral()
        case 7: return random.pick(["null", "NULL", "true", "false", "TRUE", "False"])
        case 8...9: return listLiteral(depth: depth + 1)
        default: return mapLiteral(depth: depth + 1)
        }
    }

    public mutating func integerLiteral() -> String {
        if random.chance(0.6) { return String(random.int(-3...20)) }
        if random.chance(0.75) {
            return random.pick(["0", "-0", "1", "-1", "9223372036854775807", "-9223372036854775808", "0x7FFFFFFFFFFFFFFF",
                                "-0x8000000000000000", "0o777", "2147483647", "2147483648", "-2147483649", "4294967296",
                                "1000000", "100000000", "0X1F", "0O17", "00", "007", "9223372036854775806", "-9223372036854775807"])
        }
        return random.pick(["0", "-0", "1", "-1", "9223372036854775807", "-9223372036854775808", "9223372036854775808",
                            "-9223372036854775809", "18446744073709551616", "99999999999999999999999",
                            "0x7FFFFFFFFFFFFFFF", "-0x8000000000000000", "0x8000000000000000", "0xFFFFFFFFFFFFFFFFF",
                            "0o777777777777777777777", "0o1000000000000000000000", "0x", "0o", "0xg", "00", "007",
                            "2147483647", "2147483648", "-2147483649", "4294967296", "1000000", "100000000",
                            "0b101", "1_000", "12abc", "0X1F", "0O17"])
    }

    mutating func floatLiteral() -> String {
        if random.chance(0.8) {
            return random.pick(["0.0", "-0.0", "1.5", ".5", "1e308", "1.7976931348623157e308", "4.9e-324",
                                "2.5e-3", "1E10", "0.0/0.0", "1.0/0.0", "-1.0/0.0", "9007199254740993.0", "0.1", "3.14159", "1e18",
                                "-1e19", "-9.223372036854775808e18", "9.223372036854775807e18"])
        }
        return random.pick(["0.0", "-0.0", "1.5", ".5", "1.", "1e308", "1e309", "-1e309", "1.7976931348623157e308",
                     "4.9e-324", "1e-400", "2.5e-3", "1E10", "0.0/0.0", "1e", "1e+", "1.0e-0", "9007199254740993.0",
                     "123456789012345678901234567890.0", "-9.223372036854775808e18", "9.223372036854775807e18",
                     "0.1", "3.14159", "1e18", "-1e19", "NaN", "Infinity"])
    }

    public mutating func stringLiteral() -> String {
        let bodies = ["", "a", "Igor Kochetkov", "Ахмат Кадыров", "Чечня", "🏳️‍🌈", "e\u{301}", "\u{200F}rtl", "\u{0}",
                      "\\u0000", "\\uD800", "\\uDFFF", "\\uFFFF", "\\U0001F600", "\\U00110000", "\\u12", "\\x41", "\\'",
                      "\\\"", "\\\\", "\\n\\t\\r\\b\\f", "\\", "%", "_", ".*", "(a+)+$", "[", "\\p{L}+", "(?i)x", "\\d{1000000}",
                      "a{2147483647}", "((((((((((x))))))))))", "\u{1F468}\u{200D}\u{1F469}\u{200D}\u{1F467}", "\u{FEFF}",
                      "2020-01-01", "2020-13-45T25:61:61Z", "P1Y2M3DT4H5M6.7S", "PT-0.5S", "P9223372036854775807Y",
                      "+999999999-12-31", "-999999999-01-01", "12:00:00+25:00", "2015-W53-7", "2015-366",
                      "1e309", "NaN", "9223372036854775808", " 42 ", "0x10", "-0.0", "tRuE",
                      String(repeating: "x", count: 3000), "\r\n", "\u{7F}\u{1B}[31m"]
        let risky: Set<String> = ["\\uD800", "\\uDFFF", "\\U00110000", "\\u12", "\\x41", "\\"]
        var body = random.pick(bodies)
        while risky.contains(body) && random.chance(0.85) { body = random.pick(bodies) }
        let quote = random.chance(0.8) ? "'" : "\""
        var escaped = body
        if !body.contains("\\") {
            escaped = body.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: quote, with: "\\" + quote)
        }
        return quote + escaped + quote
    }

    mutating func listLiteral(depth: Int) -> String {
        if depth >= maxDepth { return "[]" }
        if random.chance(0.1) { return random.pick(["range(1, 3)", "range(0, 10, 3)", "[1, 2, 3]", "[null]", "[[]]"]) }
        return "[" + (0..<random.smallCount(3)).map { _ in expression(depth: depth + 1) }.joined(separator: ", ") + "]"
    }

    mutating func mapLiteral(depth: Int) -> String {
        if depth >= maxDepth { return "{}" }
        return "{" + (0..<(random.chance(0.95) ? random.below(4) : random.smallCount(3))).map { _ in key() + ": " + expression(depth: depth + 1) }
            .joined(separator: ", ") + "}"
    }

    // MARK: - Names

    /// A variable to read: mostly one in scope.
    mutating func variable() -> String {
        !scope.isEmpty && random.chance(0.97) ? random.pick(scope) : random.pick(Self.variables)
    }

    /// A variable to bind (added to the scope).
    mutating func bind(_ prefix: String = "v", _ count: Int = 6) -> String {
        let v = random.chance(0.85) ? prefix + "\(random.below(count))" : random.pick(Self.variables)
        if !scope.contains(v) { scope.append(v) }
        return v
    }

    /// Writes `body`; whatever it binds stays inside it (pattern comprehensions, EXISTS).
    mutating func locally(_ body: (inout QueryGenerator) -> String) -> String {
        let saved = scope
        let text = body(&self)
        scope = saved
        return text
    }

    /// Writes `body` with a fresh variable in scope only inside it (comprehensions, reduce).
    mutating func withLocal(_ body: (inout QueryGenerator, String) -> String) -> String {
        let saved = scope
        let v = random.chance(0.7) ? "l\(random.below(3))" : random.pick(Self.variables)
        scope.append(v)
        let text = body(&self, v)
        scope = saved
        return text
    }
    mutating func label() -> String { random.pick(Self.labels) }
    mutating func type() -> String { random.pick(Self.types) }
    mutating func key() -> String { random.pick(Self.keys) }
    mutating func parameterName() -> String { random.pick(Self.parameters) }

    // MARK: - Stress shapes

    /// Expressions, patterns, lists, maps or clauses nested far deeper than any real query.
    public mutating func deepNesting() -> String {
        let depth = min(maxStressSize, random.pick([50, 150, 199, 200, 201, 500, 1_000, 5_000, 20_000, 100_000]))
        func rep(_ s: String, _ n: Int) -> String { String(repeating: s, count: n) }
        switch random.below(16) {
        case 0: return "RETURN " + rep("(", depth) + "1" + rep(")", depth)
        case 1: return "RETURN " + rep("[", depth) + rep("]", depth)
        case 2: return "RETURN " + rep("{a:", depth) + "1" + rep("}", depth)
        case 3: return "RETURN " + rep("NOT ", depth) + "true"
        case 4: return "RETURN " + rep("-", depth) + "1"
        case 5: return "RETURN " + rep("[x IN ", depth) + "[1]" + rep(" | x]", depth)
        case 6: return "RETURN " + rep("CASE WHEN true THEN ", depth) + "1" + rep(" END", depth)
        case 7: return "RETURN " + rep("size(", depth) + "[]" + rep(")", depth)
        case 8: return "MATCH (n) WHERE " + rep("EXISTS { MATCH (n)-->(m) WHERE ", min(depth, 3_000)) + "true" + rep(" }", min(depth, 3_000)) + " RETURN n"
        case 9: return "WITH " + rep("[", depth) + "1" + rep("]", depth) + " AS x RETURN x"
        case 10: return "RETURN " + rep("reduce(a = 0, x IN [1] | ", depth) + "a" + rep(")", depth)
        case 11: return "RETURN 1" + rep("[0]", depth)
        case 12: return "RETURN n" + rep(".a", depth)
        case 13: return "UNWIND " + rep("[", depth) + "1" + rep("]", depth) + " AS x RETURN x"
        case 14: return "RETURN " + rep("+", depth) + "1"
        default: return "RETURN " + rep("-(", depth) + "1" + rep(")", depth)
        }
    }

    /// Long flat sequences: operator chains, long patterns, many clauses, many items, huge literals.
    public mutating func longChain() -> String {
        let n = min(maxStressSize, random.pick([100, 1_000, 10_000, 50_000]))
        switch random.below(12) {
        case 0: return "RETURN " + Array(repeating: "1", count: n).joined(separator: " + ")
        case 1: return "RETURN " + Array(repeating: "true", count: n).joined(separator: " AND ")
        case 2: return "MATCH " + "(a)" + String(repeating: "-->()", count: min(n, 2_000)) + " RETURN a"
        case 3: return String(repeating: "WITH 1 AS x ", count: n) + "RETURN x"
        case 4: return "RETURN " + (0..<n).map { "\($0) AS c\($0)" }.joined(separator: ", ")
        case 5: return "RETURN [" + (0..<n).map(String.init).joined(separator: ",") + "] AS l"
        case 6: return "RETURN '" + String(repeating: "ab", count: n * 10) + "' AS s"
        case 7: return "RETURN 1 " + String(repeating: "< 2 ", count: n)
        case 8: return "CREATE " + (0..<min(n, 5_000)).map { "(:L {i: \($0)})" }.joined(separator: ", ")
        case 9: return "RETURN " + Array(repeating: "'x'", count: n).joined(separator: " + ")
        case 10: return Array(repeating: "RETURN 1 AS x", count: min(n, 5_000)).joined(separator: " UNION ")
        default: return "RETURN " + Array(repeating: "2", count: n).joined(separator: " ^ ")
        }
    }
}
