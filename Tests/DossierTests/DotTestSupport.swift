import Foundation
import Testing
@testable import Dossier

/// Shared helpers of the DOT export tests: a small fixed graph, golden files and a check that
/// runs every export through the real Graphviz `dot -Tsvg`.
enum DotTestSupport {
    static let goldenDir = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Golden/dot")

    /// A small fixed graph: people, an organisation, places, a document, a statement, an event,
    /// an unlabelled node with a self-loop, parallel relationships and the three story types.
    static func fixedGraph() -> Database {
        let db = Database()
        let s = db.store
        func node(_ labels: [String], _ props: [(String, Value)]) -> NodeID {
            s.createNode(labels: labels.map { s.labels.intern($0) },
                         properties: props.map { Property(key: s.keys.intern($0.0), value: $0.1) })
        }
        func rel(_ a: NodeID, _ type: String, _ b: NodeID, _ props: [(String, Value)] = []) {
            s.createRelationship(type: s.types.intern(type), start: a, end: b,
                                 properties: props.map { Property(key: s.keys.intern($0.0), value: $0.1) })
        }
        let igor = node(["Person"], [("name", "Igor Kochetkov"), ("key", "igor"), ("role", "lawyer")])
        let team = node(["Organization"], [("key", "team29"), ("name", "Team 29"), ("founded", 2015)])
        let kazan = node(["Place"], [("name", "Kazan"), ("key", "kazan"), ("coordinates", [55.79, 49.12])])
        let ruling = node(["Document"], [("title", "Ruling of the Supreme Court on the designation of the organisation as undesirable"),
                                         ("key", "doc-ruling")])
        let claim = node(["Statement"], [("key", "st-1"), ("text", "The organisation received foreign funding")])
        let raid = node(["Event"], [("name", "Search of the office"), ("date", "2021-07-17")])
        let loose = node([], [])
        let anna = node(["Witness", "Person"], [("name", "Anna \"A.\" Petrova"), ("key", 42)])
        rel(igor, "MEMBER_OF", team, [("since", 2015), ("verified", true)])
        rel(team, "BASED_IN", kazan)
        rel(raid, "HAPPENED_IN", kazan)
        rel(igor, "WITNESSED", raid)
        rel(igor, "WITNESSED", raid, [("note", "second account")])
        rel(ruling, "SUPPORTS", claim)
        rel(anna, "DENIES", claim)
        rel(team, "CONTRADICTS", claim, [("source", "press release")])
        rel(loose, "MENTIONS", loose)
        _ = s.commit()
        return db
    }

    /// Compares `dot` with `Golden/dot/<name>.dot`; `DOSSIER_UPDATE_GOLDEN=1` (or a missing file)
    /// writes it instead.
    static func expectGolden(_ dot: String, _ name: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) {
        let url = goldenDir.appendingPathComponent(name + ".dot")
        let update = ProcessInfo.processInfo.environment["DOSSIER_UPDATE_GOLDEN"] == "1"
        guard !update, let golden = try? String(contentsOf: url, encoding: .utf8) else {
            try? dot.write(to: url, atomically: true, encoding: .utf8)
            if !update { Issue.record("golden file \(name).dot was missing and has been written", sourceLocation: sourceLocation) }
            return
        }
        #expect(dot == golden, "DOT differs from Golden/dot/\(name).dot (DOSSIER_UPDATE_GOLDEN=1 rewrites it)",
                sourceLocation: sourceLocation)
    }

    /// Renders `dot` with `dot -Tsvg`; records an issue on any error or warning (or when Graphviz
    /// is missing) and returns the SVG.
    @discardableResult
    static func expectRenders(_ dot: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) -> String? {
        do {
            let out = try GraphvizRenderer.render(dot, format: .svg)
            #expect(out.diagnostics.isEmpty, "dot -Tsvg printed: \(out.diagnostics)", sourceLocation: sourceLocation)
            return String(decoding: out.data, as: UTF8.self)
        } catch {
            Issue.record("dot -Tsvg failed: \(error)", sourceLocation: sourceLocation)
            return nil
        }
    }

    /// Node and edge statements in DOT text (one per line: user text never contains a raw newline).
    static func statementCounts(_ dot: String) -> (nodes: Int, edges: Int) {
        var nodes = 0, edges = 0
        for line in dot.split(separator: "\n") {
            let l = line.drop { $0 == " " }
            guard l.hasPrefix("\"n") else { continue }
            if l.contains("\" -> \"n") { edges += 1 } else { nodes += 1 }
        }
        return (nodes, edges)
    }

    /// Occurrences of `needle` in `haystack`.
    static func count(_ needle: String, in haystack: String) -> Int {
        haystack.components(separatedBy: needle).count - 1
    }
}
