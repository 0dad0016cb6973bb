import Dossier
import Foundation

/// `:find` and `:evidence`: finding nodes by name, and showing the quotes behind a result.
extension Session {
    // MARK: - :find

    /// Lists nodes whose name, aliases, text, title or key contain `text`, ignoring case and accents.
    func find(_ text: String) -> Bool {
        let needle = Self.fold(text)
        var rows: [(label: String, name: String, row: [Value])] = []
        for node in db.allNodes() {
            var match: String?
            for field in ["name", "aliases", "text", "title", "key"] {
                guard let value = node.properties[field] else { continue }
                let strings: [String]
                switch value {
                case .string(let s): strings = [s]
                case .list(let items): strings = items.compactMap { if case .string(let s) = $0 { return s } else { return nil } }
                default: strings = []
                }
                if let hit = strings.first(where: { Self.fold($0).contains(needle) }) {
                    match = field == "name" ? "name" : "\(field): \(hit)"
                    break
                }
            }
            guard let match else { continue }
            let name: String
            if case .string(let n)? = node.properties["name"] { name = n } else { name = "" }
            let key: Value = node.properties["key"] ?? .int(Int64(node.id.rawValue))
            rows.append((node.labels.first ?? "", name,
                         [key, .list(node.labels.map(Value.string)), name.isEmpty ? .null : .string(name), .string(match)]))
        }
        rows.sort { ($0.label, $0.name) < ($1.label, $1.name) }
        guard !rows.isEmpty else {
            say("No node has a name, alias or text containing '\(text)'.")
            return true
        }
        let result = QueryResult(columns: ["key", "labels", "name", "match"], rows: rows.map(\.row))
        write(ResultRenderer(render).render(result))
        return true
    }

    /// `s` without case and accents, for matching.
    static func fold(_ s: String) -> String {
        s.folding(options: [.caseInsensitive, .diacriticInsensitive, .widthInsensitive], locale: nil)
    }

    // MARK: - :evidence

    /// For every Statement and relationship in the last result, the documents and quotes behind it.
    func evidence(reporter: ErrorRenderer) -> Bool {
        guard let last = lastResult else {
            say("Run a query first: :evidence lists the sources of the Statements and relationships in its result.")
            return true
        }
        var statements: [NodeID] = []
        var relationships: [RelationshipID] = []
        var seenNodes = Set<NodeID>(), seenRelationships = Set<RelationshipID>()
        func visit(_ v: Value) {
            switch v {
            case .node(let id):
                if last.nodes[id]?.labels.contains("Statement") == true, seenNodes.insert(id).inserted { statements.append(id) }
            case .relationship(let id):
                if seenRelationships.insert(id).inserted { relationships.append(id) }
            case .path(let p):
                p.nodes.forEach { visit(.node($0)) }
                p.relationships.forEach { visit(.relationship($0)) }
            case .list(let items): items.forEach(visit)
            case .map(let m): m.values.forEach(visit)
            default: break
            }
        }
        last.rows.forEach { $0.forEach(visit) }
        guard !statements.isEmpty || !relationships.isEmpty else {
            say("The last result holds no Statement and no relationship; return them (not just their properties) to see their evidence.")
            return true
        }

        // Statements behind SAID / DENIES / SUPPORTS / CONTRADICTS / ABOUT count as evidence too.
        var statementIDs = statements
        for id in relationships {
            guard let r = last.relationships[id] else { continue }
            for end in [r.start, r.end] where last.nodes[end]?.labels.contains("Statement") == true && !statementIDs.contains(end) {
                statementIDs.append(end)
            }
        }
        var reports: [NodeID: [(document: String, quote: Value)]] = [:]
        if !statementIDs.isEmpty {
            let query = """
            MATCH (s:Statement)-[r:REPORTED_IN]->(d:Document) WHERE id(s) IN $ids
            RETURN id(s) AS s, d.key AS document, r.quote AS quote ORDER BY document
            """
            do {
                let r = try db.execute(query, parameters: ["ids": .list(statementIDs.map { .int(Int64($0.rawValue)) })])
                for row in r.rows {
                    guard row.count == 3, case .int(let s) = row[0] else { continue }
                    reports[NodeID(Int(s)), default: []].append((ValueText().cell(row[1], nullText: ""), row[2]))
                }
            } catch {
                report(error, statement: query, start: .start, linePrefix: "", reporter: reporter)
                return false
            }
        }

        let text = ValueText(last)
        func key(_ id: NodeID) -> String {
            guard let n = last.nodes[id] else { return "#\(id.rawValue)" }
            if case .string(let k)? = n.properties["key"] { return k }
            return text.literal(.node(id))
        }
        var rows: [[Value]] = []
        func addStatementRows(_ id: NodeID, fact: String) {
            let found = reports[id] ?? []
            if found.isEmpty { rows.append([.string(fact), .null, .string("(no REPORTED_IN recorded)")]) }
            for f in found { rows.append([.string(fact), .string(f.document), f.quote]) }
        }
        for id in statements {
            addStatementRows(id, fact: "(:Statement \(key(id)))")
        }
        for id in relationships {
            guard let r = last.relationships[id] else { continue }
            let fact = "(\(key(r.start)))-[:\(r.type)]->(\(key(r.end)))"
            var any = false
            if let quote = r.properties["quote"] {
                // The quote comes from the corpus document at one end.
                let ends = r.type == "REPORTED_IN" ? [r.end, r.start] : [r.start, r.end]
                let doc = ends.first { last.nodes[$0]?.labels.contains("Document") == true } ?? r.end
                rows.append([.string(fact), .string(key(doc)), quote])
                any = true
            }
            if case .list(let sources)? = r.properties["sources"] {
                let quotes: [Value]
                if case .list(let q)? = r.properties["quotes"] { quotes = q } else { quotes = [] }
                for (i, source) in sources.enumerated() {
                    rows.append([.string(fact), source, i < quotes.count ? quotes[i] : .null])
                }
                any = true
            }
            if !any {
                let attached = [r.start, r.end].filter { last.nodes[$0]?.labels.contains("Statement") == true }
                for s in attached { addStatementRows(s, fact: fact) }
                if attached.isEmpty { rows.append([.string(fact), .null, .string("(no evidence recorded)")]) }
            }
        }
        let result = QueryResult(columns: ["fact", "document", "quote"], rows: rows)
        if render.format == .table {
            say(Self.evidenceList(result, names: statementNames(last)))
        } else {
            write(ResultRenderer(render).render(result))
        }
        return true
    }

    /// Display names of the Statements in a result, by the fact text used for them.
    private func statementNames(_ result: QueryResult) -> [String: String] {
        var names: [String: String] = [:]
        for (_, n) in result.nodes where n.labels.contains("Statement") {
            guard case .string(let key)? = n.properties["key"] else { continue }
            if case .string(let name)? = n.properties["name"] { names["(:Statement \(key))"] = name }
        }
        return names
    }

    /// Evidence for people: each fact, then one line per document with the whole quote,
    /// wrapped and indented (quotes are too long for table cells).
    static func evidenceList(_ result: QueryResult, names: [String: String], width: Int = 100) -> String {
        var out = ""
        var currentFact: String?
        for row in result.rows where row.count == 3 {
            let fact = ValueText().cell(row[0])
            if fact != currentFact {
                if currentFact != nil { out += "\n" }
                out += fact + (names[fact].map { "  \($0)" } ?? "") + "\n"
                currentFact = fact
            }
            let document = ValueText().cell(row[1], nullText: "-")
            let quote = ValueText().cell(row[2], nullText: "")
            let lead = "  " + document + "  "
            out += wrap(quote, width: width, firstPrefix: lead, prefix: String(repeating: " ", count: DisplayWidth.of(lead)))
        }
        return out
    }

    /// `text` wrapped at spaces to `width` columns, each line after the first indented by `prefix`.
    static func wrap(_ text: String, width: Int, firstPrefix: String, prefix: String) -> String {
        var out = ""
        var line = firstPrefix
        var lineHasWords = false
        for word in text.split(separator: " ", omittingEmptySubsequences: false) {
            let w = String(word)
            if lineHasWords && DisplayWidth.of(line) + 1 + DisplayWidth.of(w) > width {
                out += line + "\n"
                line = prefix + w
            } else {
                line += (lineHasWords ? " " : "") + w
            }
            lineHasWords = true
        }
        return out + line + "\n"
    }
}
