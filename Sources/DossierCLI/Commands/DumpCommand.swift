import ArgumentParser
import Dossier

/// `dossier dump [PATH]`: writes a Cypher script that recreates the graph.
struct DumpCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "dump",
        abstract: "Write a Cypher script that recreates the graph (deterministic, standard openCypher).")

    @OptionGroup var database: DatabaseArguments

    mutating func run() throws {
        Runner.reportUsage("dump is not available yet", format: .table)
        throw ExitCode(ExitStatus.usage.rawValue)
    }
}
