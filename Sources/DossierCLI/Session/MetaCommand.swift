/// A REPL meta-command (`:help`, `:schema`, ...): its name, usage, and help text.
/// The handlers live in `Session+MetaCommands.swift`.
struct MetaCommand: Sendable {
    let name: String
    let usage: String
    let summary: String
    let details: String

    /// Every meta-command, in the order `:help` lists them.
    static let all: [MetaCommand] = [
        MetaCommand(name: "help", usage: ":help [TOPIC]", summary: "show this help, or help on one command",
                    details: "`:help schema` explains :schema; `:help formats` the output formats; `:help keys` the keyboard."),
        MetaCommand(name: "quit", usage: ":quit", summary: "leave (also Ctrl-D on an empty line)",
                    details: "An open transaction is rolled back."),
        MetaCommand(name: "schema", usage: ":schema", summary: "labels, relationship types and property keys, with counts",
                    details: "Lists every label, relationship type and property key in use and how often it occurs."),
        MetaCommand(name: "find", usage: ":find TEXT", summary: "find nodes whose name, aliases or text contain TEXT",
                    details: "Case and accents are ignored: `:find kotchetkov` finds Igor Kochetkov. Shows each node's key."),
        MetaCommand(name: "evidence", usage: ":evidence", summary: "documents and quotes behind the last result",
                    details: "For every Statement and relationship in the last result, lists the documents that report it and the verbatim quotes."),
        MetaCommand(name: "source", usage: ":source FILE", summary: "run a query file",
                    details: "Runs every statement of FILE (`;`-separated, with // and /* */ comments) and meta-commands on their own lines."),
        MetaCommand(name: "param", usage: ":param NAME VALUE", summary: "set $NAME to a Cypher literal; :param clear removes all",
                    details: "Examples: `:param name 'Kadyrov'`, `:param n 3`, `:param ids [1, 2]`, `:param 1 0` (for $1). `:param NAME` shows one; `:param clear` removes all."),
        MetaCommand(name: "params", usage: ":params", summary: "list the parameters",
                    details: "Lists every parameter set with :param or --param, as Cypher literals."),
        MetaCommand(name: "format", usage: ":format FORMAT", summary: "table, csv, tsv, json, jsonl or markdown",
                    details: "table is for people; csv, tsv, json, jsonl and markdown carry only result data on the output."),
        MetaCommand(name: "timing", usage: ":timing on|off", summary: "show how long each statement took", details: ""),
        MetaCommand(name: "output", usage: ":output [FILE]", summary: "send results to FILE; without FILE, back to the terminal",
                    details: "The file is created or truncated. Errors still go to the terminal."),
        MetaCommand(name: "maxrows", usage: ":maxrows N", summary: "show at most N rows in table and markdown (0: all)", details: ""),
        MetaCommand(name: "maxwidth", usage: ":maxwidth N", summary: "cut table cells wider than N columns (0: never)", details: ""),
        MetaCommand(name: "stats", usage: ":stats", summary: "graph size and memory use", details: ""),
        MetaCommand(name: "begin", usage: ":begin", summary: "start a transaction",
                    details: "Statements until :commit are kept together: :commit makes them durable as one, :rollback discards them all."),
        MetaCommand(name: "commit", usage: ":commit", summary: "commit the open transaction", details: ""),
        MetaCommand(name: "rollback", usage: ":rollback", summary: "discard the open transaction", details: ""),
        MetaCommand(name: "checkpoint", usage: ":checkpoint", summary: "write a snapshot and start a new log (persistent databases)", details: ""),
        MetaCommand(name: "export", usage: ":export dot FILE [QUERY;]", summary: "write a subgraph as Graphviz DOT",
                    details: "`:export dot FILE` writes the subgraph of the last result; `:export dot FILE QUERY;` that of QUERY; `--all` the whole graph; `--around KEY --depth N` a neighbourhood; `:export svg|png FILE` renders through Graphviz."),
    ]

    /// Aliases accepted for some commands.
    static let aliases: [String: String] = ["exit": "quit", "q": "quit", "h": "help", "?": "help"]

    /// The command called `name` (or one of its aliases).
    static func named(_ name: String) -> MetaCommand? {
        let key = aliases[name] ?? name
        return all.first { $0.name == key }
    }

    /// The command whose name is closest to `name` (edit distance at most 3), for "did you mean".
    static func closest(to name: String) -> MetaCommand? {
        let lower = name.lowercased()
        if !lower.isEmpty, let prefixed = all.first(where: { $0.name.hasPrefix(lower) }) { return prefixed }
        var best: MetaCommand?
        var bestDistance = 4
        for c in all {
            let d = EditDistance.between(lower, c.name)
            if d < bestDistance { best = c; bestDistance = d }
        }
        return best
    }
}

/// Levenshtein distance, for suggestions.
enum EditDistance {
    static func between(_ a: String, _ b: String) -> Int {
        let x = Array(a.unicodeScalars), y = Array(b.unicodeScalars)
        if x.isEmpty { return y.count }
        if y.isEmpty { return x.count }
        var previous = Array(0...y.count)
        var current = [Int](repeating: 0, count: y.count + 1)
        for i in 1...x.count {
            current[0] = i
            for j in 1...y.count {
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (x[i - 1] == y[j - 1] ? 0 : 1))
            }
            swap(&previous, &current)
        }
        return previous[y.count]
    }
}
