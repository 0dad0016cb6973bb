import Dossier

/// What Tab completes in the REPL, decided from the text before the word being completed:
/// meta-commands after a leading `:`, labels after `:` inside `( )`, relationship types after `:`
/// inside `[ ]`, property keys after `.`, parameter names after `$`, file names after `:source`,
/// `:output` and `:export FORMAT`, and otherwise keywords and function names.
struct Completer {
    /// What the word under the cursor is.
    enum Context: Equatable {
        case metaCommand
        case fileName
        case words([String])
        case labels, relationshipTypes, labelsAndTypes, propertyKeys, parameters
        case keywordsAndFunctions
    }

    /// The characters that end a word: Cypher punctuation, or only blanks and quotes for file names.
    static let cypherWordBreaks = " \t\n\"'`@$><=;|&{}()[],.:+-*/%^!~"
    static let fileWordBreaks = " \t\n\"'"

    /// Decides the context from the line and the byte offset where the word starts.
    static func context(line: String, wordStart: Int) -> Context {
        let bytes = Array(line.utf8)
        let start = min(max(wordStart, 0), bytes.count)
        let before = String(decoding: bytes[..<start], as: UTF8.self)
        let trimmed = before.drop { $0 == " " || $0 == "\t" }
        if trimmed.hasPrefix(":") {
            let words = trimmed.dropFirst().split(separator: " ", omittingEmptySubsequences: true)
            let endsWithSpace = trimmed.last == " " || trimmed.last == "\t"
            if words.isEmpty && !endsWithSpace { return .metaCommand }
            let command = words.first.map { MetaCommand.aliases[$0.lowercased()] ?? $0.lowercased() } ?? ""
            let argumentIndex = words.count - (endsWithSpace ? 0 : 1)   // 0 = the command itself
            if argumentIndex == 0 { return .metaCommand }
            switch command {
            case "source", "output": return .fileName
            case "export": return argumentIndex == 1 ? .words(["dot", "svg", "png"]) : .fileName
            case "help": return argumentIndex == 1 ? .words(MetaCommand.all.map(\.name) + ["formats", "keys"]) : .words([])
            case "format": return .words(OutputFormat.allCases.map(\.rawValue))
            case "timing": return .words(["on", "off"])
            case "param": return argumentIndex == 1 ? .parameters : .words([])
            default: return .words([])
            }
        }
        guard let previous = before.last else { return .keywordsAndFunctions }
        switch previous {
        case ":":
            // Inside ( ) a label, inside [ ] a relationship type.
            var depth = 0
            for c in before.dropLast().reversed() {
                switch c {
                case ")", "]": depth += 1
                case "(": if depth == 0 { return .labels } else { depth -= 1 }
                case "[": if depth == 0 { return .relationshipTypes } else { depth -= 1 }
                default: break
                }
            }
            return .labelsAndTypes
        case ".": return .propertyKeys
        case "$": return .parameters
        default: return .keywordsAndFunctions
        }
    }

    /// The candidates for `word` in `context`, sorted, without duplicates.
    static func candidates(for word: String, in context: Context, schema: GraphSchema?, parameters: [String]) -> [String] {
        let pool: [String]
        var matchCase = false
        switch context {
        case .metaCommand: pool = MetaCommand.all.map(\.name)
        case .fileName: return []
        case .words(let w): pool = w
        case .labels: pool = schema?.labels.map(\.name) ?? []
        case .relationshipTypes: pool = schema?.relationshipTypes.map(\.name) ?? []
        case .labelsAndTypes: pool = (schema?.labels.map(\.name) ?? []) + (schema?.relationshipTypes.map(\.name) ?? [])
        case .propertyKeys: pool = schema?.propertyKeys.map(\.name) ?? []
        case .parameters: pool = parameters
        case .keywordsAndFunctions:
            pool = CypherVocabulary.keywords + CypherVocabulary.functions
            matchCase = true
        }
        let lower = word.lowercased()
        var out: [String] = []
        for c in pool where c.lowercased().hasPrefix(lower) {
            // Keywords follow the case the user types in: `ma` → `match`, `MA` → `MATCH`.
            if matchCase, CypherVocabulary.keywords.contains(c), !word.isEmpty, word == lower {
                out.append(c.lowercased())
            } else {
                out.append(c)
            }
        }
        var seen = Set<String>()
        return out.filter { seen.insert($0.lowercased()).inserted }.sorted()
    }
}

/// Keywords and built-in function names, for completion.
enum CypherVocabulary {
    static let keywords = [
        "MATCH", "OPTIONAL", "WHERE", "RETURN", "WITH", "UNWIND", "AS", "ORDER", "BY", "ASC", "ASCENDING",
        "DESC", "DESCENDING", "SKIP", "LIMIT", "DISTINCT", "UNION", "ALL", "CREATE", "MERGE", "ON", "SET",
        "REMOVE", "DELETE", "DETACH", "AND", "OR", "XOR", "NOT", "IN", "IS", "NULL", "TRUE", "FALSE",
        "STARTS", "ENDS", "CONTAINS", "CASE", "WHEN", "THEN", "ELSE", "END", "EXPLAIN", "PROFILE", "CALL", "YIELD",
    ]
    /// The built-in functions of the engine's registry, plus the forms the parser handles itself.
    static let functions: [String] = {
        let special = ["all", "any", "none", "single", "reduce", "exists", "shortestPath", "allShortestPaths"]
        var seen = Set<String>()
        return (BuiltinFunctions.all.map(\.name) + special).filter { seen.insert($0.lowercased()).inserted }
    }()
}
