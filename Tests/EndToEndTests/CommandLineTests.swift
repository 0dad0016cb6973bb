import Foundation
import Testing

/// The non-interactive command line: `--command`, `--file`, standard input, parameters, output
/// formats, exit statuses and error reports, checked on the built executable.
@Suite struct CommandLineTests {
    // MARK: - Ways in

    @Test func command() throws {
        let r = try Dossier.run([":memory:", "--command", "RETURN 1 AS one, 'Igor Kochetkov' AS name"])
        #expect(r.status == 0, "\(r)")
        Golden.check(r.stdout, "command.table")
        #expect(r.stderr.isEmpty)
    }

    @Test func statementsThroughAPipe() throws {
        let script = """
        CREATE (:Person {name: 'Igor Kochetkov'}), (:Person {name: 'Ramzan Kadyrov'});
        // a comment; with a semicolon
        MATCH (p:Person) RETURN p.name AS name ORDER BY name; MATCH (p:Person)
        RETURN count(p) AS people
        """
        let r = try Dossier.run([":memory:", "--format", "csv"], input: script)
        #expect(r.status == 0, "\(r)")
        #expect(r.stdout == "name\nIgor Kochetkov\nRamzan Kadyrov\npeople\n2\n")
        #expect(r.stderr == "Created 2 nodes, set 2 properties, added 2 labels\n")
    }

    /// A program can drive dossier through a pipe: each statement's output arrives as soon as its
    /// `;` has been sent, before standard input is closed.
    @Test func drivenThroughAPipe() throws {
        let p = try PipedDossier([":memory:", "--format", "jsonl"])
        p.send("CREATE (:N {v: 41});")
        p.send(" MATCH (n:N) RETURN n.v + 1 AS answer;")
        #expect(p.waitFor("{\"answer\": 42}\n"), "got: \(p.text)")
        p.send("\nRETURN 'second' AS s;")
        #expect(p.waitFor("{\"s\": \"second\"}\n"), "got: \(p.text)")
        #expect(p.finish() == 0)
    }

    @Test func filesWithCommentsAndSeveralStatements() throws {
        let dir = Dossier.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let setup = dir.appendingPathComponent("setup.cypher")
        let query = dir.appendingPathComponent("query.cypher")
        try """
        // Who said what.
        /* Two people,
           one statement; and a relationship. */
        CREATE (k:Person {key: 'ramzan-kadyrov', name: 'Ramzan Kadyrov'})
        CREATE (s:Statement {text: 'We have no gays', stance: 'denial'})
        CREATE (k)-[:SAID {date: '2017-04'}]->(s);
        CREATE (:Person {key: 'igor-kochetkov', name: 'Igor Kochetkov'}); // trailing comment
        """.write(to: setup, atomically: true, encoding: .utf8)
        try """
        // Statements and who made them
        MATCH (p:Person)-[r:SAID]->(s:Statement)
        RETURN p.name AS who, r.date AS date, s.text AS said;
        MATCH (p:Person) RETURN p.key AS key ORDER BY key
        """.write(to: query, atomically: true, encoding: .utf8)
        let r = try Dossier.run([":memory:", "--file", setup.path, query.path])
        #expect(r.status == 0, "\(r)")
        Golden.check(r.stdout, "files.table")
    }

    @Test func parameters() throws {
        let r = try Dossier.run([":memory:", "--format", "json", "--param", "name='Kadyrov'", "--param", "n=3",
                                 "--param", "ids=[1,2]", "--param", "1=0", "--param", "m={a: 1.5, b: null}",
                                 "--command", "RETURN $name AS name, $n AS n, $ids AS ids, $1 AS one, $m AS m"])
        #expect(r.status == 0, "\(r)")
        #expect(r.stdout == "{\"columns\": [\"name\", \"n\", \"ids\", \"one\", \"m\"], \"rows\": [{\"name\": \"Kadyrov\", \"n\": 3, \"ids\": [1, 2], \"one\": 0, \"m\": {\"a\": 1.5, \"b\": null}}]}\n")
    }

    @Test func parameterMetaCommands() throws {
        let r = try Dossier.run([":memory:", "--format", "csv"], input: """
        :param who 'Kadyrov'
        :param ids [1, 2, 3]
        RETURN $who AS who, size($ids) AS n;
        :params
        :param clear
        RETURN $who;
        """)
        #expect(r.status == 1, "\(r)")
        #expect(r.stdout == "who,n\nKadyrov,3\n", "\(r)")
        // Messages of meta-commands go to standard error in the data formats.
        #expect(r.stderr.hasPrefix(":param ids [1, 2, 3]\n:param who 'Kadyrov'\nParameters cleared.\n<stdin>:6:"), "\(r)")
        #expect(r.stderr.contains("error: ParameterMissing."), "\(r)")
    }

    // MARK: - Output formats

    static let formatsScript = """
    CREATE (:Person {name: 'Igor Kochetkov', aliases: ['kotchetkov']})-[:SAID {date: '2019-01-14'}]->(:Statement {text: 'About 40 people were detained', figure_min: 40, share: 0.5});
    MATCH p = (a:Person)-[r:SAID]->(s:Statement)
    RETURN a, r, p, s.figure_min AS figure, s.share AS share, 'Кочетков — 漢字 é' AS unicode, null AS nothing,
           [1, 'two', [3.0]] AS list, {k: 'v', n: -1} AS map, 1.0/0 AS inf;
    """

    @Test(arguments: ["table", "csv", "tsv", "json", "jsonl", "markdown"])
    func format(_ format: String) throws {
        let r = try Dossier.run([":memory:", "--format", format], input: Self.formatsScript)
        #expect(r.status == 0, "\(r)")
        Golden.check(r.stdout, "formats.\(format)")
        if format != "table" {
            #expect(r.stderr == "Created 2 nodes, created 1 relationship, set 6 properties, added 2 labels\n")
        }
    }

    @Test func jsonWriteWithoutReturnAndEmptyStatements() throws {
        let r = try Dossier.run([":memory:", "--format", "json"], input: "CREATE (:A {x: 1});\nMATCH (n:Nothing) DELETE n;\nMATCH (n:A) RETURN n.x AS x;")
        #expect(r.status == 0, "\(r)")
        #expect(r.stdout == """
        {"columns": [], "rows": [], "stats": {"nodesCreated": 1, "propertiesSet": 1, "labelsAdded": 1}}
        {"columns": ["x"], "rows": [{"x": 1}]}

        """)
    }

    // MARK: - Errors and exit statuses

    @Test func syntaxErrorInAFileHasACaret() throws {
        let dir = Dossier.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let file = dir.appendingPathComponent("broken.cypher")
        try """
        // first a good statement
        RETURN 1 AS ok;

        MATCH (n:Person)
        WHERE n.name = 'x' RETRN n;
        RETURN 'never run';
        """.write(to: file, atomically: true, encoding: .utf8)
        let r = try Dossier.run([":memory:", "--file", file.path])
        #expect(r.status == 1, "\(r)")
        #expect(!r.stdout.contains("never run"))
        let lines = r.stderr.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines.count >= 3, "\(r)")
        #expect(lines.first?.hasPrefix("\(file.path):5:20: error: SyntaxError.") == true, "\(r)")
        #expect(lines.dropFirst().first == "  WHERE n.name = 'x' RETRN n;")
        #expect(lines.dropFirst(2).first == "                     ^")
    }

    @Test func errorLocationsCountFromTheStartOfTheInput() throws {
        let r = try Dossier.run([":memory:"], input: "RETURN 1 AS a;\nRETURN 2 AS b; RETURN x;\n")
        #expect(r.status == 1)
        #expect(r.stderr.hasPrefix("<stdin>:2:23: error: SyntaxError.UndefinedVariable: "), "\(r)")
        #expect(r.stderr.hasSuffix("  RETURN 2 AS b; RETURN x\n                        ^\n"), "\(r)")
        let c = try Dossier.run([":memory:", "--command", "RETURN 1;\n  RETURN y"])
        #expect(c.stderr.hasPrefix("<command>:2:10: error: SyntaxError.UndefinedVariable: "), "\(c)")
    }

    @Test func jsonErrorLine() throws {
        let r = try Dossier.run([":memory:", "--format", "json"], input: "RETURN 1 AS a;\n\nRETURN nope;")
        #expect(r.status == 1)
        #expect(r.stdout == "{\"columns\": [\"a\"], \"rows\": [{\"a\": 1}]}\n")
        #expect(r.stderr.hasPrefix("{\"error\": {\"kind\": \"SyntaxError\", \"code\": \"UndefinedVariable\", \"message\": "), "\(r)")
        #expect(r.stderr.hasSuffix(", \"line\": 3, \"column\": 8}}\n"), "\(r)")
        #expect(r.stderr.split(separator: "\n").count == 1)
        let runtime = try Dossier.run([":memory:", "--format", "jsonl", "--command", "RETURN 1 / 0"])
        #expect(runtime.status == 1)
        #expect(runtime.stderr.hasPrefix("{\"error\": {\"kind\": "), "\(runtime)")
    }

    @Test func stopsAtTheFirstErrorUnlessToldToContinue() throws {
        let input = "RETURN 1 AS a;\nRETURN x;\nRETURN 3 AS c;\n"
        let stop = try Dossier.run([":memory:", "--format", "csv"], input: input)
        #expect(stop.status == 1)
        #expect(stop.stdout == "a\n1\n")
        let go = try Dossier.run([":memory:", "--format", "csv", "--continue-on-error"], input: input)
        #expect(go.status == 1)
        #expect(go.stdout == "a\n1\nc\n3\n")
    }

    @Test func usageErrorsExitWith2() throws {
        for args in [["--bogus"], [":memory:", "--format", "xml"], [":memory:", "--file", "/nonexistent/q.cypher"],
                     [":memory:", "--param", "novalue"], [":memory:", "--param", "x=RETURN"], [":memory:", "--param", "a b=1"],
                     ["verify", ":memory:", "--documents", "/nonexistent"], ["verify"]] {
            let r = try Dossier.run(args)
            #expect(r.status == 2, "\(args): \(r)")
            #expect(!r.stderr.isEmpty, "\(args)")
            #expect(r.stdout.isEmpty, "\(args)")
        }
        let json = try Dossier.run([":memory:", "--format", "json", "--file", "/nonexistent/q.cypher"])
        #expect(json.stderr.hasPrefix("{\"error\": {\"kind\": \"UsageError\""), "\(json)")
    }

    @Test func successExitsWith0() throws {
        #expect(try Dossier.run([":memory:", "--command", "RETURN 1"]).status == 0)
        #expect(try Dossier.run([":memory:"], input: "").status == 0)
        let version = try Dossier.run(["--version"])
        #expect(version.status == 0 && !version.stdout.isEmpty)
        let help = try Dossier.run(["--help"])
        #expect(help.status == 0 && help.stdout.contains("--continue-on-error"))
        let subhelp = try Dossier.run(["help", "verify"])
        #expect(subhelp.status == 0 && subhelp.stdout.contains("USAGE: dossier verify"), "\(subhelp)")
        let completion = try Dossier.run(["--generate-completion-script", "bash"])
        #expect(completion.status == 0 && completion.stdout.contains("dossier"))
    }

    @Test func unknownMetaCommandSuggestsTheClosest() throws {
        let r = try Dossier.run([":memory:"], input: ":shcema\n")
        #expect(r.status == 1)
        #expect(r.stderr == "<stdin>:1: error: unknown command :shcema; did you mean :schema?\n")
    }

    // MARK: - Databases

    @Test func persistentDatabase() throws {
        let dir = Dossier.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let db = dir.appendingPathComponent("research.dossier").path
        let a = try Dossier.run([db, "--command", "CREATE (:Person {name: 'Igor Kochetkov'})"])
        #expect(a.status == 0, "\(a)")
        let b = try Dossier.run([db, "--format", "csv", "--command", "MATCH (p:Person) RETURN p.name AS name"])
        #expect(b.stdout == "name\nIgor Kochetkov\n", "\(b)")
        let ro = try Dossier.run([db, "--read-only", "--command", "CREATE (:X)"])
        #expect(ro.status == 1)
        #expect(ro.stderr.contains("ReadOnly"), "\(ro)")
    }

    @Test func bundledGraphIsLoadedWithoutAPath() throws {
        let r = try Dossier.run(["--format", "csv", "--command", "MATCH (d:Document) RETURN count(d) > 0 AS loaded"])
        #expect(r.status == 0, "\(r)")
        #expect(r.stdout == "loaded\ntrue\n")
        let find = try Dossier.run([], input: ":find kotchetkov\n")
        #expect(find.stdout.contains("igor-kochetkov"), "\(find)")
    }
}
