/// Writes the graph as a Cypher script that recreates it in an empty database, using only
/// standard openCypher (UNWIND, CREATE, SET, MATCH, WITH, ORDER BY, collect, REMOVE), so other
/// Cypher databases can load it too.
///
/// ```
/// // Dossier dump: 3 nodes, 2 relationships. Run it in an empty database.
/// UNWIND [
///   {__dump_id: 0, name: 'Ana'},
///   {__dump_id: 1, name: 'Ben'}
/// ] AS row CREATE (n:Person) SET n = row;
/// UNWIND [
///   {__dump_id: 2, title: 'Report'}
/// ] AS row CREATE (n:Document) SET n = row;
/// MATCH (n) WHERE n.__dump_id IS NOT NULL WITH n ORDER BY n.__dump_id WITH collect(n) AS nodes
/// UNWIND [
///   [0, 2, {page: 4}]
/// ] AS row WITH nodes[row[0]] AS a, nodes[row[1]] AS b, row CREATE (a)-[r:CITED_IN]->(b) SET r = row[2];
/// MATCH (n) WHERE n.__dump_id IS NOT NULL REMOVE n.__dump_id;
/// ```
///
/// Deterministic: two dumps of the same graph are byte-identical, whatever the order in which
/// names were interned or properties set. Nodes get dump ids 0, 1, 2… in ascending node id order
/// (ids remapped densely); nodes are grouped by label set and relationships by type, groups in
/// order of their first member, members in id order. Labels and property keys are written in
/// code point order. Floats are written with the shortest digits that read back to the same
/// double (`Value.cypherLiteral()`); NaN and infinities as `0.0/0.0`, `1.0/0.0`, `-1.0/0.0`.
/// One row per line, so dumps of two versions of a graph diff readably.
struct DumpWriter {
    /// Rows per node statement.
    static let nodeBatch = 1000

    let store: GraphStore

    /// Rows per relationship statement: each statement collects and sorts every node once, so
    /// large graphs get larger batches (at most 20 statements' worth of that work per type).
    var relationshipBatch: Int { max(1000, min(100_000, store.nodeCount / 10)) }

    /// The temporary property that carries dump ids: `__dump_id`, or `__dump_id_2`, `__dump_id_3`…
    /// when the graph itself uses that key.
    var dumpKey: String {
        var used = Set<String>()
        for (i, name) in store.keys.names.enumerated() where name.hasPrefix("__dump_id") {
            let key = Int32(i)
            let inUse = store.nodes.contains { $0.alive && $0.property(key) != nil }
                || store.relationships.contains { $0.alive && $0.property(key) != nil }
            if inUse { used.insert(name) }
        }
        if !used.contains("__dump_id") { return "__dump_id" }
        var n = 2
        while used.contains("__dump_id_\(n)") { n += 1 }
        return "__dump_id_\(n)"
    }

    /// Emits the script in pieces (each a whole number of lines) to `sink`.
    func write(to sink: (String) throws -> Void) rethrows {
        let key = Value.quotedKey(dumpKey)
        let liveNodes = store.allNodeIDs()
        let liveRels = store.allRelationshipIDs()
        let counts = "\(liveNodes.count) node\(liveNodes.count == 1 ? "" : "s"), "
            + "\(liveRels.count) relationship\(liveRels.count == 1 ? "" : "s")"
        try sink("// Dossier dump: \(counts). Run it in an empty database.\n")
        guard !liveNodes.isEmpty else { return }

        // Dense dump ids, by ascending node id.
        var dumpID = [Int32](repeating: -1, count: store.nodes.count)
        for (i, id) in liveNodes.enumerated() { dumpID[id] = Int32(i) }

        // Sorted names, computed once per symbol.
        let labelText = store.labels.names.map { Value.quotedKey($0) }
        let keyText = store.keys.names.map { Value.quotedKey($0) }
        let keyOrder = Self.codePointOrder(store.keys.names)
        let labelOrder = Self.codePointOrder(store.labels.names)

        // Nodes, grouped by label set in order of first appearance.
        var groupOf: [[Int32]: Int] = [:]
        var groups: [(labels: [Int32], members: [Int])] = []
        for id in liveNodes {
            let ls = store.nodes[id].labels.sorted { labelOrder[Int($0)] < labelOrder[Int($1)] }
            if let g = groupOf[ls] {
                groups[g].members.append(id)
            } else {
                groupOf[ls] = groups.count
                groups.append((ls, [id]))
            }
        }
        for group in groups {
            let pattern = "(n" + group.labels.map { ":" + labelText[Int($0)] }.joined() + ")"
            var start = 0
            while start < group.members.count {
                let end = min(start + Self.nodeBatch, group.members.count)
                var text = "UNWIND [\n"
                for (i, id) in group.members[start..<end].enumerated() {
                    text += "  {\(key): \(dumpID[id])"
                    appendProperties(store.nodes[id].properties, keyText: keyText, keyOrder: keyOrder, to: &text, leadingComma: true)
                    text += i == end - start - 1 ? "}\n" : "},\n"
                }
                text += "] AS row CREATE \(pattern) SET n = row;\n"
                try sink(text)
                start = end
            }
        }

        // Relationships, grouped by type in order of first appearance.
        var typeGroupOf: [Int32: Int] = [:]
        var typeGroups: [(type: Int32, members: [Int])] = []
        for id in liveRels {
            let t = store.relationships[id].type
            if let g = typeGroupOf[t] {
                typeGroups[g].members.append(id)
            } else {
                typeGroupOf[t] = typeGroups.count
                typeGroups.append((t, [id]))
            }
        }
        let typeText = store.types.names.map { Value.quotedKey($0) }
        let batch = relationshipBatch
        for group in typeGroups {
            var start = 0
            while start < group.members.count {
                let end = min(start + batch, group.members.count)
                var text = "MATCH (n) WHERE n.\(key) IS NOT NULL WITH n ORDER BY n.\(key) WITH collect(n) AS nodes\nUNWIND [\n"
                for (i, id) in group.members[start..<end].enumerated() {
                    let r = store.relationships[id]
                    text += "  [\(dumpID[r.start]), \(dumpID[r.end]), {"
                    appendProperties(r.properties, keyText: keyText, keyOrder: keyOrder, to: &text, leadingComma: false)
                    text += i == end - start - 1 ? "}]\n" : "}],\n"
                }
                text += "] AS row WITH nodes[row[0]] AS a, nodes[row[1]] AS b, row "
                text += "CREATE (a)-[r:\(typeText[Int(group.type)])]->(b) SET r = row[2];\n"
                try sink(text)
                start = end
            }
        }
        try sink("MATCH (n) WHERE n.\(key) IS NOT NULL REMOVE n.\(key);\n")
    }

    /// `, k1: v1, k2: v2` (or without the first comma), keys in code point order.
    private func appendProperties(_ props: [Property], keyText: [String], keyOrder: [Int],
                                  to text: inout String, leadingComma: Bool) {
        var sorted = props
        if sorted.count > 1 { sorted.sort { keyOrder[Int($0.key)] < keyOrder[Int($1.key)] } }
        var first = !leadingComma
        for p in sorted {
            if !first { text += ", " }
            first = false
            text += keyText[Int(p.key)]
            text += ": "
            p.value.appendCypherLiteral(to: &text)
        }
    }

    /// For each name, its rank in code point (UTF-8 byte) order.
    static func codePointOrder(_ names: [String]) -> [Int] {
        let order = names.indices.sorted { names[$0].utf8.lexicographicallyPrecedes(names[$1].utf8) }
        var rank = [Int](repeating: 0, count: names.count)
        for (r, i) in order.enumerated() { rank[i] = r }
        return rank
    }
}

extension Database {
    /// A Cypher script that recreates the graph exactly in an empty database (see `DumpWriter`
    /// for the format); `dossier dump [PATH]` prints it. Two dumps of the same graph are
    /// byte-identical.
    ///
    /// - Complexity: O(nodes + relationships) time; the whole script is built in memory —
    ///   use `dump(to:)` to stream a large graph.
    public func dump() -> String {
        var out = ""
        dump { out += $0 }
        return out
    }

    /// Streams the dump script to `sink` in pieces of whole lines.
    public func dump(to sink: (String) throws -> Void) rethrows {
        lock.lock(); defer { lock.unlock() }
        try DumpWriter(store: store).write(to: sink)
    }
}
