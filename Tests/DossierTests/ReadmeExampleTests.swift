import Foundation
import Testing
import Dossier

/// The embedding example of README.md, kept compiling and true.
@Suite struct ReadmeExampleTests {
    @Test func embeddingExample() throws {
        let dir = NSTemporaryDirectory() + "dossier-readme-\(UUID().uuidString)"
        defer { try? FileManager.default.removeItem(atPath: dir) }

        let db = try Database.open(path: dir)
        try db.execute("CREATE (:Person {key: 'igor-kochetkov', name: 'Igor Kochetkov'})")
        let result = try db.execute("MATCH (p:Person {key: $key}) RETURN p.name AS name",
                                    parameters: ["key": "igor-kochetkov"])
        #expect(result.columns == ["name"])
        #expect(result.rows == [["Igor Kochetkov"]])

        do {
            try db.execute("RETURN x")
            Issue.record("expected an error")
        } catch {
            #expect(error.code == .undefinedVariable)
            #expect(error.kind == .syntaxError)
            #expect(error.location?.description == "1:8")
            #expect("\(error)" == "SyntaxError.UndefinedVariable: variable `x` not defined")
        }
        try db.close()

        // The write was durable: reopening finds it.
        let again = try Database.open(path: dir)
        #expect(try again.execute("MATCH (p:Person) RETURN count(p) AS n").rows == [[1]])
        try again.close()
    }
}
