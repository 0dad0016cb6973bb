import Foundation
import Testing
@testable import Dossier

/// LOAD CSV: list and map rows, delimiters, quoting, URLs and paths, errors naming file and line,
/// use with CREATE / MATCH / MERGE, and progress reports.
@Suite struct LoadCSVTests {
    /// Writes `text` to a fresh temporary file and returns its path.
    static func file(_ text: String, _ name: String = "data.csv") -> String {
        let path = StorageTestSupport.scratchPath("csv") + "-" + name
        _ = FileManager.default.createFile(atPath: path, contents: Data(text.utf8))
        return path
    }

    @Test func listRowsWithoutHeaders() throws {
        let path = Self.file("a,b\n1,\"x, y\"\n\n3,\n")
        let r = try Database().execute("LOAD CSV FROM $f AS row RETURN row", parameters: ["f": .string(path)])
        #expect(r.rows == [[.list(["a", "b"])], [.list(["1", "x, y"])], [.list(["3", .null])]])
    }

    @Test func mapRowsWithHeaders() throws {
        let path = Self.file("name,age,city\r\nIgor,41,Kyiv\r\nAnna,,\r\nBoris\r\n")
        let r = try Database().execute("LOAD CSV WITH HEADERS FROM 'file://' + $f AS row RETURN row.name, row.age, row.city",
                                       parameters: ["f": .string(path)])
        #expect(r.rows == [["Igor", "41", "Kyiv"], ["Anna", .null, .null], ["Boris", .null, .null]])
    }

    @Test func fieldTerminatorAndQuotes() throws {
        let path = Self.file("id|text\n1|\"say \"\"hi\"\"|there\"\n2|\"two\nlines\"\n")
        let r = try Database().execute("LOAD CSV WITH HEADERS FROM $f AS row FIELDTERMINATOR '|' RETURN toInteger(row.id), row.text",
                                       parameters: ["f": .string(path)])
        #expect(r.rows == [[1, "say \"hi\"|there"], [2, "two\nlines"]])
        let tabs = Self.file("a\tb\n")
        let t = try Database().execute("LOAD CSV FROM $f AS row FIELDTERMINATOR '\\t' RETURN row", parameters: ["f": .string(tabs)])
        #expect(t.rows == [[.list(["a", "b"])]])
    }

    @Test func relativePathsResolveAgainstTheCurrentDirectory() throws {
        let path = Self.file("x\n")
        // The same file named relative to the current directory (not changed: tests run in parallel).
        let depth = FileManager.default.currentDirectoryPath.split(separator: "/").count
        let relative = String(repeating: "../", count: depth) + path.dropFirst()
        let r = try Database().execute("LOAD CSV FROM $f AS row RETURN row[0]", parameters: ["f": .string(relative)])
        #expect(r.rows == [["x"]])
    }

    @Test func missingFileNamesTheFile() {
        do {
            try Database().execute("LOAD CSV FROM 'file:///no/such/dir/people.csv' AS row RETURN row")
            Issue.record("expected an error")
        } catch {
            #expect(error.code == .loadCSVError)
            #expect(error.message.contains("/no/such/dir/people.csv"))
        }
    }

    @Test func badRowNamesFileAndLineAndRollsBack() throws {
        let path = Self.file("a,b\n1,2\n3,x\"y\n")
        let db = Database()
        do {
            try db.execute("LOAD CSV FROM $f AS row CREATE (:Row {a: row[0]})", parameters: ["f": .string(path)])
            Issue.record("expected an error")
        } catch {
            #expect(error.code == .loadCSVError)
            #expect(error.message.contains("\(path):3"))
        }
        #expect(db.nodeCount == 0)
    }

    @Test func badDelimiterAndNonLocalURLs() {
        #expect(throws: DossierError.self) { try Database().execute("LOAD CSV FROM 'x.csv' AS row FIELDTERMINATOR '\"' RETURN row") }
        #expect(throws: DossierError.self) { try Database().execute("LOAD CSV FROM 'https://example.org/x.csv' AS row RETURN row") }
        #expect(throws: DossierError.self) { try Database().execute("LOAD CSV FROM 42 AS row RETURN row") }
    }

    @Test func loadsAGraphWithCreateMatchAndMerge() throws {
        let people = Self.file("id,name\n1,Igor\n2,Anna\n3,Boris\n")
        let links = Self.file("1|2\n2|3\n3|1\n")
        let db = Database()
        try db.execute("CREATE INDEX FOR (p:Person) ON (p.id)")
        try db.execute("LOAD CSV WITH HEADERS FROM $f AS row CREATE (:Person {id: toInteger(row.id), name: row.name})",
                       parameters: ["f": .string(people)])
        try db.execute("""
            LOAD CSV FROM $f AS row FIELDTERMINATOR '|'
            MATCH (a:Person {id: toInteger(row[0])}), (b:Person {id: toInteger(row[1])})
            CREATE (a)-[:KNOWS]->(b)
            """, parameters: ["f": .string(links)])
        try db.execute("LOAD CSV WITH HEADERS FROM $f AS row MERGE (c:City {name: row.name + ' city'})",
                       parameters: ["f": .string(people)])
        let r = try db.execute("MATCH (a)-[:KNOWS]->(b) RETURN a.name, b.name ORDER BY a.name")
        #expect(r.rows == [["Anna", "Boris"], ["Boris", "Igor"], ["Igor", "Anna"]])
        #expect(try db.execute("MATCH (c:City) RETURN count(c)").rows == [[3]])
    }

    @Test func reportsProgress() throws {
        let path = Self.file((0..<5000).map { "\($0),x" }.joined(separator: "\n") + "\n")
        final class Box: @unchecked Sendable { var reports: [LoadProgress] = [] }
        let box = Box()
        var options = DatabaseOptions()
        options.loadProgress = { box.reports.append($0) }
        let r = try Database(options: options).execute("LOAD CSV FROM $f AS row RETURN count(*)", parameters: ["f": .string(path)])
        #expect(r.rows == [[5000]])
        #expect(box.reports.last?.finished == true)
        #expect(box.reports.last?.rows == 5000)
        #expect(box.reports.last?.fraction == 1)
    }

    @Test func fileURLs() throws {
        #expect(try LoadCSVOperator.path(of: "file:///tmp/a%20b.csv", at: .init(offset: 0, line: 1, column: 1)) == "/tmp/a b.csv")
        #expect(try LoadCSVOperator.path(of: "file://localhost/tmp/a.csv", at: .init(offset: 0, line: 1, column: 1)) == "/tmp/a.csv")
        #expect(try LoadCSVOperator.path(of: "data/a.csv", at: .init(offset: 0, line: 1, column: 1)) == "data/a.csv")
        #expect(throws: DossierError.self) { try LoadCSVOperator.path(of: "file://evil.org/a.csv", at: .init(offset: 0, line: 1, column: 1)) }
    }
}
