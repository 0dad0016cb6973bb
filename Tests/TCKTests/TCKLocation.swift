import Foundation

/// Where the runner finds the TCK and where it writes its reports. The TCK is never copied into
/// the repo: it is read from `shared/tck` next to the repo root (or next to one of its
/// ancestors, for git worktrees), or from `$DOSSIER_TCK_DIR`.
enum TCKLocation {
    /// The repo root: three levels up from `Tests/TCKTests/<file>.swift`.
    static let repoRoot: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// Folders that may hold the TCK, in the order they are tried.
    static var candidates: [URL] {
        var out: [URL] = []
        if let env = ProcessInfo.processInfo.environment["DOSSIER_TCK_DIR"], !env.isEmpty {
            out.append(URL(fileURLWithPath: env))
        }
        var dir = repoRoot
        for _ in 0..<3 {
            dir = dir.deletingLastPathComponent()
            out.append(dir.appendingPathComponent("shared/tck"))
            if dir.path == "/" { break }
        }
        return out
    }

    /// The first candidate that has a `features` folder, or a message saying where it looked.
    static func tckRoot() -> Result<URL, TCKMissing> {
        for c in candidates {
            var isDir: ObjCBool = false
            if FileManager.default.fileExists(atPath: c.appendingPathComponent("features").path, isDirectory: &isDir),
               isDir.boolValue {
                return .success(c.standardizedFileURL)
            }
        }
        return .failure(TCKMissing(looked: candidates.map(\.standardizedFileURL.path)))
    }

    /// `Tests/TCKTests/passing.txt`: the scenarios that must keep passing.
    static var passingList: URL { repoRoot.appendingPathComponent("Tests/TCKTests/passing.txt") }
    static var docs: URL { repoRoot.appendingPathComponent("docs") }
    /// Per-scenario outcomes of the last run (git-ignored, for diffing runs).
    static var resultsFile: URL { repoRoot.appendingPathComponent(".build/tck-results.txt") }
}

/// The TCK folder was not found.
struct TCKMissing: Error, CustomStringConvertible {
    var looked: [String]
    var description: String {
        "openCypher TCK not found: looked for a `features` folder in " + looked.joined(separator: ", ")
            + " (set DOSSIER_TCK_DIR to override)"
    }
}

/// Loads every feature file under `features/`, sorted by path.
enum TCKLoader {
    static func scenarios(in tckRoot: URL) throws -> [TCKScenario] {
        let features = tckRoot.appendingPathComponent("features")
        guard let walker = FileManager.default.enumerator(atPath: features.path) else {
            throw TCKMissing(looked: [features.path])
        }
        var files: [String] = []
        while let item = walker.nextObject() as? String {
            if item.hasSuffix(".feature") { files.append(item) }
        }
        var out: [TCKScenario] = []
        for file in files.sorted() {
            let text = try String(contentsOf: features.appendingPathComponent(file), encoding: .utf8)
            out += try GherkinReader.scenarios(in: text, file: file)
        }
        return out
    }
}
