/// `STARTS WITH`, `ENDS WITH`, `CONTAINS`: case-sensitive, code-point based, and null
/// (never an error) when either side is null or not a string.
extension Value {
    /// `a STARTS WITH b`. The empty string is a prefix of every string.
    public static func startsWith(_ a: Value, _ b: Value) -> Value {
        guard case .string(let s) = a, case .string(let p) = b else { return .null }
        return .bool(s.utf8.starts(with: p.utf8))
    }

    /// `a ENDS WITH b`.
    public static func endsWith(_ a: Value, _ b: Value) -> Value {
        guard case .string(let s) = a, case .string(let p) = b else { return .null }
        let su = s.utf8, pu = p.utf8
        guard pu.count <= su.count else { return .bool(false) }
        return .bool(su.suffix(pu.count).elementsEqual(pu))
    }

    /// `a CONTAINS b`.
    public static func contains(_ a: Value, _ b: Value) -> Value {
        guard case .string(let s) = a, case .string(let p) = b else { return .null }
        return .bool(utf8Index(of: p, in: s, from: 0) != nil)
    }

    /// Byte offset of the first occurrence of `needle` in `haystack` at or after byte `start`
    /// (UTF-8 matching on scalar boundaries, since both are valid UTF-8). No allocation for
    /// native strings.
    static func utf8Index(of needle: String, in haystack: String, from start: Int) -> Int? {
        var h = haystack, n = needle
        return h.withUTF8 { hb in
            n.withUTF8 { nb in
                if nb.isEmpty { return start <= hb.count ? start : nil }
                guard nb.count <= hb.count else { return nil }
                let last = hb.count - nb.count
                let first = nb[0]
                var i = start
                while i <= last {
                    if hb[i] == first {
                        var j = 1
                        while j < nb.count && hb[i + j] == nb[j] { j += 1 }
                        if j == nb.count { return i }
                    }
                    i += 1
                }
                return nil
            }
        }
    }
}
