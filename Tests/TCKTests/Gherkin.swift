/// The subset of Gherkin the openCypher TCK uses (see `../shared/tck/README.md`):
/// `Feature`, `Background`, `Scenario`, `Scenario Outline` + one `Examples` table, steps with
/// `Given`/`And`/`When`/`Then`, `"""` doc strings, `|` tables with Gherkin cell escapes,
/// `#` comments and `@tags`. Outlines are expanded here, one `TCKScenario` per Examples row.

/// A data table: rows of unescaped, trimmed cells. The first row is a header where the step says so.
typealias GherkinTable = [[String]]

/// One step of a scenario, after outline substitution.
struct GherkinStep: Equatable, Sendable {
    /// `Given`, `And`, `When` or `Then` (`And` takes the meaning of its text, not of the previous keyword).
    var keyword: String
    /// The step text after the keyword, e.g. `executing query:`.
    var text: String
    var docString: String?
    var table: GherkinTable?
    /// 1-based line of the step in its feature file.
    var line: Int
}

/// One runnable scenario: a `Scenario`, or one Examples row of a `Scenario Outline`.
struct TCKScenario: Sendable {
    /// Path of the feature file relative to `features/`, e.g. `clauses/match/Match1.feature`.
    var file: String
    /// 1-based line of the `Scenario:` / `Scenario Outline:` keyword.
    var line: Int
    /// 1-based index of the Examples row, for outlines.
    var exampleIndex: Int?
    /// The scenario's name (placeholders substituted), e.g. `[3] Match a node by label`.
    var name: String
    var featureName: String
    var tags: [String]
    /// Background steps first, then the scenario's own.
    var steps: [GherkinStep]

    /// The stable key used in `passing.txt`: `path:line`, plus `#row` for outline rows.
    /// Scenario numbers are not unique within a file, so lines are used instead.
    var key: String {
        if let i = exampleIndex { return "\(file):\(line)#\(i)" }
        return "\(file):\(line)"
    }

    /// The folder the README counts by: `clauses/match`, `expressions/list`, `useCases/...`.
    var folder: String {
        let parts = file.split(separator: "/")
        return parts.count >= 3 ? "\(parts[0])/\(parts[1])" : String(parts.first ?? "")
    }

    /// True for scenarios tagged `@ignore` (not run, reported as ignored).
    var isIgnored: Bool { tags.contains("@ignore") }
}

/// A feature-file syntax problem the reader cannot make sense of.
struct GherkinError: Error, CustomStringConvertible {
    var file: String
    var line: Int
    var message: String
    var description: String { "\(file):\(line): \(message)" }
}

/// Reads one feature file's text into runnable scenarios.
enum GherkinReader {
    /// Parses `text` (the contents of `file`) and expands outlines.
    static func scenarios(in text: String, file: String) throws -> [TCKScenario] {
        var reader = LineReader(text: text, file: file)
        return try reader.read()
    }

    /// Splits a table row `| a | b\|c |` into unescaped, trimmed cells (`\n` → newline, `\|` → `|`,
    /// `\\` → `\`; any other backslash is kept). A row `|` has zero cells.
    static func cells(of row: Substring) -> [String] {
        var cells: [String] = []
        var current = ""
        var started = false
        var iterator = row.makeIterator()
        var pendingBackslash = false
        func finish() {
            cells.append(trimmed(current))
            current = ""
        }
        while let c = iterator.next() {
            if pendingBackslash {
                pendingBackslash = false
                switch c {
                case "n": current.append("\n")
                case "|": current.append("|")
                case "\\": current.append("\\")
                default: current.append("\\"); current.append(c)
                }
                continue
            }
            if c == "|" {
                if started { finish() } else { started = true; current = "" }
                continue
            }
            if c == "\\" { pendingBackslash = true; continue }
            current.append(c)
        }
        // Text after the last `|` is not a cell (Gherkin ignores it).
        return cells
    }

    /// Trims spaces and tabs (not newlines produced by `\n` escapes).
    static func trimmed(_ s: String) -> String {
        var scalars = Substring(s)
        while let f = scalars.first, f == " " || f == "\t" { scalars.removeFirst() }
        while let l = scalars.last, l == " " || l == "\t" { scalars.removeLast() }
        return String(scalars)
    }

    /// Replaces every `<name>` whose name is a key of `values`.
    static func substitute(_ text: String, _ values: [String: String]) -> String {
        guard !values.isEmpty, text.contains("<") else { return text }
        var out = ""
        var rest = Substring(text)
        while let open = rest.firstIndex(of: "<") {
            out += rest[..<open]
            let afterOpen = rest.index(after: open)
            if let close = rest[afterOpen...].firstIndex(of: ">"),
               let value = values[String(rest[afterOpen..<close])] {
                out += value
                rest = rest[rest.index(after: close)...]
            } else {
                out.append("<")
                rest = rest[afterOpen...]
            }
        }
        out += rest
        return out
    }
}

/// The line-by-line state machine behind `GherkinReader`.
private struct LineReader {
    let lines: [Substring]
    let file: String
    var index = 0

    init(text: String, file: String) {
        // "\r\n" is one Character in Swift; some TCK files use CRLF line ends.
        self.lines = text.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" })
        self.file = file
    }

    private struct Block {
        var line: Int
        var name: String
        var tags: [String]
        var isOutline: Bool
        var steps: [GherkinStep] = []
        var examples: GherkinTable?
        var examplesLine = 0
    }

    mutating func read() throws -> [TCKScenario] {
        var featureName = ""
        var background: [GherkinStep] = []
        var inBackground = false
        var pendingTags: [String] = []
        var blocks: [Block] = []
        var current: Block?

        func fail(_ message: String) -> GherkinError { GherkinError(file: file, line: index + 1, message: message) }

        while index < lines.count {
            let raw = lines[index]
            let line = raw.drop { $0 == " " || $0 == "\t" }
            if line.isEmpty || line.hasPrefix("#") { index += 1; continue }
            if line.hasPrefix("@") {
                pendingTags += line.split(whereSeparator: { $0 == " " || $0 == "\t" }).map(String.init)
                index += 1
                continue
            }
            if let rest = line.stripping("Feature:") {
                featureName = GherkinReader.trimmed(String(rest))
                pendingTags = []
                index += 1
                continue
            }
            if line.stripping("Background:") != nil {
                inBackground = true
                index += 1
                continue
            }
            let outlineName = line.stripping("Scenario Outline:")
            let scenarioName = outlineName == nil ? line.stripping("Scenario:") : nil
            if let name = outlineName ?? scenarioName {
                if let c = current { blocks.append(c) }
                inBackground = false
                current = Block(line: index + 1, name: GherkinReader.trimmed(String(name)), tags: pendingTags,
                                isOutline: outlineName != nil)
                pendingTags = []
                index += 1
                continue
            }
            if line.stripping("Examples:") != nil {
                guard current?.isOutline == true else { throw fail("Examples outside a Scenario Outline") }
                current?.examplesLine = index + 1
                index += 1
                while index < lines.count, lines[index].allSatisfy({ $0 == " " || $0 == "\t" }) { index += 1 }
                current?.examples = readTable()
                continue
            }
            if let step = try readStep(line) {
                if inBackground { background.append(step) }
                else if current != nil { current?.steps.append(step) }
                else { throw fail("step outside a scenario") }
                continue
            }
            throw fail("unexpected line: \(line)")
        }
        if let c = current { blocks.append(c) }

        var out: [TCKScenario] = []
        for b in blocks {
            if b.isOutline {
                guard let table = b.examples, let header = table.first else {
                    throw GherkinError(file: file, line: b.line, message: "Scenario Outline without Examples")
                }
                for (i, row) in table.dropFirst().enumerated() {
                    guard row.count == header.count else {
                        throw GherkinError(file: file, line: b.examplesLine, message: "Examples row \(i + 1) has \(row.count) cells, header has \(header.count)")
                    }
                    var values: [String: String] = [:]
                    for (k, v) in zip(header, row) { values[k] = v }
                    let steps = (background + b.steps).map { step -> GherkinStep in
                        var s = step
                        s.docString = s.docString.map { GherkinReader.substitute($0, values) }
                        s.table = s.table.map { $0.map { $0.map { GherkinReader.substitute($0, values) } } }
                        return s
                    }
                    out.append(TCKScenario(file: file, line: b.line, exampleIndex: i + 1,
                                           name: GherkinReader.substitute(b.name, values), featureName: featureName,
                                           tags: b.tags, steps: steps))
                }
            } else {
                out.append(TCKScenario(file: file, line: b.line, exampleIndex: nil, name: b.name,
                                       featureName: featureName, tags: b.tags, steps: background + b.steps))
            }
        }
        return out
    }

    /// Reads a step line (at `index`) and its doc string or table, if any.
    private mutating func readStep(_ line: Substring) throws -> GherkinStep? {
        var keyword: String?
        var text = Substring("")
        for k in ["Given", "And", "When", "Then"] {
            if line.hasPrefix(k + " ") {
                keyword = k
                text = line.dropFirst(k.count + 1)
                break
            }
        }
        guard let keyword else { return nil }
        var step = GherkinStep(keyword: keyword, text: GherkinReader.trimmed(String(text)), docString: nil,
                               table: nil, line: index + 1)
        index += 1
        // Skip blank and comment lines between a step and its argument.
        var probe = index
        while probe < lines.count {
            let l = lines[probe].drop { $0 == " " || $0 == "\t" }
            if l.isEmpty || l.hasPrefix("#") { probe += 1; continue }
            if l.hasPrefix("\"\"\"") {
                index = probe
                step.docString = try readDocString()
            } else if l.hasPrefix("|") {
                index = probe
                step.table = readTable()
            }
            break
        }
        return step
    }

    /// Reads a `"""` doc string starting at `index`; strips the opening delimiter's indentation.
    private mutating func readDocString() throws -> String {
        let open = lines[index]
        let indent = open.prefix { $0 == " " || $0 == "\t" }.count
        let startLine = index + 1
        index += 1
        var content: [Substring] = []
        while index < lines.count {
            let l = lines[index]
            let body = l.drop { $0 == " " || $0 == "\t" }
            if body.hasPrefix("\"\"\"") {
                index += 1
                return content.joined(separator: "\n")
            }
            var stripped = l
            var n = 0
            while n < indent, let f = stripped.first, f == " " || f == "\t" { stripped.removeFirst(); n += 1 }
            content.append(stripped)
            index += 1
        }
        throw GherkinError(file: file, line: startLine, message: "unterminated doc string")
    }

    /// Reads consecutive `|` rows (skipping comment lines) starting at `index`.
    private mutating func readTable() -> GherkinTable {
        var rows: GherkinTable = []
        while index < lines.count {
            let l = lines[index].drop { $0 == " " || $0 == "\t" }
            if l.hasPrefix("#") { index += 1; continue }
            guard l.hasPrefix("|") else { break }
            rows.append(GherkinReader.cells(of: l))
            index += 1
        }
        return rows
    }
}

extension Substring {
    /// The rest of the string after `prefix`, or nil when it does not start with it.
    fileprivate func stripping(_ prefix: String) -> Substring? {
        hasPrefix(prefix) ? dropFirst(prefix.count) : nil
    }
}
