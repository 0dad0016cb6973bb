/// The `markdown` format: a GitHub-flavoured Markdown table (numbers aligned right), with
/// `|` escaped and newlines written as `<br>` so every row stays on one line.
struct MarkdownRenderer {
    var options: RenderOptions

    func render(_ result: QueryResult) -> RenderedResult {
        guard !result.columns.isEmpty else { return RenderedResult() }
        let text = ValueText(result)
        let shown = options.maxRows.map { min(max($0, 0), result.rows.count) } ?? result.rows.count
        let rows = result.rows.prefix(shown)
        var out = "| " + result.columns.map(escape).joined(separator: " | ") + " |\n"
        var alignments: [String] = []
        for c in result.columns.indices {
            var numbers = 0, others = 0
            for row in rows {
                switch c < row.count ? row[c] : .null {
                case .int, .float: numbers += 1
                case .null: break
                default: others += 1
                }
            }
            let numeric = numbers > 0 && others == 0
            alignments.append(numeric ? "---:" : "---")
        }
        out += "| " + alignments.joined(separator: " | ") + " |\n"
        for row in rows {
            out += "| " + row.map { escape(text.cell($0)) }.joined(separator: " | ") + " |\n"
        }
        var notes = ""
        if shown < result.rows.count {
            notes = "\(ResultRenderer.rowCount(result.rows.count)), first \(shown) shown (:maxrows)\n"
        }
        return RenderedResult(data: out, notes: notes)
    }

    func escape(_ s: String) -> String {
        var out = ""
        for c in s {
            switch c {
            case "|": out += "\\|"
            case "\n", "\r\n": out += "<br>"
            default: out.append(c)
            }
        }
        return out
    }
}
