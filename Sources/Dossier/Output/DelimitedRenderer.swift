/// The `csv` and `tsv` formats: a header row, then one record per row. A field is quoted
/// (RFC 4180: in double quotes, inner quotes doubled) when it contains the separator, a quote,
/// a carriage return or a newline. `null` is an empty field; strings are written raw; other
/// values as Cypher literal text.
struct DelimitedRenderer {
    var separator: Character

    func render(_ result: QueryResult) -> RenderedResult {
        guard !result.columns.isEmpty else { return RenderedResult() }
        let text = ValueText(result)
        var out = ""
        out += result.columns.map(quote).joined(separator: String(separator)) + "\n"
        for row in result.rows {
            var first = true
            for value in row {
                if !first { out.append(separator) }
                first = false
                out += quote(text.field(value))
            }
            out += "\n"
        }
        return RenderedResult(data: out)
    }

    /// `field` quoted when RFC 4180 requires it.
    func quote(_ field: String) -> String {
        let sep = separator.asciiValue ?? UInt8(ascii: ",")
        var needs = false
        for b in field.utf8 where b == UInt8(ascii: "\"") || b == 0x0A || b == 0x0D || b == sep {
            needs = true
            break
        }
        guard needs else { return field }
        var out = "\""
        for c in field.unicodeScalars {
            if c == "\"" { out += "\"\"" } else { out.unicodeScalars.append(c) }
        }
        return out + "\""
    }
}
