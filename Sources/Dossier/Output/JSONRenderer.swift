/// The `json` and `jsonl` formats.
///
/// `json`: one line per statement, `{"columns": [...], "rows": [{...}, ...]}` with rows keyed by
/// column name in column order, plus `"stats": {...}` when the statement changed the graph
/// (a write without RETURN gives `{"columns": [], "rows": [], "stats": {...}}`). A statement with
/// no columns and no changes writes nothing. `jsonl`: one object per row, nothing else.
struct JSONRenderer {
    var perRow: Bool

    func render(_ result: QueryResult) -> RenderedResult {
        var w = JSONWriter(result)
        let keys = JSONWriter.quotedKeys(result.columns)
        if perRow {
            for row in result.rows {
                w.writeRow(quotedKeys: keys, values: row)
                w.output += "\n"
            }
            return RenderedResult(data: w.output)
        }
        let changed = result.statistics.containsUpdates
        guard !result.columns.isEmpty || changed || result.plan != nil else { return RenderedResult() }
        w.output += "{\"columns\": ["
        for (i, c) in result.columns.enumerated() {
            if i > 0 { w.output += ", " }
            w.writeString(c)
        }
        w.output += "], \"rows\": ["
        for (i, row) in result.rows.enumerated() {
            if i > 0 { w.output += ", " }
            w.writeRow(quotedKeys: keys, values: row)
        }
        w.output += "]"
        if changed {
            w.output += ", \"stats\": "
            w.writeCounters(result.statistics.counters)
        }
        if let plan = result.plan {
            w.output += ", \"plan\": "
            w.writeString(plan)
        }
        w.output += "}\n"
        return RenderedResult(data: w.output)
    }
}
