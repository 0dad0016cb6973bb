/// How many terminal columns text occupies: combining marks and other zero-width characters
/// take none, East Asian wide and fullwidth characters and emoji take two, everything else one.
///
/// Widths are computed per grapheme cluster (what a user sees as one character), so
/// `"e\u{301}"` is 1 column, `"漢字"` is 4 and `"👩‍👩‍👧"` (a ZWJ sequence) is 2.
public enum DisplayWidth {
    /// The display width of `text` in terminal columns.
    public static func of(_ text: String) -> Int {
        var width = 0
        var asciiOnly = true
        for b in text.utf8 where b >= 0x80 || b < 0x20 || b == 0x7F { asciiOnly = false; break }
        if asciiOnly { return text.utf8.count }
        for cluster in text { width += of(cluster) }
        return width
    }

    /// The display width of one grapheme cluster: 0, 1 or 2.
    public static func of(_ cluster: Character) -> Int {
        let scalars = cluster.unicodeScalars
        guard let first = scalars.first else { return 0 }
        // An emoji presentation selector or a ZWJ sequence makes the cluster a wide emoji.
        if scalars.count > 1 {
            for s in scalars where s.value == 0xFE0F || s.value == 0x200D {
                if first.properties.isEmoji { return 2 }
            }
            if scalars.contains(where: { (0x1F1E6...0x1F1FF).contains($0.value) }) { return 2 } // flags
        }
        var width = 0
        for s in scalars {
            width = max(width, of(s))
            if width == 2 { break }
        }
        return width
    }

    /// The display width of one scalar taken on its own.
    public static func of(_ scalar: Unicode.Scalar) -> Int {
        let v = scalar.value
        if v < 0x20 || (0x7F..<0xA0).contains(v) { return 0 }     // control characters
        if v < 0x300 { return 1 }
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .enclosingMark, .format: return 0
        default: break
        }
        if v == 0x200B || (0x1160...0x11FF).contains(v) { return 0 }  // zero-width space, Hangul medial vowels/finals
        if scalar.properties.isEmojiPresentation { return 2 }
        return isWide(v) ? 2 : 1
    }

    /// East Asian Wide (W) and Fullwidth (F) ranges (Unicode 15, abridged to the blocks that matter).
    private static func isWide(_ v: UInt32) -> Bool {
        switch v {
        case 0x1100...0x115F, 0x231A...0x231B, 0x2329...0x232A, 0x23E9...0x23EC, 0x23F0, 0x23F3,
             0x25FD...0x25FE, 0x2614...0x2615, 0x2648...0x2653, 0x267F, 0x2693, 0x26A1, 0x26AA...0x26AB,
             0x26BD...0x26BE, 0x26C4...0x26C5, 0x26CE, 0x26D4, 0x26EA, 0x26F2...0x26F3, 0x26F5, 0x26FA,
             0x26FD, 0x2705, 0x270A...0x270B, 0x2728, 0x274C, 0x274E, 0x2753...0x2755, 0x2757,
             0x2795...0x2797, 0x27B0, 0x27BF, 0x2B1B...0x2B1C, 0x2B50, 0x2B55,
             0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xA000...0xA4CF,
             0xA960...0xA97F, 0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE10...0xFE19, 0xFE30...0xFE6F,
             0xFF00...0xFF60, 0xFFE0...0xFFE6, 0x16FE0...0x16FE4, 0x17000...0x18CFF, 0x1B000...0x1B2FF,
             0x1F004, 0x1F0CF, 0x1F18E, 0x1F191...0x1F19A, 0x1F200...0x1F2FF, 0x1F300...0x1F64F,
             0x1F680...0x1F6FF, 0x1F900...0x1F9FF, 0x1FA70...0x1FAFF, 0x20000...0x2FFFD, 0x30000...0x3FFFD:
            return true
        default:
            return false
        }
    }

    /// `text` cut to at most `maxWidth` columns; when it had to be cut, the last column
    /// holds an ellipsis `…`. Never splits a grapheme cluster.
    public static func truncate(_ text: String, to maxWidth: Int) -> String {
        guard maxWidth > 0 else { return "" }
        let total = of(text)
        if total <= maxWidth { return text }
        var out = ""
        var width = 0
        for c in text {
            let w = of(c)
            if width + w > maxWidth - 1 { break }
            out.append(c)
            width += w
        }
        out.append("…")
        return out
    }

    /// `text` followed by spaces up to `width` columns (or preceded by them when `right`).
    public static func pad(_ text: String, to width: Int, right: Bool = false) -> String {
        let missing = width - of(text)
        guard missing > 0 else { return text }
        let spaces = String(repeating: " ", count: missing)
        return right ? spaces + text : text + spaces
    }
}
