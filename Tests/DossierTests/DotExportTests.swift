import Foundation
import Testing
@testable import Dossier

/// DOT export of the small fixed graph: golden files, rendering through Graphviz, selections.
@Suite struct DotExportTests {
    @Test func wholeGraph() throws {
        let db = DotTestSupport.fixedGraph()
        let dot = DotExporter(database: db).exportAll()
        DotTestSupport.expectGolden(dot, "all")
        let svg = DotTestSupport.expectRenders(dot)
        #expect(DotTestSupport.statementCounts(dot) == (8, 9))
        if let svg {
            #expect(DotTestSupport.count("class=\"node\"", in: svg) == 8)
            #expect(DotTestSupport.count("class=\"edge\"", in: svg) == 9)
        }
        #expect(dot.hasPrefix("digraph \"dossier\" {\n"))
        #expect(!dot.contains("strict"))
    }

    @Test func clustersTopToBottomWithoutProperties() throws {
        let db = DotTestSupport.fixedGraph()
        var options = DotOptions(rankdir: .topToBottom, clusterByLabel: true, includeProperties: false)
        options.wrapWidth = 16
        let dot = DotExporter(database: db, options: options).exportAll()
        DotTestSupport.expectGolden(dot, "all-clusters-tb-no-properties")
        DotTestSupport.expectRenders(dot)
        #expect(!dot.contains("tooltip"))
        #expect(dot.contains("rankdir=\"TB\""))
        #expect(DotTestSupport.count("subgraph \"cluster_", in: dot) == 6)
        #expect(DotTestSupport.statementCounts(dot) == (8, 9))
    }

    @Test func neighbourhood() throws {
        let db = DotTestSupport.fixedGraph()
        let exporter = DotExporter(database: db)
        // kazan ← team, raid; depth 1 = kazan, team, raid and the relationships among them.
        let one = try db.subgraph(around: "kazan", depth: 1)
        #expect(one.nodes.map(\.id.rawValue) == [1, 2, 5])
        #expect(one.relationships.map(\.type) == ["BASED_IN", "HAPPENED_IN"])
        let dot = try exporter.export(around: "kazan", depth: 2)
        DotTestSupport.expectGolden(dot, "around-kazan-2")
        DotTestSupport.expectRenders(dot)
        #expect(try db.subgraph(around: "kazan", depth: 0).nodes.count == 1)
        // An integer `key` property, then an id.
        #expect(try db.subgraph(around: "42", depth: 0).nodes.map(\.id.rawValue) == [7])
        #expect(try db.subgraph(around: "6", depth: 1).relationships.map(\.type) == ["MENTIONS"])
        #expect(throws: DossierError.self) { try db.subgraph(around: "nobody", depth: 1) }
        #expect(throws: DossierError.self) { try db.subgraph(around: "kazan", depth: -1) }
    }

    @Test func resultSubgraphAddsEndNodesAndPathElements() throws {
        let db = DotTestSupport.fixedGraph()
        let all = db.subgraphAll()
        let nodes = Dictionary(uniqueKeysWithValues: all.nodes.map { ($0.id, $0) })
        let rels = Dictionary(uniqueKeysWithValues: all.relationships.map { ($0.id, $0) })
        // A row with a relationship (DENIES: anna → claim), a path (igor → team → kazan) inside a
        // list, a node in a map, and a scalar.
        let path = PathValue(nodes: [NodeID(0), NodeID(1), NodeID(2)], relationships: [RelationshipID(0), RelationshipID(1)])
        let result = QueryResult(columns: ["r", "ps", "m", "x"],
                                 rows: [[.relationship(RelationshipID(6)), .list([.path(path)]),
                                         .map(["n": .node(NodeID(5))]), .int(1)]],
                                 nodes: nodes, relationships: rels)
        let sub = Subgraph(result: result)
        #expect(sub.nodes.map(\.id.rawValue) == [0, 1, 2, 4, 5, 7])
        #expect(sub.relationships.map(\.id.rawValue) == [0, 1, 6])
        let dot = DotExporter(database: db).export(result)
        DotTestSupport.expectGolden(dot, "result-path-and-relationship")
        DotTestSupport.expectRenders(dot)
        #expect(DotTestSupport.statementCounts(dot) == (6, 3))
        // Explicit selection: a relationship brings its end nodes.
        let picked = db.subgraph(nodes: [NodeID(6)], relationships: [RelationshipID(5), RelationshipID(99)])
        #expect(picked.nodes.map(\.id.rawValue) == [3, 4, 6])
        #expect(picked.relationships.map(\.id.rawValue) == [5])
    }

    @Test func emptyGraphIsValid() throws {
        let dot = DotExporter(database: Database()).exportAll()
        DotTestSupport.expectRenders(dot)
        #expect(DotTestSupport.statementCounts(dot) == (0, 0))
    }

    @Test func deterministicAcrossPropertyOrderAndRuns() throws {
        let a = DotExporter(database: DotTestSupport.fixedGraph()).exportAll()
        let b = DotExporter(database: DotTestSupport.fixedGraph()).exportAll()
        #expect(a == b)
        let db = Database()
        let s = db.store
        let k1 = s.keys.intern("zeta"), k2 = s.keys.intern("alpha")
        s.createNode(labels: [], properties: [Property(key: k1, value: 1), Property(key: k2, value: 2)])
        s.createNode(labels: [], properties: [Property(key: k2, value: 2), Property(key: k1, value: 1)])
        _ = s.commit()
        let lines = DotExporter(database: db).exportAll().split(separator: "\n").filter { $0.contains("tooltip") }
        #expect(lines.count == 2)
        #expect(lines[0].replacingOccurrences(of: "n0", with: "n#").replacingOccurrences(of: "#0", with: "#")
                == lines[1].replacingOccurrences(of: "n1", with: "n#").replacingOccurrences(of: "#1", with: "#"))
    }

    @Test func displayNamesAndStyles() {
        let e = DotExporter()
        func n(_ labels: [String], _ props: ValueMap) -> NodeSnapshot {
            NodeSnapshot(id: NodeID(3), labels: labels, properties: props, deleted: false)
        }
        #expect(e.displayName(n(["Person"], ["title": "Dr", "name": "Ann"])) == "Ann")
        #expect(e.displayName(n(["Person"], ["title": "Dr", "key": "k"])) == "Dr")
        #expect(e.displayName(n(["Person"], ["key": 7])) == "7")
        #expect(e.displayName(n(["Person"], ["name": "", "key": "k"])) == "k")
        #expect(e.displayName(n(["Zed", "Alpha"], [:])) == "Alpha #3")
        #expect(e.displayName(n([], [:])) == "node #3")
        #expect(DotStyle.primaryLabel(of: ["Witness", "Person"]) == "Person")
        #expect(DotStyle.look(forType: "DENIES").color != DotStyle.look(forType: "KNOWS").color)
    }
}
