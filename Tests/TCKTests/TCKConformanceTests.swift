import Foundation
import Testing

/// Runs every openCypher TCK scenario, prints a summary per folder, writes `docs/tck.md` and
/// `docs/tck-failures.md`, and fails when a scenario listed in `passing.txt` no longer passes.
///
/// Environment: `DOSSIER_TCK_UPDATE=1` rewrites `passing.txt`; `DOSSIER_TCK_FILTER=text` runs only
/// scenarios whose key contains `text` (docs untouched); `DOSSIER_TCK_TIMEOUT=s` sets the
/// per-scenario time limit (default 10); `DOSSIER_TCK_DIR` points at the TCK folder.
@Suite struct TCKConformanceTests {
    @Test func openCypherTCK() throws {
        let env = ProcessInfo.processInfo.environment
        let tckRoot: URL
        switch TCKLocation.tckRoot() {
        case .success(let url): tckRoot = url
        case .failure(let missing):
            Issue.record("\(missing)")
            return
        }
        var scenarios = try TCKLoader.scenarios(in: tckRoot)
        let filter = env["DOSSIER_TCK_FILTER"].flatMap { $0.isEmpty ? nil : $0 }
        if let filter { scenarios = scenarios.filter { $0.key.contains(filter) } }
        let timeLimit = env["DOSSIER_TCK_TIMEOUT"].flatMap(Double.init) ?? 10

        let started = Date()
        var results: [(scenario: TCKScenario, outcome: ScenarioOutcome)] = []
        results.reserveCapacity(scenarios.count)
        for scenario in scenarios {
            results.append((scenario, ScenarioRunner.run(scenario, tckRoot: tckRoot, timeLimit: timeLimit)))
        }
        let elapsed = Date().timeIntervalSince(started)

        let source = (try? String(contentsOf: tckRoot.appendingPathComponent("SOURCE.txt"), encoding: .utf8))
            .flatMap { text in text.split(separator: "\n").first { $0.hasPrefix("Commit:") } }
            .map { "openCypher commit " + $0.dropFirst("Commit:".count).trimmingCharacters(in: .whitespaces).prefix(12) }
            ?? "openCypher commit unknown"
        let report = TCKReport(results: results, tckSource: source)
        print("openCypher TCK: \(scenarios.count) scenarios in \(String(format: "%.1f", elapsed)) s\(filter.map { " (filter: \($0))" } ?? "")")
        print(report.summary)

        try? FileManager.default.createDirectory(at: TCKLocation.resultsFile.deletingLastPathComponent(),
                                                 withIntermediateDirectories: true)
        try? report.resultLines.write(to: TCKLocation.resultsFile, atomically: true, encoding: .utf8)
        if filter == nil {
            try FileManager.default.createDirectory(at: TCKLocation.docs, withIntermediateDirectories: true)
            try report.markdown.write(to: TCKLocation.docs.appendingPathComponent("tck.md"), atomically: true, encoding: .utf8)
            try report.failuresMarkdown.write(to: TCKLocation.docs.appendingPathComponent("tck-failures.md"),
                                              atomically: true, encoding: .utf8)
        }

        // The gate.
        let outcomes = Dictionary(results.map { ($0.scenario.key, $0) }, uniquingKeysWith: { a, _ in a })
        let listed = PassingList.read(TCKLocation.passingList)
        let listedSet = Set(listed)
        var regressions: [String] = []
        for key in listed {
            guard let (sc, outcome) = outcomes[key].map({ ($0.scenario, $0.outcome) }) else {
                if filter == nil { regressions.append("\(key): no such scenario in the TCK") }
                continue
            }
            switch outcome {
            case .passed: break
            case let .failed(cause, detail): regressions.append("\(key) \(sc.name): \(cause)\n    \(detail.prefix(600))")
            case let .notSupported(m): regressions.append("\(key) \(sc.name): not supported: \(m)")
            case .ignored: regressions.append("\(key) \(sc.name): now @ignore")
            }
        }
        let passing = results.filter { $0.outcome.isPassed }.map(\.scenario.key)
        let newlyPassing = passing.filter { !listedSet.contains($0) }

        if env["DOSSIER_TCK_UPDATE"] == "1" {
            if filter != nil {
                Issue.record("DOSSIER_TCK_UPDATE=1 needs the whole TCK: unset DOSSIER_TCK_FILTER")
                return
            }
            if !regressions.isEmpty {
                print("passing.txt: removing \(regressions.count) scenario(s) that no longer pass:\n" + regressions.joined(separator: "\n"))
            }
            print("passing.txt: \(passing.count) scenarios (\(newlyPassing.count) added, \(regressions.count) removed)")
            try PassingList.render(PassingList.sorted(passing)).write(to: TCKLocation.passingList, atomically: true, encoding: .utf8)
            return
        }
        if !newlyPassing.isEmpty {
            print("\(newlyPassing.count) scenario(s) pass but are not in passing.txt; record them with DOSSIER_TCK_UPDATE=1")
        }
        #expect(regressions.isEmpty, """
            \(regressions.count) scenario(s) listed in Tests/TCKTests/passing.txt no longer pass:
            \(regressions.joined(separator: "\n"))
            """)
    }
}
