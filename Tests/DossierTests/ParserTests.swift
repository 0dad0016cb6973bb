import Testing
@testable import Dossier

func parse(_ text: String) throws -> Statement {
    try Parser.parse(text, options: DatabaseOptions())
}

func expr(_ text: String) throws -> String {
    ASTDump.expr(try Parser.parseExpression(text))
}

func syntaxError(_ text: String, options: DatabaseOptions = DatabaseOptions()) -> DossierError? {
    do {
        _ = try Parser.parse(text, options: options)
        return nil
    } catch let e as DossierError {
        return e
    } catch {
        return nil
    }
}

func clauses(_ text: String) throws -> [Clause] {
    guard case .query(let q) = try parse(text) else { return [] }
    return q.first.clauses
}

@Suite struct ParserPrecedenceTests {
    @Test func booleanPrecedence() throws {
        #expect(try expr("a OR b XOR c AND NOT d") == "(OR a (XOR b (AND c (NOT d))))")
        #expect(try expr("NOT a = b") == "(NOT (cmp a = b))")
        #expect(try expr("NOT false IS NULL") == "(NOT (null? false))")
    }

    @Test func logicalChainsAreBalanced() throws {
        #expect(try expr("a OR b OR c OR d") == "(OR (OR a b) (OR c d))")
        #expect(try expr("a AND b AND c") == "(AND a (AND b c))")
        #expect(try expr("a OR b AND c OR d") == "(OR a (OR (AND b c) d))")
        let long = "RETURN " + (1...5000).map { "x = \($0)" }.joined(separator: " OR ")
        #expect(syntaxError(long) == nil)
        guard case .query(let q) = try parse(long), case .return_(let p) = q.first.clauses[0].kind else {
            Issue.record(); return
        }
        #expect(p.items[0].text == String(long.dropFirst(7)))
    }

    @Test func comparisonChain() throws {
        #expect(try expr("a < b = c") == "(cmp a < b = c)")
        #expect(try expr("1 < 2 <= 3 <> 4 > 5 >= 6") == "(cmp 1 < 2 <= 3 <> 4 > 5 >= 6)")
        #expect(try expr("false = true IS NULL") == "(cmp false = (null? true))")
        #expect(try expr("a = b IN c") == "(cmp a = (IN b c))")
    }

    @Test func arithmetic() throws {
        #expect(try expr("1 + 2 * 3") == "(+ 1 (* 2 3))")
        #expect(try expr("1 - 2 - 3") == "(- (- 1 2) 3)")
        #expect(try expr("-3 ^ 2") == "(^ -3 2)")
        #expect(try expr("-x ^ 2") == "(^ (- x) 2)")
        #expect(try expr("4 ^ 3 ^ 2") == "(^ (^ 4 3) 2)")
        #expect(try expr("2 * 3 ^ 2 % 5") == "(% (* 2 (^ 3 2)) 5)")
        #expect(try expr("[1]+2 IN [3]+4") == "(IN (+ [1] 2) (+ [3] 4))")
        #expect(try expr("a + b STARTS WITH c") == "(STARTS WITH (+ a b) c)")
        #expect(try expr("a =~ 'x.*'") == "(=~ a 'x.*')")
        #expect(try expr("a IS NOT NULL") == "(notnull a)")
    }

    @Test func postfix() throws {
        #expect(try expr("n.a.b") == "(. (. n a) b)")
        #expect(try expr("-n.a") == "(- (. n a))")
        #expect(try expr("l[1..3]") == "([..] l 1 3)")
        #expect(try expr("l[..3]") == "([..] l _ 3)")
        #expect(try expr("l[1..]") == "([..] l 1 _)")
        #expect(try expr("l[0][1]") == "([] ([] l 0) 1)")
        #expect(try expr("n:A:B") == "(: n A:B)")
        #expect(try expr("n.count") == "(. n count)")
    }

    @Test func integerFolding() throws {
        #expect(try expr("-9223372036854775808") == "-9223372036854775808")
        #expect(try expr("- 1") == "-1")
        #expect(try expr("--1") == "(- -1)")
        #expect(try expr("-0.0") == "-0.0")
        #expect(syntaxError("RETURN 9223372036854775808")?.code == .integerOverflow)
        #expect(syntaxError("RETURN -9223372036854775809")?.code == .integerOverflow)
        #expect(syntaxError("RETURN 0x8000000000000000")?.code == .integerOverflow)
        #expect(try expr("-0x8000000000000000") == "-9223372036854775808")
        #expect(syntaxError("RETURN -0x8000000000000001")?.code == .integerOverflow)
        #expect(try expr("-0o1000000000000000000000") == "-9223372036854775808")
    }
}

@Suite struct ParserAtomTests {
    @Test func literals() throws {
        #expect(try expr("[1, 'a', \"b\", true, FALSE, NuLL, 1.5, .5, 1e3, 0x1F, 0o17]") ==
                "[1 'a' 'b' true false null 1.5 0.5 1000.0 31 15]")
        #expect(try expr("{a: 1, `b c`: [2]}") == "{a: 1, b c: [2]}")
        #expect(try expr("{}") == "{}")
        #expect(try expr("$p + $1") == "(+ $p $1)")
    }

    @Test func functionsAndSpecialForms() throws {
        #expect(try expr("count(*)") == "count(*)")
        #expect(try expr("count( * )") == "count(*)")
        #expect(try expr("count(DISTINCT n.a)") == "(count DISTINCT (. n a))")
        #expect(try expr("a.b.c(1, 2)") == "(a.b.c 1 2)")
        #expect(try expr("toUpper('x')") == "(toUpper 'x')")
        #expect(try expr("CASE WHEN a THEN 1 ELSE 2 END") == "(case (a 1) else 2)")
        #expect(try expr("CASE x WHEN 1 THEN 'a' WHEN 2 THEN 'b' END") == "(case x (1 'a') (2 'b'))")
        #expect(try expr("[x IN l WHERE x > 1 | x * 2]") == "(listcomp x l (cmp x > 1) (* x 2))")
        #expect(try expr("[x IN l]") == "(listcomp x l _ _)")
        #expect(try expr("[(a)-->(b) | b.name]") == "(patcomp _ (a)-[]->(b) _ (. b name))")
        #expect(try expr("[p = (a)-[:T]->() WHERE a.x | p]") == "(patcomp p (a)-[:T]->() (. a x) p)")
        #expect(try expr("[(a), (b)]") == "[a b]")
        #expect(try expr("all(x IN l WHERE x > 0)") == "(all x l (cmp x > 0))")
        #expect(try expr("none(x IN l WHERE x)") == "(none x l x)")
        #expect(try expr("reduce(s = 0, x IN l | s + x)") == "(reduce s 0 x l (+ s x))")
        #expect(try expr("n {.a, .*, k: 1, x}") == "(proj n .a .* k: 1 x)")
        #expect(try expr("exists((a)-->())") == "(exists (pattern (a)-[]->()))")
        #expect(try expr("exists(n.prop)") == "(exists (. n prop))")
        #expect(try expr("shortestPath((a)-[*]-(b))") == "(shortestPath (a)-[*..]-(b))")
        #expect(try expr("(1 + 2) * 3") == "(* (+ 1 2) 3)")
        #expect(try expr("(a) - (b)") == "(- a b)")
    }
}

@Suite struct ParserClauseTests {
    @Test func matchReturn() throws {
        let cs = try clauses("MATCH (n:Person {name: 'A'})-[r:KNOWS*1..3]->(m) WHERE n.age > 3 RETURN n, count( * ) AS c ORDER BY c DESC SKIP 1 LIMIT 2")
        #expect(cs.count == 2)
        guard case .match(let optional, let pattern, let predicate) = cs[0].kind else { Issue.record(); return }
        #expect(!optional)
        #expect(ASTDump.part(pattern.parts[0]) == "(n:Person {name: 'A'})-[r:KNOWS*1..3]->(m)")
        #expect(predicate.map(ASTDump.expr) == "(cmp (. n age) > 3)")
        guard case .return_(let p) = cs[1].kind else { Issue.record(); return }
        #expect(p.items.map(\.columnName) == ["n", "c"])
        #expect(p.orderBy.count == 1 && !p.orderBy[0].ascending)
        #expect(p.skip != nil && p.limit != nil)
    }

    @Test func columnTextIsExact() throws {
        let cs = try clauses("RETURN cOuNt( * ), aVg(    n.aGe     ), (1 + 2) * 3, -1")
        guard case .return_(let p) = cs[0].kind else { Issue.record(); return }
        #expect(p.items.map(\.columnName) == ["cOuNt( * )", "aVg(    n.aGe     )", "(1 + 2) * 3", "-1"])
    }

    @Test func patterns() throws {
        let cs = try clauses("MATCH p = (a)<--(b)--(c)<-->(d)-[*]->(e)-[*2]-(f)-[:A|B*..3]-(g)-[:C|:D*2..]-(h), (x) RETURN 1")
        guard case .match(_, let pattern, _) = cs[0].kind else { Issue.record(); return }
        #expect(pattern.parts.count == 2)
        #expect(ASTDump.part(pattern.parts[0]) ==
                "p = (a)<-[]-(b)-[]-(c)-[]-(d)-[*..]->(e)-[*2..2]-(f)-[:A|B*..3]-(g)-[:C|D*2..]-(h)")
    }

    @Test func updatingClauses() throws {
        let cs = try clauses("""
            MERGE (n:A {k: 1}) ON CREATE SET n.c = 1 ON MATCH SET n.m = 2, n:B ON CREATE SET n += {x: 1}
            SET n.p = 1, (n).q = 2, n = {a: 1}, n += $m, n:L:M
            REMOVE n.p, n:L
            DELETE n
            DETACH DELETE m
            CREATE (a)-[:T {w: 1}]->(b)
            FOREACH (x IN [1] | CREATE (:X {v: x}))
            """)
        #expect(cs.count == 7)
        guard case .merge(_, let onCreate, let onMatch) = cs[0].kind else { Issue.record(); return }
        #expect(onCreate.count == 2 && onMatch.count == 2)
        guard case .set(let items) = cs[1].kind else { Issue.record(); return }
        #expect(items.count == 5)
        guard case .delete(let detach, _) = cs[4].kind else { Issue.record(); return }
        #expect(detach)
    }

    @Test func otherClauses() throws {
        let cs = try clauses("""
            LOAD CSV WITH HEADERS FROM 'file:///x.csv' AS row FIELDTERMINATOR ';'
            UNWIND [1, 2] AS x
            WITH DISTINCT x, row ORDER BY x SKIP 0 LIMIT 5 WHERE x > 0
            OPTIONAL MATCH (n) WHERE (n)-->()
            CALL db.labels() YIELD label AS l WHERE l <> ''
            RETURN *
            """)
        #expect(cs.count == 6)
        guard case .loadCSV(let csv) = cs[0].kind else { Issue.record(); return }
        #expect(csv.withHeaders && csv.fieldTerminator == ";" && csv.variable == "row")
        guard case .with(let w) = cs[2].kind else { Issue.record(); return }
        #expect(w.distinct && w.predicate != nil)
        guard case .call(let call) = cs[4].kind else { Issue.record(); return }
        #expect(call.name == "db.labels" && call.yields?.first?.alias == "l" && call.predicate != nil)
        guard case .return_(let r) = cs[5].kind else { Issue.record(); return }
        #expect(r.includesExisting)
    }

    @Test func unionsAndPrefixes() throws {
        guard case .query(let q) = try parse("RETURN 1 AS a UNION RETURN 2 AS a UNION RETURN 3 AS a;") else { Issue.record(); return }
        #expect(q.unions.count == 2 && !q.unions[0].all)
        guard case .explain = try parse("EXPLAIN MATCH (n) RETURN n") else { Issue.record(); return }
        guard case .profile = try parse("profile MATCH (n) RETURN n") else { Issue.record(); return }
        #expect(syntaxError("RETURN 1 AS a UNION RETURN 2 AS a UNION ALL RETURN 3 AS a")?.code == .invalidClauseComposition)
    }

    @Test func schemaCommands() throws {
        guard case .schema(.createIndex(let name, let label, let prop, let ine)) =
                try parse("CREATE INDEX person_name IF NOT EXISTS FOR (p:Person) ON (p.name)") else { Issue.record(); return }
        #expect(name == "person_name" && label == "Person" && prop == "name" && ine)
        guard case .schema(.createIndex(nil, "A", "b", false)) = try parse("CREATE INDEX FOR (n:A) ON (n.b)") else { Issue.record(); return }
        guard case .schema(.createUniqueConstraint(nil, "A", "id", true)) =
                try parse("CREATE CONSTRAINT IF NOT EXISTS FOR (n:A) REQUIRE n.id IS UNIQUE") else { Issue.record(); return }
        guard case .schema(.dropIndex("x", true)) = try parse("DROP INDEX x IF EXISTS") else { Issue.record(); return }
        guard case .schema(.dropConstraint("c", false)) = try parse("DROP CONSTRAINT c") else { Issue.record(); return }
        guard case .schema(.showIndexes) = try parse("SHOW INDEXES") else { Issue.record(); return }
        guard case .schema(.showConstraints) = try parse("SHOW CONSTRAINTS") else { Issue.record(); return }
    }
}

@Suite struct ParserErrorTests {
    @Test func tckSyntaxErrors() {
        let cases: [(String, DossierError.Code)] = [
            ("MATCH (n) RETURN (n)-[]->()", .unexpectedSyntax),
            ("MATCH (n) WITH (n)-[]->() AS x RETURN x", .unexpectedSyntax),
            ("MATCH (n) SET n.prop = head(nodes(head((n)-[:REL]->()))).foo", .unexpectedSyntax),
            ("MATCH (a), (b), (c) RETURN size((a)-[:REL]->(b))", .unexpectedSyntax),
            ("RETURN 42 — 41", .invalidUnicodeCharacter),
            ("RETURN 9223372h54775808 AS literal", .invalidNumberLiteral),
            ("RETURN 9223372#54775808 AS literal", .unexpectedSyntax),
            ("RETURN 0x AS literal", .invalidNumberLiteral),
            ("RETURN 0x1A2b3j4D5E6f7 AS literal", .invalidNumberLiteral),
            ("RETURN 1.34E999", .floatingPointOverflow),
            ("RETURN '\\uH'", .invalidUnicodeLiteral),
            ("RETURN [, ] AS literal", .unexpectedSyntax),
            ("RETURN [[[]] AS literal", .unexpectedSyntax),
            ("RETURN [[','[]',']] AS literal", .unexpectedSyntax),
            ("RETURN {1B2c3e67:1} AS literal", .unexpectedSyntax),
            ("RETURN {k1#k: 1} AS literal", .unexpectedSyntax),
            ("RETURN {k1.k: 1} AS literal", .unexpectedSyntax),
            ("RETURN {, } AS literal", .unexpectedSyntax),
            ("RETURN {1} AS literal", .unexpectedSyntax),
            ("RETURN {[]} AS literal", .unexpectedSyntax),
            ("RETURN {{}} AS literal", .unexpectedSyntax),
            ("RETURN {k: {k: {}} AS literal", .unexpectedSyntax),
            ("MATCH (n $param) RETURN n", .invalidParameterUse),
            ("MATCH ()-[r:FOO $param]->() RETURN r", .invalidParameterUse),
            ("MERGE (n $param) RETURN n", .invalidParameterUse),
            ("MATCH (a:A) MATCH (a)-[:LIKES..]->(c) RETURN c.name", .invalidRelationshipPattern),
            ("MATCH (a:A) MATCH (a)-[:LIKES*-2]->(c) RETURN c.name", .invalidRelationshipPattern),
            ("MATCH (n) DELETE n:Person", .invalidDelete),
            ("MATCH ()-[r:T]-() DELETE r:T", .invalidDelete),
            ("CALL test.my.proc('Stefan', 1) YIELD * RETURN city, country_code", .unexpectedSyntax),
            ("MATCH (n) WHERE exists { MATCH (n)-->(m) SET m.prop='fail' } RETURN n", .invalidClauseComposition),
        ]
        for (query, code) in cases {
            let e = syntaxError(query)
            #expect(e?.code == code, "\(query) → \(e.map(String.init(describing:)) ?? "no error")")
            #expect(e?.kind == .syntaxError, "\(query)")
        }
    }

    @Test func errorLocation() {
        let e = syntaxError("MATCH (n)\nWHERE n.x = 1\nRETRUN n")
        #expect(e?.location == SourceLocation(offset: 24, line: 3, column: 1))
        #expect(e?.message.contains("'RETRUN'") == true)
        let e2 = syntaxError("MATCH (n:Person\nRETURN n")
        #expect(e2?.message == "expected ':', '{' or ')' but found 'RETURN'")
        #expect(e2?.location?.line == 2 && e2?.location?.column == 1)
        let e3 = syntaxError("RETURN 'é', (1")
        #expect(e3?.location?.column == 15)
        #expect(e3?.message == "expected ')' but found end of input")
    }

    @Test func messagesSayWhatWasExpectedAndFound() {
        let cases: [(String, String, String)] = [
            ("MATCH (n RETURN n", "1:10", "expected ':', '{' or ')' but found 'RETURN'"),
            ("RETURN [1, 2", "1:13", "expected ']' but found end of input"),
            ("RETURN {a 1}", "1:11", "expected ':' but found '1'"),
            ("RETURN count(*", "1:15", "expected ')' but found end of input"),
            ("MATCH (n) RETURN n ORDER n", "1:26", "expected BY after ORDER but found 'n'"),
            ("UNWIND [1] x RETURN x", "1:12", "expected AS but found 'x'"),
            ("RETURN CASE WHEN 1 THEN 2", "1:26", "expected WHEN, ELSE or END but found end of input"),
            ("RETURN a != b", "1:10", "'!=' is not an openCypher operator; use '<>'"),
            ("MATCH (n) RETURN n x", "1:20", "expected ',', AS, ORDER BY, SKIP, LIMIT, UNION, ';' or end of input but found 'x'"),
        ]
        for (query, location, message) in cases {
            let e = syntaxError(query)
            #expect(e?.location.map { "\($0)" } == location, "\(query)")
            #expect(e?.message == message, "\(query)")
        }
    }

    @Test func clauseOrder() {
        #expect(syntaxError("MATCH (n)")?.code == .invalidClauseComposition)
        #expect(syntaxError("RETURN 1 MATCH (n) RETURN n")?.code == .invalidClauseComposition)
        #expect(syntaxError("")?.code == .unexpectedSyntax)
        #expect(syntaxError("RETURN 1; RETURN 2")?.code == .unexpectedSyntax)
    }

    @Test func nestingLimit() {
        for (open, count) in [("(", 100_000), ("[", 100_000), ("{a: ", 10_000), ("-", 10_000), ("NOT ", 10_000),
                              ("CASE WHEN true THEN ", 10_000), ("f(", 10_000), ("[x IN ", 10_000)] {
            let text = "RETURN " + String(repeating: open, count: count) + "1"
            #expect(syntaxError(text)?.code == .nestingTooDeep, "\(open)")
        }
        let chain = "RETURN 1" + String(repeating: " + 1", count: 10_000)
        #expect(syntaxError(chain)?.code == .nestingTooDeep)
        let props = "RETURN n" + String(repeating: ".a", count: 10_000)
        #expect(syntaxError(props)?.code == .nestingTooDeep)
        var options = DatabaseOptions()
        options.maxNestingDepth = 200
        let ok = "RETURN " + String(repeating: "(", count: 150) + "1" + String(repeating: ")", count: 150)
        #expect(syntaxError(ok, options: options) == nil)
    }
}
