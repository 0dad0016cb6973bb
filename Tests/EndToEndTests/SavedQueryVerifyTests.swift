import Foundation
import Testing

/// `dossier verify` on the bundled graph: every quote is verbatim in the seed documents (exit
/// status 0), and a graph with one altered quote is reported with its closest passage (status 1).
@Suite struct BundledGraphVerifyTests {
    /// `shared/seeds` beside the repository root, or beside one of its ancestors (worktrees).
    static var seeds: String {
        var dir = Dossier.repositoryRoot
        for _ in 0..<4 {
            let candidate = dir.deletingLastPathComponent().appendingPathComponent("shared/seeds")
            if FileManager.default.fileExists(atPath: candidate.path) { return candidate.path }
            dir = dir.deletingLastPathComponent()
        }
        return Dossier.repositoryRoot.deletingLastPathComponent().appendingPathComponent("shared/seeds").path
    }

    static let graph = Dossier.repositoryRoot.appendingPathComponent("graph")

    /// Whether `dossier verify ...` reaches the subcommand. (On main it does not yet: the optional
    /// PATH argument of `dossier` takes the word `verify`, see the CLI's `DossierCommand.validate`.)
    static let subcommandReachable: Bool = {
        let r = try? Dossier.run(["verify", "--help"])
        return r?.stdout.contains("--documents") == true
    }()

    /// Runs `body`; while the subcommand cannot be reached, its failures are a known issue.
    static func checkVerify(_ body: () -> Void) {
        if subcommandReachable { body(); return }
        withKnownIssue("`dossier verify` is shadowed by the PATH argument of `dossier` (CLI bug)") { body() }
    }

    @Test func bundledGraphPasses() throws {
        let r = try Dossier.run(["verify", "--documents", Self.seeds], environment: ["DOSSIER_GRAPH": Self.graph.path])
        Self.checkVerify {
            #expect(r.status == 0, "\(r)")
            #expect(r.stdout.hasSuffix(": all found.\n"), "\(r)")
            #expect(!r.stdout.contains("not found"), "\(r)")
        }
    }

    /// A copy of the graph with one quote changed by one word.
    @Test func alteredQuoteIsReported() throws {
        let dir = Dossier.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let fm = FileManager.default
        for name in try fm.contentsOfDirectory(atPath: Self.graph.path) where name.hasSuffix(".cypher") {
            var text = String(decoding: fm.contents(atPath: Self.graph.appendingPathComponent(name).path) ?? Data(), as: UTF8.self)
            if name.hasPrefix("50-") {
                let original = "'No one was arrested in Chechnya on suspicion of homosexuality, he claimed.'}]->(b);"
                #expect(text.contains(original))
                text = text.replacingOccurrences(
                    of: original, with: "'No one was ever arrested in Chechnya on suspicion of homosexuality, he claimed.'}]->(b);")
            }
            try Data(text.utf8).write(to: dir.appendingPathComponent(name))
        }
        let r = try Dossier.run(["verify", "--documents", Self.seeds], environment: ["DOSSIER_GRAPH": dir.path])
        Self.checkVerify {
            #expect(r.status == 1, "\(r)")
            #expect(r.stdout.contains("(st-karimov-no-one-detained)-[:REPORTED_IN]->(doc-001)"), "\(r)")
            #expect(r.stdout.contains("No one was ever arrested"), "\(r)")
            #expect(r.stdout.contains("closest: \"No one was arrested in Chechnya on suspicion of homosexuality"), "\(r)")
            #expect(r.stdout.contains("1 not confirmed"), "\(r)")
        }
    }
}
