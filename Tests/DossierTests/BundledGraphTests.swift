import Foundation
import Testing
@testable import Dossier

/// The bundled graph (`graph/*.cypher`): it loads quickly, follows the schema of `graph/README.md`,
/// and every quote in it is verbatim in the seed documents (`../shared/seeds`). Each rule is a
/// Cypher query that lists the facts breaking it, so a failure names them.
@Suite struct BundledGraphTests {
    /// The repository root (holding `graph/`).
    static let repositoryRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static var graphDirectory: String { repositoryRoot.appendingPathComponent("graph").path }

    /// `shared/seeds` beside the repository root, or beside one of its ancestors (worktrees).
    static var seedsDirectory: String {
        var dir = repositoryRoot
        for _ in 0..<4 {
            let candidate = dir.deletingLastPathComponent().appendingPathComponent("shared/seeds")
            if FileManager.default.fileExists(atPath: candidate.path) { return candidate.path }
            dir = dir.deletingLastPathComponent()
        }
        return repositoryRoot.deletingLastPathComponent().appendingPathComponent("shared/seeds").path
    }

    /// The bundled graph, loaded once for the whole suite (tests only read it).
    static let shared: Database? = {
        let db = Database()
        do { try BundledGraph.load(into: db, from: graphDirectory) } catch { return nil }
        return db
    }()

    static func graph() throws -> Database {
        try #require(shared, "the bundled graph does not load; see the `loads` test")
    }

    /// Runs `query` and returns its rows rendered as text, one string per row.
    static func rows(_ query: String, in db: Database) throws -> [String] {
        let result = try db.execute(query)
        return result.rows.map { row in row.map { ValueText().literal($0) }.joined(separator: " | ") }
    }

    // MARK: - Loading

    @Test func loads() throws {
        let db = Database()
        let clock = ContinuousClock()
        let start = clock.now
        let files = try BundledGraph.load(into: db, from: Self.graphDirectory)
        let elapsed = clock.now - start
        #expect(files.count >= 10)
        #expect(db.nodeCount > 200)
        #expect(db.relationshipCount > 800)
        // Loose bound for debug builds on a busy machine; a release build loads it in a few tens
        // of milliseconds (see graph/README.md).
        #expect(elapsed < .seconds(5), "loading took \(elapsed)")
    }

    // MARK: - Nodes

    @Test func everyNodeHasAUniqueKeyAndAName() throws {
        let db = try Self.graph()
        let missing = try Self.rows("""
            MATCH (n)
            WHERE n.key IS NULL OR n.name IS NULL OR NOT (n.key =~ '[a-z0-9]+(-[a-z0-9]+)*') OR trim(n.name) = ''
            RETURN labels(n), n.key, n.name
            """, in: db)
        #expect(missing.isEmpty, "nodes without a slug key or a name: \(missing)")
        let duplicates = try Self.rows("""
            MATCH (n) WITH n.key AS key, count(*) AS c WHERE c > 1 RETURN key, c ORDER BY key
            """, in: db)
        #expect(duplicates.isEmpty, "duplicate keys: \(duplicates)")
        let unlabelled = try Self.rows("MATCH (n) WHERE size(labels(n)) <> 1 RETURN n.key, labels(n)", in: db)
        #expect(unlabelled.isEmpty, "nodes must have exactly one label: \(unlabelled)")
    }

    @Test func datesAreISOPrefixes() throws {
        let db = try Self.graph()
        let bad = try Self.rows("""
            MATCH (n)
            UNWIND [n.date, n.start, n.end] AS d
            WITH n, d WHERE d IS NOT NULL AND NOT (d =~ '[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?')
            RETURN n.key, d
            """, in: db)
        #expect(bad.isEmpty, "dates that are not ISO 8601 prefixes: \(bad)")
    }

    @Test func corpusDocumentsNameTheirFiles() throws {
        let db = try Self.graph()
        let docs = try db.execute("MATCH (d:Document) WHERE d.file IS NOT NULL RETURN d.key, d.file, d.part ORDER BY d.key")
        #expect(docs.rows.count == 9)
        for row in docs.rows {
            guard case .string(let file) = row[1] else { Issue.record("file of \(row[0]) is not a string"); continue }
            #expect(FileManager.default.fileExists(atPath: Self.seedsDirectory + "/" + file), "\(row[0]): no seed file \(file)")
        }
        let kinds = try Self.rows("MATCH (d:Document) WHERE d.kind IS NULL RETURN d.key", in: db)
        #expect(kinds.isEmpty, "documents without kind: \(kinds)")
    }

    @Test func statementsFollowTheSchema() throws {
        let db = try Self.graph()
        let badStance = try Self.rows("""
            MATCH (s:Statement)
            WHERE NOT s.stance IN ['assertion', 'denial', 'accusation', 'condemnation', 'demand', 'warning', 'testimony']
               OR s.text IS NULL OR s.text_from IS NULL
            RETURN s.key, s.stance
            """, in: db)
        #expect(badStance.isEmpty, "statements without text, text_from or a known stance: \(badStance)")
        let unreported = try Self.rows("""
            MATCH (s:Statement) WHERE NOT (s)-[:REPORTED_IN]->(:Document) RETURN s.key
            """, in: db)
        #expect(unreported.isEmpty, "statements reported nowhere: \(unreported)")
        let textFrom = try Self.rows("""
            MATCH (s:Statement)
            OPTIONAL MATCH (s)-[:REPORTED_IN]->(d:Document {key: s.text_from})
            WITH s, count(d) AS n WHERE n <> 1
            RETURN s.key, s.text_from
            """, in: db)
        #expect(textFrom.isEmpty, "text_from is not one of the statement's documents: \(textFrom)")
        let figures = try Self.rows("""
            MATCH (s:Statement)
            WHERE (s.figure_min IS NOT NULL OR s.figure_max IS NOT NULL OR s.qualifier IS NOT NULL OR s.figure_text IS NOT NULL)
              AND (s.topic IS NULL OR s.figure_text IS NULL
                   OR ((s.figure_min IS NULL) <> (s.figure_max IS NULL))
                   OR ((s.figure_min IS NULL) <> (s.qualifier IS NULL))
                   OR s.figure_min > s.figure_max
                   OR NOT coalesce(s.qualifier, 'about') IN ['about', 'at least', 'up to', 'more than', 'exactly', 'between'])
            RETURN s.key
            """, in: db)
        #expect(figures.isEmpty, "figure statements breaking the figure rules: \(figures)")
        let events = try Self.rows("""
            MATCH (s:Statement)-[:ABOUT]->(e:Event) WHERE s.topic IS NOT NULL
            WITH s, count(e) AS n WHERE n > 1 RETURN s.key, n
            """, in: db)
        #expect(events.isEmpty, "figure statements about more than one event: \(events)")
    }

    // MARK: - Relationships and evidence

    @Test func relationshipsConnectTheRightLabels() throws {
        let db = try Self.graph()
        let wrong = try Self.rows("""
            MATCH (a)-[r]->(b)
            WITH a, b, type(r) AS t, labels(a)[0] AS from, labels(b)[0] AS to
            WHERE NOT (
                 (t = 'SAID' AND from IN ['Person', 'Organization'] AND to = 'Statement')
              OR (t = 'REPORTED_IN' AND from = 'Statement' AND to = 'Document' AND b.file IS NOT NULL)
              OR (t = 'MADE_IN' AND from = 'Statement' AND to = 'Document' AND b.file IS NULL)
              OR (t = 'MADE_TO' AND from = 'Statement' AND to = 'Organization')
              OR (t = 'ABOUT' AND from = 'Statement')
              OR (t IN ['DENIES', 'SUPPORTS', 'CONTRADICTS'] AND from = 'Statement' AND to IN ['Statement', 'Event', 'Document'])
              OR (t = 'CITES' AND from = 'Document' AND a.file IS NOT NULL AND to = 'Document')
              OR (t = 'MENTIONS' AND from = 'Document' AND a.file IS NOT NULL AND to IN ['Person', 'Organization', 'Place', 'Event'])
              OR (t = 'PUBLISHED_BY' AND from = 'Document' AND to = 'Organization')
              OR (t = 'AUTHORED_BY' AND from = 'Document' AND to = 'Person')
              OR (t = 'TRANSLATION_OF' AND from = 'Document' AND to = 'Document')
              OR (t = 'MEMBER_OF' AND from = 'Person' AND to = 'Organization')
              OR (t = 'LEADS' AND from = 'Person' AND to IN ['Organization', 'Place'])
              OR (t IN ['WORKS_FOR', 'CONTACT_WITH'] AND from = 'Person' AND to IN ['Person', 'Organization'])
              OR (t = 'LOCATED_IN' AND from IN ['Organization', 'Place', 'Event'] AND to = 'Place')
              OR (t = 'PARTICIPATED_IN' AND from IN ['Person', 'Organization'] AND to = 'Event'))
            RETURN a.key, t, b.key
            """, in: db)
        #expect(wrong.isEmpty, "relationships outside the schema: \(wrong)")
    }

    @Test func quotedRelationshipsHaveAShortQuote() throws {
        let db = try Self.graph()
        let bad = try Self.rows("""
            MATCH (a)-[r:REPORTED_IN|CITES|MENTIONS]->(b)
            WHERE r.quote IS NULL OR size(trim(r.quote)) = 0 OR size(r.quote) > 300
            RETURN a.key, type(r), b.key, size(r.quote)
            """, in: db)
        #expect(bad.isEmpty, "REPORTED_IN / CITES / MENTIONS without a quote of 1–300 characters: \(bad)")
        let count = try db.execute("MATCH ()-[r:REPORTED_IN|CITES|MENTIONS]->() RETURN count(r) AS n")
        #expect(count[0, "n"].map { $0 != .int(0) } == true)
    }

    @Test func sourcedRelationshipsHaveSourcesAndQuotesOfEqualLength() throws {
        let db = try Self.graph()
        let bad = try Self.rows("""
            MATCH (a)-[r:MEMBER_OF|LEADS|LOCATED_IN|PARTICIPATED_IN|PUBLISHED_BY|AUTHORED_BY|TRANSLATION_OF|WORKS_FOR|CONTACT_WITH]->(b)
            WHERE r.sources IS NULL OR r.quotes IS NULL OR size(r.sources) = 0 OR size(r.sources) <> size(r.quotes)
               OR any(q IN r.quotes WHERE q IS NULL OR size(q) > 300 OR size(trim(q)) = 0)
            RETURN a.key, type(r), b.key
            """, in: db)
        #expect(bad.isEmpty, "relationships without equal, non-empty sources and quotes (each ≤ 300 characters): \(bad)")
        let notCorpus = try Self.rows("""
            MATCH ()-[r]->() WHERE r.sources IS NOT NULL
            UNWIND r.sources AS source
            OPTIONAL MATCH (d:Document {key: source}) WHERE d.file IS NOT NULL
            WITH source, d WHERE d IS NULL
            RETURN DISTINCT source
            """, in: db)
        #expect(notCorpus.isEmpty, "sources that are not corpus documents: \(notCorpus)")
    }

    // MARK: - Quotes against the documents

    /// `dossier verify` through the library: every quote is in its document.
    @Test func everyQuoteIsInItsDocument() throws {
        let db = try Self.graph()
        let report = QuoteVerifier.verify(db, documentsDirectory: Self.seedsDirectory)
        #expect(report.checked > 500)
        for p in report.problems {
            Issue.record("\(p.fact): \(p.reason)\n  quote:   \(p.quote)\n  closest: \(p.closest ?? "-")")
        }
    }

    /// A wrong quote is reported with the passage of the document closest to it.
    @Test func aWrongQuoteIsReported() throws {
        let db = Database()
        try BundledGraph.load(into: db, from: Self.graphDirectory)
        let changed = try db.execute("""
            MATCH (:Statement {key: 'st-karimov-no-one-detained'})-[r:REPORTED_IN]->(:Document {key: 'doc-001'})
            SET r.quote = 'No one was ever arrested in Chechnya on suspicion of homosexuality, he claimed.'
            """)
        #expect(changed.statistics.propertiesSet == 1)
        let report = QuoteVerifier.verify(db, documentsDirectory: Self.seedsDirectory)
        #expect(report.problems.count == 1)
        let p = try #require(report.problems.first)
        #expect(p.fact == "(st-karimov-no-one-detained)-[:REPORTED_IN]->(doc-001)")
        #expect(p.document == "doc-001")
        #expect(p.file == "001_cf8a6214c5af7a94.txt")
        #expect(p.closest?.contains("No one was arrested in Chechnya on suspicion of homosexuality") == true, "\(p.closest ?? "nil")")
    }

    /// `Statement.text` is verbatim in the document named by `text_from`.
    @Test func statementTextIsVerbatim() throws {
        let db = try Self.graph()
        let result = try db.execute("""
            MATCH (s:Statement), (d:Document {key: s.text_from}) RETURN s.key, s.text, d.key, d.file, d.part ORDER BY s.key
            """)
        let statements = try db.execute("MATCH (s:Statement) RETURN count(s) AS n")
        #expect(statements[0, "n"] == .int(Int64(result.rows.count)))
        for row in result.rows {
            guard case .string(let key) = row[0], case .string(let text) = row[1], case .string(let doc) = row[2] else {
                Issue.record("statement without text: \(row)"); continue
            }
            guard let passage = Self.text(ofDocument: doc, file: row[3], part: row[4]) else {
                Issue.record("\(key): cannot read the text of \(doc)"); continue
            }
            let t = QuoteVerifier.normalize(text)
            if !passage.contains(t) {
                Issue.record("\(key): text not in \(doc)\n  text:    \(text)\n  closest: \(QuoteVerifier.closestPassage(to: t, in: passage))")
            }
        }
    }

    /// In the file holding several articles, every quote comes from the article its Document
    /// stands for (`dossier verify` only checks the file).
    @Test func quotesComeFromTheirPart() throws {
        let db = try Self.graph()
        var checked = 0
        let direct = try db.execute("""
            MATCH (a)-[r:REPORTED_IN|CITES|MENTIONS]->(b)
            WITH r, CASE WHEN type(r) = 'REPORTED_IN' THEN b ELSE a END AS d
            WHERE d.part IS NOT NULL
            RETURN d.key, d.file, d.part, r.quote, type(r)
            """)
        for row in direct.rows {
            guard case .string(let doc) = row[0], case .string(let quote) = row[3] else { continue }
            checked += 1
            if let text = Self.text(ofDocument: doc, file: row[1], part: row[2]), !text.contains(QuoteVerifier.normalize(quote)) {
                Issue.record("\(row[4]) quote not in part \(row[2]) (\(doc)): \(quote)")
            }
        }
        let sourced = try db.execute("""
            MATCH ()-[r]->() WHERE r.sources IS NOT NULL
            UNWIND range(0, size(r.sources) - 1) AS i
            MATCH (d:Document {key: r.sources[i]}) WHERE d.part IS NOT NULL
            RETURN d.key, d.file, d.part, r.quotes[i], type(r)
            """)
        for row in sourced.rows {
            guard case .string(let doc) = row[0], case .string(let quote) = row[3] else { continue }
            checked += 1
            if let text = Self.text(ofDocument: doc, file: row[1], part: row[2]), !text.contains(QuoteVerifier.normalize(quote)) {
                Issue.record("\(row[4]) quote not in part \(row[2]) (\(doc)): \(quote)")
            }
        }
        #expect(checked > 100)
    }

    /// The normalized text of a corpus document: the whole file, or for a part of a file the
    /// text from its title to the next part's title.
    static func text(ofDocument key: String, file: Value, part: Value) -> String? {
        guard case .string(let file) = file,
              let data = FileManager.default.contents(atPath: seedsDirectory + "/" + file) else { return nil }
        let whole = QuoteVerifier.normalize(String(decoding: data, as: UTF8.self))
        guard case .int(let part) = part else { return whole }
        guard let db = shared,
              let titles = try? db.execute("MATCH (d:Document {file: $file}) RETURN d.part, d.title ORDER BY d.part",
                                           parameters: ["file": .string(file)]) else { return nil }
        var starts: [(part: Int64, index: String.Index)] = []
        var from = whole.startIndex
        for row in titles.rows {
            guard case .int(let p) = row[0], case .string(let title) = row[1],
                  let range = whole.range(of: QuoteVerifier.normalize(title), range: from..<whole.endIndex) else { return nil }
            starts.append((p, range.lowerBound))
            from = range.upperBound
        }
        guard let i = starts.firstIndex(where: { $0.part == part }) else { return nil }
        let end = i + 1 < starts.count ? starts[i + 1].index : whole.endIndex
        return String(whole[starts[i].index..<end])
    }
}
