import Foundation
import Testing
@testable import Dossier

/// Runs the parser alone over every query of the openCypher TCK: queries that are expected to
/// succeed (or fail for non-grammatical reasons) must parse; queries that expect an error the
/// parser owns must fail with exactly that code.
@Suite struct ParserTCKTests {
    /// Error details decided by the grammar alone.
    static let parserCodes: Set<String> = [
        "UnexpectedSyntax", "IntegerOverflow", "InvalidNumberLiteral", "InvalidUnicodeLiteral",
        "InvalidUnicodeCharacter", "FloatingPointOverflow", "InvalidRelationshipPattern",
        "InvalidClauseComposition", "InvalidParameterUse", "InvalidDelete",
    ]

    struct TCKQuery {
        var file: String
        var scenario: String
        var query: String
        /// `(phase, detail)` when the scenario expects an error.
        var error: (String, String, String)?
    }

    /// `shared/tck/features` next to the repo root or one of its ancestors (for worktrees).
    static var featuresDirectory: URL {
        var dir = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
        for _ in 0..<3 {
            dir = dir.deletingLastPathComponent()
            let candidate = dir.appendingPathComponent("shared/tck/features")
            if FileManager.default.fileExists(atPath: candidate.path) { return candidate }
        }
        return dir.appendingPathComponent("shared/tck/features")
    }

    /// Queries of `When executing query:` steps, outlines expanded.
    static func loadQueries() throws -> [TCKQuery] {
        var result: [TCKQuery] = []
        let fm = FileManager.default
        guard let e = fm.enumerator(atPath: featuresDirectory.path) else { return [] }
        for case let path as String in e where path.hasSuffix(".feature") {
            let text = try String(contentsOf: featuresDirectory.appendingPathComponent(path), encoding: .utf8)
            let lines = text.components(separatedBy: "\n")
            var i = 0
            var scenario = ""
            var pending: [(String, (String, String, String)?)] = []
            var exampleHeader: [String]?
            var inExamples = false
            func flush() {
                for (q, err) in pending { result.append(TCKQuery(file: path, scenario: scenario, query: q, error: err)) }
            }
            var scenarioQueries: [(String, (String, String, String)?)] = []
            func finishScenario() {
                if exampleHeader == nil { pending = scenarioQueries; flush() }
                scenarioQueries = []
                pending = []
                exampleHeader = nil
                inExamples = false
            }
            while i < lines.count {
                let line = lines[i].trimmingCharacters(in: .whitespaces)
                if line.hasPrefix("#") {
                    // comment (some scenarios are commented out)
                } else if line.hasPrefix("Scenario") {
                    finishScenario()
                    scenario = line
                } else if line.hasPrefix("Examples:") {
                    inExamples = true
                } else if inExamples && line.hasPrefix("|") {
                    let cells = line.split(separator: "|", omittingEmptySubsequences: false).dropFirst().dropLast()
                        .map { $0.trimmingCharacters(in: .whitespaces) }
                    if exampleHeader == nil { exampleHeader = cells } else if let header = exampleHeader {
                        for (q, err) in scenarioQueries {
                            var s = q
                            for (k, v) in zip(header, cells) {
                                s = s.replacingOccurrences(of: "<\(k)>", with: v.replacingOccurrences(of: "\\|", with: "|"))
                            }
                            result.append(TCKQuery(file: path, scenario: scenario, query: s, error: err))
                        }
                    }
                } else if line.hasSuffix("executing query:") {
                    // doc string follows
                    i += 1
                    let indent = lines[i].prefix { $0 == " " || $0 == "\t" }.count
                    i += 1
                    var body: [String] = []
                    while i < lines.count && lines[i].trimmingCharacters(in: .whitespaces) != "\"\"\"" {
                        body.append(String(lines[i].dropFirst(min(indent, lines[i].prefix { $0 == " " || $0 == "\t" }.count))))
                        i += 1
                    }
                    var err: (String, String, String)?
                    var j = i + 1
                    while j < lines.count {
                        let l = lines[j].trimmingCharacters(in: .whitespaces)
                        if l.hasPrefix("Then a") || l.hasPrefix("Then an") {
                            if let r = l.range(of: " should be raised at ") {
                                let type = l[l.index(l.startIndex, offsetBy: 7)..<r.lowerBound]
                                let rest = l[r.upperBound...].split(separator: ":", maxSplits: 1)
                                err = (String(type).trimmingCharacters(in: .whitespaces),
                                       String(rest[0]), rest.count > 1 ? rest[1].trimmingCharacters(in: .whitespaces) : "")
                            }
                            break
                        }
                        if l.hasPrefix("Then") || l.hasPrefix("Scenario") { break }
                        j += 1
                    }
                    scenarioQueries.append((body.joined(separator: "\n"), err))
                }
                i += 1
            }
            finishScenario()
        }
        return result
    }

    @Test func everyTCKQueryParsesAsExpected() throws {
        let queries = try Self.loadQueries()
        #expect(queries.count > 3000, "TCK features not found at \(Self.featuresDirectory.path)")
        var failures: [String] = []
        for q in queries {
            let outcome: DossierError?
            do {
                _ = try Parser.parse(q.query, options: DatabaseOptions())
                outcome = nil
            } catch let e as DossierError {
                outcome = e
            }
            let expectsParserError = q.error.map { $0.0 == "SyntaxError" && Self.parserCodes.contains($0.2) } ?? false
            if expectsParserError {
                if outcome?.code.rawValue != q.error?.2 {
                    failures.append("\(q.file) \(q.scenario): expected \(q.error?.2 ?? "") got \(outcome.map { "\($0)" } ?? "success")\n  \(q.query)")
                }
            } else if let outcome, outcome.kind == .syntaxError || outcome.kind == .notSupported {
                failures.append("\(q.file) \(q.scenario): unexpected \(outcome) at \(outcome.location.map { "\($0)" } ?? "?")\n  \(q.query)")
            }
        }
        for f in failures.prefix(300) { print(f) }
        print("parser TCK scan: \(queries.count) queries, \(failures.count) mismatches")
        #expect(failures.isEmpty)
    }
}
