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
        var widths = headers.map(DisplayWidth.of)
        var cells: [[String]] = []
        var numeric: [[Bool]] = []
        cells.reserveCapacity(shown)
        for row in result.rows.prefix(shown) {
            var line: [String] = []
            var right: [Bool] = []
            line.reserveCapacity(headers.count)
            for c in 0..<headers.count {
                let value = c < row.count ? row[c] : .null
                let cell = cut(text.cell(value))
                widths[c] = max(widths[c], DisplayWidth.of(cell))
                line.append(cell)
                switch value {
                case .int, .float: right.append(true)
                default: right.append(false)
                }
            }
            cells.append(line)
            numeric.append(right)
        }

        func rule(_ left: String, _ middle: String, _ right: String) -> String {
            left + widths.map { String(repeating: "─", count: $0 + 2) }.joined(separator: middle) + right + "\n"
        }
        out += rule("┌", "┬", "┐")
        out += "│" + headers.enumerated().map { " " + DisplayWidth.pad($1, to: widths[$0]) + " " }.joined(separator: "│") + "│\n"
        out += rule("├", "┼", "┤")
        for (r, line) in cells.enumerated() {
            out += "│"
            for (c, cell) in line.enumerated() {
                if c > 0 { out += "│" }
                out += " " + DisplayWidth.pad(cell, to: widths[c], right: numeric[r][c]) + " "
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
