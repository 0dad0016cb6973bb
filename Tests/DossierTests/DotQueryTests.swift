import Foundation
import Testing
@testable import Dossier

/// DOT export of query results on the small fixed graph (golden files), rendered by Graphviz.
@Suite struct DotQueryTests {
    static let queries: [(name: String, query: String, nodes: Int, edges: Int)] = [
        ("query-denies-path", "MATCH p = (:Person)-[:DENIES]->(:Statement) RETURN p", 2, 1),
        ("query-organization-relationships", "MATCH (o:Organization)-[r]-() RETURN o.name AS name, collect(r) AS rs", 4, 3),
        ("query-places", "MATCH (n:Place) RETURN n", 1, 0),
        ("query-story", "MATCH (s:Statement)<-[r:SUPPORTS|DENIES|CONTRADICTS]-(x) RETURN s, r, x ORDER BY id(r)", 4, 3),
    ]

    @Test(arguments: queries.map(\.name))
    func queryGolden(name: String) throws {
        guard let q = Self.queries.first(where: { $0.name == name }) else { return }
        let db = DotTestSupport.fixedGraph()
        let result = try db.execute(q.query)
        let dot = DotExporter(database: db).export(result)
        DotTestSupport.expectGolden(dot, q.name)
        DotTestSupport.expectRenders(dot)
        let counts = DotTestSupport.statementCounts(dot)
        #expect(counts.nodes == q.nodes)
        #expect(counts.edges == q.edges)
        // Byte-identical from a fresh database and run.
        let again = DotTestSupport.fixedGraph()
        #expect(DotExporter(database: again).export(try again.execute(q.query)) == dot)
    }
}
