/// The `table` format: aligned columns between box-drawing rules, a header, numbers aligned
/// right, cells cut with an ellipsis at `maxWidth` columns, then a footer with the row count
/// (and elapsed time) and the write summary.
///
/// ```
/// ┌────────────────┬─────┐
/// │ name           │ age │
/// ├────────────────┼─────┤
/// │ Igor Kochetkov │  45 │
/// └────────────────┴─────┘
/// 1 row
/// ```
struct TableRenderer {
    var options: RenderOptions

    func render(_ result: QueryResult, elapsed: Double?) -> RenderedResult {
        var out = ""
        if let plan = result.plan {
            out += plan
            if !plan.hasSuffix("\n") { out += "\n" }
        }
        let time = elapsed.map { " (\(ResultRenderer.formatElapsed($0)))" } ?? ""
        let summary = result.statistics.summary
        if result.columns.isEmpty || (result.plan != nil && result.rows.isEmpty) {
            if !summary.isEmpty {
                out += summary + time + "\n"
            } else if result.plan == nil {
                out += "(no changes, no rows)" + time + "\n"
            }
            return RenderedResult(data: out)
        }
        let text = ValueText(result)
        let shown = options.maxRows.map { min(max($0, 0), result.rows.count) } ?? result.rows.count
        let limit = options.maxWidth.map { max($0, 1) }
        func cut(_ s: String) -> String { limit.map { DisplayWidth.truncate(s, to: $0) } ?? s }

        let headers = result.columns.map { cut(ValueText.escapeControls($0)) }
        let columnCount = headers.count
        var widths = headers.map(DisplayWidth.of)
        // Flat arrays, one entry per shown cell: text, display width, right-aligned.
        var cells: [String] = []
        var cellWidths: [Int] = []
        var numeric: [Bool] = []
        cells.reserveCapacity(shown * columnCount)
        cellWidths.reserveCapacity(shown * columnCount)
        numeric.reserveCapacity(shown * columnCount)
        for row in result.rows.prefix(shown) {
            for c in 0..<columnCount {
                let value = c < row.count ? row[c] : .null
                let cell = cut(text.cell(value))
                let w = DisplayWidth.of(cell)
                if w > widths[c] { widths[c] = w }
                cells.append(cell)
                cellWidths.append(w)
                switch value {
                case .int, .float: numeric.append(true)
                default: numeric.append(false)
                }
            }
        }

        func rule(_ left: String, _ middle: String, _ right: String) -> String {
            left + widths.map { String(repeating: "─", count: $0 + 2) }.joined(separator: middle) + right + "\n"
        }
        func spaces(_ n: Int, into out: inout String) {
            for _ in 0..<max(n, 0) { out.append(" ") }
        }
        out += rule("┌", "┬", "┐")
        out += "│" + headers.enumerated().map { " " + DisplayWidth.pad($1, to: widths[$0]) + " " }.joined(separator: "│") + "│\n"
        out += rule("├", "┼", "┤")
        var i = 0
        for _ in 0..<(columnCount == 0 ? 0 : cells.count / columnCount) {
            out += "│"
            for c in 0..<columnCount {
                if c > 0 { out += "│" }
                out += " "
                let missing = widths[c] - cellWidths[i]
                if numeric[i] { spaces(missing, into: &out); out += cells[i] } else { out += cells[i]; spaces(missing, into: &out) }
                out += " "
                i += 1
            }
            out += "│\n"
        }
        out += rule("└", "┴", "┘")
        if shown < result.rows.count {
            out += "\(ResultRenderer.rowCount(result.rows.count)), first \(shown) shown (:maxrows)" + time + "\n"
        } else {
            out += ResultRenderer.rowCount(result.rows.count) + time + "\n"
        }
        if !summary.isEmpty { out += summary + "\n" }
        return RenderedResult(data: out)
    }
}
