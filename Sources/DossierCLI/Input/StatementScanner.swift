import Dossier

/// Splits a stream of Cypher text, fed in pieces as it arrives, into statements (ended by a `;`
/// outside strings, quoted names and comments) and meta-command lines (a line whose first
/// non-blank character is `:`, when no statement is under way).
///
/// It works on UTF-8 bytes (every delimiter is ASCII), so a chunk may end anywhere, even in the
/// middle of a character. Each statement comes with its location in the whole stream, so errors
/// can be reported by file line and column.
///
/// ```swift
/// var s = StatementScanner()
/// s.feed("RETURN 1; RETURN") // [.statement("RETURN 1", 1:1)]
/// s.feed(" 2;\n")            // [.statement("RETURN 2", 1:11)]
/// ```
struct StatementScanner {
    /// One complete piece of input.
    enum Item: Equatable {
        /// A statement's text, without leading blanks and comments and without its `;`;
        /// `start` is the location of its first character, `linePrefix` the text of that line
        /// before it.
        case statement(String, start: SourceLocation, linePrefix: String)
        /// A meta-command line (starting with `:`), without its newline, and its line number.
        case meta(String, line: Int)
    }

    private enum State { case normal, singleQuoted, doubleQuoted, backtick, lineComment, blockComment, meta }

    private var state = State.normal
    private var escaped = false
    /// A `/` was seen in normal text and the next byte decides whether it starts a comment.
    private var slashPending = false
    private var slashLocation = SourceLocation.start
    private var slashLinePrefix: [UInt8] = []
    /// In a block comment, the previous byte was `*`.
    private var starPending = false

    /// Bytes of the statement under way, from its first content byte.
    private var statement: [UInt8] = []
    private var statementStart = SourceLocation.start
    private var statementLinePrefix: [UInt8] = []
    private var metaLine: [UInt8] = []
    private var metaLineNumber = 1

    /// Bytes of the current line so far.
    private var currentLine: [UInt8] = []
    /// Location of the next byte.
    private var position = SourceLocation.start

    init() {}

    /// Whether a statement has begun and not yet ended (for the continuation prompt).
    var hasPendingStatement: Bool { !statement.isEmpty || slashPending || state == .blockComment }

    /// Forgets the statement under way (Ctrl-C), keeping the position in the stream.
    mutating func discardPending() {
        state = .normal
        escaped = false
        slashPending = false
        starPending = false
        statement.removeAll()
        metaLine.removeAll()
    }

    /// Starts counting lines and columns afresh (each REPL entry is its own little source).
    mutating func resetPosition() {
        discardPending()
        position = .start
        currentLine.removeAll()
    }

    mutating func feed(_ text: String) -> [Item] { feed(Array(text.utf8)) }

    /// Consumes `bytes` and returns every statement and meta-command they complete.
    mutating func feed<S: Sequence>(_ bytes: S) -> [Item] where S.Element == UInt8 {
        var items: [Item] = []
        for b in bytes { consume(b, into: &items) }
        return items
    }

    /// End of input: returns the statement under way (one without a final `;`), if any.
    mutating func finish() -> [Item] {
        var items: [Item] = []
        if slashPending { beginContent(at: slashLocation, prefix: slashLinePrefix); statement.append(UInt8(ascii: "/")); slashPending = false }
        if state == .meta {
            items.append(.meta(Self.text(metaLine), line: metaLineNumber))
            metaLine.removeAll()
        }
        if !statement.isEmpty { emitStatement(into: &items) }
        state = .normal
        escaped = false
        starPending = false
        return items
    }

    // MARK: - The automaton

    private mutating func consume(_ b: UInt8, into items: inout [Item]) {
        let here = position
        advance(over: b)

        if slashPending {
            slashPending = false
            if b == UInt8(ascii: "/") && state == .normal {
                state = .lineComment
                if !statement.isEmpty { statement.append(contentsOf: [0x2F, 0x2F]) }
                return
            }
            if b == UInt8(ascii: "*") && state == .normal {
                state = .blockComment
                starPending = false
                if !statement.isEmpty { statement.append(contentsOf: [0x2F, 0x2A]) }
                return
            }
            beginContent(at: slashLocation, prefix: slashLinePrefix)
            statement.append(UInt8(ascii: "/"))
        }

        switch state {
        case .meta:
            if b == UInt8(ascii: "\n") {
                items.append(.meta(Self.text(metaLine), line: metaLineNumber))
                metaLine.removeAll()
                state = .normal
            } else {
                metaLine.append(b)
            }
        case .lineComment:
            if !statement.isEmpty { statement.append(b) }
            if b == UInt8(ascii: "\n") { state = .normal }
        case .blockComment:
            if !statement.isEmpty { statement.append(b) }
            if starPending && b == UInt8(ascii: "/") {
                state = .normal
                starPending = false
            } else {
                starPending = b == UInt8(ascii: "*")
            }
        case .singleQuoted, .doubleQuoted:
            statement.append(b)
            if escaped {
                escaped = false
            } else if b == UInt8(ascii: "\\") {
                escaped = true
            } else if (state == .singleQuoted && b == UInt8(ascii: "'")) || (state == .doubleQuoted && b == UInt8(ascii: "\"")) {
                state = .normal
            }
        case .backtick:
            statement.append(b)
            if b == UInt8(ascii: "`") { state = .normal }
        case .normal:
            switch b {
            case UInt8(ascii: ";"):
                if !statement.isEmpty { emitStatement(into: &items) }
            case UInt8(ascii: "/"):
                slashPending = true
                slashLocation = here
                slashLinePrefix = Array(currentLine.dropLast())
            case UInt8(ascii: " "), UInt8(ascii: "\t"), UInt8(ascii: "\n"), UInt8(ascii: "\r"):
                if !statement.isEmpty { statement.append(b) }
            case UInt8(ascii: ":") where statement.isEmpty && currentLine.dropLast().allSatisfy({ $0 == 0x20 || $0 == 0x09 }):
                state = .meta
                metaLine = [b]
                metaLineNumber = here.line
            default:
                beginContent(at: here, prefix: Array(currentLine.dropLast()))
                statement.append(b)
                if b == UInt8(ascii: "'") { state = .singleQuoted }
                if b == UInt8(ascii: "\"") { state = .doubleQuoted }
                if b == UInt8(ascii: "`") { state = .backtick }
            }
        }
    }

    private mutating func beginContent(at location: SourceLocation, prefix: [UInt8]) {
        guard statement.isEmpty else { return }
        statementStart = location
        statementLinePrefix = prefix
    }

    private mutating func emitStatement(into items: inout [Item]) {
        var bytes = statement[...]
        while let last = bytes.last, last == 0x20 || last == 0x09 || last == 0x0A || last == 0x0D { bytes.removeLast() }
        items.append(.statement(Self.text(bytes), start: statementStart, linePrefix: Self.text(statementLinePrefix)))
        statement.removeAll(keepingCapacity: true)
    }

    private mutating func advance(over b: UInt8) {
        position.offset += 1
        if b == UInt8(ascii: "\n") {
            position.line += 1
            position.column = 1
            currentLine.removeAll(keepingCapacity: true)
        } else {
            if b & 0xC0 != 0x80 { position.column += 1 }   // continuation bytes do not start a scalar
            currentLine.append(b)
        }
    }

    private static func text<C: Collection>(_ bytes: C) -> String where C.Element == UInt8 {
        String(decoding: bytes, as: UTF8.self)
    }
}
