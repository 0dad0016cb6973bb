import Dossier
import Foundation
import Testing

/// Inputs the fuzzer (`dossier-fuzz`, `Benchmarks/fuzz.sh`) found to crash, hang or blow up the
/// process. Each must now give a result or a `DossierError`.
@Suite struct FuzzRegressionTests {
    /// Runs `query` on a small graph: a result or a `DossierError` with a message is fine.
    @discardableResult
    static func survives(_ query: String, options: DatabaseOptions = DatabaseOptions()) -> Result<QueryResult, DossierError> {
        let db = Database(options: options)
        _ = try? db.execute("CREATE (a:Person {name: 'a'})-[:KNOWS]->(b:Person {name: 'b'}), (a)-[:R]->(a)")
        do {
            return .success(try db.execute(query))
        } catch {
            #expect(!error.message.isEmpty)
            if error.phase == .compileTime { #expect(error.location != nil, "\(error)") }
            return .failure(error)
        }
    }

    /// DOT label wrapping with `maxLabelLines` 0 indexed line -1.
    @Test func dotWrapWithNoLabelLines() throws {
        let db = Database()
        try db.execute("CREATE (:Person {name: 'a long name that needs wrapping'})-[:KNOWS]->(:Person {name: 'b'})")
        var options = DotOptions()
        options.maxLabelLines = 0
        options.wrapWidth = 0
        let dot = DotExporter(database: db, options: options).exportAll()
        #expect(dot.contains("digraph"))
    }

    /// A label cut to exactly 16,384 bytes (quotes included) was refused by Graphviz.
    @Test func dotLongLabelsStayWithinGraphvizLimit() throws {
        let db = Database()
        try db.execute("CREATE (:Person {name: $s})-[:KNOWS]->(:Person {name: $s})",
                       parameters: ["s": .string(String(repeating: "é", count: 20_000))])
        var options = DotOptions()
        options.clusterByLabel = true
        let dot = DotExporter(database: db, options: options).exportAll()
        guard GraphvizRenderer.dotExecutable() != nil else { return }
        #expect(throws: Never.self) { try GraphvizRenderer.render(dot, format: .svg) }
    }

    /// `LOAD CSV` from a file without line breaks grew one record until memory ran out.
    @Test func loadCSVFromEndlessFileIsCapped() throws {
        guard FileManager.default.fileExists(atPath: "/dev/zero") else { return }
        var options = DatabaseOptions()
        options.maxCollectionSize = 100_000
        let r = Self.survives("LOAD CSV FROM 'file:///dev/zero' AS `ü` RETURN * SKIP 8", options: options)
        #expect(throws: DossierError.self) { try r.get() }
        if case .failure(let e) = r { #expect(e.code == .collectionTooLarge) }
        let commas = NSTemporaryDirectory() + "/fuzz-commas-\(getpid()).csv"
        try Data(repeating: UInt8(ascii: ","), count: 300_000).write(to: URL(fileURLWithPath: commas))
        defer { try? FileManager.default.removeItem(atPath: commas) }
        let c = Self.survives("LOAD CSV FROM 'file://\(commas)' AS row RETURN size(row)", options: options)
        if case .failure(let e) = c { #expect(e.code == .collectionTooLarge) } else { Issue.record("expected an error") }
    }
}
