/// Writes a subgraph as Graphviz DOT that renders without hand-editing.
///
/// ```swift
/// let result = try db.execute("MATCH p = (:Person)-[:DENIES]->(:Statement) RETURN p")
/// let dot = DotExporter(database: db).export(result)
/// ```
///
/// The output is a `digraph` (never `strict`, which would merge parallel relationships), every
/// ID and attribute value is quoted and escaped (`DotString`), strings are cut to Graphviz's
/// 16,384-byte limit, and it is byte-identical for the same graph and selection in every process:
/// nodes and relationships are written by ascending id, properties by key.
///
/// Each node shows its display name (the first of `name`, `title`, `key`, else its label and id)
/// over its labels, in the shape and colour of its label (`DotStyle`); relationships show their
/// type, and DENIES, CONTRADICTS and SUPPORTS stand out. Tooltips carry the properties.
public struct DotExporter: Sendable {
    public var options: DotOptions
    let database: Database?

    /// An exporter for `database`'s graph (needed for `exportAll()` and `export(around:depth:)`).
    public init(database: Database? = nil, options: DotOptions = DotOptions()) {
        self.database = database
        self.options = options
    }

    /// The subgraph of a query result: its nodes, relationships and paths, plus the end nodes of
    /// its relationships.
    public func export(_ result: QueryResult) -> String {
        export(Subgraph(result: result))
    }

    /// The whole graph (empty without a database).
    public func exportAll() -> String {
        export(database?.subgraphAll() ?? Subgraph(nodes: [], relationships: []))
    }

    /// A node (by `key` property or id) and everything within `depth` hops of it.
    /// - Throws: see `Database.subgraph(around:depth:)`.
    public func export(around key: String, depth: Int) throws(DossierError) -> String {
        guard let database else {
            throw DossierError(.entityNotFound, .invalidArgumentValue, "no database to export from")
        }
        return export(try database.subgraph(around: key, depth: depth))
    }

    /// The given nodes and relationships (plus the end nodes of the relationships).
    public func export(nodes: [NodeID], relationships: [RelationshipID]) -> String {
        export(database?.subgraph(nodes: nodes, relationships: relationships) ?? Subgraph(nodes: [], relationships: []))
    }

    /// `subgraph` as DOT text, ending with a newline.
    public func export(_ subgraph: Subgraph) -> String {
        var out = "digraph \"dossier\" {\n"
        out += "  graph [rankdir=\"\(options.rankdir.rawValue)\", fontname=\"Helvetica\", fontsize=\"11\", "
            + "nodesep=\"0.35\", ranksep=\"0.7\", pad=\"0.3\", outputorder=\"edgesfirst\"];\n"
        out += "  node [fontname=\"Helvetica\", fontsize=\"11\", margin=\"0.12,0.06\", penwidth=\"1.2\"];\n"
        out += "  edge [fontname=\"Helvetica\", fontsize=\"9\", arrowsize=\"0.7\"];\n"

        if options.clusterByLabel {
            var groups: [String: [NodeSnapshot]] = [:]
            var loose: [NodeSnapshot] = []
            for n in subgraph.nodes {
                if let label = DotStyle.primaryLabel(of: n.labels) { groups[label, default: []].append(n) } else { loose.append(n) }
            }
            for (i, label) in groups.keys.sorted().enumerated() {
                let look = DotStyle.look(forLabel: label)
                out += "  subgraph \"cluster_\(i)\" {\n"
                out += "    label=\(quoted(label)); style=\"rounded,dashed\"; color=\(quoted(look.border)); "
                    + "fontcolor=\(quoted(look.border));\n"
                for n in groups[label] ?? [] { out += "    " + nodeStatement(n) + "\n" }
                out += "  }\n"
            }
            for n in loose { out += "  " + nodeStatement(n) + "\n" }
        } else {
            for n in subgraph.nodes { out += "  " + nodeStatement(n) + "\n" }
        }
        for r in subgraph.relationships { out += "  " + edgeStatement(r) + "\n" }
        out += "}\n"
        return out
    }

    // MARK: - Statements

    func nodeStatement(_ n: NodeSnapshot) -> String {
        let primary = DotStyle.primaryLabel(of: n.labels)
        let look = DotStyle.look(forLabel: primary)
        let name = DotString.wrap(displayName(n), width: options.wrapWidth, maxLines: options.maxLabelLines)
        let labelLine = n.labels.isEmpty ? "" : "\n" + DotString.wrap(labelsText(n.labels, primary: primary),
                                                                    width: options.wrapWidth * 2, maxLines: 1)
        var attrs = [
            ("label", name + labelLine),
            ("shape", look.shape), ("style", look.style), ("fillcolor", look.fill), ("color", look.border),
        ]
        if options.includeProperties {
            attrs.append(("tooltip", tooltip(title: labelsText(n.labels, primary: primary) + " #\(n.id)", n.properties)))
        }
        return quoted("n\(n.id)") + " " + attributeList(attrs) + ";"
    }

    func edgeStatement(_ r: RelationshipSnapshot) -> String {
        let look = DotStyle.look(forType: r.type)
        var attrs = [
            ("label", DotString.wrap(r.type, width: options.wrapWidth, maxLines: 2)),
            ("color", look.color), ("fontcolor", look.color), ("style", look.style), ("penwidth", look.penwidth),
        ]
        if options.includeProperties {
            attrs.append(("tooltip", tooltip(title: "\(r.type) #\(r.id)", r.properties)))
        }
        return quoted("n\(r.start)") + " -> " + quoted("n\(r.end)") + " " + attributeList(attrs) + ";"
    }

    /// The first of the `name`, `title` and `key` properties that is set, else `Label #id`.
    func displayName(_ n: NodeSnapshot) -> String {
        for key in ["name", "title", "key"] {
            if let v = n.properties[key], !v.isNull {
                let text = PropertyText.display(v)
                if !text.isEmpty { return text }
            }
        }
        let label = DotStyle.primaryLabel(of: n.labels) ?? "node"
        return "\(label) #\(n.id)"
    }

    /// `:Person` or `:Person:Witness` (the primary label first, then the others alphabetically);
    /// `node` without labels.
    func labelsText(_ labels: [String], primary: String?) -> String {
        guard let primary else { return "node" }
        let rest = labels.filter { $0 != primary }.sorted()
        return ([primary] + rest).map { ":" + $0 }.joined()
    }

    /// `title`, then one `key: value` line per property, by key.
    func tooltip(title: String, _ properties: ValueMap) -> String {
        var lines = [title]
        for key in properties.keys.sorted() {
            guard let v = properties[key] else { continue }
            var text = PropertyText.display(v)
            if text.count > 600 { text = String(text.prefix(600)) + DotString.ellipsis }
            lines.append("\(key): \(text)")
        }
        return lines.joined(separator: "\n")
    }

    func quoted(_ s: String) -> String { DotString.quoted(s, maxBytes: options.maxStringBytes) }

    func attributeList(_ attrs: [(String, String)]) -> String {
        "[" + attrs.map { "\($0.0)=\(quoted($0.1))" }.joined(separator: ", ") + "]"
    }
}
