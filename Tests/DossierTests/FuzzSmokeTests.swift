import Dossier
@testable import DossierFuzz
import Foundation
import Testing

/// A bounded, deterministic run of the fuzzer's generators through the library: every input
/// must give a result or a `DossierError` with a message (and a location when the error is
/// raised at compile time). The long runs are `Benchmarks/fuzz.sh`.
@Suite struct FuzzSmokeTests {
    static let seed: UInt64 = 20_240_601

    static var repositoryRoot: String {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().path
    }

    /// Runs `queries` against fresh small graphs (a new one every 25 queries) and collects the
    /// invariant violations.
    static func check(_ queries: [String], random: inout FuzzRandom) -> [String] {
        var problems: [String] = []
        var db = QueryHarness.freshDatabase()
        for (i, query) in queries.enumerated() {
            if i % 25 == 0 { db = QueryHarness.freshDatabase() }
            do {
                let result = try db.execute(query, parameters: QueryHarness.parameters(&random))
                if i % 10 == 0 { _ = QueryHarness.renderEverywhere(result, database: db, random: &random) }
            } catch {
                if let v = QueryHarness.violation(of: error) {
                    problems.append("\(v): \(error) — for: \(query.prefix(300))")
                }
            }
        }
        return problems
    }

    @Test func generatedQueries() {
        var generator = QueryGenerator(seed: Self.seed)
        generator.maxStressSize = 300
        let queries = (0..<3_000).map { _ in generator.statement() }
        var random = FuzzRandom(seed: Self.seed)
        let problems = Self.check(queries, random: &random)
        #expect(problems.isEmpty, "\(problems.count) problems, first: \(problems.first ?? "")")
    }

    @Test func mutatedCorpusQueries() {
        let corpus = QueryCorpus(repositoryRoot: Self.repositoryRoot)
        #expect(corpus.queries.count > 100)
        guard !corpus.queries.isEmpty else { return }
        var mutator = QueryMutator(seed: Self.seed)
        var random = FuzzRandom(seed: Self.seed + 1)
        let queries = (0..<3_000).map { _ in
            mutator.mutate(random.pick(corpus.queries), other: random.pick(corpus.queries))
        }
        let problems = Self.check(queries, random: &random)
        #expect(problems.isEmpty, "\(problems.count) problems, first: \(problems.first ?? "")")
    }

    @Test func builtinFunctionsWithRandomArguments() {
        var functions = FunctionFuzzer(seed: Self.seed)
        var problems: [String] = []
        for _ in 0..<2_000 {
            let (f, args) = functions.nextInput()
            let outcome = functions.run(f, args)
            if outcome.hasPrefix("VIOLATION") { problems.append(outcome) }
        }
        #expect(problems.isEmpty, "\(problems.count) problems, first: \(problems.first ?? "")")
    }

    @Test func scriptsRenderersAndCSV() throws {
        let scratch = NSTemporaryDirectory() + "/dossier-fuzz-smoke-\(getpid())"
        try FileManager.default.createDirectory(atPath: scratch, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: scratch) }
        var formats = FormatFuzzer(seed: Self.seed, scratch: scratch)
        var generator = QueryGenerator(seed: Self.seed + 2)
        generator.maxStressSize = 300
        var outcomes: [String] = []
        for i in 0..<300 {
            outcomes.append(formats.runScriptText(generator.statement() + ";\n" + generator.statement()))
            outcomes.append(formats.runRenderers())
            if i % 3 == 0 { outcomes.append(formats.runCSV(formats.csvBytes())) }
            if i % 6 == 0 { outcomes.append(formats.runDot(strings: formats.dotStrings(), renderWithGraphviz: false)) }
        }
        let problems = outcomes.filter { $0.contains("VIOLATION") }
        #expect(problems.isEmpty, "\(problems.count) problems, first: \(problems.first ?? "")")
    }
}
