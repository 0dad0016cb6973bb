/// Renders statement results in one of the `OutputFormat`s. The entry point for the CLI and for
/// embedders who want Dossier's output formats.
///
/// ```swift
/// let r = try db.execute("MATCH (p:Person) RETURN p.name AS name LIMIT 2")
/// let out = ResultRenderer(RenderOptions(format: .csv)).render(r)
/// print(out.data, terminator: "")   // name\nIgor Kochetkov\n...
/// ```
public struct ResultRenderer: Sendable {
    public var options: RenderOptions

    public init(_ options: RenderOptions = RenderOptions()) {
        self.options = options
    }

    /// Renders one statement's result; `elapsed` (seconds) is shown when timing is on.
    public func render(_ result: QueryResult, elapsed: Double? = nil) -> RenderedResult {
        let time = options.timing ? elapsed : nil
        var rendered: RenderedResult
        switch options.format {
        case .table: rendered = TableRenderer(options: options).render(result, elapsed: time)
        case .csv: rendered = DelimitedRenderer(separator: ",").render(result)
        case .tsv: rendered = DelimitedRenderer(separator: "\t").render(result)
        case .markdown: rendered = MarkdownRenderer(options: options).render(result)
        case .json: rendered = JSONRenderer(perRow: false).render(result)
        case .jsonl: rendered = JSONRenderer(perRow: true).render(result)
        }
        if !options.format.isForPeople {
            rendered.notes += Self.dataFormatNotes(result, elapsed: time)
        }
        for n in result.notifications { rendered.notes += "warning: \(n)\n" }
        return rendered
    }

    /// What goes to standard error for the data formats: the write summary, and with timing
    /// the row count and elapsed time.
    static func dataFormatNotes(_ result: QueryResult, elapsed: Double?) -> String {
        var notes = ""
        let summary = result.statistics.summary
        if !summary.isEmpty { notes += summary + "\n" }
        if let elapsed {
            notes += result.columns.isEmpty ? "(\(formatElapsed(elapsed)))\n"
                : "\(rowCount(result.rows.count)) (\(formatElapsed(elapsed)))\n"
        }
        return notes
    }

    /// `1 row`, `3 rows`.
    public static func rowCount(_ n: Int) -> String { n == 1 ? "1 row" : "\(n) rows" }

    /// Elapsed seconds for people: `0.42 ms`, `12.3 ms`, `1.25 s`.
    public static func formatElapsed(_ seconds: Double) -> String {
        let ms = seconds * 1000
        if ms < 1 { return fixed(ms, 2) + " ms" }
        if ms < 1000 { return fixed(ms, 1) + " ms" }
        return fixed(seconds, 2) + " s"
    }

    /// `x` with exactly `digits` digits after the point.
    static func fixed(_ x: Double, _ digits: Int) -> String {
        var scale = 1.0
        for _ in 0..<digits { scale *= 10 }
        let scaled = (x * scale).rounded()
        guard scaled.isFinite, abs(scaled) < 1e15 else { return ValueText.float(x) }
        let n = Int64(scaled)
        let whole = n / Int64(scale)
        let frac = abs(n % Int64(scale))
        var fracText = String(frac)
        while fracText.count < digits { fracText = "0" + fracText }
        return digits == 0 ? String(whole) : "\(n < 0 && whole == 0 ? "-" : "")\(whole).\(fracText)"
    }
}
