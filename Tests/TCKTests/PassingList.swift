import Foundation

/// `Tests/TCKTests/passing.txt`: one scenario key per line (`#` comments and blank lines
/// ignored). Every listed scenario must still pass, so conformance only goes up.
enum PassingList {
    static func read(_ url: URL) -> [String] {
        guard let text = try? String(contentsOf: url, encoding: .utf8) else { return [] }
        return text.split(separator: "\n").map { GherkinReader.trimmed(String($0)) }
            .filter { !$0.isEmpty && !$0.hasPrefix("#") }
    }

    static func render(_ keys: [String]) -> String {
        var s = """
            # openCypher TCK scenarios that passed when this list was last updated
            # (`DOSSIER_TCK_UPDATE=1 swift test --filter TCKTests`). The TCK test fails when any of them
            # stops passing. Keys: path under features/ : line of the Scenario keyword [# Examples row].

            """
        for k in keys { s += k + "\n" }
        return s
    }

    /// Sorts keys by file, then line, then example row (so the list reads like the TCK).
    static func sorted(_ keys: [String]) -> [String] {
        func parts(_ k: String) -> (String, Int, Int) {
            let hash = k.split(separator: "#", maxSplits: 1)
            let row = hash.count > 1 ? Int(hash[1]) ?? 0 : 0
            let head = hash.first.map(String.init) ?? k
            guard let colon = head.lastIndex(of: ":") else { return (head, 0, row) }
            return (String(head[..<colon]), Int(head[head.index(after: colon)...]) ?? 0, row)
        }
        return keys.sorted { a, b in
            let x = parts(a), y = parts(b)
            return x.0 != y.0 ? x.0 < y.0 : x.1 != y.1 ? x.1 < y.1 : x.2 < y.2
        }
    }
}
