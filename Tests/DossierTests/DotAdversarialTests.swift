import Foundation
import Testing
@testable import Dossier

/// A graph built to break DOT output: every character class Graphviz treats specially, in names,
/// labels, relationship types and property keys. It must export, render without a warning, and
/// have exactly one node statement per node and one edge statement per relationship.
@Suite struct DotAdversarialTests {
    static let nastyStrings: [String] = [
        "", " ", "\"", "\"\"", "\\", "\\\\", "\\\"", "ends with backslash\\", "\"; node [shape=box]; \"x",
        "a\" -> \"b", "] ; \"n0\" -> \"n0\" [label=\"injected", "line\nbreak", "cr\rreturn", "crlf\r\nend",
        "tab\tbed", "nul\u{0}byte", "bell\u{7}", "del\u{7F}", "c1\u{85}\u{9F}", "\u{2028}\u{2029}",
        "<b>bold</b>", "<<table><tr><td>x</td></tr></table>>", "<", ">", "{", "}", "|", "{a|{b|c}}",
        "node", "edge", "graph", "digraph", "subgraph", "strict", "NODE", "Digraph",
        "&amp;", "&#60;", "&lt;script&gt;", "&", "\\N", "\\G", "\\E", "\\L", "\\l", "\\r", "\\n",
        "// comment", "/* comment */", "# hash", "-> --", "=", ";", ",", "[", "]",
        "🧐🍌❖⋙⚐", "👩‍👩‍👧‍👦 family", "🏳️‍🌈", "e\u{301}", "שלום עולם", "مرحبا بالعالم", "\u{202E}reversed\u{202C}",
        "漢字かなカナ", "𝔘𝔫𝔦𝔠𝔬𝔡𝔢", "\u{FEFF}bom", "\u{200B}zero width",
        String(repeating: "long ", count: 5_000),
        String(repeating: "\"\\", count: 20_000),
        String(repeating: "😀", count: 10_000),
        String(repeating: "x", count: 100_000),
    ]

    static func graph() -> Database {
        let db = Database()
        let s = db.store
        var previous: NodeID?
        for (i, text) in nastyStrings.enumerated() {
            let label = s.labels.intern(i % 3 == 0 ? "Person" : String(text.prefix(40)))
            let key = s.keys.intern(String(text.prefix(30)) + "#\(i)")
            let id = s.createNode(labels: [label],
                                  properties: [Property(key: s.keys.intern(i % 2 == 0 ? "name" : "title"), value: .string(text)),
                                               Property(key: key, value: .list([.string(text), .float(.nan), .null]))])
            if let previous {
                let type = s.types.intern(i % 4 == 0 ? "DENIES" : String(text.prefix(40)))
                s.createRelationship(type: type, start: previous, end: id,
                                     properties: [Property(key: key, value: .string(text))])
            }
            previous = id
        }
        _ = s.commit()
        return db
    }

    @Test(arguments: [false, true])
    func exportsAndRendersEveryNastyString(clustered: Bool) throws {
        let db = Self.graph()
        let sub = db.subgraphAll()
        #expect(sub.nodes.count == Self.nastyStrings.count)
        #expect(sub.relationships.count == Self.nastyStrings.count - 1)
        var options = DotOptions()
        options.clusterByLabel = clustered
        let dot = DotExporter(database: db, options: options).exportAll()
        let counts = DotTestSupport.statementCounts(dot)
        #expect(counts.nodes == sub.nodes.count)
        #expect(counts.edges == sub.relationships.count)
        #expect(!dot.contains("\0"))
        // Every quoted string respects Graphviz's limit.
        #expect(Self.longestQuotedString(dot) <= 16_384)
        let svg = DotTestSupport.expectRenders(dot)
        if let svg {
            #expect(DotTestSupport.count("class=\"node\"", in: svg) == sub.nodes.count)
            #expect(DotTestSupport.count("class=\"edge\"", in: svg) == sub.relationships.count)
        }
        #expect(dot == DotExporter(database: Self.graph(), options: options).exportAll(), "deterministic")
    }

    /// The byte length of the longest `"..."` token, honouring `\"` escapes.
    static func longestQuotedString(_ dot: String) -> Int {
        var longest = 0, current = 0
        var inString = false, escaped = false
        for byte in dot.utf8 {
            if !inString {
                if byte == UInt8(ascii: "\"") { inString = true; current = 1 }
                continue
            }
            current += 1
            if escaped { escaped = false; continue }
            if byte == UInt8(ascii: "\\") { escaped = true; continue }
            if byte == UInt8(ascii: "\"") { inString = false; longest = max(longest, current) }
        }
        return longest
    }
}
