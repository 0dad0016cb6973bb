/// One statement of a script: its text (without the terminating `;`) and where it starts.
public struct ScriptStatement: Sendable, Hashable {
    public var text: String
    /// Where the statement starts in the script (after leading whitespace and comments).
    public var start: SourceLocation
    public init(text: String, start: SourceLocation) {
        self.text = text
        self.start = start
    }
}

/// Splits a script into statements on `;` outside strings, backtick-quoted names and comments.
///
/// ```swift
/// let (statements, rest) = ScriptSplitter.split("CREATE (a); MATCH (n) RETURN n; RETURN")
/// // statements: ["CREATE (a)", "MATCH (n) RETURN n"] (starting at 1:1 and 1:13), rest: " RETURN"
/// ```
/// A statement's text starts at its first character that is not whitespace or a comment, so
/// an error at `line:column` of the statement is at `start` shifted by that much in the script
/// (see `ScriptStatement.scriptLocation(of:)`).
/// Statements that hold only whitespace and comments are dropped. `remainder` is the text
/// after the last `;` (empty when there is nothing but whitespace and comments); the REPL
/// uses it to see whether input is complete, files run it as a last statement.
/// An unterminated string, name or block comment stays in `remainder`.
///
/// - Complexity: O(n) in the length of the text.
public enum ScriptSplitter {
    public static func split(_ text: String) -> (statements: [ScriptStatement], remainder: String) {
        let bytes = Array(text.utf8)
        var statements: [ScriptStatement] = []
        var pos = 0
        var line = 1
        var column = 1
        // Start of the current statement, and of its first meaningful character.
        var segmentStart = 0
        var contentStart: SourceLocation?

        @inline(__always) func at(_ i: Int) -> UInt8? { i < bytes.count ? bytes[i] : nil }

        func step() {
            let b = bytes[pos]
            pos += 1
            if b == 0x0A { line += 1; column = 1 } else if b & 0xC0 != 0x80 { column += 1 }
        }

        while pos < bytes.count {
            let b = bytes[pos]
            switch b {
            case 0x20, 0x09, 0x0A, 0x0D, 0x0B, 0x0C:
                step()
            case 0x2F where at(pos + 1) == 0x2F:
                while pos < bytes.count && bytes[pos] != 0x0A { step() }
            case 0x2F where at(pos + 1) == 0x2A:
                step(); step()
                while pos < bytes.count && !(bytes[pos] == 0x2A && at(pos + 1) == 0x2F) { step() }
                if pos < bytes.count { step(); step() }
            case 0x3B:
                if let start = contentStart {
                    let body = String(decoding: bytes[start.offset..<pos], as: UTF8.self)
                    statements.append(ScriptStatement(text: body, start: start))
                }
                step()
                segmentStart = pos
                contentStart = nil
            case 0x27, 0x22, 0x60:
                if contentStart == nil { contentStart = SourceLocation(offset: pos, line: line, column: column) }
                step()
                while pos < bytes.count {
                    let c = bytes[pos]
                    if c == 0x5C && b != 0x60 {
                        step()
                        if pos < bytes.count { step() }
                        continue
                    }
                    step()
                    if c == b {
                        if b == 0x60 && at(pos) == 0x60 { step(); continue }
                        break
                    }
                }
            default:
                if contentStart == nil { contentStart = SourceLocation(offset: pos, line: line, column: column) }
                step()
            }
        }
        let remainder = contentStart == nil ? "" : String(decoding: bytes[segmentStart..<bytes.count], as: UTF8.self)
        return (statements, remainder)
    }

    /// All statements of a file: those ended by `;` and the unterminated last one, if any.
    public static func statements(in text: String) -> [ScriptStatement] {
        let (statements, remainder) = split(text)
        guard !remainder.isEmpty else { return statements }
        // Locate the remainder's first meaningful character by splitting it with a terminator.
        let (tail, _) = split(remainder + "\n;")
        guard var last = tail.first else { return statements }
        let base = statements.last.map { _ in text.utf8.count - remainder.utf8.count } ?? 0
        last.start = ScriptSplitter.shift(last.start, by: location(ofOffset: base, in: text))
        if last.text.hasSuffix("\n") { last.text.removeLast() }
        return statements + [last]
    }

    /// The location of UTF-8 offset `offset` in `text`.
    static func location(ofOffset offset: Int, in text: String) -> SourceLocation {
        var line = 1, column = 1
        for b in text.utf8.prefix(offset) {
            if b == 0x0A { line += 1; column = 1 } else if b & 0xC0 != 0x80 { column += 1 }
        }
        return SourceLocation(offset: offset, line: line, column: column)
    }

    /// `inner`, a location in a text that starts at `base`, as a location in the enclosing text.
    static func shift(_ inner: SourceLocation, by base: SourceLocation) -> SourceLocation {
        SourceLocation(offset: base.offset + inner.offset,
                       line: base.line + inner.line - 1,
                       column: inner.line == 1 ? base.column + inner.column - 1 : inner.column)
    }
}

extension ScriptStatement {
    /// Where `location` (in this statement's `text`, e.g. from an error) is in the whole script.
    public func scriptLocation(of location: SourceLocation) -> SourceLocation {
        ScriptSplitter.shift(location, by: start)
    }
}
