import Foundation
import Testing

/// The saved queries (`queries/*.cypher`), run on the bundled graph through the `dossier`
/// executable and compared with `Golden/queries/NAME.csv` (CSV keeps every cell's full text and
/// diffs line by line). The expected files have been checked by hand against the documents; after
/// a change to the graph or a query, run with `DOSSIER_UPDATE_GOLDEN=1` and review the diff.
@Suite struct SavedQueryGoldenTests {
    static let queriesDirectory = Dossier.repositoryRoot.appendingPathComponent("queries")

    /// The saved queries' names (file names without `.cypher`), in order.
    static let names: [String] = {
        let files = (try? FileManager.default.contentsOfDirectory(atPath: queriesDirectory.path)) ?? []
        return files.filter { $0.hasSuffix(".cypher") }.map { String($0.dropLast(".cypher".count)) }.sorted()
    }()

    static func text(of name: String) -> String {
        let data = FileManager.default.contents(atPath: queriesDirectory.appendingPathComponent(name + ".cypher").path)
        return String(decoding: data ?? Data(), as: UTF8.self)
    }

    @Test func thereAreSavedQueries() {
        #expect(Self.names.count >= 13, "\(Self.names)")
    }

    @Test(arguments: names)
    func savedQuery(_ name: String) throws {
        let file = Self.queriesDirectory.appendingPathComponent(name + ".cypher").path
        let r = try Dossier.run(["--file", file, "--format", "csv"])
        #expect(r.status == 0, "\(r)")
        #expect(r.stderr.isEmpty, "\(r.stderr)")
        #expect(r.stdout.split(separator: "\n").count > 1, "\(name) returns no rows")
        Golden.check(r.stdout, "queries/\(name).csv")
    }

    /// Each saved query starts with a `//` comment stating its question in plain words.
    @Test(arguments: names)
    func startsWithTheQuestion(_ name: String) {
        let lines = Self.text(of: name).split(separator: "\n", omittingEmptySubsequences: false)
        let comment = lines.prefix { $0.hasPrefix("//") }.map { $0.dropFirst(2) }.joined(separator: " ")
        #expect(!comment.isEmpty, "\(name) does not start with a // comment")
        #expect(comment.contains("?"), "\(name): the opening comment should ask the question: \(comment)")
    }

    /// Rows come in a fixed order: every query with more than one row orders them explicitly.
    @Test(arguments: names)
    func ordersItsRows(_ name: String) throws {
        let text = Self.text(of: name)
        guard !text.contains("shortestPath(") else { return }
        #expect(text.contains("ORDER BY"), "\(name) has no ORDER BY")
    }

    /// No golden file is left behind by a renamed or deleted query.
    @Test func noStaleGoldenFiles() throws {
        let dir = Golden.directory.appendingPathComponent("queries")
        let files = try FileManager.default.contentsOfDirectory(atPath: dir.path).filter { $0.hasSuffix(".csv") }
        let stale = files.map { String($0.dropLast(".csv".count)) }.filter { !Self.names.contains($0) }
        #expect(stale.isEmpty, "golden files without a query: \(stale)")
    }
}
