/// Quoting and escaping of user text for Graphviz DOT. Every ID and attribute value Dossier
/// writes goes through `quoted(_:maxBytes:)`, so no user string can end a string early, inject
/// attributes or statements, or be read as an HTML label or a keyword.
enum DotString {
    static let ellipsis = "…"

    /// `text` as a DOT double-quoted string:
    /// - `"` → `\"` and `\` → `\\` (so user text cannot form Graphviz escapes such as `\N` or `\l`);
    /// - line breaks (`\n`, `\r\n`, `\r`, U+2028, U+2029) → the DOT escape `\n`; tab → space;
    /// - `&` → `&amp;` (Graphviz decodes HTML entities in labels; this keeps text literal);
    /// - other control characters → U+FFFD.
    /// The quoted string is at most `maxBytes` UTF-8 bytes including the quotes; longer text is
    /// cut at a character boundary and ends with `…`.
    static func quoted(_ text: String, maxBytes: Int = 16_383) -> String {
        let budget = max(maxBytes - 2, ellipsis.utf8.count)
        var pieces: [String] = []
        var total = 0
        var previousWasCR = false
        for scalar in text.unicodeScalars {
            defer { previousWasCR = scalar == "\r" }
            let piece: String
            switch scalar {
            case "\"": piece = "\\\""
            case "\\": piece = "\\\\"
            case "&": piece = "&amp;"
            case "\n":
                if previousWasCR { continue }
                piece = "\\n"
            case "\r", "\u{2028}", "\u{2029}": piece = "\\n"
            case "\t": piece = " "
            default:
                if scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value) {
                    piece = "\u{FFFD}"
                } else {
                    piece = String(scalar)
                }
            }
            pieces.append(piece)
            total += piece.utf8.count
        }
        if total <= budget { return "\"" + pieces.joined() + "\"" }
        var out = "\""
        var used = 0
        let limit = budget - ellipsis.utf8.count
        for piece in pieces {
            let n = piece.utf8.count
            if used + n > limit { break }
            out += piece
            used += n
        }
        return out + ellipsis + "\""
    }

    /// Breaks `text` into lines of at most `width` characters at spaces (longer words are split),
    /// keeping existing line breaks; at most `maxLines` lines, the last ending in `…` when cut.
    static func wrap(_ text: String, width: Int, maxLines: Int) -> String {
        let width = max(width, 4)
        let maxLines = max(maxLines, 1)
        // Nothing past this many characters can be shown; cutting first keeps wrapping linear.
        let shown = text.prefix(width * maxLines + maxLines + 1)
        var lines: [String] = []
        for paragraph in shown.split(omittingEmptySubsequences: false, whereSeparator: { $0.isNewline }) {
            var line = ""
            for word in paragraph.split(separator: " ", omittingEmptySubsequences: true) {
                var w = Substring(word)
                while w.count > width {
                    if !line.isEmpty { lines.append(line); line = "" }
                    lines.append(String(w.prefix(width)))
                    w = w.dropFirst(width)
                }
                if w.isEmpty { continue }
                if line.isEmpty {
                    line = String(w)
                } else if line.count + 1 + w.count <= width {
                    line += " " + w
                } else {
                    lines.append(line)
                    line = String(w)
                }
            }
            lines.append(line)
        }
        while lines.count > 1, lines.last?.isEmpty == true { lines.removeLast() }
        if lines.count > maxLines || (shown.endIndex < text.endIndex && !lines.isEmpty && lines.count == maxLines) {
            lines = Array(lines.prefix(maxLines))
            let last = lines[maxLines - 1]
            lines[maxLines - 1] = (last.count >= width ? String(last.prefix(width - 1)) : last) + ellipsis
        }
        return lines.joined(separator: "\n")
    }
}
