import ArgumentParser
import Dossier

// Registration point for export formats (the DOT exporter).
//
// - `ExportCommand` is the `dossier export` subcommand; add one subcommand per format
//   (`dot`, ...) to its `subcommands`.
// - `Session.export(_:reporter:lineNumber:)` handles the REPL's `:export ...` line; `args` is
//   everything after `:export` (e.g. `dot out.dot MATCH (n) RETURN n;`). `lastResult` holds the
//   last statement's result (with node and relationship snapshots); `db` is the open database.
//   Return true on success; report failures with `reportFailure(_:)`.

/// `dossier export FORMAT [PATH] ...`: writes (a subgraph of) the graph in another format.
struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Export the graph or a subgraph (Graphviz DOT).",
        subcommands: [ExportDotCommand.self])
}

/// `dossier export dot [PATH] [--command QUERY] [--all] [--around KEY --depth N] [--output FILE]`.
struct ExportDotCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "dot",
        abstract: "Write a subgraph as Graphviz DOT.")

    @OptionGroup var database: DatabaseArguments

    mutating func run() throws {
        Runner.reportUsage("export dot is not available yet", format: .table)
        throw ExitCode(ExitStatus.usage.rawValue)
    }
}

extension Session {
    /// `:export ...` in the REPL.
    func export(_ args: String, reporter: ErrorRenderer, lineNumber: Int) -> Bool {
        reportFailure(":export is not available yet", line: lineNumber, reporter: reporter)
        return false
    }
}
