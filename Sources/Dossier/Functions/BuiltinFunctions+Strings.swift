/// String functions: `toUpper toLower trim ltrim rtrim substring replace split left right`.
/// Positions and lengths count Unicode scalars (code points). A null argument gives null;
/// the wrong type raises TypeError `InvalidArgumentValue`; a negative position or length
/// raises ArgumentError `NumberOutOfRange`.
extension BuiltinFunctions {
    static let stringFunctions: [FunctionDescriptor] = [
        fn("toUpper", 1) { args, _ throws(DossierError) in
            guard let s = try stringArg("toUpper", arg(args, 0)) else { return .null }
            return .string(s.uppercased())
        },
        fn("toLower", 1) { args, _ throws(DossierError) in
            guard let s = try stringArg("toLower", arg(args, 0)) else { return .null }
            return .string(s.lowercased())
        },
        fn("trim", 1) { args, _ throws(DossierError) in
            guard let s = try stringArg("trim", arg(args, 0)) else { return .null }
            return .string(trimmed(s, leading: true, trailing: true))
        },
        fn("ltrim", 1) { args, _ throws(DossierError) in
            guard let s = try stringArg("ltrim", arg(args, 0)) else { return .null }
            return .string(trimmed(s, leading: true, trailing: false))
        },
        fn("rtrim", 1) { args, _ throws(DossierError) in
            guard let s = try stringArg("rtrim", arg(args, 0)) else { return .null }
            return .string(trimmed(s, leading: false, trailing: true))
        },
        fn("substring", 2, 3) { args, _ throws(DossierError) in
            guard let s = try stringArg("substring", arg(args, 0)),
                  let start = try nonNegative("substring", arg(args, 1))
            else { return .null }
            var length = Int64.max
            if args.count > 2 {
                guard let l = try nonNegative("substring", args[2]) else { return .null }
                length = l
            }
            let scalars = s.unicodeScalars
            guard start < Int64(scalars.count) else { return .string("") }
            let from = scalars.index(scalars.startIndex, offsetBy: Int(start))
            let available = Int64(scalars.count) - start
            let to = length >= available ? scalars.endIndex : scalars.index(from, offsetBy: Int(length))
            return .string(String(scalars[from..<to]))
        },
        fn("left", 2) { args, _ throws(DossierError) in
            guard let s = try stringArg("left", arg(args, 0)), let n = try nonNegative("left", arg(args, 1))
            else { return .null }
            return .string(String(String.UnicodeScalarView(s.unicodeScalars.prefix(Int(clamping: n)))))
        },
        fn("right", 2) { args, _ throws(DossierError) in
            guard let s = try stringArg("right", arg(args, 0)), let n = try nonNegative("right", arg(args, 1))
            else { return .null }
            return .string(String(String.UnicodeScalarView(s.unicodeScalars.suffix(Int(clamping: n)))))
        },
        fn("replace", 3) { args, ctx throws(DossierError) in
            guard let s = try stringArg("replace", arg(args, 0)),
                  let search = try stringArg("replace", arg(args, 1)),
                  let replacement = try stringArg("replace", arg(args, 2))
            else { return .null }
            return .string(try replaceAll(s, search, replacement, limit: ctx.options.maxCollectionSize))
        },
        fn("split", 2) { args, _ throws(DossierError) in
            guard let s = try stringArg("split", arg(args, 0)) else { return .null }
            switch arg(args, 1) {
            case .null: return .null
            case .string(let d): return .list(split(s, by: [d]).map { .string($0) })
            case .list(let ds):
                var delims: [String] = []
                for d in ds {
                    guard case .string(let t) = d else {
                        throw .functionArgument("split", d, expected: "a STRING delimiter")
                    }
                    delims.append(t)
                }
                return .list(split(s, by: delims).map { .string($0) })
            case let v: throw .functionArgument("split", v, expected: "a STRING or LIST of STRING delimiter")
            }
        },
    ]

    /// A non-negative integer argument: nil for null, TypeError for non-integers,
    /// ArgumentError NumberOutOfRange for negatives.
    static func nonNegative(_ fn: String, _ v: Value) throws(DossierError) -> Int64? {
        guard let i = try intArg(fn, v) else { return nil }
        if i < 0 { throw .argument(.numberOutOfRange, "\(fn)() expects a non-negative INTEGER, got \(i)") }
        return i
    }

    static func trimmed(_ s: String, leading: Bool, trailing: Bool) -> String {
        let u = s.unicodeScalars
        var lo = u.startIndex, hi = u.endIndex
        if leading { while lo < hi && u[lo].properties.isWhitespace { lo = u.index(after: lo) } }
        if trailing {
            while hi > lo {
                let p = u.index(before: hi)
                guard u[p].properties.isWhitespace else { break }
                hi = p
            }
        }
        return String(u[lo..<hi])
    }

    /// Replaces every occurrence of `search` (an empty search inserts `replacement` between
    /// every scalar and at both ends, as Java does). The result is capped at `limit` scalars.
    static func replaceAll(_ s: String, _ search: String, _ replacement: String, limit: Int) throws(DossierError) -> String {
        let h = Array(s.utf8), n = Array(search.utf8), r = Array(replacement.utf8)
        var out: [UInt8] = []
        out.reserveCapacity(h.count)
        if n.isEmpty {
            let scalars = s.unicodeScalars.count
            let size = scalars + (scalars + 1) * replacement.unicodeScalars.count
            if size > limit { throw .collectionTooLarge(size, limit: limit) }
            out.append(contentsOf: r)
            for u in s.unicodeScalars {
                out.append(contentsOf: String(u).utf8)
                out.append(contentsOf: r)
            }
            return String(decoding: out, as: UTF8.self)
        }
        var i = 0
        while i < h.count {
            if h[i] == n[0] && i + n.count <= h.count {
                var j = 1
                while j < n.count && h[i + j] == n[j] { j += 1 }
                if j == n.count {
                    out.append(contentsOf: r)
                    if out.count > limit { try Value.checkSize(String(decoding: out, as: UTF8.self).unicodeScalars.count, limit) }
                    i += n.count
                    continue
                }
            }
            out.append(h[i])
            i += 1
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// Splits on any of `delims` (leftmost match, longest delimiter first); keeps empty
    /// pieces. An empty delimiter splits into single scalars.
    static func split(_ s: String, by delims: [String]) -> [String] {
        let nonEmpty = delims.filter { !$0.isEmpty }.map { Array($0.utf8) }.sorted { $0.count > $1.count }
        if nonEmpty.isEmpty {
            if delims.isEmpty { return [s] }
            return s.unicodeScalars.map { String($0) }
        }
        let h = Array(s.utf8)
        var pieces: [String] = []
        var pieceStart = 0, i = 0
        outer: while i < h.count {
            for d in nonEmpty where i + d.count <= h.count && h[i] == d[0] {
                var j = 1
                while j < d.count && h[i + j] == d[j] { j += 1 }
                if j == d.count {
                    pieces.append(String(decoding: h[pieceStart..<i], as: UTF8.self))
                    i += d.count
                    pieceStart = i
                    continue outer
                }
            }
            i += 1
        }
        pieces.append(String(decoding: h[pieceStart..<h.count], as: UTF8.self))
        return pieces
    }
}
