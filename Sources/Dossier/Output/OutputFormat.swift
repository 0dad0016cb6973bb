/// The formats results can be written in (`--format`, `:format`).
public enum OutputFormat: String, CaseIterable, Sendable {
    /// Aligned columns with a header and a footer, for people.
    case table
    /// Comma-separated values with a header row (RFC 4180 quoting).
    case csv
    /// Tab-separated values with a header row (RFC 4180 quoting, tab as the separator).
    case tsv
    /// One line per statement: `{"columns": [...], "rows": [{...}], "stats": {...}}`.
    case json
    /// One JSON object per row.
    case jsonl
    /// A GitHub-flavoured Markdown table.
    case markdown

    /// Whether the format is meant for people (summaries go to standard output) rather than
    /// programs (standard output carries result data only; summaries go to standard error).
    public var isForPeople: Bool { self == .table }

    /// Whether errors are written as one JSON line.
    public var isJSON: Bool { self == .json || self == .jsonl }
}

/// How results are rendered: the format plus the display limits of the text formats.
public struct RenderOptions: Sendable {
    public var format: OutputFormat
    /// Show at most this many rows (table and markdown only; data formats are never cut).
    public var maxRows: Int?
    /// Cut table cells wider than this many columns, with an ellipsis.
    public var maxWidth: Int?
    /// Add the elapsed time to the footer.
    public var timing: Bool

    public init(format: OutputFormat = .table, maxRows: Int? = nil, maxWidth: Int? = 80, timing: Bool = false) {
        self.format = format
        self.maxRows = maxRows
        self.maxWidth = maxWidth
        self.timing = timing
    }
}

/// A rendered statement result, split by destination.
public struct RenderedResult: Sendable, Equatable {
    /// Result data, for standard output (for `table` also its footer and write summary).
    public var data: String
    /// Summaries, timings and notifications meant for standard error.
    public var notes: String
    public init(data: String = "", notes: String = "") {
        self.data = data
        self.notes = notes
    }
}
