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
    /// (UTF-8 matching on scalar boundaries, since both are valid UTF-8).
    static func utf8Index(of needle: String, in haystack: String, from start: Int) -> Int? {
        let h = Array(haystack.utf8), n = Array(needle.utf8)
        if n.isEmpty { return start <= h.count ? start : nil }
        guard n.count <= h.count else { return nil }
        var i = start
        let last = h.count - n.count
        let first = n[0]
        while i <= last {
            if h[i] == first {
                var j = 1
                while j < n.count && h[i + j] == n[j] { j += 1 }
                if j == n.count { return i }
            }
            i += 1
        }
        return nil
    }
}
