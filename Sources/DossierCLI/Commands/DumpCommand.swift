import ArgumentParser
import Dossier
import Foundation

/// `dossier dump [PATH]`: writes a Cypher script that recreates the graph.
struct DumpCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "dump",
        abstract: "Write a Cypher script that recreates the graph (deterministic, standard openCypher).",
        discussion: """
        Nodes and relationships are written in id order with ids remapped to a dense sequence, so \
        two dumps of the same graph are byte-identical. Load the script into an empty database with \
        `dossier NEWPATH --file dump.cypher`.
        """)

    @OptionGroup var database: DatabaseArguments

    @Option(name: [.customShort("o"), .long], help: ArgumentHelp("Write to FILE instead of standard output.", valueName: "FILE"),
            completion: .file(extensions: ["cypher"]))
    var output: String?

    mutating func run() throws {
        let db = try DatabaseOpener.openOrExit(database)
        let sink: FileHandle
        if let output {
            guard FileManager.default.createFile(atPath: output, contents: nil), let h = FileHandle(forWritingAtPath: output) else {
                Runner.reportUsage("cannot write '\(output)'", format: .table)
                throw ExitCode(ExitStatus.usage.rawValue)
            }
            sink = h
        } else {
            sink = FileHandle.standardOutput
        }
        var buffer = ""
        db.dump { chunk in
            buffer += chunk
            if buffer.utf8.count >= 1 << 16 {
                sink.write(Data(buffer.utf8))
                buffer = ""
            }
        }
        sink.write(Data(buffer.utf8))
        if output != nil { try? sink.close() }
        let status = DatabaseOpener.close(db)
        if status != .success { throw ExitCode(status.rawValue) }
    }
}
