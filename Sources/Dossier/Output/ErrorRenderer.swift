/// Writes errors the way the command line reports them.
///
/// Text (formats table, csv, tsv, markdown):
/// ```
/// queries/deaths.cypher:3:9: error: SyntaxError.UndefinedVariable: Variable `x` not defined
///   RETURN x.name
///          ^
/// ```
/// JSON (formats json, jsonl), one line:
/// `{"error": {"kind": "SyntaxError", "code": "UndefinedVariable", "message": "...", "line": 3, "column": 9}}`
///
/// Locations inside the statement (what the engine reports) are turned into locations in the
/// whole file, standard input or `--command` text by adding where the statement starts.
public struct ErrorRenderer: Sendable {
    /// How the source is named in messages: a file path, `<stdin>` or `<command>`.
    public var sourceName: String
    /// The whole source text, when it is at hand (a file, `--command`): the offending line is
    /// then shown in full. Without it (standard input, read as it arrives) the line is rebuilt
    /// from the statement.
    public var source: String?

    public init(sourceName: String, source: String? = nil) {
        self.sourceName = sourceName
        self.source = source
    }

    /// The location of `error` in the whole source, given where its statement starts there;
    /// the statement's start when the error has no location.
    public static func absoluteLocation(of error: DossierError, statementStart: SourceLocation) -> SourceLocation {
        guard let loc = error.location else { return statementStart }
        return absolute(loc, statementStart: statementStart)
    }

    /// Maps a location inside a statement's text to the enclosing source.
    public static func absolute(_ loc: SourceLocation, statementStart start: SourceLocation) -> SourceLocation {
        SourceLocation(offset: start.offset + loc.offset,
                       line: start.line + loc.line - 1,
                       column: loc.line == 1 ? start.column + loc.column - 1 : loc.column)
    }

    /// The text report: the `FILE:LINE:COLUMN: error: Kind.Code: message` line (without the
    /// location prefix when `sourceName` is empty, as in the REPL), then the
    /// offending line and a caret under the error's column.
    ///
    /// - Parameters:
    ///   - statement: the statement's text as it was run.
    ///   - start: where `statement` starts in the source.
    ///   - linePrefix: the text of the source line before `start` (so the whole line can be shown).
    public func text(_ error: DossierError, statement: String, start: SourceLocation, linePrefix: String = "") -> String {
        let loc = Self.absoluteLocation(of: error, statementStart: start)
        let place = sourceName.isEmpty ? "" : "\(sourceName):\(loc.line):\(loc.column): "
        var out = place + "error: \(error.kind.rawValue).\(error.code.rawValue): \(error.message)\n"
        var line: String
        if let source {
            let lines = source.split(separator: "\n", maxSplits: loc.line, omittingEmptySubsequences: false)
            guard loc.line >= 1, loc.line <= lines.count else { return out }
            line = String(lines[loc.line - 1])
            if loc.line == lines.count, let nl = line.firstIndex(of: "\n") { line = String(line[..<nl]) }
        } else {
            let lineIndex = loc.line - start.line             // 0-based line within the statement
            let lines = statement.split(separator: "\n", omittingEmptySubsequences: false)
            guard lineIndex >= 0, lineIndex < lines.count else { return out }
            line = String(lines[lineIndex])
            if lineIndex == 0 { line = linePrefix + line }
        }
        if line.hasSuffix("\r") { line.removeLast() }
        out += Self.caretLines(line: line, column: loc.column)
        return out
    }

    /// A report for an error that belongs to no statement (a file that cannot be read, say).
    public func text(message: String) -> String {
        "\(sourceName): error: \(message)\n"
    }

    /// `line` and, under it, a caret at `column` (1-based, in Unicode scalars), both indented
    /// by two spaces. Tabs in the line are kept under the caret so it lines up in any terminal.
    public static func caretLines(line: String, column: Int) -> String {
        var shown = ""
        var pad = ""
        var col = 1
        for c in line {
            let scalars = c.unicodeScalars.count
            if c == "\t" {
                shown.append(c)
                if col < column { pad.append("\t") }
            } else {
                let visible = DisplayWidth.of(c) == 0 && c.unicodeScalars.allSatisfy({ $0.value < 0x20 }) ? " " : String(c)
                shown += visible
                if col < column { pad += String(repeating: " ", count: DisplayWidth.of(visible)) }
            }
            col += scalars
        }
        if column > col { pad += String(repeating: " ", count: column - col) }
        return "  " + shown + "\n  " + pad + "^\n"
    }

    /// The one-line JSON report (with its newline).
    public func json(_ error: DossierError, start: SourceLocation?) -> String {
        let loc = start.map { Self.absoluteLocation(of: error, statementStart: $0) } ?? error.location
        return Self.jsonLine(kind: error.kind.rawValue, code: error.code.rawValue, message: error.message,
                             line: loc?.line, column: loc?.column)
    }

    /// `{"error": {"kind": ..., "code": ..., "message": ..., "line": ..., "column": ...}}` and a newline.
    public static func jsonLine(kind: String, code: String, message: String, line: Int?, column: Int?) -> String {
        var out = "{\"error\": {\"kind\": " + JSONWriter.quoted(kind)
        out += ", \"code\": " + JSONWriter.quoted(code)
        out += ", \"message\": " + JSONWriter.quoted(message)
        out += ", \"line\": " + (line.map(String.init) ?? "null")
        out += ", \"column\": " + (column.map(String.init) ?? "null")
        out += "}}\n"
        return out
    }
}
