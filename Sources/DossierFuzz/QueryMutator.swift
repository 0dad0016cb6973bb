import Dossier
import Foundation

/// Real queries to mutate, read at run time: the TCK's doc strings (`executing query:` and the
/// setup queries), the saved queries in `queries/`, and the statements of the bundled `graph/`.
public struct QueryCorpus {
    public var queries: [String] = []

    public init() {}

    /// Reads everything under the repository at `root` and the shared TCK beside it.
    public init(repositoryRoot root: String) {
        let fm = FileManager.default
        let tck = (root as NSString).deletingLastPathComponent + "/shared/tck/features"
        if let walker = fm.enumerator(atPath: tck) {
            for case let file as String in walker where file.hasSuffix(".feature") {
                if let text = try? String(contentsOfFile: tck + "/" + file, encoding: .utf8) {
                    queries += Self.docStrings(in: text)
                }
            }
        }
        for dir in ["queries", "graph"] {
            let path = root + "/" + dir
            for name in ((try? fm.contentsOfDirectory(atPath: path)) ?? []).sorted() where name.hasSuffix(".cypher") {
                guard let text = try? String(contentsOfFile: path + "/" + name, encoding: .utf8) else { continue }
                let statements = ScriptSplitter.statements(in: text).map(\.text)
                queries += statements.count > 40 ? Array(statements.prefix(40)) : statements
            }
        }
    }

    /// The `"""` blocks of a Gherkin feature file, with their indentation removed.
    static func docStrings(in feature: String) -> [String] {
        var out: [String] = []
        var current: [String]?
        for line in feature.split(separator: "\n", omittingEmptySubsequences: false) {
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            if trimmed == "\"\"\"" {
                if let body = current {
                    out.append(body.joined(separator: "\n"))
                    current = nil
                } else {
                    current = []
                }
            } else if current != nil {
                current?.append(trimmed)
            }
        }
        return out
    }
}

/// Token-level mutations of real queries: delete, duplicate, swap and insert tokens, splice two
/// queries, flip characters, and swap numbers and strings for extreme ones.
public struct QueryMutator {
    public var random: FuzzRandom
    var generator: QueryGenerator

    public init(seed: UInt64) {
        random = FuzzRandom(seed: seed)
        generator = QueryGenerator(seed: seed ^ 0x5EED)
    }

    static let interesting = ["(", ")", "[", "]", "{", "}", ",", ".", "..", ":", ";", "|", "-", "->", "<-", "*", "+", "=",
                              "=~", "+=", "<>", "'", "\"", "`", "$", "/*", "*/", "//", "\\", "\u{0}", "\u{FFFD}", "é",
                              "MATCH", "RETURN", "WITH", "WHERE", "UNWIND", "CREATE", "MERGE", "DELETE", "SET", "REMOVE",
                              "OPTIONAL", "CALL", "YIELD", "UNION", "ALL", "DISTINCT", "ORDER", "BY", "SKIP", "LIMIT",
                              "AS", "AND", "OR", "NOT", "IN", "IS", "NULL", "CASE", "WHEN", "THEN", "ELSE", "END",
                              "EXISTS", "FOREACH", "DETACH", "count(*)", "collect", "size", "range", "reduce", "shortestPath",
                              "*0..", "*..9223372036854775807", "9223372036854775807", "-9223372036854775808", "1e309",
                              "0.0/0.0", "$p", "n", "m", "x", "LOAD", "CSV", "FROM", "HEADERS", "INDEX", "EXPLAIN", "PROFILE"]

    /// Splits text into identifier/number runs, string literals, whitespace runs and single symbols.
    public static func tokens(_ text: String) -> [String] {
        var out: [String] = []
        var current = ""
        var kind = 0  // 0 none, 1 word, 2 space
        var quote: Character?
        for c in text {
            if let q = quote {
                current.append(c)
                if c == q { out.append(current); current = ""; quote = nil; kind = 0 }
                continue
            }
            let k = c.isLetter || c.isNumber || c == "_" ? 1 : (c.isWhitespace ? 2 : 3)
            if k != kind || k == 3 {
                if !current.isEmpty { out.append(current) }
                current = ""
                kind = k
            }
            current.append(c)
            if c == "'" || c == "\"" || c == "`" { quote = c; kind = 4 }
        }
        if !current.isEmpty { out.append(current) }
        return out
    }

    /// One to a few mutations of `query`, with `other` as splice material.
    public mutating func mutate(_ query: String, other: String) -> String {
        var t = Self.tokens(query)
        let rounds = random.chance(0.6) ? 1 : 1 + random.smallCount(3)
        for _ in 0..<rounds {
            if t.isEmpty { t = [random.pick(Self.interesting)] }
            if random.chance(0.5) {
                syntaxPreserving(&t)
                continue
            }
            let i = random.below(t.count)
            switch random.below(14) {
            case 0: t.remove(at: i)
            case 1: t.insert(t[i], at: i)
            case 2:
                let j = random.below(t.count)
                t.swapAt(i, j)
            case 3: t.insert(random.pick(Self.interesting), at: i)
            case 4: t.insert(" " + random.pick(Self.interesting) + " ", at: i)
            case 5:
                let o = Self.tokens(other)
                if !o.isEmpty {
                    let a = random.below(o.count), b = min(o.count, a + 1 + random.below(12))
                    t.insert(contentsOf: o[a..<b], at: i)
                }
            case 6:
                let o = Self.tokens(other)
                if !o.isEmpty {
                    let cut = random.below(o.count)
                    t = Array(t[..<i]) + Array(o[cut...])
                }
            case 7: t[i] = flipCharacter(t[i])
            case 8:
                if t[i].first?.isNumber == true { t[i] = generator.integerLiteral() } else { t.insert(generator.integerLiteral(), at: i) }
            case 9:
                if t[i].first == "'" || t[i].first == "\"" { t[i] = generator.stringLiteral() } else { t.insert(generator.stringLiteral(), at: i) }
            case 10: t.insert(" " + generator.expression() + " ", at: i)
            case 11:
                let n = 1 + random.below(4)
                let end = min(t.count, i + n)
                let chunk = Array(t[i..<end])
                for _ in 0..<random.int(1...20) { t.insert(contentsOf: chunk, at: i) }
            case 12: t = Array(t[..<i])
            default:
                let end = min(t.count, i + 1 + random.below(6))
                t.removeSubrange(i..<end)
            }
        }
        return t.joined()
    }

    static let operators = ["+", "-", "*", "/", "%", "^", "=", "<", ">", "<=", ">=", "<>", "AND", "OR", "XOR", "IN",
                            "CONTAINS", "STARTS WITH", "ENDS WITH", "=~"]
    static let functionNames = BuiltinFunctions.all.map(\.name)

    /// A mutation that mostly keeps the query parseable: a number, string, name, function or
    /// operator swapped for another of its kind, or a clause keyword swapped for a sibling.
    mutating func syntaxPreserving(_ t: inout [String]) {
        func indices(_ p: (String) -> Bool) -> [Int] { t.indices.filter { p(t[$0]) } }
        let isWord = { (s: String) in s.first.map { $0.isLetter || $0 == "_" } ?? false }
        switch random.below(7) {
        case 0:
            let numbers = indices { $0.first?.isNumber == true }
            if let i = numbers.randomElement(using: &random) { t[i] = generator.integerLiteral() }
        case 1:
            let strings = indices { $0.first == "'" || $0.first == "\"" }
            if let i = strings.randomElement(using: &random) { t[i] = generator.stringLiteral() }
        case 2:
            // A name (variable, label, key, function) replaced by another name of the query.
            let words = indices(isWord)
            if let i = words.randomElement(using: &random), let j = words.randomElement(using: &random) { t[i] = t[j] }
        case 3:
            let calls = t.indices.filter { isWord(t[$0]) && $0 + 1 < t.count && t[$0 + 1] == "(" }
            if let i = calls.randomElement(using: &random) { t[i] = random.pick(Self.functionNames) }
        case 4:
            let ops = indices { Self.operators.contains($0.uppercased()) }
            if let i = ops.randomElement(using: &random) { t[i] = random.pick(Self.operators) }
        case 5:
            let keywords = ["MATCH", "OPTIONAL MATCH", "WITH", "RETURN", "CREATE", "MERGE", "UNWIND", "DELETE", "DETACH DELETE",
                            "ASC", "DESC", "DISTINCT", "SKIP", "LIMIT", "WHERE", "UNION", "UNION ALL"]
            let found = indices { keywords.contains($0.uppercased()) }
            if let i = found.randomElement(using: &random) { t[i] = random.pick(keywords) }
        default:
            // An expression in place of a number, string or name.
            let atoms = indices { isWord($0) || $0.first?.isNumber == true || $0.first == "'" }
            if let i = atoms.randomElement(using: &random) { t[i] = "(" + generator.expression() + ")" }
        }
    }

    mutating func flipCharacter(_ s: String) -> String {
        var scalars = Array(s.unicodeScalars)
        guard !scalars.isEmpty else { return s }
        let i = random.below(scalars.count)
        let replacements: [Unicode.Scalar] = ["\u{0}", "'", "\"", "`", "\\", "(", "{", "[", "\u{1F600}", "\u{301}", "\u{2028}",
                                              "\u{FFFF}", "0", "9", "e", ".", "-", "$", "/", "*", "\n"]
        if random.chance(0.5) {
            scalars[i] = random.pick(replacements)
        } else if let flipped = Unicode.Scalar(scalars[i].value ^ (1 << UInt32(random.below(7)))) {
            scalars[i] = flipped
        }
        var out = ""
        out.unicodeScalars.append(contentsOf: scalars)
        return out
    }
}
