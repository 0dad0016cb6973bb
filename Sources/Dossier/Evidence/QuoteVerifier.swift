import Foundation

/// Checks the evidence of a graph against the documents it cites: every `quote` of a
/// relationship (REPORTED_IN, CITES, MENTIONS) must occur in the text of the corpus document at
/// one of its ends, and every entry of `quotes` must occur in the document named by the same
/// entry of `sources` (a Document `key`). Documents are found by their `file` property in a
/// directory. Whitespace differences are ignored, nothing else.
///
/// ```swift
/// let report = QuoteVerifier.verify(db, documentsDirectory: "../shared/seeds")
/// for p in report.problems { print(p.reason, p.quote, p.closest ?? "") }
/// ```
public enum QuoteVerifier {
    /// One quote that could not be confirmed.
    public struct Problem: Sendable, Equatable {
        /// The relationship whose quote it is.
        public var relationship: RelationshipID
        /// `(start key)-[:TYPE]->(end key)`, for messages.
        public var fact: String
        /// The document the quote should come from (its key), when known.
        public var document: String?
        /// The file that was searched, when there is one.
        public var file: String?
        public var quote: String
        /// The passage of the document most like the quote, when the document could be read.
        public var closest: String?
        /// What is wrong, in words.
        public var reason: String
    }

    /// The outcome of a check.
    public struct Report: Sendable {
        /// How many quotes were checked.
        public var checked = 0
        /// How many relationships carried evidence.
        public var relationships = 0
        public var problems: [Problem] = []
    }

    /// Checks every quote of `db` against the files in `documentsDirectory`.
    public static func verify(_ db: Database, documentsDirectory: String) -> Report {
        var report = Report()
        var documentsByKey: [String: NodeSnapshot] = [:]
        var nodesByID: [NodeID: NodeSnapshot] = [:]
        for n in db.allNodes() {
            nodesByID[n.id] = n
            if n.labels.contains("Document"), case .string(let key)? = n.properties["key"] { documentsByKey[key] = n }
        }
        var texts: [String: String?] = [:]
        func text(of file: String) -> String? {
            if let cached = texts[file] { return cached }
            let path = documentsDirectory + "/" + file
            let loaded = FileManager.default.contents(atPath: path).map { normalize(String(decoding: $0, as: UTF8.self)) }
            texts[file] = loaded
            return loaded
        }
        func key(_ n: NodeSnapshot?) -> String {
            guard let n else { return "?" }
            if case .string(let k)? = n.properties["key"] { return k }
            return "#\(n.id.rawValue)"
        }

        for r in db.allRelationships() {
            let start = nodesByID[r.start], end = nodesByID[r.end]
            let fact = "(\(key(start)))-[:\(r.type)]->(\(key(end)))"
            var hasEvidence = false

            if case .string(let quote)? = r.properties["quote"] {
                hasEvidence = true
                report.checked += 1
                let candidates = [start, end].compactMap { $0 }.filter { $0.labels.contains("Document") && fileName(of: $0) != nil }
                if candidates.isEmpty {
                    report.problems.append(Problem(relationship: r.id, fact: fact, document: nil, file: nil, quote: quote, closest: nil,
                                                   reason: "neither end is a corpus document (a Document with `file`)"))
                } else {
                    let q = normalize(quote)
                    var found = false
                    var best: (doc: NodeSnapshot, file: String, text: String?)?
                    for doc in candidates {
                        guard let file = fileName(of: doc) else { continue }
                        let t = text(of: file)
                        if let t, t.contains(q) { found = true; break }
                        if best == nil { best = (doc, file, t) }
                    }
                    if !found, let best {
                        report.problems.append(problem(r.id, fact, key(best.doc), best.file, quote, best.text))
                    }
                }
            }

            if case .list(let sources)? = r.properties["sources"] {
                hasEvidence = true
                let quotes: [Value]
                if case .list(let q)? = r.properties["quotes"] { quotes = q } else { quotes = [] }
                if quotes.count != sources.count {
                    report.problems.append(Problem(relationship: r.id, fact: fact, document: nil, file: nil, quote: "",
                                                   closest: nil, reason: "\(sources.count) sources but \(quotes.count) quotes"))
                }
                for (i, source) in sources.enumerated() {
                    guard i < quotes.count, case .string(let quote) = quotes[i] else { continue }
                    report.checked += 1
                    guard case .string(let docKey) = source, let doc = documentsByKey[docKey] else {
                        report.problems.append(Problem(relationship: r.id, fact: fact, document: nil, file: nil, quote: quote,
                                                       closest: nil, reason: "source \(ValueText().literal(source)) is not the key of a Document"))
                        continue
                    }
                    guard let file = fileName(of: doc) else {
                        report.problems.append(Problem(relationship: r.id, fact: fact, document: docKey, file: nil, quote: quote,
                                                       closest: nil, reason: "source \(docKey) is not a corpus document (it has no `file`)"))
                        continue
                    }
                    let t = text(of: file)
                    if let t, t.contains(normalize(quote)) { continue }
                    report.problems.append(problem(r.id, fact, docKey, file, quote, t))
                }
            }
            if hasEvidence { report.relationships += 1 }
        }
        return report
    }

    private static func problem(_ id: RelationshipID, _ fact: String, _ doc: String, _ file: String,
                                _ quote: String, _ text: String?) -> Problem {
        guard let text else {
            return Problem(relationship: id, fact: fact, document: doc, file: file, quote: quote, closest: nil,
                           reason: "cannot read \(file)")
        }
        return Problem(relationship: id, fact: fact, document: doc, file: file, quote: quote,
                       closest: closestPassage(to: normalize(quote), in: text), reason: "quote not found in \(file)")
    }

    private static func fileName(of doc: NodeSnapshot) -> String? {
        if case .string(let f)? = doc.properties["file"], !f.isEmpty { return f }
        return nil
    }

    /// `s` with every run of whitespace turned into one space, trimmed.
    public static func normalize(_ s: String) -> String {
        var out = ""
        out.reserveCapacity(s.utf8.count)
        var pendingSpace = false
        for c in s {
            if c.isWhitespace {
                pendingSpace = !out.isEmpty
            } else {
                if pendingSpace { out.append(" "); pendingSpace = false }
                out.append(c)
            }
        }
        return out
    }

    /// The passage of `text` (as many words as `quote`) sharing the most words with `quote`.
    ///
    /// - Complexity: O(n) in the number of words of `text`.
    public static func closestPassage(to quote: String, in text: String) -> String {
        let quoteWords = quote.split(separator: " ").map { $0.lowercased() }
        let words = text.split(separator: " ")
        guard !quoteWords.isEmpty, !words.isEmpty else { return "" }
        let lowered = words.map { $0.lowercased() }
        let window = min(quoteWords.count, words.count)
        var wanted: [String: Int] = [:]
        for w in quoteWords { wanted[w, default: 0] += 1 }
        var have: [String: Int] = [:]
        var score = 0
        func add(_ w: String) {
            have[w, default: 0] += 1
            if let n = wanted[w], have[w, default: 0] <= n { score += 1 }
        }
        func remove(_ w: String) {
            if let n = wanted[w], have[w, default: 0] <= n { score -= 1 }
            have[w, default: 0] -= 1
        }
        for w in lowered.prefix(window) { add(w) }
        var bestScore = score, bestStart = 0
        if window < lowered.count {
            for start in 1...(lowered.count - window) {
                remove(lowered[start - 1])
                add(lowered[start + window - 1])
                if score > bestScore { bestScore = score; bestStart = start }
            }
        }
        // Drop words at either edge that the quote does not have (the window is as long as the
        // quote, so a quote with an extra word pulls in a neighbour).
        var lo = bestStart, hi = bestStart + window
        while lo < hi - 1 && wanted[lowered[lo]] == nil { lo += 1 }
        while hi > lo + 1 && wanted[lowered[hi - 1]] == nil { hi -= 1 }
        return words[lo..<hi].joined(separator: " ")
    }
}
