import Foundation
import Testing

/// Checks the runner against the real TCK files: the counts the README gives, every step text
/// recognised, every expected cell and parameter parseable.
@Suite struct TCKCorpusTests {
    func load() throws -> [TCKScenario]? {
        switch TCKLocation.tckRoot() {
        case .success(let root): return try TCKLoader.scenarios(in: root)
        case .failure(let missing):
            Issue.record("\(missing)")
            return nil
        }
    }

    @Test func countsMatchTheReadme() throws {
        guard let scenarios = try load() else { return }
        #expect(scenarios.count == 3897)
        #expect(scenarios.filter { TCKReport.targetFolders.contains($0.folder) }.count == 2135)
        #expect(scenarios.filter(\.isIgnored).map(\.file) == ["expressions/graph/Graph5.feature"])
        #expect(Set(scenarios.map(\.key)).count == scenarios.count, "keys are unique")
        let errors = scenarios.filter { $0.steps.contains { $0.text.contains(" should be raised at ") } }
        #expect(errors.count == 695)
        #expect(scenarios.filter { $0.file == "clauses/match/Match5.feature" }.allSatisfy { $0.steps.count > 3 && $0.steps[1].text == "having executed:" })
    }

    @Test func everyStepIsRecognisedAndEveryCellParses() throws {
        guard let scenarios = try load() else { return }
        var unknown: [String] = []
        var unparsable: [String] = []
        for sc in scenarios {
            for step in sc.steps {
                if !StepText.isKnown(step.text) {
                    unknown.append("\(sc.key): \(step.text)")
                }
                let cells: [String]
                if step.text.hasPrefix("the result should be") {
                    cells = (step.table ?? []).dropFirst().flatMap { $0 }
                } else if step.text == "parameters are:" {
                    cells = (step.table ?? []).compactMap { $0.count == 2 ? $0[1] : nil }
                } else {
                    continue
                }
                for cell in cells {
                    do { _ = try TCKValueParser.parse(cell) } catch { unparsable.append("\(sc.key): \(error)") }
                }
            }
            if sc.steps.filter({ $0.text == "executing query:" }).count != 1 { unknown.append("\(sc.key): not one query") }
        }
        #expect(unknown.isEmpty, "\(unknown.prefix(20))")
        #expect(unparsable.isEmpty, "\(unparsable.prefix(20))")
    }
}
