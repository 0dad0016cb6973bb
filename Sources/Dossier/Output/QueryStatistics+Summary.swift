extension QueryStatistics {
    /// What a write changed, as one sentence in the manner of cypher-shell:
    /// `Created 3 nodes, set 5 properties`. Empty when nothing changed.
    public var summary: String {
        var parts: [String] = []
        func add(_ n: Int, _ verb: String, _ singular: String, _ plural: String) {
            if n != 0 { parts.append("\(verb) \(n) \(n == 1 ? singular : plural)") }
        }
        add(nodesCreated, "created", "node", "nodes")
        add(nodesDeleted, "deleted", "node", "nodes")
        add(relationshipsCreated, "created", "relationship", "relationships")
        add(relationshipsDeleted, "deleted", "relationship", "relationships")
        add(propertiesSet, "set", "property", "properties")
        add(labelsAdded, "added", "label", "labels")
        add(labelsRemoved, "removed", "label", "labels")
        add(indexesAdded, "added", "index", "indexes")
        add(indexesRemoved, "removed", "index", "indexes")
        add(constraintsAdded, "added", "constraint", "constraints")
        add(constraintsRemoved, "removed", "constraint", "constraints")
        guard var text = parts.first else { return "" }
        text = text.prefix(1).uppercased() + text.dropFirst()
        for p in parts.dropFirst() { text += ", " + p }
        return text
    }
}
