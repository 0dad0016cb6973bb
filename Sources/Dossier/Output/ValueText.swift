/// Writes values as Cypher-like text, for the text formats (table, csv, tsv, markdown) and
/// for messages: strings `'quoted'` inside lists and maps, nodes `(:Person {name: 'Igor'})`,
/// relationships `[:SAID {date: '2019-01-14'}]`, paths as the chain of both.
///
/// Graph values are looked up in the result's snapshots (`QueryResult.nodes/relationships`);
/// one without a snapshot prints by id, e.g. `(#7)`.
public struct ValueText {
    public var nodes: [NodeID: NodeSnapshot]
    public var relationships: [RelationshipID: RelationshipSnapshot]

    public init(nodes: [NodeID: NodeSnapshot] = [:], relationships: [RelationshipID: RelationshipSnapshot] = [:]) {
        self.nodes = nodes
        self.relationships = relationships
    }

    /// For the values of one result.
    public init(_ result: QueryResult) {
        self.init(nodes: result.nodes, relationships: result.relationships)
    }

    /// A cell: top-level strings appear without quotes (control characters escaped so the cell
    /// stays on one line), `null` as `null`, everything else as Cypher literal text.
    public func cell(_ value: Value, nullText: String = "null") -> String {
        switch value {
        case .null: return nullText
        case .string(let s): return Self.escapeControls(s)
        default: return literal(value)
        }
    }

    /// A field of a csv/tsv file: strings raw (quoting is the format's job), `null` empty.
    public func field(_ value: Value) -> String {
        switch value {
        case .null: return ""
        case .string(let s): return s
        default: return literal(value)
        }
    }

    /// Cypher literal text for `value`.
    public func literal(_ value: Value) -> String {
        var out = ""
        write(value, to: &out)
        return out
    }

    /// Appends the Cypher literal text of `value` to `out`.
    public func write(_ value: Value, to out: inout String) {
        switch value {
        case .null: out += "null"
        case .bool(let b): out += b ? "true" : "false"
        case .int(let i): out += String(i)
        case .float(let d): out += Self.float(d)
        case .string(let s): Self.writeQuoted(s, to: &out)
        case .temporal(let t): out += t.isoString
        case .list(let items):
            out += "["
            for (i, v) in items.enumerated() {
                if i > 0 { out += ", " }
                write(v, to: &out)
            }
            out += "]"
        case .map(let m):
            writeMap(m, to: &out)
        case .node(let id):
            writeNode(id, to: &out)
        case .relationship(let id):
            out += "["
            writeRelationshipBody(id, to: &out)
            out += "]"
        case .path(let p):
            writePath(p, to: &out)
        }
    }

    private func writeMap(_ m: ValueMap, to out: inout String) {
        out += "{"
        var first = true
        for (k, v) in m {
            if !first { out += ", " }
            first = false
            out += Self.name(k)
            out += ": "
            write(v, to: &out)
        }
        out += "}"
    }

    private func writeNode(_ id: NodeID, to out: inout String) {
        guard let n = nodes[id] else {
            out += "(#\(id.rawValue))"
            return
        }
        out += "("
        for l in n.labels { out += ":"; out += Self.name(l) }
        if !n.properties.isEmpty {
            if !n.labels.isEmpty { out += " " }
            writeMap(n.properties, to: &out)
        }
        out += ")"
    }

    private func writeRelationshipBody(_ id: RelationshipID, to out: inout String) {
        guard let r = relationships[id] else {
            out += "#\(id.rawValue)"
            return
        }
        out += ":"
        out += Self.name(r.type)
        if !r.properties.isEmpty {
            out += " "
            writeMap(r.properties, to: &out)
        }
    }

    private func writePath(_ p: PathValue, to out: inout String) {
        guard let firstNode = p.nodes.first else { return }
        writeNode(firstNode, to: &out)
        for (i, rel) in p.relationships.enumerated() {
            let from = p.nodes[i]
            let to = i + 1 < p.nodes.count ? p.nodes[i + 1] : from
            let backwards = relationships[rel].map { $0.start != from && $0.end == from } ?? false
            out += backwards ? "<-[" : "-["
            writeRelationshipBody(rel, to: &out)
            out += backwards ? "]-" : "]->"
            writeNode(to, to: &out)
        }
    }

    // MARK: - Scalars

    /// A float as `toString()` writes it (`1.5`, `100.0`, `1.0E20`, `NaN`, `Infinity`): always
    /// with a decimal point or an exponent; every finite one is also a valid JSON number.
    public static func float(_ d: Double) -> String { Value.formatFloat(d) }

    /// `s` in single quotes with Cypher escapes.
    public static func quoted(_ s: String) -> String {
        var out = ""
        Value.appendQuoted(s, to: &out)
        return out
    }

    static func writeQuoted(_ s: String, to out: inout String) { Value.appendQuoted(s, to: &out) }

    /// `s` with newlines, tabs and other control characters written as escapes, so that
    /// it stays on one line of a table.
    public static func escapeControls(_ s: String) -> String {
        var needs = false
        for b in s.utf8 where b < 0x20 || b == 0x7F { needs = true; break }
        guard needs else { return s }
        var out = ""
        for u in s.unicodeScalars {
            switch u {
            case "\n": out += "\\n"
            case "\t": out += "\\t"
            case "\r": out += "\\r"
            default:
                if u.value < 0x20 || u.value == 0x7F { out += "\\u" + hex4(u.value) } else { out.unicodeScalars.append(u) }
            }
        }
        return out
    }

    /// A label, type or key: bare when it is a plain identifier, else in backticks.
    public static func name(_ s: String) -> String { Value.quotedKey(s) }

    static func hex4(_ v: UInt32) -> String {
        let h = String(v, radix: 16, uppercase: true)
        return String(repeating: "0", count: max(0, 4 - h.count)) + h
    }
}
