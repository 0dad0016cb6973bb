import ArgumentParser
import Dossier
import Foundation

extension OutputFormat: ExpressibleByArgument {}

/// `dossier [PATH] [--command Q] [--file F...] [--param name=value ...] [--format F]
/// [--continue-on-error] [--read-only]`: the REPL, or one-shot runs of queries and files.
struct DossierCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "dossier",
        abstract: "An embedded property-graph database with an openCypher REPL.",
        discussion: """
        Without PATH, dossier works on an in-memory copy of the bundled graph (the actors, \
        statements and sources of the five documents). With PATH, on the database in that \
        directory (created when missing); ':memory:' is an empty in-memory database.

        Without --command or --file, dossier reads statements from standard input: interactively \
        (with line editing, history and completion) when it is a terminal, else as a script, \
        running each statement as soon as its ';' arrives.

        Exit status: 0 on success, 1 when a query fails, 2 on usage errors.
        """,
        version: DossierVersion.string,
        subcommands: [DumpCommand.self, VerifyCommand.self, ExportCommand.self]
    )

    @OptionGroup var database: DatabaseArguments

    @Option(name: [.customShort("c"), .long], help: ArgumentHelp("Run QUERY (several statements may be separated by ';').", valueName: "QUERY"))
    var command: String?

    @Option(name: [.customShort("f"), .long], parsing: .upToNextOption,
            help: ArgumentHelp("Run the query files in order.", valueName: "FILE"),
            completion: .file(extensions: ["cypher", "cql"]))
    var file: [String] = []

    @Option(name: [.customShort("P"), .long],
            help: ArgumentHelp("Set a parameter: --param name='Kadyrov', --param n=3, --param ids=[1,2], --param 1=0 (for $1). The value is a Cypher literal.",
                               valueName: "name=value"))
    var param: [String] = []

    @Option(help: "Output format: table, csv, tsv, json, jsonl or markdown.")
    var format: OutputFormat = .table

    @Flag(help: "Keep running after a statement fails (the exit status is still 1).")
    var continueOnError = false

    mutating func validate() throws {
        if let path = database.path, ["dump", "verify", "export"].contains(path) {
            throw ValidationError("'\(path)' is a subcommand and its arguments are wrong: see dossier \(path) --help (a database directory of that name is ./\(path))")
        }
    }

    mutating func run() throws {
        throw ExitCode(Runner(self).run().rawValue)
    }
}

/// The database argument shared by `dossier` and its subcommands.
struct DatabaseArguments: ParsableArguments {
    @Argument(help: ArgumentHelp("The database directory; ':memory:' for an empty in-memory database; none for the bundled graph.",
                                 valueName: "PATH"),
              completion: .directory)
    var path: String?

    @Flag(help: "Open the database for reading only: statements that would change it fail.")
    var readOnly = false
}

/// The version printed by `--version`.
enum DossierVersion {
    static let string = "0.1.0"
}
