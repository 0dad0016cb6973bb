/// A small deterministic JSON writer for results: keys come out in the order they are written
/// (column order, property order), separators are `", "` and `": "`, integers are JSON integers,
/// floats always carry a decimal point or an exponent, and NaN and the infinities are the
/// strings `"NaN"`, `"Infinity"`, `"-Infinity"`.
///
/// Graph values use the result's snapshots:
/// - node: `{"id": 7, "labels": ["Person"], "properties": {...}}`
/// - relationship: `{"id": 3, "type": "SAID", "start": 7, "end": 9, "properties": {...}}`
/// - path: `{"nodes": [...], "relationships": [...]}`
public struct JSONWriter {
    public var nodes: [NodeID: NodeSnapshot]
    public var relationships: [RelationshipID: RelationshipSnapshot]
    /// The text written so far.
    public var output = ""

    public init(nodes: [NodeID: NodeSnapshot] = [:], relationships: [RelationshipID: RelationshipSnapshot] = [:]) {
        self.nodes = nodes
        self.relationships = relationships
    }

    /// For the values of one result.
    public init(_ result: QueryResult) {
        self.init(nodes: result.nodes, relationships: result.relationships)
    }

    /// Writes one value.
    public mutating func write(_ value: Value) {
        switch value {
        case .null: output += "null"
        case .bool(let b): output += b ? "true" : "false"
        case .int(let i): output += String(i)
        case .float(let d):
            if d.isFinite { output += ValueText.float(d) } else { writeString(ValueText.float(d)) }
        case .string(let s): writeString(s)
        case .temporal(let t): writeString(t.isoString)
        case .list(let items):
            output += "["
            for (i, v) in items.enumerated() {
                if i > 0 { output += ", " }
                write(v)
            }
            output += "]"
        case .map(let m): writeObject(m)
        case .node(let id): writeNode(id)
        case .relationship(let id): writeRelationship(id)
        case .path(let p):
            output += "{\"nodes\": ["
            for (i, n) in p.nodes.enumerated() {
                if i > 0 { output += ", " }
                writeNode(n)
            }
            output += "], \"relationships\": ["
            for (i, r) in p.relationships.enumerated() {
                if i > 0 { output += ", " }
                writeRelationship(r)
            }
            output += "]}"
        }
    }

    /// Writes a map as an object, keys in the map's order.
    public mutating func writeObject(_ m: ValueMap) {
        output += "{"
        var first = true
        for (k, v) in m {
            if !first { output += ", " }
            first = false
            writeString(k)
            output += ": "
            write(v)
        }
        output += "}"
    }

    /// Writes an object whose keys and values are given in order.
    public mutating func writeObject(keys: [String], values: [Value]) {
        output += "{"
        for (i, k) in keys.enumerated() {
            if i > 0 { output += ", " }
            writeString(k)
            output += ": "
            write(i < values.count ? values[i] : .null)
        }
        output += "}"
    }

    /// Writes an object of integer counters, e.g. `{"nodesCreated": 3}`.
    public mutating func writeCounters(_ counters: [(name: String, value: Int)]) {
        output += "{"
        for (i, c) in counters.enumerated() {
            if i > 0 { output += ", " }
            writeString(c.name)
            output += ": "
            output += String(c.value)
        }
        output += "}"
    }

    private mutating func writeNode(_ id: NodeID) {
        output += "{\"id\": \(id.rawValue), \"labels\": ["
        let snapshot = nodes[id]
        for (i, l) in (snapshot?.labels ?? []).enumerated() {
            if i > 0 { output += ", " }
            writeString(l)
        }
        output += "], \"properties\": "
        writeObject(snapshot?.properties ?? [:])
        output += "}"
    }

    private mutating func writeRelationship(_ id: RelationshipID) {
        output += "{\"id\": \(id.rawValue), \"type\": "
        guard let r = relationships[id] else {
            output += "null, \"start\": null, \"end\": null, \"properties\": {}}"
            return
        }
        writeString(r.type)
        output += ", \"start\": \(r.start.rawValue), \"end\": \(r.end.rawValue), \"properties\": "
        writeObject(r.properties)
        output += "}"
    }

    /// Writes a JSON string literal.
    public mutating func writeString(_ s: String) {
        Self.appendQuoted(s, to: &output)
    }

    /// Writes the row objects of a result quickly: the keys are quoted once.
    public mutating func writeRow(quotedKeys: [String], values: [Value]) {
        output += "{"
        for (i, k) in quotedKeys.enumerated() {
            if i > 0 { output += ", " }
            output += k
            write(i < values.count ? values[i] : .null)
        }
        output += "}"
    }

    /// `"key": ` for each column, for `writeRow`.
    public static func quotedKeys(_ columns: [String]) -> [String] {
        columns.map { quoted($0) + ": " }
    }

    /// `s` as a JSON string literal (UTF-8 kept as is; control characters escaped).
    public static func quoted(_ s: String) -> String {
        var out = ""
        appendQuoted(s, to: &out)
        return out
    }

    /// Appends `s` as a JSON string literal to `out`.
    public static func appendQuoted(_ s: String, to out: inout String) {
        out += "\""
        var needsEscaping = false
        for b in s.utf8 where b < 0x20 || b == 0x22 || b == 0x5C || b == 0x7F { needsEscaping = true; break }
        if !needsEscaping {
            out += s
        } else {
            for u in s.unicodeScalars {
                switch u {
                case "\"": out += "\\\""
                case "\\": out += "\\\\"
                case "\n": out += "\\n"
                case "\r": out += "\\r"
                case "\t": out += "\\t"
                case "\u{8}": out += "\\b"
                case "\u{C}": out += "\\f"
                default:
                    if u.value < 0x20 || u.value == 0x7F {
                        out += "\\u" + ValueText.hex4(u.value).lowercased()
                    } else {
                        out.unicodeScalars.append(u)
                    }
                }
            }
        }
        out += "\""
    }
}
